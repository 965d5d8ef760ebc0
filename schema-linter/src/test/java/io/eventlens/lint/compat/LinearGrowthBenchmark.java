package io.eventlens.lint.compat;

import com.fasterxml.jackson.databind.JsonNode;
import io.eventlens.catalog.CatalogLoader;
import io.eventlens.catalog.load.LimitExceededException;
import io.eventlens.catalog.load.ParseLimits;
import io.eventlens.catalog.model.Message;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Time against input size for the paths issue 15 found quadratic, run by hand (not in CI), the old path measured in
 * the same run beside the new one:
 *
 * <ul>
 *   <li>loading a document whose payload has N properties (the catalog's property names: a list searched for each
 *       name before, a set now; the old collection is replayed here over the same names);
 *   <li>a compatibility check of N changed properties and its rows as the web API builds them ({@code breaks(f)}, a
 *       list search per change, before; {@link CompatibilityVerdict#breakingTest()} now);
 *   <li>a {@code $ref} fan-out of 4 references per level, L levels: compared in full with the limit raised, and refused
 *       at the default limit.
 * </ul>
 *
 * <pre>{@code
 * java -cp <schema-linter test classpath> io.eventlens.lint.compat.LinearGrowthBenchmark
 * }</pre>
 */
public final class LinearGrowthBenchmark {

    /** The old, quadratic paths are run up to this many changes or names (beyond, they take minutes). */
    private static final int OLD_PATH_UP_TO = 20_000;

    private LinearGrowthBenchmark() {}

    public static void main(String[] args) {
        for (int round = 0; round < 2; round++) { // the first round warms up
            boolean print = round == 1;
            for (int n : new int[] {1_000, 10_000, 100_000}) {
                load(n, print);
                compat(n, print);
            }
            for (int levels = 3; levels <= 7; levels++) {
                fanOut(levels, print);
            }
        }
    }

    private static void load(int properties, boolean print) {
        StringBuilder fields = new StringBuilder();
        for (int i = 0; i < properties; i++) {
            fields.append(i == 0 ? "" : ",").append("\"p").append(i).append("\":{\"type\":\"string\"}");
        }
        byte[] document = ("{\"asyncapi\":\"3.0.0\",\"info\":{\"title\":\"t\",\"version\":\"1\"},"
                        + "\"channels\":{\"c\":{\"address\":\"c\",\"messages\":{\"m\":"
                        + "{\"payload\":{\"type\":\"object\","
                        + "\"properties\":{" + fields + "}}}}}},"
                        + "\"operations\":{\"send\":{\"action\":\"send\",\"channel\":{\"$ref\":\"#/channels/c\"}}}}")
                .getBytes(StandardCharsets.UTF_8);
        long start = System.nanoTime();
        Message message = new CatalogLoader()
                .loadUpload("wide.json", document)
                .catalog()
                .messages()
                .get(0);
        long after = System.nanoTime() - start;
        JsonNode names = message.payload().get("properties");
        long before = -1;
        if (properties <= OLD_PATH_UP_TO) {
            start = System.nanoTime();
            List<String> old = new ArrayList<>();
            names.fieldNames().forEachRemaining(n -> {
                if (!old.contains(n)) {
                    old.add(n);
                }
            });
            before = System.nanoTime() - start;
        }
        if (print) {
            row("load, " + properties + " properties", after, "old name collection alone", before, names.size());
        }
    }

    private static void compat(int properties, boolean print) {
        CompatibilityChecker checker = new CompatibilityChecker(Policy.STRICT)
                .limitedBy(ParseLimits.defaults().with(ParseLimits.Limit.CHANGES, 1_000_000));
        JsonNode old = WorkLimitsTest.wide(properties, 0);
        JsonNode updated = WorkLimitsTest.wide(properties, properties);
        long start = System.nanoTime();
        CompatibilityVerdict verdict = checker.check(Mode.BACKWARD, List.of(old, updated));
        long check = System.nanoTime() - start;
        start = System.nanoTime();
        Predicate<Finding> breaks = verdict.breakingTest();
        long breakingNow = verdict.findings().stream().filter(breaks).count();
        long rowsNow = System.nanoTime() - start;
        long rowsBefore = -1;
        if (verdict.findings().size() <= OLD_PATH_UP_TO) {
            start = System.nanoTime();
            long breakingBefore =
                    verdict.findings().stream().filter(verdict::breaks).count();
            rowsBefore = System.nanoTime() - start;
            if (breakingBefore != breakingNow) {
                throw new IllegalStateException("old and new rows differ");
            }
        }
        if (print) {
            row(
                    "compat, " + properties + " properties changed: check + rows",
                    check + rowsNow,
                    "check + old rows",
                    rowsBefore < 0 ? -1 : check + rowsBefore,
                    verdict.findings().size());
        }
    }

    private static void fanOut(int levels, boolean print) {
        JsonNode old = WorkLimitsTest.fanOut(4, levels, "string");
        JsonNode updated = WorkLimitsTest.fanOut(4, levels, "integer");
        CompatibilityChecker raised = new CompatibilityChecker(Policy.STRICT)
                .limitedBy(ParseLimits.defaults()
                        .with(ParseLimits.Limit.REF_EXPANSIONS, 10_000_000)
                        .with(ParseLimits.Limit.CHANGES, 10_000_000));
        long start = System.nanoTime();
        CompatibilityVerdict verdict = raised.check(Mode.FULL, List.of(old, updated));
        long check = System.nanoTime() - start;
        start = System.nanoTime();
        Predicate<Finding> breaks = verdict.breakingTest();
        verdict.findings().stream().filter(breaks).count();
        long rowsNow = System.nanoTime() - start;
        long rowsBefore = -1;
        if (verdict.findings().size() <= OLD_PATH_UP_TO) {
            start = System.nanoTime();
            verdict.findings().stream().filter(verdict::breaks).count();
            rowsBefore = System.nanoTime() - start;
        }
        start = System.nanoTime();
        String refused;
        try {
            new CompatibilityChecker(Policy.STRICT).check(Mode.FULL, List.of(old, updated));
            refused = "not refused";
        } catch (LimitExceededException e) {
            refused = "refused at the default " + e.limit().setting() + " (" + e.allowed() + ") in "
                    + ms(System.nanoTime() - start);
        }
        if (print) {
            row(
                    "fan-out 4 x " + levels + " (limit raised): check + rows; " + refused,
                    check + rowsNow,
                    "check + old rows",
                    rowsBefore < 0 ? -1 : check + rowsBefore,
                    verdict.findings().size());
        }
    }

    private static void row(String work, long nanos, String anchor, long anchorNanos, long size) {
        System.out.printf(
                Locale.ROOT,
                "| %s | %s | %s: %s | %,d changes/names |%n",
                work,
                ms(nanos),
                anchor,
                anchorNanos < 0 ? "not run above " + OLD_PATH_UP_TO + " (quadratic: minutes)" : ms(anchorNanos),
                size);
    }

    private static String ms(long nanos) {
        return String.format(Locale.ROOT, "%,.1f ms", nanos / 1e6);
    }
}
