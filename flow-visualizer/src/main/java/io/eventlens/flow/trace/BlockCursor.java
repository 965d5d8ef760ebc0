package io.eventlens.flow.trace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Reads what {@link SpanBlock} wrote: {@link #inflate} a stored block, then walk its spans, where
 * {@link #next} reads a span's header and {@link #span} decodes the whole span when the header matched.
 */
final class BlockCursor {

    static byte[] inflate(byte[] deflated, int rawBytes, long blockId) {
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(deflated);
            byte[] raw = new byte[rawBytes];
            int n = 0;
            while (n < rawBytes) {
                int read = inflater.inflate(raw, n, rawBytes - n);
                if (read == 0 && (inflater.finished() || inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                n += read;
            }
            if (n != rawBytes) {
                throw new SpanStoreException(
                        "span block " + blockId + " inflates to " + n + " bytes, its row says " + rawBytes, null);
            }
            return raw;
        } catch (DataFormatException e) {
            throw new SpanStoreException("span block " + blockId + " is not readable: " + e.getMessage(), e);
        } finally {
            inflater.end();
        }
    }

    private final BlockBytes.Reader in;
    private final byte[] raw;
    private final long receivedMin;
    private final int[] textAt;
    private final String[] texts;
    private int left;

    private int traceAt;
    private long receivedAt;
    private SpanKind kind;
    private SpanStatus.Code status;
    private int correlationAt;
    private int keyAt;
    private int linksAt;
    private int linkCount;
    private int bodyAt;
    private int bodyEnd;

    BlockCursor(byte[] raw, long receivedMin, long blockId) {
        this.raw = raw;
        this.receivedMin = receivedMin;
        this.in = new BlockBytes.Reader(raw, 0);
        int version = in.read();
        if (version != SpanBlock.VERSION) {
            throw new SpanStoreException(
                    "span block " + blockId + " has format version " + version + "; this EventLens reads version "
                            + SpanBlock.VERSION,
                    null);
        }
        int count = in.readVarInt();
        textAt = new int[count];
        texts = new String[count];
        for (int i = 0; i < count; i++) {
            textAt[i] = in.position();
            in.skipText();
        }
        left = in.readVarInt();
        bodyEnd = in.position();
    }

    boolean next() {
        if (left == 0) {
            return false;
        }
        left--;
        in.seek(bodyEnd);
        traceAt = in.position();
        in.skip(Ids.TRACE_ID_BYTES + Ids.SPAN_ID_BYTES);
        receivedAt = receivedMin + in.readVarLong();
        kind = SpanKind.values()[in.read()];
        status = SpanStatus.Code.values()[in.read()];
        correlationAt = in.position();
        in.skipText();
        keyAt = in.position();
        in.skipText();
        linkCount = in.readVarInt();
        linksAt = in.position();
        in.skip(linkCount * Ids.TRACE_ID_BYTES);
        int length = in.readVarInt();
        bodyAt = in.position();
        bodyEnd = bodyAt + length;
        return true;
    }

    String traceId() {
        return at(traceAt).readHex(Ids.TRACE_ID_BYTES);
    }

    String spanId() {
        return at(traceAt + Ids.TRACE_ID_BYTES).readHex(Ids.SPAN_ID_BYTES);
    }

    long receivedAt() {
        return receivedAt;
    }

    SpanKind kind() {
        return kind;
    }

    boolean failed() {
        return status == SpanStatus.Code.ERROR;
    }

    String correlationId() {
        return at(correlationAt).readText();
    }

    boolean correlationIs(byte[] utf8) {
        return at(correlationAt).textEquals(utf8);
    }

    boolean keyIs(byte[] utf8) {
        return at(keyAt).textEquals(utf8);
    }

    boolean hasLinks() {
        return linkCount > 0;
    }

    List<String> linkedTraceIds() {
        BlockBytes.Reader links = at(linksAt);
        List<String> ids = new ArrayList<>(linkCount);
        for (int i = 0; i < linkCount; i++) {
            ids.add(links.readHex(Ids.TRACE_ID_BYTES));
        }
        return ids;
    }

    private BlockBytes.Reader at(int position) {
        return new BlockBytes.Reader(raw, position);
    }

    /** The whole span under the cursor. */
    TraceSpan span() {
        String traceId = traceId();
        String spanId = spanId();
        String correlationId = correlationId();
        List<String> linkedTraces = linkedTraceIds();
        BlockBytes.Reader body = at(bodyAt);
        String parent = body.read() == 0 ? "" : body.readHex(Ids.SPAN_ID_BYTES);
        String service = text(body);
        String name = text(body);
        long start = body.readSigned();
        long end = start + body.readSigned();
        String statusMessage = text(body);
        Map<String, String> attributes = map(body);
        Map<String, String> resource = map(body);
        String scope = text(body);
        int eventCount = body.readVarInt();
        List<SpanEvent> events = new ArrayList<>(eventCount);
        for (int i = 0; i < eventCount; i++) {
            long at = start + body.readSigned();
            events.add(new SpanEvent(at, text(body), map(body)));
        }
        List<SpanLink> links = new ArrayList<>(linkCount);
        for (String linkedTrace : linkedTraces) {
            links.add(new SpanLink(linkedTrace, body.readHex(Ids.SPAN_ID_BYTES), map(body)));
        }
        return new TraceSpan(
                traceId,
                spanId,
                parent,
                service,
                name,
                kind,
                start,
                end,
                new SpanStatus(status, statusMessage),
                attributes,
                resource,
                scope,
                events,
                links,
                correlationId);
    }

    private Map<String, String> map(BlockBytes.Reader body) {
        int size = body.readVarInt();
        Map<String, String> map = new LinkedHashMap<>(size * 2);
        for (int i = 0; i < size; i++) {
            map.put(text(body), text(body));
        }
        return map;
    }

    private String text(BlockBytes.Reader body) {
        int ref = body.readVarInt();
        if (ref == 0) {
            return body.readText();
        }
        String text = texts[ref - 1];
        if (text == null) {
            text = at(textAt[ref - 1]).readText();
            texts[ref - 1] = text;
        }
        return text;
    }
}
