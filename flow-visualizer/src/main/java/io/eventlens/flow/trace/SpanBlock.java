package io.eventlens.flow.trace;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;

/**
 * Many spans as one row of {@code trace_block} (ADR 0017): a compact binary encoding, deflated, and
 * the {@link BlockFilter} over its searchable values.
 *
 * <p>Layout before deflating: a version byte; a dictionary of the short texts the spans repeat
 * (service and span names, attribute keys, most values); the span count; then each span as a header
 * (trace id, span id, received-at, kind, status code, correlation id, record key, linked trace ids,
 * body length) and a body (the rest, texts as dictionary references). A search reads headers only and
 * skips the bodies of spans that do not match, so only matching spans are decoded whole.
 */
final class SpanBlock {

    static final int VERSION = 1;

    /** Texts up to this length go through the dictionary; longer ones are written in place. */
    private static final int DICTIONARY_TEXT = 256;

    private SpanBlock() {}

    /** A block ready to insert. */
    record Encoded(
            byte[] deflated,
            int rawBytes,
            BlockFilter filter,
            long receivedMin,
            long receivedMax,
            int spanCount,
            int failedSpans,
            int messagingSpans) {}

    /** Encodes spans received at {@code receivedAt} (one value per span). */
    static Encoded encode(List<TraceSpan> spans, long[] receivedAt) {
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (long at : receivedAt) {
            min = Math.min(min, at);
            max = Math.max(max, at);
        }
        Hashes values = new Hashes();
        Map<String, Integer> dictionary = new HashMap<>();
        List<String> texts = new ArrayList<>();
        BlockBytes records = new BlockBytes(64 * 1024);
        BlockBytes body = new BlockBytes(4 * 1024);
        int failed = 0;
        int messaging = 0;
        for (int i = 0; i < spans.size(); i++) {
            TraceSpan span = spans.get(i);
            values.add(BlockFilter.hash(BlockFilter.TRACE_ID, span.traceId()));
            if (!span.correlationId().isEmpty()) {
                values.add(BlockFilter.hash(BlockFilter.CORRELATION, span.correlationId()));
            }
            String key = span.messageKey();
            if (!key.isEmpty()) {
                values.add(BlockFilter.hash(BlockFilter.KEY, key));
            }
            span.attributes().forEach((name, value) -> values.add(BlockFilter.hash(name, value)));
            if (i == 0 || !span.resource().equals(spans.get(i - 1).resource())) {
                span.resource().forEach((name, value) -> values.add(BlockFilter.hash(name, value)));
            }
            failed += span.failed() ? 1 : 0;
            messaging += messaging(span.kind()) ? 1 : 0;

            records.writeHex(span.traceId());
            records.writeHex(span.spanId());
            records.writeVarLong(receivedAt[i] - min);
            records.write(span.kind().ordinal());
            records.write(span.status().code().ordinal());
            records.writeText(span.correlationId());
            records.writeText(key);
            records.writeVarLong(span.links().size());
            for (SpanLink link : span.links()) {
                values.add(BlockFilter.hash(BlockFilter.LINKED_TRACE, link.traceId()));
                records.writeHex(link.traceId());
            }
            body.clear();
            writeBody(body, span, dictionary, texts);
            records.writeVarLong(body.size());
            records.write(body.array(), 0, body.size());
        }
        BlockBytes raw = new BlockBytes(records.size() + 16 * texts.size() + 64);
        raw.write(VERSION);
        raw.writeVarLong(texts.size());
        for (String text : texts) {
            raw.writeText(text);
        }
        raw.writeVarLong(spans.size());
        raw.write(records.array(), 0, records.size());
        return new Encoded(
                deflate(raw.array(), raw.size()),
                raw.size(),
                BlockFilter.of(values.hashes, values.count),
                min,
                max,
                spans.size(),
                failed,
                messaging);
    }

    /** The hashes of a block's filter values, repeats included (the filter counts them once). */
    private static final class Hashes {
        private long[] hashes = new long[8 * 1024];
        private int count;

        void add(long hash) {
            if (count == hashes.length) {
                hashes = Arrays.copyOf(hashes, count * 2);
            }
            hashes[count++] = hash;
        }
    }

    static boolean messaging(SpanKind kind) {
        return kind == SpanKind.PRODUCER || kind == SpanKind.CONSUMER || kind == SpanKind.CLIENT;
    }

    private static void writeBody(BlockBytes out, TraceSpan span, Map<String, Integer> dictionary, List<String> texts) {
        if (span.parentSpanId().isEmpty()) {
            out.write(0);
        } else {
            out.write(1);
            out.writeHex(span.parentSpanId());
        }
        text(out, span.service(), dictionary, texts);
        text(out, span.name(), dictionary, texts);
        out.writeSigned(span.startEpochNanos());
        out.writeSigned(span.endEpochNanos() - span.startEpochNanos());
        text(out, span.status().message(), dictionary, texts);
        map(out, span.attributes(), dictionary, texts);
        map(out, span.resource(), dictionary, texts);
        text(out, span.scope(), dictionary, texts);
        out.writeVarLong(span.events().size());
        for (SpanEvent event : span.events()) {
            out.writeSigned(event.epochNanos() - span.startEpochNanos());
            text(out, event.name(), dictionary, texts);
            map(out, event.attributes(), dictionary, texts);
        }
        for (SpanLink link : span.links()) {
            out.writeHex(link.spanId());
            map(out, link.attributes(), dictionary, texts);
        }
    }

    private static void map(
            BlockBytes out, Map<String, String> map, Map<String, Integer> dictionary, List<String> texts) {
        out.writeVarLong(map.size());
        for (Map.Entry<String, String> entry : map.entrySet()) {
            text(out, entry.getKey(), dictionary, texts);
            text(out, entry.getValue(), dictionary, texts);
        }
    }

    /** 0 and the text in place, or 1 + the text's index in the dictionary. */
    private static void text(BlockBytes out, String text, Map<String, Integer> dictionary, List<String> texts) {
        if (text.length() > DICTIONARY_TEXT) {
            out.write(0);
            out.writeText(text);
            return;
        }
        Integer index = dictionary.get(text);
        if (index == null) {
            index = texts.size();
            dictionary.put(text, index);
            texts.add(text);
        }
        out.writeVarLong(index + 1L);
    }

    private static byte[] deflate(byte[] raw, int length) {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
        try {
            deflater.setInput(raw, 0, length);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, length / 3));
            byte[] chunk = new byte[64 * 1024];
            while (!deflater.finished()) {
                int n = deflater.deflate(chunk);
                out.write(chunk, 0, n);
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
