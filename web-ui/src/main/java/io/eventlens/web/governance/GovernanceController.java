package io.eventlens.web.governance;

import com.fasterxml.jackson.databind.JsonNode;
import io.eventlens.catalog.load.LimitExceededException;
import io.eventlens.lint.compat.CompatibilityVerdict;
import io.eventlens.lint.compat.Draft;
import io.eventlens.lint.compat.Mode;
import io.eventlens.lint.compat.Policy;
import io.eventlens.lint.diff.DocumentChange;
import io.eventlens.lint.diff.MessageVerdict;
import io.eventlens.web.flows.BlastRadiusPanel;
import io.eventlens.web.flows.FlowsService;
import io.eventlens.web.heavy.HeavyWork;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.DeferredResult;

/**
 * {@code POST /api/governance/check?mode=BACKWARD&policy=STRICT} with an AsyncAPI document as the
 * body: the verdict of every message against the catalog, as JSON. {@code POST /api/governance/compat}
 * with {@code {"versions": [...]}}, schema versions oldest first (JSON Schema or Avro): their verdict, as
 * {@code eventlens compat} gives it ({@code ?draft=2020-12} reads JSON Schemas that name no draft as that draft,
 * like {@code --draft}). HTTP 200 whatever the verdict; {@code passed} says whether a gate
 * should pass; bad input is a 400 problem naming it. Nothing is stored.
 */
@RestController
@RequestMapping("/api/governance")
class GovernanceController {

    private final GovernanceService governance;
    private final FlowsService flows;
    private final HeavyWork heavy;

    GovernanceController(GovernanceService governance, FlowsService flows, HeavyWork heavy) {
        this.governance = governance;
        this.flows = flows;
        this.heavy = heavy;
    }

    @PostMapping("/check")
    DeferredResult<Map<String, Object>> check(
            @RequestBody(required = false) byte[] document,
            @RequestParam(defaultValue = "BACKWARD") String mode,
            @RequestParam(defaultValue = "STRICT") String policy,
            @RequestHeader(name = "X-Document-Name", required = false) String documentName,
            HttpServletRequest http) {
        // unnamed, a JSON body is read as JSON (one pass, no YAML word limit), anything else as YAML
        String name = documentName != null
                ? documentName
                : http.getContentType() != null
                                && http.getContentType()
                                        .toLowerCase(Locale.ROOT)
                                        .contains("json")
                        ? "candidate.json"
                        : "candidate.yaml";
        Mode parsedMode = Mode.parse(mode);
        Policy parsedPolicy = Policy.parse(policy);
        byte[] content = document == null ? new byte[0] : document;
        // the answer is built on the pool too: a verdict can hold many changes
        return heavy.start(
                "POST /api/governance/check",
                http,
                () -> checkAnswer(
                        name,
                        parsedMode,
                        parsedPolicy,
                        governance.checkDocument(name, content, parsedMode, parsedPolicy)));
    }

