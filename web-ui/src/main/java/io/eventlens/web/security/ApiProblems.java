package io.eventlens.web.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The API's errors as RFC 9457 bodies where Spring's own problem details (spring.mvc.problemdetails)
 * say too little: an unreadable body names why (413 when it was too large), and an unexpected failure
 * is a 500 problem, logged, never a stack trace or Spring's default error body.
 */
final class ApiProblems {

    private static final Logger LOG = LoggerFactory.getLogger(ApiProblems.class);

    private ApiProblems() {}

    /** Before Spring's handler of the same exception. */
    @RestControllerAdvice
    @Order(Ordered.HIGHEST_PRECEDENCE)
    static class UnreadableBody {

        @ExceptionHandler(HttpMessageNotReadableException.class)
        ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof RequestBodyLimit.BodyTooLargeException tooLarge) {
                    return problem(HttpStatus.PAYLOAD_TOO_LARGE, tooLarge.getMessage());
                }
            }
            Throwable root = e.getMostSpecificCause();
            return problem(
                    HttpStatus.BAD_REQUEST,
                    "the request body cannot be read: "
                            + (root.getMessage() == null ? e.getMessage() : root.getMessage()));
        }
    }

    /** After every other handler: only what nothing else answered. */
    @RestControllerAdvice
    @Order(Ordered.LOWEST_PRECEDENCE)
    static class Unexpected {

        @ExceptionHandler(RuntimeException.class)
        ResponseEntity<ProblemDetail> failed(RuntimeException e) {
            if (e instanceof AccessDeniedException denied) {
                throw denied; // the security chain answers it (403)
            }
            LOG.error("An API request failed", e);
            return problem(
                    HttpStatus.INTERNAL_SERVER_ERROR,
                    "the request failed inside EventLens (" + e.getClass().getSimpleName() + "); see its log");
        }
    }

    static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        return ResponseEntity.status(status).body(problem);
    }
}
