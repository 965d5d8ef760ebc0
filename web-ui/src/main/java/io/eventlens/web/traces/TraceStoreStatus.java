package io.eventlens.web.traces;

import io.eventlens.flow.trace.FailedAction;
import io.eventlens.flow.trace.SpanRetention;
import io.eventlens.flow.trace.SpanStore;
import io.eventlens.flow.trace.StoreUsage;
import java.time.Duration;
import java.util.List;
import org.springframework.stereotype.Service;

/** What the embedded span store holds and keeps, and its recent failed business actions. */
@Service
public class TraceStoreStatus {

    private final SpanStore store;
    private final SpanRetention retention;

    TraceStoreStatus(SpanStore store, SpanRetention retention) {
        this.store = store;
        this.retention = retention;
    }

    /**
     * e.g. "1,234 spans stored (oldest 2026-12-06T10:00:00Z) · kept 7 days, at most 2,000,000 spans (the oldest
     * deleted in whole blocks of up to 1,024)".
     */
    public String summary() {
        StoreUsage usage = store.usage();
        Duration age = retention.policy().maxAge();
        return String.format(
                "%,d spans stored%s · kept %s, at most %,d spans (the oldest deleted in whole blocks of up to %,d)",
                usage.spans(),
                usage.oldest() == null ? "" : " (oldest " + usage.oldest() + ")",
                age.toDays() >= 1 ? age.toDays() + " day(s)" : age.toHours() + " hour(s)",
                retention.policy().maxSpans(),
                SpanStore.BLOCK_SPANS);
    }

    public List<FailedAction> recentFailures(int limit) {
        return store.recentFailedActions(limit);
    }
}
