package io.eventlens.lint.compat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Compatibility checks per second over the labelled pairs of the shared corpora, warm, EventLens alone.
 * Each Apicurio case is checked under BACKWARD and FORWARD (as Apicurio's own test executor does),
 * each Karapace case under BACKWARD. Run by hand, never as a test:
 *
 * <pre>
 * mvn -o -q test-compile dependency:build-classpath -pl schema-linter -am \
 *     -Dmdep.includeScope=test -Dmdep.outputFile=/tmp/compat-cp.txt
 * java -Deventlens.shared.dir=../shared -cp schema-linter/target/test-classes:schema-linter/target/classes:$(cat
 * /tmp/compat-cp.txt) \
 *     io.eventlens.lint.compat.CompatibilityBenchmark [seconds]
 * </pre>
 *
 * <p>The same checks beside Apicurio's checker, in one run: {@code ApicurioCompatibilityBenchmark} in
 * {@code src/bench/java} (profile {@code bench-anchors}).
 */
public final class CompatibilityBenchmark {

    private CompatibilityBenchmark() {}

    /** One timed check: a labelled case, the mode it is checked under and its versions, oldest first. */
    record Check(CorpusCase source, Mode mode, List<JsonNode> versions) {

        Check(CorpusCase source, Mode mode) {
            this(source, mode, List.of(source.older(), source.newer()));
        }

        @Override
        public String toString() {
            return source.set() + " " + source.name() + " " + mode;
        }
    }

    /** Apicurio's 145 cases under BACKWARD and FORWARD, then Karapace's 321 under BACKWARD: 611 checks. */
    static List<Check> checks() {
        List<Check> checks = new ArrayList<>();
        for (CorpusCase c : CorpusCase.apicurio()) {
            checks.add(new Check(c, Mode.BACKWARD));
            checks.add(new Check(c, Mode.FORWARD));
        }
        CorpusCase.karapace().forEach(c -> checks.add(new Check(c, Mode.BACKWARD)));
        return List.copyOf(checks);
    }

    public static void main(String[] args) {
        if (!CorpusCase.available()) {
            System.err.println(CorpusCase.skipMessage());
            System.exit(2);
        }
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 10;
        List<Check> checks = checks();
        CompatibilityChecker checker = new CompatibilityChecker(Policy.STRICT);
        run(checker, checks, seconds / 2);
        long start = System.nanoTime();
        long[] counts = run(checker, checks, seconds);
        double elapsed = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                "%d labelled checks, %d runs (%d incompatible) in %.1f s: %.0f checks/s (STRICT, warm)%n",
                checks.size(), counts[0], counts[1], elapsed, counts[0] / elapsed);
    }

    /** Checks and incompatible verdicts counted until the time is up (the count keeps the work alive). */
    private static long[] run(CompatibilityChecker checker, List<Check> checks, double seconds) {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        long[] counts = new long[2];
        while (System.nanoTime() < deadline) {
            for (Check check : checks) {
                counts[1] += checker.check(check.mode(), check.versions()).exitCode() == 1 ? 1 : 0;
                counts[0]++;
            }
        }
        return counts;
    }
}
