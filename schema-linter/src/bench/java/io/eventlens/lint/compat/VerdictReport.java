package io.eventlens.lint.compat;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every engine's verdict on every check, compared with the other engines and with the corpus labels.
 * A label names the expected verdict of each check: an Apicurio case labelled "backward" expects BACKWARD
 * compatible and FORWARD incompatible, "both" both compatible, "none" neither; a Karapace case labelled
 * "true" expects BACKWARD compatible.
 */
record VerdictReport(List<CompatibilityBenchmark.Check> checks, List<Engine> engines, String[][] verdicts) {

    static VerdictReport of(List<CompatibilityBenchmark.Check> checks, List<Engine> engines) {
        String[][] verdicts = new String[engines.size()][checks.size()];
        for (int e = 0; e < engines.size(); e++) {
            for (int i = 0; i < checks.size(); i++) {
                verdicts[e][i] = engines.get(e).verdictOn(i);
            }
        }
        return new VerdictReport(checks, engines, verdicts);
    }

    static String expected(CompatibilityBenchmark.Check check) {
        String label = check.source().expected();
        boolean compatible = check.mode() == Mode.FORWARD
                ? label.equals("both") || label.equals("forward")
                : label.equals("true") || label.equals("both") || label.equals("backward");
        return compatible ? Engine.COMPATIBLE : Engine.INCOMPATIBLE;
    }

    /** The indexes of the checks where engines {@code a} and {@code b} differ. */
    List<Integer> differences(int a, int b) {
        List<Integer> differing = new ArrayList<>();
        for (int i = 0; i < checks.size(); i++) {
            if (!verdicts[a][i].equals(verdicts[b][i])) {
                differing.add(i);
            }
        }
        return differing;
    }

    /** Per corpus set, {cases whose every check engine {@code e} answers as labelled, cases}. */
    Map<String, int[]> labelAgreement(int e) {
        Map<CorpusCase, Boolean> agrees = new LinkedHashMap<>();
        for (int i = 0; i < checks.size(); i++) {
            agrees.merge(checks.get(i).source(), verdicts[e][i].equals(expected(checks.get(i))), Boolean::logicalAnd);
        }
        Map<String, int[]> agreement = new LinkedHashMap<>();
        agrees.forEach((source, agreed) -> {
            int[] counts = agreement.computeIfAbsent(source.set(), s -> new int[2]);
            counts[0] += agreed ? 1 : 0;
            counts[1]++;
        });
        return agreement;
    }

    /** Label agreement of every engine, then every check where EventLens (engine 0) and the anchor (last) differ. */
    void print(PrintStream out) {
        for (int e = 0; e < engines.size(); e++) {
            StringBuilder line = new StringBuilder(engines.get(e).name()).append(" agrees with the labels on (cases)");
            labelAgreement(e)
                    .forEach((set, c) -> line.append(' ')
                            .append(set)
                            .append(' ')
                            .append(c[0])
                            .append('/')
                            .append(c[1]));
            out.println(line);
        }
        for (int e = 1; e < engines.size() - 1; e++) {
            out.printf(
                    "%s and %s differ on %d checks%n",
                    engines.get(0).name(),
                    engines.get(e).name(),
                    differences(0, e).size());
        }
        int anchor = engines.size() - 1;
        List<Integer> differing = differences(0, anchor);
        Map<String, int[]> bySet = new LinkedHashMap<>();
        for (int i = 0; i < checks.size(); i++) {
            int[] counts = bySet.computeIfAbsent(checks.get(i).source().set(), s -> new int[4]);
            counts[1]++;
            if (differing.contains(i)) {
                counts[0]++;
                counts[2] += verdicts[0][i].equals(expected(checks.get(i))) ? 1 : 0;
                counts[3] += verdicts[anchor][i].startsWith("error") ? 1 : 0;
            }
        }
        out.printf(
                "%s and %s differ on %d of %d checks:%n",
                engines.get(0).name(), engines.get(anchor).name(), differing.size(), checks.size());
        bySet.forEach((set, c) -> out.printf(
                "  %s: %d of %d (the label sides with EventLens on %d, with %s on %d; %s threw on %d)%n",
                set,
                c[0],
                c[1],
                c[2],
                engines.get(anchor).name(),
                c[0] - c[2],
                engines.get(anchor).name(),
                c[3]));
        for (int i : differing) {
            out.printf(
                    "  %s, expected %s: EventLens %s, %s %s%n",
                    checks.get(i),
                    expected(checks.get(i)),
                    verdicts[0][i],
                    engines.get(anchor).name(),
                    verdicts[anchor][i]);
        }
    }
}
