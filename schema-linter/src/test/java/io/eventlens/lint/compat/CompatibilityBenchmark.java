package io.eventlens.lint.compat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Compatibility checks per second over the labelled pairs of the shared corpora (Apicurio: backward and
 * forward per case; Karapace: backward), warm. Run by hand, never as a test:
 *
 * <pre>
 * mvn -o -q test-compile dependency:build-classpath -pl schema-linter -am \
 *     -Dmdep.includeScope=test -Dmdep.outputFile=/tmp/compat-cp.txt
 * java -Deventlens.shared.dir=../shared -cp schema-linter/target/test-classes:schema-linter/target/classes:$(cat /tmp/compat-cp.txt) \
 *     io.eventlens.lint.compat.CompatibilityBenchmark [seconds]
 * </pre>
 */
public final class CompatibilityBenchmark {

    private CompatibilityBenchmark() {
    }

    public static void main(String[] args) {
        if (!CorpusCase.available()) {
            System.err.println(CorpusCase.skipMessage());
            System.exit(2);
        }
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 10;
        List<List<JsonNode>> pairs = new ArrayList<>();
        for (CorpusCase c : CorpusCase.apicurio()) {
            pairs.add(List.of(c.older(), c.newer()));
            pairs.add(List.of(c.newer(), c.older()));
        }
        CorpusCase.karapace().forEach(c -> pairs.add(List.of(c.older(), c.newer())));
        CompatibilityChecker checker = new CompatibilityChecker(Policy.STRICT);
        run(checker, pairs, seconds / 2);
        long start = System.nanoTime();
        long[] counts = run(checker, pairs, seconds);
        double elapsed = (System.nanoTime() - start) / 1e9;
        System.out.printf("%d labelled pairs, %d checks (%d incompatible) in %.1f s: %.0f checks/s (STRICT, BACKWARD, warm)%n",
                pairs.size(), counts[0], counts[1], elapsed, counts[0] / elapsed);
    }

    /** Checks and incompatible verdicts counted until the time is up (the count keeps the work alive). */
    private static long[] run(CompatibilityChecker checker, List<List<JsonNode>> pairs, double seconds) {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        long[] counts = new long[2];
        while (System.nanoTime() < deadline) {
            for (List<JsonNode> pair : pairs) {
                counts[1] += checker.check(Mode.BACKWARD, pair).exitCode() == 1 ? 1 : 0;
                counts[0]++;
            }
        }
        return counts;
    }
}
