package io.eventlens.web.flows;

import io.eventlens.flow.export.ExportFormat;
import io.eventlens.web.heavy.HeavyWork;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.DeferredResult;

/**
 * {@code GET /api/flows?format=json|dot|mermaid|svg}: the producer/consumer graph of the catalog with
 * its findings (JSON: {@code nodes}, {@code edges}, {@code findings}). An unknown format is a 400
 * problem naming the allowed ones. Exports run on the heavy-work pool (an SVG lays out the whole graph).
 */
@RestController
@RequestMapping("/api/flows")
class FlowsController {

    private final FlowsService flows;
    private final HeavyWork heavy;

    FlowsController(FlowsService flows, HeavyWork heavy) {
        this.flows = flows;
        this.heavy = heavy;
    }

    @GetMapping
    DeferredResult<ResponseEntity<String>> flows(
            @RequestParam(defaultValue = "json") String format, HttpServletRequest http) {
        ExportFormat parsed = ExportFormat.parse(format);
        return heavy.start(
                "GET /api/flows?format=" + parsed.extension(),
                http,
                () -> ResponseEntity.ok()
                        .contentType(
                                new MediaType(MediaType.parseMediaType(parsed.mediaType()), StandardCharsets.UTF_8))
                        .header("Content-Disposition", "inline; filename=\"flows." + parsed.extension() + "\"")
                        .body(flows.export(parsed)));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> badInput(IllegalArgumentException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Bad request");
        return ResponseEntity.badRequest()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
