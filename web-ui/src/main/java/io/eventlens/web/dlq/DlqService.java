package io.eventlens.web.dlq;

import com.fasterxml.jackson.databind.JsonNode;
import io.eventlens.dlq.audit.AuditEntry;
import io.eventlens.dlq.audit.AuditLog;
import io.eventlens.dlq.browse.DlqBrowser;
import io.eventlens.dlq.browse.DlqMessage;
import io.eventlens.dlq.browse.MessageFilter;
import io.eventlens.dlq.browse.PayloadView;
import io.eventlens.dlq.browse.UnknownQueueException;
import io.eventlens.dlq.depth.DepthHistory;
import io.eventlens.dlq.depth.DlqMonitor;
import io.eventlens.dlq.depth.QueueDepth;
import io.eventlens.dlq.discovery.DeadLetterQueue;
import io.eventlens.dlq.jobs.ReplayJob;
import io.eventlens.dlq.jobs.Selection;
import io.eventlens.dlq.replay.DryRun;
import io.eventlens.dlq.replay.FixResult;
import io.eventlens.dlq.replay.ReplayRequest;
import io.eventlens.dlq.replay.ReplayService;
import io.eventlens.dlq.validate.PayloadCheck;
import io.eventlens.dlq.validate.SchemaVerdict;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * The one path the DLQ page and the REST API share: queues with depth and growth, browsing (payloads
 * always masked), a record's detail with its schema verdict, and the operator-only acts (replay, dry
 * run, fix, cancel), which the server refuses to anyone else whatever the client shows.
 */
@Service
public class DlqService {

    /** A queue for the list: depth now, growth per minute, oldest age. */
    public record QueueSummary(QueueDepth depth, double growthPerMinute) {

        public String name() {
            return depth.queue().name();
        }
    }

    /** One record in detail: its payload as shown (masked) and whether it validates now. */
    public record MessageDetail(DlqMessage message, PayloadView payload, SchemaVerdict verdict) {}

    private final DlqMonitor monitor;
    private final DlqBrowser browser;
    private final ReplayService replay;
    private final AuditLog audit;
    private final PayloadCheck check;

    DlqService(DlqMonitor monitor, DlqBrowser browser, ReplayService replay, AuditLog audit, PayloadCheck check) {
        this.monitor = monitor;
        this.browser = browser;
        this.replay = replay;
        this.audit = audit;
        this.check = check;
    }

    public List<QueueSummary> queues() {
        return monitor.latest().stream()
                .map(d -> new QueueSummary(
                        d, monitor.history().growthPerMinute(d.queue().name())))
                .toList();
    }

    public List<DepthHistory.Point> history(String name) {
        return monitor.history().points(name);
    }

    public DeadLetterQueue queue(String name) {
        return find(name)
                .or(() -> {
                    monitor.poll();
                    return find(name);
                })
                .orElseThrow(() -> new UnknownQueueException(
                        name,
                        "no topic or stream of that name is a known DLQ;" + " known: "
                                + monitor.latest().stream()
                                        .map(d -> d.queue().name())
                                        .toList()));
    }

    public DlqBrowser.Page browse(String name, Map<String, String> filter, int limit) {
        return browser.browse(queue(name), MessageFilter.parse(filter), Math.max(1, Math.min(limit, 500)));
    }

    public MessageDetail message(String name, String id) {
        DlqMessage message = browser.find(queue(name), id)
                .orElseThrow(() -> new UnknownQueueException(name, "it holds no record " + id));
        PayloadView payload = PayloadView.of(message.value(), browser.masker());
        return new MessageDetail(message, payload, check.check(message.headers().originalTopic(), payload.json()));
    }

    /** The unmasked payload, for an operator about to fix it. */
    @PreAuthorize("hasRole('OPERATOR')")
    public String rawPayload(String name, String id) {
        byte[] value = message(name, id).message().value();
        return value == null ? "" : new String(value, StandardCharsets.UTF_8);
    }

    /** Whether an edited payload validates against the record's schema, before it may be sent. */
    public SchemaVerdict validate(String name, String id, JsonNode payload) {
        return check.check(message(name, id).message().headers().originalTopic(), payload);
    }

    @PreAuthorize("hasRole('OPERATOR')")
    public ReplayJob replay(String name, Selection selection, String target, int rate) {
        return replay.start(queue(name), new ReplayRequest(name, selection, target, false, rate, actor()));
    }

    @PreAuthorize("hasRole('OPERATOR')")
    public DryRun dryRun(String name, Selection selection, String target) {
        return replay.dryRun(queue(name), new ReplayRequest(name, selection, target, true, 0, actor()));
    }

    @PreAuthorize("hasRole('OPERATOR')")
    public FixResult fix(String name, String id, String payload, String target) {
        return replay.fix(queue(name), id, payload, target, actor(), check);
    }

    @PreAuthorize("hasRole('OPERATOR')")
    public boolean cancel(String jobId) {
        return replay.cancel(jobId, actor());
    }

    public Optional<ReplayJob> job(String id) {
        return replay.job(id);
    }

    public List<ReplayJob> jobs(int limit) {
        return replay.recentJobs(limit);
    }

    /** The newest audit entries; payloads masked unless the reader is an operator. */
    public List<AuditEntry> audit(int limit) {
        List<AuditEntry> entries = audit.recent(Math.max(1, Math.min(limit, 1000)));
        if (isOperator()) {
            return entries;
        }
        return entries.stream()
                .map(e -> new AuditEntry(
                        e.id(),
                        e.at(),
                        e.actor(),
                        e.action(),
                        e.queue(),
                        e.jobId(),
                        e.what(),
                        e.target(),
                        e.count(),
                        e.outcome(),
                        masked(e.originalPayload()),
                        masked(e.fixedPayload())))
                .toList();
    }

    public static boolean isOperator() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null
                && auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_OPERATOR"));
    }

    private String masked(String payload) {
        return payload == null
                ? null
                : PayloadView.of(payload.getBytes(StandardCharsets.UTF_8), browser.masker())
                        .text();
    }

    private Optional<DeadLetterQueue> find(String name) {
        return monitor.latest().stream()
                .map(QueueDepth::queue)
                .filter(q -> q.name().equals(name))
                .findFirst();
    }

    private static String actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "(unknown)" : auth.getName();
    }
}
