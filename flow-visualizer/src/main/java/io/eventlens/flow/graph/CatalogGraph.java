package io.eventlens.flow.graph;

import io.eventlens.catalog.model.Action;
import io.eventlens.catalog.model.Catalog;
import io.eventlens.catalog.model.Channel;
import io.eventlens.catalog.model.ChannelBinding;
import io.eventlens.catalog.model.Message;
import io.eventlens.catalog.model.Operation;
import io.eventlens.catalog.model.Service;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The documented flow graph of a catalog. A channel is one node for every document that names the
 * same address (3.x {@code address}, else its key), so a producer's and a consumer's documents meet on
 * it. Operations {@code send} (2.x {@code subscribe}) become sends edges, {@code receive} (2.x
 * {@code publish}) receives edges: the catalog has already read each version's verbs into {@link Action}.
 */
public final class CatalogGraph {

    private CatalogGraph() {}

    /** The node id of the service with this catalog id. */
    public static String serviceId(String serviceId) {
        return "service:" + serviceId;
    }

    /** The node id of the channel at this address. */
    public static String channelId(String address) {
        return "channel:" + address;
    }

    /** Builds the graph of the catalog's applications (shared definitions run nowhere and are left out). */
    public static FlowGraph of(Catalog catalog) {
        Map<String, Channel> channels = new HashMap<>();
        catalog.channels().forEach(c -> channels.putIfAbsent(c.document() + "\n" + c.id(), c));
        Map<String, String> versions = new HashMap<>();
        for (Message m : catalog.messages()) {
            versions.putIfAbsent(m.service() + "\n" + m.key(), m.schemaVersion());
        }
        Map<String, Service> services = new TreeMap<>();
        catalog.applications().forEach(s -> services.putIfAbsent(s.id(), s));
        Set<String> applicationDocuments = new TreeSet<>();
        services.values().forEach(s -> applicationDocuments.add(String.valueOf(s.document())));

        FlowGraph.Builder builder = FlowGraph.builder();
        Map<String, Set<String>> serviceProtocols = new TreeMap<>();
        catalog.channels().stream()
                .filter(c -> applicationDocuments.contains(String.valueOf(c.document())))
                .forEach(c -> builder.node(channelNode(c)));
        for (Operation operation : catalog.operations()) {
            Service service = services.get(operation.service());
            if (service == null) {
                continue;
            }
            Channel channel = channels.get(service.document() + "\n" + operation.channel());
            String channelId = channel == null ? channelId(operation.channel()) : channelId(address(channel));
            builder.node(
                    channel == null
                            ? FlowNode.of(channelId, NodeKind.CHANNEL, operation.channel())
                            : channelNode(channel));
            Map<String, String> edgeVersions = new TreeMap<>();
            operation.messages().forEach(key -> {
                String version = versions.get(service.id() + "\n" + key);
                if (version != null) {
                    edgeVersions.put(key, version);
                }
            });
            String serviceNode = serviceId(service.id());
            if (operation.action() == Action.SEND) {
                builder.edge(serviceNode, channelId, EdgeKind.SENDS, operation.messages(), edgeVersions);
            } else {
                builder.edge(channelId, serviceNode, EdgeKind.RECEIVES, operation.messages(), edgeVersions);
            }
            if (channel != null) {
                channel.bindings()
                        .forEach(b -> serviceProtocols
                                .computeIfAbsent(service.id(), k -> new TreeSet<>())
                                .add(b.protocol()));
            }
        }
        services.values().forEach(s -> builder.node(serviceNode(s, serviceProtocols.getOrDefault(s.id(), Set.of()))));
        return builder.build();
    }

    private static String address(Channel channel) {
        return channel.address() != null ? channel.address() : channel.id();
    }

    private static FlowNode channelNode(Channel channel) {
        List<String> protocols = channel.bindings().stream()
                .map(ChannelBinding::protocol)
                .distinct()
                .sorted()
                .toList();
        String address = address(channel);
        return new FlowNode(
                channelId(address), NodeKind.CHANNEL, address, null, List.of(), protocols, channel.document());
    }

    private static FlowNode serviceNode(Service service, Set<String> protocols) {
        String owner = service.owner() == null
                ? null
                : service.owner().name() != null
                        ? service.owner().name()
                        : service.owner().email();
        String name = service.title() != null ? service.title() : service.id();
        return new FlowNode(
                serviceId(service.id()),
                NodeKind.SERVICE,
                name,
                owner,
                service.tags(),
                List.copyOf(new TreeSet<>(protocols)),
                service.document());
    }
}
