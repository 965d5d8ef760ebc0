package io.eventlens.web.dlq;

import io.eventlens.dlq.audit.AuditEntry;
import io.eventlens.dlq.browse.DlqBrowser;
import io.eventlens.dlq.browse.FilterException;
import io.eventlens.dlq.browse.UnknownQueueException;
import io.eventlens.dlq.jobs.JobConflictException;
import io.eventlens.dlq.jobs.ReplayJob;
import io.eventlens.dlq.jobs.Selection;
import io.eventlens.dlq.replay.FixResult;
import io.eventlens.dlq.replay.ReplayRefusedException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The DLQ contract: {@code GET /api/dlq}, {@code GET /api/dlq/{name}/messages?<filters>&limit=},
 * {@code GET /api/dlq/{name}/messages/{id}}, {@code POST /api/dlq/{name}/replay} (answers the job, or the
 * plan of a dry run), {@code POST /api/dlq/{name}/messages/{id}/fix}, {@code GET /api/dlq/jobs/{id}},
 * {@code POST /api/dlq/jobs/{id}/cancel}, {@code GET /api/dlq/audit}. Reads for viewers, the rest for
 * operators (the security chain and the service both check). Bad input answers an RFC 9457 problem.
 */
@RestController
@RequestMapping("/api/dlq")
class DlqController {

    /** The body of a replay: which records, where to, dry run or not, records per second (0: no limit). */
    record ReplayBody(Selection selection, String target, boolean dryRun, int rate) {}

    /** The body of a fix: the edited payload, and where to (blank: the original topic). */
    record FixBody(String payload, String target) {}

    private final DlqService dlq;

    DlqController(DlqService dlq) {
        this.dlq = dlq;
    }

    @GetMapping
    List<DlqBodies.Queue> queues() {
        return dlq.queues().stream().map(DlqBodies::queue).toList();
    }

    @GetMapping("/{name}/messages")
    Map<String, Object> messages(@PathVariable String name, @RequestParam Map<String, String> parameters) {
        Map<String, String> filter = new HashMap<>(parameters);
        int limit = parseLimit(filter.remove("limit"));
        DlqBrowser.Page page = dlq.browse(name, filter, limit);
        return Map.of(
                "dlq", name,
                "matched", page.matched(),
                "scanned", page.scanned(),
                "truncated", page.truncated(),
                "groups", page.groups(),
                "messages", page.messages().stream().map(DlqBodies::message).toList());
    }

    @GetMapping("/{name}/messages/{id}")
    DlqBodies.Detail message(@PathVariable String name, @PathVariable String id) {
        return DlqBodies.detail(dlq.message(name, id));
    }

    @PostMapping("/{name}/replay")
    ResponseEntity<?> replay(@PathVariable String name, @RequestBody ReplayBody body) {
        Selection selection = body.selection() == null ? Selection.matching(Map.of()) : body.selection();
        if (body.dryRun()) {
            return ResponseEntity.ok(dlq.dryRun(name, selection, body.target()));
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(DlqBodies.job(dlq.replay(name, selection, body.target(), body.rate())));
    }

    @PostMapping("/{name}/messages/{id}/fix")
    ResponseEntity<FixResult> fix(@PathVariable String name, @PathVariable String id, @RequestBody FixBody body) {
        FixResult result = dlq.fix(name, id, body.payload() == null ? "" : body.payload(), body.target());
        return ResponseEntity.status(result.sent() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_ENTITY)
                .body(result);
    }

    @GetMapping("/jobs")
    List<DlqBodies.Job> jobs(@RequestParam(defaultValue = "50") int limit) {
        return dlq.jobs(limit).stream().map(DlqBodies::job).toList();
    }

    @GetMapping("/jobs/{id}")
    ResponseEntity<DlqBodies.Job> job(@PathVariable String id) {
        return dlq.job(id)
                .map(DlqBodies::job)
                .map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @PostMapping("/jobs/{id}/cancel")
    ResponseEntity<DlqBodies.Job> cancel(@PathVariable String id) {
        if (!dlq.cancel(id)) {
            throw new ReplayRefusedException("job " + id + " is not running, so it cannot be cancelled");
        }
        ReplayJob job = dlq.job(id).orElseThrow();
        return ResponseEntity.ok(DlqBodies.job(job));
    }

    @GetMapping("/audit")
    List<AuditEntry> audit(@RequestParam(defaultValue = "100") int limit) {
        return dlq.audit(limit);
    }

    private static int parseLimit(String text) {
        if (text == null || text.isBlank()) {
            return 50;
        }
        try {
            int limit = Integer.parseInt(text.trim());
            if (limit >= 1 && limit <= 500) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new FilterException("limit", text, "a whole number from 1 to 500 is expected");
    }

    @ExceptionHandler(UnknownQueueException.class)
    ResponseEntity<ProblemDetail> unknown(UnknownQueueException e) {
        return problem(HttpStatus.NOT_FOUND, "Unknown DLQ", e.getMessage());
    }

    @ExceptionHandler(JobConflictException.class)
    ResponseEntity<ProblemDetail> conflict(JobConflictException e) {
        return problem(HttpStatus.CONFLICT, "Replay already running", e.getMessage());
    }

    @ExceptionHandler(ReplayRefusedException.class)
    ResponseEntity<ProblemDetail> refused(ReplayRefusedException e) {
        return problem(HttpStatus.UNPROCESSABLE_ENTITY, "Replay refused", e.getMessage());
    }

    @ExceptionHandler(FilterException.class)
    ResponseEntity<ProblemDetail> badFilter(FilterException e) {
        return problem(HttpStatus.BAD_REQUEST, "Bad filter", e.getMessage());
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return ResponseEntity.status(status).body(problem);
    }
}
