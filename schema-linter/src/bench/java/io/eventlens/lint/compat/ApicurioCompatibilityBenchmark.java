package io.eventlens.lint.compat;

import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * EventLens's compatibility checker beside Apicurio Registry's JSON Schema checker, over the same 611
 * labelled checks in the same JVM: rounds alternate which engine goes first, and each engine's own
 * time is summed. Prints checks per second for each (overall and per corpus set), the ratios, and every
 * check where the verdicts differ. Compiled and run only with the {@code bench-anchors} profile, from
 * the repository root:
 *
 * <pre>
 * mvn -o -q -Pbench-anchors -pl schema-linter -am test-compile dependency:build-classpath \
 *     -Dmdep.includeScope=test -Dmdep.outputFile=/tmp/bench-cp.txt
 * java -Deventlens.shared.dir=../shared \
 *     -cp schema-linter/target/bench-classes:schema-linter/target/test-classes:schema-linter/target/classes:$(cat
 * /tmp/bench-cp.txt) \
 *     io.eventlens.lint.compat.ApicurioCompatibilityBenchmark [seconds]
 * </pre>
 */
public final class ApicurioCompatibilityBenchmark {

    private ApicurioCompatibilityBenchmark() {}

    public static void main(String[] args) {
        if (!CorpusCase.available()) {
            System.err.println(CorpusCase.skipMessage());
            System.exit(2);
        }
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 20;
        List<CompatibilityBenchmark.Check> checks = CompatibilityBenchmark.checks();
        List<Engine> engines = AnchorEngines.all(checks);
        System.out.printf(
                "%d checks (Apicurio cases BACKWARD and FORWARD, Karapace cases BACKWARD), EventLens STRICT; "
                        + "Java %s, %d cores, load average %.2f%n",
                checks.size(), Runtime.version(), Runtime.getRuntime().availableProcessors(), loadAverage());
        VerdictReport.of(checks, engines).print(System.out);
        List<String> sets = checks.stream().map(c -> c.source().set()).toList();
        run(engines, sets, seconds / 2);
        Timing timing = run(engines, sets, seconds);
        int anchor = engines.size() - 1;
        for (int e = 0; e < engines.size(); e++) {
            StringBuilder line = new StringBuilder(String.format(
                    "%-28s %,9d checks in %5.1f s: %,7.0f checks/s, %4.1f× the anchor",
                    engines.get(e).name(),
                    timing.checks(e),
                    timing.seconds(e),
                    timing.perSecond(e, null),
                    timing.perSecond(e, null) / timing.perSecond(anchor, null)));
            for (String set : timing.sets()) {
                line.append(String.format(
                        "; %s %,.0f/s (%.1f×)",
                        set, timing.perSecond(e, set), timing.perSecond(e, set) / timing.perSecond(anchor, set)));
            }
            System.out.println(line);
        }
        System.out.printf(
                "(%d rounds, %d incompatible verdicts; load average %.2f at the end)%n",
                timing.rounds(), timing.incompatible(), loadAverage());
    }

    /** Rounds of every engine over every check, the first engine rotating each round, until the time is up. */
    private static Timing run(List<Engine> engines, List<String> sets, double seconds) {
        Timing timing = new Timing(engines.size(), sets);
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        while (System.nanoTime() < deadline) {
            for (int k = 0; k < engines.size(); k++) {
                int e = (int) ((k + timing.rounds()) % engines.size());
                for (int i = 0; i < sets.size(); i++) {
                    long start = System.nanoTime();
                    boolean compatible = engines.get(e).verdictOn(i).equals(Engine.COMPATIBLE);
                    timing.add(e, i, System.nanoTime() - start, compatible);
                }
            }
            timing.endRound();
        }
        return timing;
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