    private Map<String, Object> checkAnswer(
            String name, Mode mode, Policy policy, GovernanceService.DocumentCheck check) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("document", name);
        body.put("mode", mode.name());
        body.put("policy", policy.name());
        body.put("passed", check.passed());
        body.put(
                "problems",
                check.load().problems().stream()
                        .map(p -> Map.of(
                                "file",
                                p.file(),
                                "line",
                                p.line(),
                                "column",
                                p.column(),
                                "pointer",
                                p.pointer(),
                                "message",
                                p.message(),
                                "severity",
                                p.severity().name().toLowerCase()))
                        .toList());
        body.put("messages", check.messages().stream().map(this::message).toList());
        return body;
    }

    /**
     * Each version is a schema as JSON, or a string holding one in JSON or YAML (an Avro type name such as
     * {@code "string"} is read as that text, which is the same schema).
     */
    @PostMapping(path = "/compat", consumes = "application/json")
    DeferredResult<Map<String, Object>> compat(
            @RequestBody JsonNode request,
            @RequestParam(defaultValue = "BACKWARD") String mode,
            @RequestParam(defaultValue = "STRICT") String policy,
            @RequestParam(required = false) String draft,
            HttpServletRequest http) {
        JsonNode versions = request.path("versions");
        if (!versions.isArray() || versions.size() < 2) {
            throw new IllegalArgumentException(
                    "the body must be {\"versions\": [OLD, NEW, ...]} with at least two schema"
                            + " versions, oldest first; got "
                            + (versions.isMissingNode()
                                    ? "no versions field"
                                    : versions.isArray()
                                            ? versions.size() + " version" + (versions.size() == 1 ? "" : "s")
                                            : "a " + versions.getNodeType()));
        }
        List<String> texts = new ArrayList<>();
        versions.forEach(v -> texts.add(v.isTextual() ? v.asText() : v.toString()));
        Draft assumed = draft == null ? null : Draft.parse(draft);
        Mode parsedMode = Mode.parse(mode);
        Policy parsedPolicy = Policy.parse(policy);
        return heavy.start(
                "POST /api/governance/compat",
                http,
                () -> compatAnswer(
                        parsedMode,
                        parsedPolicy,
                        assumed,
                        governance.checkSchemas(texts, parsedMode, parsedPolicy, assumed)));
    }

    private static Map<String, Object> compatAnswer(
            Mode mode, Policy policy, Draft assumed, CompatibilityVerdict verdict) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("mode", mode.name());
        body.put("policy", policy.name());
        if (assumed != null) {
            body.put("draft", assumed.label());
        }
        body.put("passed", verdict.exitCode() == 0);
        body.put("exitCode", verdict.exitCode());
        return withVerdict(body, verdict);
    }

    /** A limit exceeded while reading or comparing: 400, naming the limit, the count reached and its setting. */
    @ExceptionHandler(LimitExceededException.class)
    ResponseEntity<ProblemDetail> overLimit(LimitExceededException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Limit exceeded");
        problem.setProperty("limit", e.limit().setting());
        problem.setProperty("reached", e.reached());
        problem.setProperty("allowed", e.allowed());
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> badInput(IllegalArgumentException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Bad request");
        return ResponseEntity.badRequest().body(problem);
    }

    /**
     * A message's verdict: its kind, exit code and summary, every change the engine found (pointers relative to the
     * part, {@code documentPointer} in the candidate), the changes as the CLI reports them, and the consumers hurt.
     */
    private Map<String, Object> message(MessageVerdict message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("message", message.messageKey());
        body.put("candidateVersion", message.candidateVersion());
        body.put("comparedVersions", message.comparedVersions());
        body.put("consumers", message.consumers());
        body.put("hurtConsumers", message.hurtConsumers());
        // what the hurt consumers feed in turn, with the path (the flow graph of the catalog)
        body.put("blastRadius", BlastRadiusPanel.json(flows, message.hurtConsumers()));
        body.put("verdict", message.kind().name());
        body.put("exitCode", message.exitCode());
        body.put("summary", message.summary());
        body.put("changes", changes(Verdicts.rows(message)));
        body.put(
                "documentChanges",
                message.changes().stream()
                        .map(GovernanceController::documentChange)
                        .toList());
        String reason = Verdicts.notComparableReason(message);
        if (reason != null) {
            body.put("reason", reason);
        }
        return body;
    }

    private static Map<String, Object> documentChange(DocumentChange change) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ruleId", change.type().id());
        body.put("breaking", change.breaking());
        body.put("pointer", change.pointer());
        body.put("message", change.sentence());
        return body;
    }

    /** The verdict's kind, summary and changes (and why the schemas could not be compared, when they could not). */
    private static Map<String, Object> withVerdict(Map<String, Object> body, CompatibilityVerdict verdict) {
        body.put("verdict", verdict.kind().name());
        body.put("summary", verdict.summary());
        body.put("changes", changes(Verdicts.rows(verdict)));
        String reason = Verdicts.notComparableReason(verdict);
        if (reason != null) {
            body.put("reason", reason);
        }
        return body;
    }

    private static List<Map<String, Object>> changes(List<Verdicts.Row> rows) {
        return rows.stream()
                .map(r -> {
                    Map<String, Object> change = new LinkedHashMap<>();
                    if (!r.part().isEmpty()) {
                        change.put("part", r.part());
                        change.put("documentPointer", r.documentPointer());
                    }
                    change.put("pointer", r.finding().change().pointer());
                    change.put("kind", r.finding().change().kind().name());
                    change.put("ruleId", r.finding().change().kind().ruleId());
                    change.put("oldValue", r.finding().change().oldValue());
                    change.put("newValue", r.finding().change().newValue());
                    change.put("breaking", r.breaking());
                    change.put("direction", r.finding().direction().name());
                    change.put("againstVersion", r.finding().earlierVersion() + 1);
                    change.put("explanation", r.finding().change().explanation());
                    return change;
                })
                .toList();
    }
}
