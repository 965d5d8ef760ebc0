package io.eventlens.web.traces;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.protobuf.CodedOutputStream;
import io.eventlens.flow.trace.OtlpBatch;
import io.opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * OTLP/HTTP answers in the request's encoding: {@code ExportTraceServiceResponse} (with {@code
 * partial_success} when spans were rejected) on success, a {@code google.rpc.Status} on failure.
 */
final class OtlpAnswers {

    private static final ObjectMapper JSON = new ObjectMapper();

    private OtlpAnswers() {}

    static ResponseEntity<byte[]> success(OtlpBatch batch, boolean json) {
        if (json) {
            Map<String, Object> body = new LinkedHashMap<>();
            if (batch.partial()) {
                // OTLP JSON writes 64-bit integers as strings
                body.put(
                        "partialSuccess",
                        Map.of(
                                "rejectedSpans",
                                Long.toString(batch.rejectedSpans()),
                                "errorMessage",
                                batch.rejection()));
            }
            return answer(HttpStatus.OK, write(body), true);
        }
        ExportTraceServiceResponse.Builder response = ExportTraceServiceResponse.newBuilder();
        if (batch.partial()) {
            response.setPartialSuccess(ExportTracePartialSuccess.newBuilder()
                    .setRejectedSpans(batch.rejectedSpans())
                    .setErrorMessage(batch.rejection()));
        }
        return answer(HttpStatus.OK, response.build().toByteArray(), false);
    }

    /** A failure; {@code grpcCode} is the {@code google.rpc.Code} that matches the HTTP status. */
    static ResponseEntity<byte[]> failure(HttpStatus status, int grpcCode, String message, boolean json) {
        return answer(
                status, json ? write(Map.of("code", grpcCode, "message", message)) : status(grpcCode, message), json);
    }

    /** A failure the sender should retry after a second ({@code Retry-After: 1}), as OTLP/HTTP asks. */
    static ResponseEntity<byte[]> retryLater(HttpStatus status, int grpcCode, String message, boolean json) {
        ResponseEntity<byte[]> failure = failure(status, grpcCode, message, json);
        return ResponseEntity.status(status)
                .headers(failure.getHeaders())
                .header("Retry-After", "1")
                .body(failure.getBody());
    }

    private static ResponseEntity<byte[]> answer(HttpStatus status, byte[] body, boolean json) {
        return ResponseEntity.status(status)
                .contentType(json ? MediaType.APPLICATION_JSON : MediaType.parseMediaType("application/x-protobuf"))
                .body(body);
    }

    /** {@code google.rpc.Status}: field 1 code (int32), field 2 message (string). */
    private static byte[] status(int code, String message) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            CodedOutputStream out = CodedOutputStream.newInstance(bytes);
            out.writeInt32(1, code);
            out.writeString(2, message);
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] write(Object body) {
        try {
            return JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an OTLP answer as JSON", e);
        }
    }
}
