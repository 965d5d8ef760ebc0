package io.eventlens.lint.compat;

import java.util.Optional;

/**
 * A short string that a regular expression probably matches: literals as written, the first member of a class
 * (or a common character outside a negated one), the first alternative of a choice, the fewest repetitions a
 * quantifier allows. Built for the examples of {@link Witness}, which a validator then checks, so a construct
 * read loosely (a lookaround, a word boundary) costs at most a miss, never a wrong report. Gives up (empty) on a
 * back-reference, unbalanced syntax, or a repetition count over {@link #MAX_REPEAT}.
 */
final class PatternSample {

    static final int MAX_REPEAT = 100;
    private static final String OUTSIDE_CANDIDATES = "a0A_-.z9Z ";

    private final String pattern;
    private int at;

    private PatternSample(String pattern) {
        this.pattern = pattern;
    }

    static Optional<String> of(String pattern) {
        PatternSample sample = new PatternSample(pattern);
        try {
            String text = sample.alternation();
            return sample.at == pattern.length() ? Optional.of(text) : Optional.empty();
        } catch (GiveUp | IndexOutOfBoundsException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Whether the pattern is anchored at its end, so nothing may follow a sample of it. */
    static boolean anchoredAtEnd(String pattern) {
        return pattern.endsWith("$") && !pattern.endsWith("\\$") || pattern.endsWith("\\z") || pattern.endsWith("\\Z");
    }

    private String alternation() {
        String first = sequence();
        while (at < pattern.length() && pattern.charAt(at) == '|') {
            at++;
            sequence();
        }
        return first;
    }

    private String sequence() {
        StringBuilder out = new StringBuilder();
        while (at < pattern.length() && pattern.charAt(at) != '|' && pattern.charAt(at) != ')') {
            String atom = atom();
            int times = quantifier();
            out.append(atom.repeat(times));
        }
        return out.toString();
    }

    /** The fewest repetitions the quantifier after an atom allows (1 without one). */
    private int quantifier() {
        if (at >= pattern.length()) {
            return 1;
        }
        char c = pattern.charAt(at);
        int times;
        if (c == '*' || c == '?') {
            at++;
            times = 0;
        } else if (c == '+') {
            at++;
            times = 1;
        } else if (c == '{'
                && pattern.indexOf('}', at) > at
                && pattern.substring(at + 1, pattern.indexOf('}', at)).matches("\\d+(,\\d*)?")) {
            String inside = pattern.substring(at + 1, pattern.indexOf('}', at));
            at = pattern.indexOf('}', at) + 1;
            times = Integer.parseInt(inside.split(",", -1)[0]);
        } else {
            return 1;
        }
        if (at < pattern.length() && (pattern.charAt(at) == '?' || pattern.charAt(at) == '+')) {
            at++;
        }
        if (times > MAX_REPEAT) {
            throw new GiveUp();
        }
        return times;
    }

    private String atom() {
        char c = pattern.charAt(at++);
        switch (c) {
            case '(' -> {
                if (pattern.startsWith("?:", at)) {
                    at += 2;
                } else if (pattern.startsWith("?<", at)
                        && !pattern.startsWith("?<=", at)
                        && !pattern.startsWith("?<!", at)) {
                    at = pattern.indexOf('>', at) + 1;
                } else if (pattern.startsWith("?=", at)
                        || pattern.startsWith("?!", at)
                        || pattern.startsWith("?<=", at)
                        || pattern.startsWith("?<!", at)) {
                    // a lookaround takes no characters: read it, keep nothing
                    at += pattern.startsWith("?<", at) ? 3 : 2;
                    alternation();
                    expect(')');
                    return "";
                } else if (pattern.startsWith("?", at)) {
                    throw new GiveUp();
                }
                String inside = alternation();
                expect(')');
                return inside;
            }
            case '[' -> {
                return String.valueOf(charClass());
            }
            case '.' -> {
                return "a";
            }
            case '^', '$' -> {
                return "";
            }
            case '\\' -> {
                return escape(false);
            }
            default -> {
                return String.valueOf(c);
            }
        }
    }

    private void expect(char c) {
        if (at >= pattern.length() || pattern.charAt(at) != c) {
            throw new GiveUp();
        }
        at++;
    }

    /** One character of a class: its first member, or for a negated class a common character outside it. */
    private char charClass() {
        boolean negated = at < pattern.length() && pattern.charAt(at) == '^';
        if (negated) {
            at++;
        }
        StringBuilder members = new StringBuilder();
        Character first = null;
        boolean start = true;
        while (start || pattern.charAt(at) != ']') {
            start = false;
            char from = pattern.charAt(at) == '\\' ? escapeAt() : pattern.charAt(at++);
            char to = from;
            if (pattern.charAt(at) == '-' && pattern.charAt(at + 1) != ']') {
                at++;
                to = pattern.charAt(at) == '\\' ? escapeAt() : pattern.charAt(at++);
            }
            if (first == null) {
                first = from;
            }
            for (char member = from; member <= to && members.length() < 10_000; member++) {
                members.append(member);
            }
        }
        at++;
        if (!negated) {
            return first;
        }
        for (char candidate : OUTSIDE_CANDIDATES.toCharArray()) {
            if (members.indexOf(String.valueOf(candidate)) < 0) {
                return candidate;
            }
        }
        throw new GiveUp();
    }

    private char escapeAt() {
        at++;
        String one = escape(true);
        return one.isEmpty() ? 'a' : one.charAt(0);
    }

    /** The character an escape stands for (a member of a shorthand class); after the backslash. */
    private String escape(boolean inClass) {
        char c = pattern.charAt(at++);
        return switch (c) {
            case 'd' -> "0";
            case 'D', 'w', 'S' -> "a";
            case 'W' -> "-";
            case 's' -> " ";
            case 'n' -> "\n";
            case 't' -> "\t";
            case 'r' -> "\r";
            case 'b', 'B' -> inClass ? "\b" : "";
            case 'u' -> {
                String hex = pattern.substring(at, at + 4);
                at += 4;
                yield String.valueOf((char) Integer.parseInt(hex, 16));
            }
            case 'x' -> {
                String hex = pattern.substring(at, at + 2);
                at += 2;
                yield String.valueOf((char) Integer.parseInt(hex, 16));
            }
            case 'p', 'P' -> {
                int close = pattern.indexOf('}', at);
                String property = close > at ? pattern.substring(at + 1, close) : "";
                at = close + 1;
                if (c == 'P') {
                    yield "-";
                }
                yield property.startsWith("Lu") || property.contains("Upper")
                        ? "A"
                        : property.startsWith("N") || property.contains("Digit") ? "0" : "a";
            }
            default -> {
                if (Character.isDigit(c) && c != '0') {
                    throw new GiveUp();
                }
                yield String.valueOf(c);
            }
        };
    }

    private static final class GiveUp extends RuntimeException {
        GiveUp() {
            super(null, null, false, false);
        }
    }
}
