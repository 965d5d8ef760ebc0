package io.eventlens.lint.compat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Two compiled trees of the compatibility engine side by side in one JVM, each in its own class loader, over the
 * labelled checks of {@link CompatibilityBenchmark}: passes alternate between the trees and each pass is timed in
 * CPU time of the measuring thread, so builds running beside it on a shared machine stretch both sides alike
 * instead of whichever happened to run second. Run by hand, never as a test:
 *
 * <pre>
 * # each tree: catalog + schema-linter main sources (without lint/cli) and the three benchmark test sources,
 * # compiled with javac into one folder against the test classpath (see docs/benchmarks.md for the commands)
 * java -Deventlens.shared.dir=../shared -cp schema-linter/target/test-classes \
 *     io.eventlens.lint.compat.EngineComparisonBenchmark /tmp/before/classes /tmp/after/classes /tmp/jars.txt 40
 * </pre>
 *
 * The last argument is the number of measured passes per tree (five warm-up passes come first); each pass runs
 * every check five times.
 */
public final class EngineComparisonBenchmark {

    private static final int REPEATS = 5;

    private EngineComparisonBenchmark() {}

    /** A tree's checker and its checks, as objects of the tree's own classes. */
    private record Tree(Object checker, Method check, List<Object[]> calls) {

        static Tree load(Path classes, URL[] jars) throws ReflectiveOperationException, MalformedURLException {
            URL[] urls = new URL[jars.length + 1];
            urls[0] = classes.toUri().toURL();
            System.arraycopy(jars, 0, urls, 1, jars.length);
            ClassLoader loader = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader());
            Class<?> benchmark = loader.loadClass(CompatibilityBenchmark.class.getName());
            Method checks = benchmark.getDeclaredMethod("checks");
            checks.setAccessible(true);
            Class<?> policy = loader.loadClass(Policy.class.getName());
            Class<?> checkerClass = loader.loadClass(CompatibilityChecker.class.getName());
            Object checker = checkerClass
                    .getConstructor(policy)
                    .newInstance(policy.getField("STRICT").get(null));
            Method check = checkerClass.getMethod("check", loader.loadClass(Mode.class.getName()), List.class);
            List<Object[]> calls = new ArrayList<>();
            for (Object labelled : (List<?>) checks.invoke(null)) {
                Method mode = labelled.getClass().getDeclaredMethod("mode");
                Method versions = labelled.getClass().getDeclaredMethod("versions");
                mode.setAccessible(true);
                versions.setAccessible(true);
                calls.add(new Object[] {mode.invoke(labelled), versions.invoke(labelled)});
            }
            return new Tree(checker, check, calls);
        }

        long pass(ThreadMXBean threads) throws ReflectiveOperationException {
            long start = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < REPEATS; i++) {
                for (Object[] call : calls) {
                    check.invoke(checker, call[0], call[1]);
                }
            }
            return threads.getCurrentThreadCpuTime() - start;
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println(
                    "usage: EngineComparisonBenchmark <before classes> <after classes> <jars file> <passes>");
            System.exit(2);
        }
        if (!CorpusCase.available()) {
            System.err.println(CorpusCase.skipMessage());
            System.exit(2);
        }
        URL[] jars = Arrays.stream(Files.readString(Path.of(args[2])).trim().split(":"))
                .map(EngineComparisonBenchmark::url)
                .toArray(URL[]::new);
        Tree before = Tree.load(Path.of(args[0]), jars);
        Tree after = Tree.load(Path.of(args[1]), jars);
        int passes = Integer.parseInt(args[3]);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] beforeTimes = new long[passes];
        long[] afterTimes = new long[passes];
        for (int pass = -5; pass < passes; pass++) {
            boolean beforeFirst = (pass & 1) == 0;
            long first = (beforeFirst ? before : after).pass(threads);
            long second = (beforeFirst ? after : before).pass(threads);
            if (pass >= 0) {
                beforeTimes[pass] = beforeFirst ? first : second;
                afterTimes[pass] = beforeFirst ? second : first;
            }
        }
        int checks = before.calls().size() * REPEATS;
        double beforeMedian = median(beforeTimes) / checks / 1000.0;
        double afterMedian = median(afterTimes) / checks / 1000.0;
        System.out.printf(
                "%d checks per pass, %d passes each: before %.1f us CPU per check (%.0f checks/s), after %.1f us"
                        + " (%.0f checks/s); after/before %.2fx%n",
                checks,
                passes,
                beforeMedian,
                1e6 / beforeMedian,
                afterMedian,
                1e6 / afterMedian,
                afterMedian / beforeMedian);
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static URL url(String path) {
        try {
            return Path.of(path).toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("not a classpath entry: " + path, e);
        }
    }
}
