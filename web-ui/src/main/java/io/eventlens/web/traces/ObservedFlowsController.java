package io.eventlens.web.traces;

import io.eventlens.flow.export.ExportFormat;
import io.eventlens.flow.export.FlowExports;
import io.eventlens.flow.graph.CatalogGraph;
import io.eventlens.flow.graph.FlowAnalyses;
import io.eventlens.flow.graph.FlowGraph;
import io.eventlens.flow.graph.FlowReport;
import io.eventlens.flow.observed.FlowDrift;
import io.eventlens.flow.observed.ObservedGraph;
import io.eventlens.flow.trace.SpanStore;
import io.eventlens.web.catalog.CatalogService;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/flows?source=observed|drift&since=PT1H&format=json}: the service → channel →
 * service graph seen in the spans received within {@code since}, or that graph laid over the
 * catalog's with the drift as findings ({@code undocumented-flow}, {@code unobserved-flow}); in the
 * flows export's shapes.
 */
@RestController
class ObservedFlowsController {

    /** The newest messaging spans a graph is built from: bounded work, whatever the window. */
    static final int MAX_SPANS = 200_000;

    static final Duration MAX_WINDOW = Duration.ofDays(31);

    private final SpanStore store;
    private final CatalogService catalog;

    ObservedFlowsController(SpanStore store, CatalogService catalog) {
        this.store = store;
        this.catalog = catalog;
    }

    @GetMapping(value = "/api/flows", params = "source")
    ResponseEntity<String> flows(
            @RequestParam String source,
            @RequestParam(defaultValue = "PT1H") String since,
            @RequestParam(defaultValue = "json") String format) {
        ExportFormat export = ExportFormat.parse(format);
        Duration window = window(since);
        FlowGraph observed =
                ObservedGraph.of(store.messagingSpansSince(Instant.now().minus(window), MAX_SPANS));
        FlowReport report;
        switch (source) {
            case "observed":
                report = FlowReport.of(observed, new FlowAnalyses());
                break;
            case "drift":
                report = FlowDrift.of(CatalogGraph.of(catalog.state().current()), observed);
                break;
            default:
                throw new IllegalArgumentException(
                        "source '" + source + "' is not known here; allowed: observed, drift");
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(export.mediaType()))
                .body(FlowExports.write(report, export));
    }

    private static Duration window(String since) {
        try {
            Duration window = Duration.parse(since);
            if (!window.isNegative() && !window.isZero() && window.compareTo(MAX_WINDOW) <= 0) {
                return window;
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw new IllegalArgumentException(
                "since '" + since + "' is not an ISO-8601 duration from PT1S to P31D," + " e.g. PT15M or PT1H");
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> badRequest(IllegalArgumentException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Bad flows request");
        return ResponseEntity.badRequest().body(problem);
    }
}
