package io.eventlens.flow.trace;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Decodes OTLP/HTTP trace requests ({@code ExportTraceServiceRequest}) in protobuf or JSON, gzip or
 * not. A body that cannot be read at all throws {@link OtlpDecodeException}; spans that break a rule
 * (ids, {@link IntakeLimits}) are left out and counted in {@link OtlpBatch#rejectedSpans()}.
 */
public final class OtlpDecoder {

    /** The encodings of an OTLP body, by its Content-Type. */
    public enum Encoding {
        PROTOBUF,
        JSON
    }

    private final IntakeLimits limits;
    private final CorrelationAttributes correlation;

    public OtlpDecoder(IntakeLimits limits, CorrelationAttributes correlation) {
        this.limits = requireNonNull(limits, "limits");
        this.correlation = requireNonNull(correlation, "correlation");
    }

    public OtlpBatch decode(byte[] body, Encoding encoding) {
        SpanAssembly assembly = new SpanAssembly(limits, correlation);
        if (encoding == Encoding.PROTOBUF) {
            ProtobufSpans.read(ProtobufSpans.parse(body), assembly);
        } else {
            JsonSpans.read(JsonSpans.parse(body), assembly, false);
        }
        return assembly.batch();
    }

    /** OTLP JSON as Tempo and Jaeger answer it (ids in hex, or in base64 as Tempo may write them). */
    OtlpBatch decodeQueryAnswer(JsonNode tracesData) {
        SpanAssembly assembly = new SpanAssembly(limits, correlation);
        JsonSpans.read(tracesData, assembly, true);
        return assembly.batch();
    }

    /**
     * Inflates a gzip body, reading at most {@code maxBytes} of it.
     *
     * @throws OtlpDecodeException when the body is not gzip
     * @throws BodyTooLargeException when it inflates to more than {@code maxBytes}
     */
    public static byte[] gunzip(byte[] body, int maxBytes) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(maxBytes, body.length * 4 + 64));
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) > 0; ) {
                if (out.size() + n > maxBytes) {
                    throw new BodyTooLargeException("the gzip body inflates to more than " + maxBytes
                            + " bytes, the configured maximum (eventlens.otlp.max-body-size)");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (ZipException e) {
            throw new OtlpDecodeException(
                    "the body says Content-Encoding: gzip but is not gzip (" + e.getMessage()
                            + "); send it compressed, or without that header",
                    e);
        } catch (EOFException e) {
            throw new OtlpDecodeException("the gzip body ends early (truncated); nothing was stored", e);
        } catch (IOException e) {
            throw new OtlpDecodeException("the gzip body cannot be read: " + e.getMessage(), e);
        }
    }
}
