package io.eventlens.web.traces;

import io.eventlens.flow.trace.BodyTooLargeException;
import io.eventlens.flow.trace.OtlpBatch;
import io.eventlens.flow.trace.OtlpDecodeException;
import io.eventlens.flow.trace.OtlpDecoder;
import io.eventlens.flow.trace.SpanIntake;
import io.eventlens.web.config.EventLensProperties;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /v1/traces}: OTLP/HTTP span intake, where an OpenTelemetry SDK's exporter sends by
 * default once its endpoint is set. Protobuf or JSON, gzip or not; 415 for another content type, 413
 * over {@code eventlens.otlp.max-body-size}, 400 for a body that cannot be read (nothing stored), 429
 * with Retry-After when the store falls behind, 200 with {@code partial_success} when some spans are
 * rejected.
 */
@RestController
class OtlpController {

    private static final int GRPC_INVALID_ARGUMENT = 3;
    private static final int GRPC_RESOURCE_EXHAUSTED = 8;
    private static final int GRPC_UNAUTHENTICATED = 16;

    private final OtlpDecoder decoder;
    private final SpanIntake intake;
    private final OtlpAccess access;
    private final int maxBodyBytes;

    OtlpController(OtlpDecoder decoder, SpanIntake intake, EventLensProperties properties) {
        this.decoder = decoder;
        this.intake = intake;
        this.access = new OtlpAccess(properties);
        this.maxBodyBytes = (int)
                Math.min(Integer.MAX_VALUE - 8, properties.otlp().maxBodySize().toBytes());
    }

    @PostMapping("/v1/traces")
    ResponseEntity<byte[]> export(HttpServletRequest request) throws IOException {
        String type =
                request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        Optional<OtlpDecoder.Encoding> encoding = encoding(type);
        boolean json = encoding.map(e -> e == OtlpDecoder.Encoding.JSON).orElse(true);
        Optional<String> refusal = access.refusal(request);
        if (refusal.isPresent()) {
            return OtlpAnswers.failure(HttpStatus.UNAUTHORIZED, GRPC_UNAUTHENTICATED, refusal.get(), json);
        }
        if (encoding.isEmpty()) {
            return OtlpAnswers.failure(
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    GRPC_INVALID_ARGUMENT,
                    "Content-Type '" + type + "' is not OTLP; send application/x-protobuf or application/json",
                    true);
        }
        try {
            OtlpBatch batch = decoder.decode(body(request), encoding.get());
            if (batch.spans().isEmpty() && batch.partial()) {
                return OtlpAnswers.failure(HttpStatus.BAD_REQUEST, GRPC_INVALID_ARGUMENT, batch.rejection(), json);
            }
            if (!intake.offer(batch.spans())) {
                return OtlpAnswers.retryLater(
                        HttpStatus.TOO_MANY_REQUESTS,
                        GRPC_RESOURCE_EXHAUSTED,
                        "the span store is behind (its queue is full); retry after a second",
                        json);
            }
            return OtlpAnswers.success(batch, json);
        } catch (BodyTooLargeException e) {
            return OtlpAnswers.failure(HttpStatus.PAYLOAD_TOO_LARGE, GRPC_INVALID_ARGUMENT, e.getMessage(), json);
        } catch (OtlpDecodeException e) {
            return OtlpAnswers.failure(HttpStatus.BAD_REQUEST, GRPC_INVALID_ARGUMENT, e.getMessage(), json);
        }
    }

    private static Optional<OtlpDecoder.Encoding> encoding(String contentType) {
        if (contentType.startsWith("application/x-protobuf") || contentType.startsWith("application/protobuf")) {
            return Optional.of(OtlpDecoder.Encoding.PROTOBUF);
        }
        if (contentType.startsWith("application/json")) {
            return Optional.of(OtlpDecoder.Encoding.JSON);
        }
        return Optional.empty();
    }

    /** The body, inflated when gzip, never more than the configured maximum. */
    private byte[] body(HttpServletRequest request) throws IOException {
        long declared = request.getContentLengthLong();
        if (declared > maxBodyBytes) {
            throw tooLarge(declared + " bytes");
        }
        byte[] raw;
        try (InputStream in = request.getInputStream()) {
            raw = in.readNBytes(maxBodyBytes + 1);
        }
        if (raw.length > maxBodyBytes) {
            throw tooLarge("more than " + maxBodyBytes + " bytes");
        }
        String contentEncoding = request.getHeader("Content-Encoding");
        if (contentEncoding == null || contentEncoding.isBlank() || contentEncoding.equalsIgnoreCase("identity")) {
            return raw;
        }
        if (contentEncoding.equalsIgnoreCase("gzip")) {
            return OtlpDecoder.gunzip(raw, maxBodyBytes);
        }
        throw new OtlpDecodeException(
                "Content-Encoding '" + contentEncoding + "' is not supported; send gzip or no Content-Encoding");
    }

    private BodyTooLargeException tooLarge(String size) {
        return new BodyTooLargeException("the body has " + size + "; at most " + maxBodyBytes
                + " bytes are allowed (eventlens.otlp.max-body-size)");
    }
}
