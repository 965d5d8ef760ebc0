package io.eventlens.web.dlq;

import io.eventlens.dlq.browse.DlqBrowser;
import io.eventlens.dlq.browse.DlqMessage;
import io.eventlens.dlq.headers.DecodedHeaders;
import io.eventlens.dlq.jobs.ReplayJob;
import io.eventlens.dlq.validate.SchemaVerdict;
import java.time.Instant;

/** The JSON shapes of the DLQ API: payloads only ever masked, raw bytes never. */
final class DlqBodies {

    private DlqBodies() {}

    record Queue(
            String name,
            String backend,
            String kind,
            String foundBy,
            long depth,
            long oldestAgeSeconds,
            double growthPerMinute,
            Instant measuredAt) {}

    record Message(
            String id,
            int partition,
            long offset,
            String key,
            Instant timestamp,
            String errorGroup,
            DecodedHeaders headers,
            String payloadKind,
            String payload,
            String payloadNote) {}

    record Detail(Message message, SchemaVerdict validation) {}

    record Job(
            String id,
            String dlq,
            String backend,
            String status,
            String selection,
            String target,
            int rate,
            String requestedBy,
            Instant createdAt,
            Instant updatedAt,
            long toMove,
            long moved,
            long failed,
            long parked,
            int percent,
            int resumes,
            String message) {}

    static Queue queue(DlqService.QueueSummary q) {
        return new Queue(
                q.name(),
                q.depth().queue().backend().label(),
                q.depth().queue().kind().name(),
                q.depth().queue().foundBy(),
                q.depth().depth(),
                q.depth().oldestAgeSeconds(),
                q.growthPerMinute(),
                q.depth().measuredAt());
    }

    static Message message(DlqBrowser.Item item) {
        DlqMessage m = item.message();
        return new Message(
                m.id(),
                m.partition(),
                m.offset(),
                m.key(),
                m.timestamp(),
                m.errorGroup(),
                m.headers(),
                item.payload().kind().name(),
                item.payload().text(),
                item.payload().note());
    }

    static Detail detail(DlqService.MessageDetail detail) {
        return new Detail(message(new DlqBrowser.Item(detail.message(), detail.payload())), detail.verdict());
    }

    static Job job(ReplayJob j) {
        return new Job(
                j.id(),
                j.queue(),
                j.backend().label(),
                j.status().name(),
                j.selection().describe(),
                j.target(),
                j.rate(),
                j.requestedBy(),
                j.createdAt(),
                j.updatedAt(),
                j.toMove(),
                j.moved(),
                j.failed(),
                j.parked(),
                j.percent(),
                j.resumes(),
                j.message());
    }
}
