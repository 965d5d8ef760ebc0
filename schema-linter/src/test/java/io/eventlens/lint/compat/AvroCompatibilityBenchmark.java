package io.eventlens.lint.compat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;

/**
 * Avro compatibility checks per second, warm, single thread: EventLens's Avro comparison beside Apache Avro's own
 * {@code SchemaCompatibility.checkReaderWriterCompatibility}, over the one-edit pairs of {@link AvroResolutionTest}
 * in both directions, schema texts in (both sides parse both schemas on every check, as a registry receiving a new
 * version does). Rounds alternate which engine goes first. Run by hand, never as a test:
 *
 * <pre>
 * mvn -o -q test-compile dependency:build-classpath -pl schema-linter -am \
 *     -Dmdep.includeScope=test -Dmdep.outputFile=/tmp/compat-cp.txt
 * java -cp schema-linter/target/test-classes:schema-linter/target/classes:$(cat /tmp/compat-cp.txt) \
 *     io.eventlens.lint.compat.AvroCompatibilityBenchmark [seconds]
 * </pre>
 *
 * <p>EventLens parses each schema with Avro's parser too, then walks both to name every change (compatible ones
 * included) with a pointer and a sentence; Avro's checker only answers and lists the incompatibilities. The verdicts
 * are compared on every pair before timing.
 */
public final class AvroCompatibilityBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AvroCompatibilityBenchmark() {}

    record Pair(String name, String writer, String reader) {}

    public static void main(String[] args) throws IOException {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 10;
        List<Pair> pairs = new ArrayList<>();
        AvroResolutionTest.edits().forEach(e -> {
            pairs.add(new Pair(e.name(), e.old().toString(), e.updated().toString()));
            pairs.add(new Pair(
                    e.name() + " (undone)", e.updated().toString(), e.old().toString()));
        });
        CompatibilityChecker ours = new CompatibilityChecker(Policy.STRICT, SchemaLanguage.AVRO);
        int differ = 0;
        for (Pair pair : pairs) {
            if (eventLens(ours, pair) != avro(pair)) {
                differ++;
                System.out.println("verdicts differ: " + pair.name());
            }
        }
        System.out.printf("%d pairs, verdicts differ on %d%n", pairs.size(), differ);
        long[] nanos = new long[2];
        long[] checks = new long[2];
        long warmUntil = System.nanoTime() + (long) (seconds / 3 * 1e9);
        while (System.nanoTime() < warmUntil) {
            pairs.forEach(p -> eventLens(ours, p));
            pairs.forEach(AvroCompatibilityBenchmark::avro);
        }
        long until = System.nanoTime() + (long) (seconds * 1e9);
        int sink = 0;
        for (int round = 0; System.nanoTime() < until; round++) {
            for (int turn = 0; turn < 2; turn++) {
                int engine = (round + turn) % 2;
                long start = System.nanoTime();
                for (Pair pair : pairs) {
                    sink += (engine == 0 ? eventLens(ours, pair) : avro(pair)) ? 1 : 0;
                }
                nanos[engine] += System.nanoTime() - start;
                checks[engine] += pairs.size();
            }
        }
        double ourRate = checks[0] / (nanos[0] / 1e9);
        double avroRate = checks[1] / (nanos[1] / 1e9);
        System.out.printf(
                "EventLens (Avro)               %,d checks in %5.1f s: %,.0f checks/s, %.2fx the anchor%n",
                checks[0], nanos[0] / 1e9, ourRate, ourRate / avroRate);
        System.out.printf(
                "Avro %s SchemaCompatibility %,d checks in %5.1f s: %,.0f checks/s%n",
                Schema.class.getPackage().getImplementationVersion(), checks[1], nanos[1] / 1e9, avroRate);
        System.out.printf(
                "(sink %d; load average %.2f at the end)%n",
                sink, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static boolean eventLens(CompatibilityChecker checker, Pair pair) {
        try {
            List<JsonNode> versions = List.of(JSON.readTree(pair.writer()), JSON.readTree(pair.reader()));
            return checker.check(Mode.BACKWARD, versions).kind() == CompatibilityVerdict.Kind.COMPATIBLE;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean avro(Pair pair) {
        Schema writer = new Schema.Parser().parse(pair.writer());
        Schema reader = new Schema.Parser().parse(pair.reader());
        return SchemaCompatibility.checkReaderWriterCompatibility(reader, writer)
                        .getType()
                == SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE;
    }
}
