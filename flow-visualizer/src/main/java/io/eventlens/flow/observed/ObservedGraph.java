package io.eventlens.flow.observed;

import io.eventlens.flow.graph.CatalogGraph;
import io.eventlens.flow.graph.EdgeKind;
import io.eventlens.flow.graph.FlowGraph;
import io.eventlens.flow.graph.FlowNode;
import io.eventlens.flow.graph.NodeKind;
import io.eventlens.flow.trace.MessageAttributes;
import io.eventlens.flow.trace.SpanKind;
import io.eventlens.flow.trace.TraceSpan;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The service → channel → service graph seen in spans: a producer span (PRODUCER, or a messaging
 * operation send/publish/create) is a service sending to its destination; a consumer span
 * (CONSUMER, or receive/process/deliver) is the destination received by a service. No span pairing,
 * so it works with links and partial traces (Zipkin's dependency linker does the same). Node ids are
 * the catalog graph's ({@link CatalogGraph#serviceId}, {@link CatalogGraph#channelId}).
 */
public final class ObservedGraph {

    private static final Set<String> SENDS = Set.of("send", "publish", "create");
    private static final Set<String> RECEIVES = Set.of("receive", "process", "deliver");

    private ObservedGraph() {}

    public static FlowGraph of(List<TraceSpan> spans) {
        FlowGraph.Builder graph = FlowGraph.builder();
        for (TraceSpan span : spans) {
            String topic = MessageAttributes.topic(span.attributes());
            if (topic.isEmpty()) {
                continue;
            }
            String operation = operation(span);
            boolean sends = span.kind() == SpanKind.PRODUCER || SENDS.contains(operation);
            boolean receives = span.kind() == SpanKind.CONSUMER || RECEIVES.contains(operation);
            if (!sends && !receives) {
                continue;
            }
            String service = CatalogGraph.serviceId(span.service());
            String channel = CatalogGraph.channelId(topic);
            graph.node(node(service, NodeKind.SERVICE, span.service(), span))
                    .node(node(channel, NodeKind.CHANNEL, topic, span));
            String type = MessageAttributes.eventType(span.attributes());
            List<String> messages = type.isEmpty() ? List.of() : List.of(type);
            if (sends) {
                graph.edge(service, channel, EdgeKind.SENDS, messages, Map.of());
            } else {
                graph.edge(channel, service, EdgeKind.RECEIVES, messages, Map.of());
            }
        }
        return graph.build();
    }

    private static FlowNode node(String id, NodeKind kind, String name, TraceSpan span) {
        String system = MessageAttributes.system(span.attributes());
        return new FlowNode(id, kind, name, null, List.of(), system.isEmpty() ? List.of() : List.of(system), null);
    }

    /** The messaging operation under the new name or the old one ({@code messaging.operation}). */
    private static String operation(TraceSpan span) {
        String type = span.attributes().getOrDefault("messaging.operation.type", "");
        if (type.isEmpty()) {
            type = span.attributes().getOrDefault("messaging.operation", "");
        }
        return type.toLowerCase(Locale.ROOT);
    }
}
