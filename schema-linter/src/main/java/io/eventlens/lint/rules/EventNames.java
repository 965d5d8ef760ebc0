package io.eventlens.lint.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether an event name states a fact in the past tense ({@code OrderPlaced}), and why not.
 * The name is split into words (camel case, snake/kebab case, dots); its last word decides:
 * a word ending in {@code -ed} (except nouns such as {@code Feed}) or an irregular past
 * participle ({@code Sent}, {@code Paid}) passes; a first word that is an imperative verb reads
 * as a command; a last word that is a present-tense verb or a change noun ({@code Update})
 * names an action, not a fact.
 */
final class EventNames {

    static final Set<String> IRREGULAR = Set.of(
            "sent",
            "paid",
            "built",
            "sold",
            "made",
            "taken",
            "given",
            "written",
            "done",
            "begun",
            "lost",
            "found",
            "held",
            "kept",
            "left",
            "met",
            "read",
            "run",
            "set",
            "shut",
            "split",
            "spent",
            "told",
            "won",
            "drawn",
            "known",
            "shown",
            "grown",
            "thrown",
            "chosen",
            "frozen",
            "broken",
            "spoken",
            "stolen",
            "forgotten",
            "hidden",
            "driven",
            "eaten",
            "fallen",
            "seen",
            "gone",
            "come",
            "become",
            "bought",
            "brought",
            "caught",
            "taught",
            "fought",
            "sought",
            "bound",
            "hung",
            "struck",
            "stuck",
            "dealt",
            "felt",
            "meant",
            "lent",
            "withdrawn",
            "reset",
            "put",
            "cut",
            "hit",
            "quit",
            "upset",
            "let",
            "bid",
            "undone",
            "rebuilt",
            "overdrawn");
    static final Set<String> NOT_PAST = Set.of(
            "feed", "need", "seed", "speed", "bed", "red", "breed", "shed", "embed", "proceed", "exceed", "succeed",
            "weed", "reed");
    static final Set<String> IMPERATIVES = Set.of(
            "place",
            "create",
            "update",
            "delete",
            "remove",
            "add",
            "charge",
            "reserve",
            "release",
            "refund",
            "send",
            "cancel",
            "get",
            "set",
            "process",
            "do",
            "make",
            "start",
            "stop",
            "submit",
            "approve",
            "reject",
            "register",
            "publish",
            "notify",
            "ship",
            "pay",
            "book",
            "confirm",
            "request",
            "change",
            "assign",
            "calculate",
            "generate",
            "validate",
            "execute",
            "run",
            "apply",
            "open",
            "close",
            "complete",
            "fetch",
            "sync");
    static final Set<String> ACTION_NOUNS = Set.of(
            "update",
            "change",
            "create",
            "creation",
            "delete",
            "deletion",
            "removal",
            "request",
            "command",
            "modification",
            "insert",
            "upsert",
            "event",
            "action",
            "job",
            "task");

    private EventNames() {}

    /** Null when the name is past tense, else one sentence saying why not and what would be. */
    static String verdict(String name) {
        List<String> words = words(name);
        if (words.isEmpty()) {
            return "the name '" + name + "' has no words to judge; name the fact that happened, e.g. OrderPlaced";
        }
        String last = words.get(words.size() - 1).toLowerCase(Locale.ROOT);
        if (isPast(last)) {
            return null;
        }
        String first = words.get(0).toLowerCase(Locale.ROOT);
        if (words.size() > 1 && IMPERATIVES.contains(first)) {
            return "'" + name + "' starts with the imperative '" + words.get(0)
                    + "', so it reads as a command; an event names what happened, e.g. "
                    + join(words.subList(1, words.size())) + pastOf(words.get(0));
        }
        if (ACTION_NOUNS.contains(last) || IMPERATIVES.contains(last)) {
            return "'" + name + "' ends in '" + words.get(words.size() - 1)
                    + "', an action rather than a fact; name what happened in the past tense, e.g. "
                    + join(words.subList(0, words.size() - 1)) + pastOf(words.get(words.size() - 1));
        }
        return "the last word of '" + name + "' ('" + words.get(words.size() - 1)
                + "') is not a past participle (-ed or an"
                + " irregular form such as Sent, Paid); an event names what happened, e.g. OrderPlaced";
    }

    static boolean isPast(String word) {
        return (word.endsWith("ed") && word.length() > 3 && !NOT_PAST.contains(word)) || IRREGULAR.contains(word);
    }

    static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        for (String part : name.split("[^A-Za-z0-9]+")) {
            for (String word : part.split("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")) {
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
        }
        return words;
    }

    private static String join(List<String> words) {
        StringBuilder joined = new StringBuilder();
        words.forEach(w -> joined.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1)));
        return joined.toString();
    }

    /** A plausible past form for the suggestion ({@code Place} → {@code Placed}, {@code Ship} → {@code Shipped}). */
    private static String pastOf(String verb) {
        String word = Character.toUpperCase(verb.charAt(0)) + verb.substring(1).toLowerCase(Locale.ROOT);
        if (word.equals("Send")) {
            return "Sent";
        }
        if (word.equals("Pay")) {
            return "Paid";
        }
        if (word.endsWith("e")) {
            return word + "d";
        }
        if (word.endsWith("y") && word.length() > 2 && "aeiou".indexOf(word.charAt(word.length() - 2)) < 0) {
            return word.substring(0, word.length() - 1) + "ied";
        }
        if (word.matches(".*[^aeiou][aeiou][bdgmnpt]") && word.length() <= 4) {
            return word + word.charAt(word.length() - 1) + "ed";
        }
        return word + "ed";
    }
}
