package io.eventlens.flow.graph;

import io.eventlens.catalog.model.Action;
import io.eventlens.catalog.model.Catalog;
import io.eventlens.catalog.model.Channel;
import io.eventlens.catalog.model.ChannelBinding;
import io.eventlens.catalog.model.Message;
import io.eventlens.catalog.model.Operation;
import io.eventlens.catalog.model.Owner;
import io.eventlens.catalog.model.Service;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** A large catalog for the benchmark and the large-catalog page test: 50 owners, 7 tags, Kafka channels. */
public final class GeneratedCatalog {

    private GeneratedCatalog() {}

    /** The same catalog for the same arguments. */
    public static Catalog of(int serviceCount, int channelCount, long seed) {
        return generate(serviceCount, channelCount, new Random(seed));
    }

    /** Each channel: two messages, one producer, one to three consumers (some on an older schema version). */
    private static Catalog generate(int serviceCount, int channelCount, Random random) {
        List<Service> services = new ArrayList<>();
        for (int s = 0; s < serviceCount; s++) {
            services.add(new Service(
                    "svc-" + s,
                    "Service " + s,
                    "1.0.0",
                    null,
                    new Owner("team-" + (s % 50), null, null),
                    List.of("tag-" + (s % 7)),
                    "svc-" + s + ".yaml"));
        }
        List<Channel> channels = new ArrayList<>();
        List<Operation> operations = new ArrayList<>();
        List<Message> messages = new ArrayList<>();
        for (int c = 0; c < channelCount; c++) {
            String address = "topic-" + c;
            List<String> keys = List.of("Event" + c + "A", "Event" + c + "B");
            int producer = random.nextInt(serviceCount);
            declare(channels, operations, messages, services.get(producer), address, keys, Action.SEND, "1.0.0", c);
            int consumers = 1 + random.nextInt(3);
            for (int k = 0; k < consumers; k++) {
                Service consumer = services.get(random.nextInt(serviceCount));
                String version = random.nextInt(20) == 0 ? "0.9.0" : "1.0.0";
                declare(channels, operations, messages, consumer, address, keys, Action.RECEIVE, version, c);
            }
        }
        return new Catalog(services, channels, operations, messages);
    }

    private static void declare(
            List<Channel> channels,
            List<Operation> operations,
            List<Message> messages,
            Service service,
            String address,
            List<String> keys,
            Action action,
            String version,
            int c) {
        channels.add(
                new Channel(address, address, null, List.of(new ChannelBinding("kafka", address)), service.document()));
        operations.add(new Operation(action.name().toLowerCase() + "-" + c, action, service.id(), address, keys, null));
        for (String key : keys) {
            messages.add(new Message(
                    key,
                    key,
                    null,
                    null,
                    null,
                    version,
                    "application/json",
                    null,
                    null,
                    List.of(),
                    null,
                    List.of(),
                    service.id(),
                    service.document()));
        }
    }
}
