package io.eventlens.flow.trace;

import static io.eventlens.flow.trace.OtlpRequests.randomHex;
import static io.eventlens.flow.trace.Spans.linkTo;
import static io.eventlens.flow.trace.Spans.span;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CorrelationSearchTest {

    private final SpanStore store = new SpanStore(Databases.h2(), Clock.systemUTC());
    private final CorrelationSearch search = new CorrelationSearch(store, CorrelationAttributes.DEFAULT);

    @Test
    void a_correlation_id_finds_the_traces_that_carry_it_and_the_batch_trace_linked_to_them() {
        String orderA = "order-" + randomHex(4);
        String orderB = "order-" + randomHex(4);
        TraceSpan producedA = span(randomHex(16), "orders", orderA, List.of());
        TraceSpan producedB = span(randomHex(16), "orders", orderB, List.of());
        String batchTrace = randomHex(16);
        TraceSpan batch = span(batchTrace, "email", "", List.of(linkTo(producedA, orderA), linkTo(producedB, orderB)));
        TraceSpan sendA = span(batchTrace, randomHex(8), batch.spanId(), "email", orderA, List.of(), Map.of());
        TraceSpan sendB = span(batchTrace, randomHex(8), batch.spanId(), "email", orderB, List.of(), Map.of());
        store.store(List.of(producedA, producedB, batch, sendA, sendB));

        List<BusinessAction> actions = search.search(new TraceQuery.ByCorrelation(orderA), 10);

        assertThat(actions).singleElement().satisfies(action -> {
            assertThat(action.correlationId()).isEqualTo(orderA);
            assertThat(action.traceIds()).containsExactlyInAnyOrder(producedA.traceId(), batchTrace);
            assertThat(action.services()).containsExactlyInAnyOrder("orders", "email");
            assertThat(action.spans()).containsExactlyInAnyOrder(producedA, batch, sendA);
        });
    }

    @Test
    void the_producers_trace_is_found_from_the_consumers_trace_by_following_its_link_forwards() {
        String order = "order-" + randomHex(4);
        TraceSpan produced = span(randomHex(16), "orders", "", List.of());
        TraceSpan consumed = span(randomHex(16), "shipping", order, List.of(linkTo(produced, "")));
        store.store(List.of(produced, consumed));

        List<BusinessAction> actions = search.search(new TraceQuery.ByCorrelation(order), 10);

        assertThat(actions.get(0).traceIds()).containsExactlyInAnyOrder(produced.traceId(), consumed.traceId());
    }

    @Test
    void a_trace_id_search_answers_the_whole_business_action_of_that_trace() {
        String order = "order-" + randomHex(4);
        TraceSpan first = span(randomHex(16), "orders", order, List.of());
        TraceSpan second = span(randomHex(16), "payments", order, List.of());
        store.store(List.of(first, second));

        List<BusinessAction> actions = search.search(new TraceQuery.ByTraceId(second.traceId()), 10);

        assertThat(actions).singleElement().satisfies(action -> {
            assertThat(action.correlationId()).isEqualTo(order);
            assertThat(action.traceIds()).containsExactlyInAnyOrder(first.traceId(), second.traceId());
        });
    }

    @Test
    void nothing_found_is_no_action() {
        assertThat(search.search(new TraceQuery.ByCorrelation("missing-" + randomHex(4)), 10))
                .isEmpty();
    }
}
