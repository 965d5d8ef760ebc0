package io.eventlens.web.catalog;

import io.eventlens.catalog.history.Snapshot;
import io.eventlens.lint.compat.Mode;
import io.eventlens.lint.compat.Policy;
import io.eventlens.lint.diff.DocumentChange;
import io.eventlens.lint.diff.DocumentDiff;
import io.eventlens.lint.diff.DocumentSide;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;

/**
 * A document's timeline: when each stored version arrived, from which file (as {@link CatalogService#shown} names
 * it, never a server path), what changed against the version before (the document diff's findings, breaking ones
 * marked) and the verdict under the catalog's policy ({@link #MODE}, {@link #POLICY}). Newest first; as Markdown
 * for release notes.
 */
final class Changelog {

    static final Mode MODE = Mode.BACKWARD;
    static final Policy POLICY = Policy.STRICT;
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    /** One finding of the document diff. */
    record Change(boolean breaking, String pointer, String sentence) {}

    /** One stored version; its verdict is "first version", "no change", "compatible" or "breaking". */
    record Entry(Instant arrived, String file, String version, String verdict, List<Change> changes) {

        Entry {
            changes = List.copyOf(changes);
        }

        String when() {
            return TIME.format(arrived);
        }

        boolean breaking() {
            return changes.stream().anyMatch(Change::breaking);
        }
    }

    private Changelog() {}

    /** The timeline of the document stored as {@code source}, newest first. */
    static List<Entry> of(CatalogService catalog, String source) {
        return of(catalog, source, change -> true, true);
    }

    /**
     * The timeline of {@code source} with only the findings {@code concerns} keeps (a message page keeps those of its
     * message); versions with none kept are left out unless {@code keepEmpty}, but for the first.
     */
    static List<Entry> of(CatalogService catalog, String source, Predicate<Change> concerns, boolean keepEmpty) {
        List<Snapshot> versions = catalog.snapshotsOf(source);
        String file = catalog.shown(source);
        String shownFile = (catalog.fromFolder(source) ? "From " : "Uploaded as ") + file;
        DocumentDiff diff = new DocumentDiff(MODE, POLICY);
        List<Entry> entries = new ArrayList<>();
        DocumentSide before = null;
        for (Snapshot snapshot : versions) {
            DocumentSide after = DocumentSide.of(snapshot);
            String version = snapshot.tree().path("info").path("version").asText("");
            if (before == null) {
                entries.add(new Entry(snapshot.loadedAt(), shownFile, version, "first version", List.of()));
            } else {
                List<Change> changes = new ArrayList<>();
                for (DocumentChange change : diff.diff(before, after)) {
                    Change shown = new Change(change.breaking(), change.pointer(), catalog.shownIn(change.sentence()));
                    if (concerns.test(shown)) {
                        changes.add(shown);
                    }
                }
                String verdict = changes.isEmpty()
                        ? "no change"
                        : changes.stream().anyMatch(Change::breaking) ? "breaking" : "compatible";
                if (!changes.isEmpty() || keepEmpty) {
                    entries.add(new Entry(snapshot.loadedAt(), shownFile, version, verdict, changes));
                }
            }
            before = after;
        }
        Collections.reverse(entries);
        return entries;
    }

    /** Keeps the findings about the message {@code key}: at its pointer, or naming it. */
    static Predicate<Change> about(String key) {
        return change -> change.pointer().contains("/messages/" + key)
                || change.sentence().contains(key);
    }

    /** The timeline as Markdown: a heading per version, its verdict, and its findings (breaking ones in bold). */
    static String markdown(String title, List<Entry> entries) {
        StringBuilder md = new StringBuilder("# Changelog of ").append(title).append("\n\n");
        md.append("Verdicts under ").append(MODE).append(", ").append(POLICY).append(".\n");
        for (Entry entry : entries) {
            md.append("\n## ")
                    .append(entry.version().isEmpty() ? "(no info.version)" : entry.version())
                    .append(" · ")
                    .append(entry.when())
                    .append("\n\n")
                    .append(entry.file())
                    .append(" · ")
                    .append(entry.verdict())
                    .append("\n\n");
            for (Change change : entry.changes()) {
                md.append("- ")
                        .append(change.breaking() ? "**breaking**: " : "")
                        .append(change.sentence())
                        .append(" (`")
                        .append(change.pointer())
                        .append("`)\n");
            }
        }
        return md.toString();
    }
}
