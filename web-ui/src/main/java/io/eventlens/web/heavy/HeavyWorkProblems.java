package io.eventlens.web.heavy;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A refused or stopped heavy request: 503, {@code Retry-After}, and why, as an RFC 9457 body. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class HeavyWorkProblems {

    @ExceptionHandler(HeavyWorkRefusedException.class)
    ResponseEntity<ProblemDetail> refused(HeavyWorkRefusedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header("Retry-After", String.valueOf(Math.max(1, e.retryAfter().toSeconds())))
                .body(problem);
    }
}
