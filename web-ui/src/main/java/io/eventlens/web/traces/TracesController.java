package io.eventlens.web.traces;

import io.eventlens.flow.trace.InvalidTraceQueryException;
import io.eventlens.flow.trace.TraceSourceException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/traces?correlation=ID} (or {@code traceId=}, {@code key=}, {@code attr=KEY:VALUE};
 * {@code limit}): the business actions found, each with its traces, services and spans. The page
 * searches through the same {@link TraceSearch}, so both refuse a bad search with the same words.
 */
@RestController
@RequestMapping("/api")
class TracesController {

    private final TraceSearch search;

    TracesController(TraceSearch search) {
        this.search = search;
    }

    @GetMapping("/traces")
    TraceJson.Answer traces(
            @RequestParam(required = false) String correlation,
            @RequestParam(required = false) String traceId,
            @RequestParam(required = false) String key,
            @RequestParam(required = false) String attr,
            @RequestParam(required = false) String limit) {
        return TraceJson.answer(search.search(TraceSearch.Request.of(correlation, traceId, key, attr, limit)));
    }

    @ExceptionHandler(InvalidTraceQueryException.class)
    ResponseEntity<ProblemDetail> badSearch(InvalidTraceQueryException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Bad trace search");
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(TraceSourceException.class)
    ResponseEntity<ProblemDetail> sourceDown(TraceSourceException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_GATEWAY, e.getMessage());
        problem.setTitle("Trace source unavailable");
        return ResponseEntity.status(HttpStatus.BAD_GATEWAY).body(problem);
    }
}
