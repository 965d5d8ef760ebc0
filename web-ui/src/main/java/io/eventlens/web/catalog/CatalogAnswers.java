package io.eventlens.web.catalog;

import io.eventlens.catalog.model.Action;
import io.eventlens.catalog.model.Channel;
import io.eventlens.catalog.model.Message;
import io.eventlens.catalog.model.Operation;
import io.eventlens.catalog.model.Service;
import java.util.List;

/** The answers of {@code GET /api/catalog/messages/{key}} and {@code GET /api/catalog/services/{id}}, as records. */
final class CatalogAnswers {

    private CatalogAnswers() {}

    /** A property of a payload or headers schema, as the message page's tree lists it. */
    record Field(String path, String type, boolean required, String description) {

        static List<Field> of(List<FieldTree.Row> rows) {
            return MessageDetails.fields(rows).stream()
                    .map(r -> new Field(r.path(), r.type(), r.required(), r.description()))
                    .toList();
        }
    }

    record Example(String name, String verdict, List<String> problems) {}

    record MessageAnswer(
            String key,
            String title,
            String latestVersion,
            List<String> versions,
            List<String> producers,
            List<String> consumers,
            List<String> channels,
            String payloadFormat,
            List<Field> fields,
            List<Field> headers,
            List<Example> examples) {}

    record OperationAnswer(String id, String channel, List<String> messages, String summary) {}

    record BindingAnswer(String protocol, String destination) {}

    record ChannelAnswer(
            String id, String address, List<BindingAnswer> bindings, List<String> bindingFacts, List<String> groups) {}

    record MessageFields(String key, List<Field> fields) {}

    record ServiceAnswer(
            String id,
            String title,
            String version,
            String description,
            String owner,
            String document,
            List<String> tags,
            List<OperationAnswer> sends,
            List<OperationAnswer> receives,
            List<ChannelAnswer> channels,
            List<String> servers,
            List<MessageFields> messages) {}

    static List<String> serviceIds(CatalogState state, Action action, String key) {
        return state.current().servicesThat(action, key).stream()
                .map(id -> state.serviceIds().of(id))
                .toList();
    }

    /** The message with this key, or null. */
    static MessageAnswer message(CatalogState state, String key) {
        Message latest = state.shown(key);
        if (latest == null) {
            return null;
        }
        MessageDetails details = state.details(key);
        return new MessageAnswer(
                key,
                latest.title(),
                latest.schemaVersion(),
                state.versions(key).stream().map(Message::schemaVersion).toList(),
                serviceIds(state, Action.SEND, key),
                serviceIds(state, Action.RECEIVE, key),
                state.channelsOf(key),
                details.format(),
                Field.of(details.payload()),
                Field.of(details.headers()),
                details.examples().stream()
                        .map(e -> new Example(e.name(), e.verdict(), e.problems()))
                        .toList());
    }

    /** The service with this stable id, or null. */
    static ServiceAnswer service(CatalogService catalog, CatalogState state, String id) {
        Service service = state.serviceIds().service(id);
        if (service == null) {
            return null;
        }
        List<Operation> operations = state.current().operations().stream()
                .filter(o -> o.service().equals(service.id()))
                .toList();
        List<String> channelIds =
                operations.stream().map(Operation::channel).distinct().toList();
        List<String> keys = operations.stream()
                .flatMap(o -> o.messages().stream())
                .distinct()
                .toList();
        return new ServiceAnswer(
                id,
                service.title(),
                service.version(),
                service.description(),
                service.owner() == null ? null : ServiceView.owner(service),
                catalog.shown(service.document()),
                service.tags(),
                operations(operations, Action.SEND),
                operations(operations, Action.RECEIVE),
                state.current().channels().stream()
                        .filter(c -> channelIds.contains(c.id())
                                && service.document().equals(c.document()))
                        .map(c ->
                                channel(c, ChannelFacts.of(state.documentTrees().get(service.document()), c)))
                        .toList(),
                ChannelFacts.servers(state.documentTrees().get(service.document())),
                keys.stream()
                        .map(key -> {
                            MessageDetails details = state.details(key);
                            return new MessageFields(key, details == null ? List.of() : Field.of(details.payload()));
                        })
                        .toList());
    }

    private static List<OperationAnswer> operations(List<Operation> operations, Action action) {
        return operations.stream()
                .filter(o -> o.action() == action)
                .map(o -> new OperationAnswer(o.id(), o.channel(), o.messages(), o.summary()))
                .toList();
    }

    private static ChannelAnswer channel(Channel channel, ChannelFacts facts) {
        return new ChannelAnswer(
                channel.id(),
                channel.address(),
                channel.bindings().stream()
                        .map(b -> new BindingAnswer(b.protocol(), b.destination()))
                        .toList(),
                facts.protocols(),
                facts.groups());
    }
}
