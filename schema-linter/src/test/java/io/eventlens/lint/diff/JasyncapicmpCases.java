package io.eventlens.lint.diff;

import io.eventlens.catalog.document.JsonPointers;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads jasyncapicmp's labelled cases from its JUnit sources: per {@code @Test} method, the old and new YAML
 * (the two {@code parser.parse((...)} string concatenations) and each assertion on a diff node, as the node's path
 * and what is expected there: an {@code ApiCompatibilityChange}, or {@code UNCHANGED} (status UNCHANGED, or no
 * compatibility change). Assertions on an ADDED or REMOVED status only restate a change's assertion and are
 * left out. Also reads the labelled lines ({@code # +++, compatibility change: X}) of the README's sample output.
 */
final class JasyncapicmpCases {

    static final String UNCHANGED = "UNCHANGED";

    private static final Pattern TEST = Pattern.compile("@Test\\s+(?:public\\s+)?void\\s+(\\w+)\\(\\)");
    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern STEP =
            Pattern.compile("\\.get\\(\"([^\"]*)\"\\)|getListDiffEntryByName\\(\"([^\"]*)\"\\)");
    private static final Pattern CHANGE = Pattern.compile("contains\\(ApiCompatibilityChange\\.(\\w+)\\)");

    /** One jasyncapicmp test method: its documents and its expectations. */
    record Test(String file, String method, String oldYaml, String newYaml, List<Expectation> expectations) {}

    /** What a test expects at a path (JSON Pointer into the documents). */
    record Expectation(String pointer, String expected) {}

    private JasyncapicmpCases() {}

    static List<Test> read(String file, String source) {
        List<Test> tests = new ArrayList<>();
        Matcher test = TEST.matcher(source);
        List<int[]> starts = new ArrayList<>();
        while (test.find()) {
            starts.add(new int[] {test.start(), test.end()});
        }
        for (int i = 0; i < starts.size(); i++) {
            String block =
                    source.substring(starts.get(i)[0], i + 1 < starts.size() ? starts.get(i + 1)[0] : source.length());
            Matcher name = TEST.matcher(block);
            name.find();
            List<String> documents = documents(block);
            tests.add(new Test(file, name.group(1), documents.get(0), documents.get(1), expectations(block)));
        }
        return tests;
    }

    /** The YAML texts passed to {@code parser.parse((...).getBytes(...))}, in order. */
    private static List<String> documents(String block) {
        List<String> documents = new ArrayList<>();
        int at = block.indexOf("parser.parse((");
        while (at >= 0) {
            String concatenation = block.substring(at, block.indexOf(").getBytes(", at));
            StringBuilder yaml = new StringBuilder();
            Matcher literal = STRING.matcher(concatenation);
            while (literal.find()) {
                yaml.append(unescape(literal.group(1)));
            }
            documents.add(yaml.toString());
            at = block.indexOf("parser.parse((", at + 1);
        }
        return documents;
    }

    private static List<Expectation> expectations(String block) {
        Set<Expectation> expectations = new LinkedHashSet<>();
        String[] assertions = block.split("Assertions\\.assertThat\\(");
        for (int i = 1; i < assertions.length; i++) {
            String assertion = assertions[i];
            String pointer = pointer(assertion);
            Matcher change = CHANGE.matcher(assertion);
            if (change.find()) {
                expectations.add(new Expectation(pointer, change.group(1)));
            } else if (assertion.contains("ChangeStatus.UNCHANGED") || assertion.contains(".isEmpty()")) {
                expectations.add(new Expectation(pointer, UNCHANGED));
            }
        }
        return List.copyOf(expectations);
    }

    /** {@code AccessHelper.get(diff, "a.b[0]")} or a chain of {@code .get("a")} steps, as a JSON Pointer. */
    private static String pointer(String assertion) {
        List<String> steps = new ArrayList<>();
        int access = assertion.indexOf("AccessHelper.get(");
        if (access >= 0) {
            Matcher path = STRING.matcher(assertion.substring(access));
            path.find();
            for (String step : path.group(1).split("\\.|(?=\\[)")) {
                steps.add(step.startsWith("[") ? step.substring(1, step.length() - 1) : step);
            }
        } else {
            Matcher step = STEP.matcher(assertion);
            while (step.find()) {
                steps.add(step.group(1) != null ? step.group(1) : step.group(2));
            }
        }
        StringBuilder pointer = new StringBuilder();
        steps.forEach(s -> pointer.append('/').append(JsonPointers.escape(s)));
        return pointer.toString();
    }

    private static String unescape(String java) {
        return java.replace("\\n", "\n")
                .replace("\\\"", "\"")
                .replace("\\t", "\t")
                .replace("\\\\", "\\");
    }

    /** The README sample's labelled lines: the YAML path of each {@code # +++, compatibility change: X} line. */
    static List<Expectation> readme(String readme) {
        int start = readme.indexOf("```yaml", readme.indexOf("Sample output"));
        String sample = readme.substring(start, readme.indexOf("```", start + 7));
        List<Expectation> expectations = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        List<Integer> indents = new ArrayList<>();
        for (String line : sample.split("\n")) {
            Matcher key = Pattern.compile("^( *)([^ #:-][^:#]*):").matcher(line);
            if (!key.find()) {
                continue;
            }
            int indent = key.group(1).length();
            while (!indents.isEmpty() && indents.get(indents.size() - 1) >= indent) {
                indents.remove(indents.size() - 1);
                keys.remove(keys.size() - 1);
            }
            indents.add(indent);
            keys.add(key.group(2).trim());
            Matcher change = Pattern.compile("compatibility change: (\\w+)").matcher(line);
            if (change.find()) {
                StringBuilder pointer = new StringBuilder();
                keys.forEach(k -> pointer.append('/').append(JsonPointers.escape(k)));
                expectations.add(new Expectation(pointer.toString(), change.group(1)));
            }
        }
        return expectations;
    }
}
