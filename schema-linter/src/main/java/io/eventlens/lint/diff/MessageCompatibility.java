package io.eventlens.lint.diff;

import io.eventlens.catalog.model.Catalog;
import io.eventlens.catalog.model.Message;
import io.eventlens.lint.compat.CompatibilityChecker;
import io.eventlens.lint.compat.Draft;
import io.eventlens.lint.compat.Mode;
import io.eventlens.lint.compat.Policy;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The one per-message compatibility check of EventLens: every message of a candidate AsyncAPI document against its
 * earlier versions, payload and headers, under one mode and policy. Each schema is read with its document's
 * {@code components} beside it (so local {@code $ref}s resolve, cross-document ones having been bundled when the
 * document loaded), a 3.0 {@code {schemaFormat, schema}} wrapper unwrapped, JSON Schema through the JSON Schema engine
 * and Avro by Avro's resolution rules. The CLI ({@code diff}, {@code compat}), the Governance page and REST and the
 * History page all ask it.
 *
 * <pre>{@code
 * MessageCompatibility check = new MessageCompatibility(Mode.BACKWARD, Policy.STRICT);
 * List<MessageVerdict> byDocuments = check.verdicts(List.of(DocumentSide.of(old), DocumentSide.of(now)));
 * List<MessageVerdict> byCatalog = check.verdicts(storedSides, DocumentSide.of(candidate), key -> consumers);
 * }</pre>
 */
public final class MessageCompatibility {

    private final MessageSchemas schemas;

    public MessageCompatibility(Mode mode, Policy policy) {
        this(mode, new CompatibilityChecker(policy));
    }

    /**
     * As {@link #MessageCompatibility(Mode, Policy)}, reading a JSON Schema whose document names no draft as {@code
     * draft}.
     */
    public MessageCompatibility(Mode mode, Policy policy, Draft draft) {
        this(mode, new CompatibilityChecker(policy).assuming(draft));
    }

    /** The check with {@code checker}'s policy, assumed draft and limits (Avro schemas read by the same). */
    public MessageCompatibility(Mode mode, CompatibilityChecker checker) {
        Objects.requireNonNull(mode, "mode");
        this.schemas = new MessageSchemas(new SchemaCompare(mode, checker));
    }

    /** The changes of each message of the last document, as the CLI reports them. */
    public List<DocumentChange> check(List<DocumentSide> oldestFirst) {
        return verdicts(oldestFirst).stream().flatMap(v -> v.changes().stream()).toList();
    }

    /**
     * The verdict on each message of the last document, its versions being the documents given (oldest first), not
     * the messages' schema versions: a pull request that edits a payload without bumping {@code info.version} is still
     * checked. The consumers are the services that receive the message in any of the documents.
     */
    public List<MessageVerdict> verdicts(List<DocumentSide> oldestFirst) {
        List<MessageVerdict> verdicts = new ArrayList<>();
        DocumentSide newest = oldestFirst.get(oldestFirst.size() - 1);
        for (Message message : newest.catalog().messages()) {
            List<DocumentSide> sides = new ArrayList<>();
            List<Message> versions = new ArrayList<>();
            List<String> consumers = new ArrayList<>();
            for (DocumentSide side : oldestFirst) {
                side.catalog().messages().stream()
                        .filter(m -> m.key().equals(message.key()))
                        .findFirst()
                        .ifPresent(m -> {
                            sides.add(side);
                            versions.add(m);
                        });
                OperationDiff.receivers(side, message.key()).stream()
                        .filter(s -> !consumers.contains(s))
                        .forEach(consumers::add);
            }
            verdicts.add(verdict(newest, sides, versions, consumers));
        }
        return verdicts;
    }

    /**
     * The verdict on each message of {@code candidate} against the versions of it in {@code known} (every stored
     * version of every document, each document's versions oldest first). The earlier versions are the message's
     * schema versions, as its producers declare them, oldest first, the newest declaration of each; the version the
     * candidate declares, when known, is the one it replaces, so it comes last.
     *
     * @param consumersOf the services that receive a message, by its key
     */
    public List<MessageVerdict> verdicts(
            List<DocumentSide> known, DocumentSide candidate, Function<String, List<String>> consumersOf) {
        Map<Message, DocumentSide> sideOf = new IdentityHashMap<>();
        List<Catalog> newestFirst = new ArrayList<>();
        for (int i = known.size() - 1; i >= 0; i--) {
            DocumentSide side = known.get(i);
            side.catalog().messages().forEach(m -> sideOf.put(m, side));
            newestFirst.add(side.catalog());
        }
        Catalog history = merged(newestFirst);
        List<MessageVerdict> verdicts = new ArrayList<>();
        for (Message message : candidate.catalog().messages()) {
            List<Message> earlier = new ArrayList<>(history.messageVersions(message.key()));
            earlier.stream()
                    .filter(m -> m.schemaVersion().equals(message.schemaVersion()))
                    .findFirst()
                    .ifPresent(replaced -> {
                        earlier.remove(replaced);
                        earlier.add(replaced);
                    });
            List<DocumentSide> sides =
                    new ArrayList<>(earlier.stream().map(sideOf::get).toList());
            List<Message> versions = new ArrayList<>(earlier);
            sides.add(candidate);
            versions.add(message);
            verdicts.add(verdict(candidate, sides, versions, consumersOf.apply(message.key())));
        }
        return verdicts;
    }

    private MessageVerdict verdict(
            DocumentSide newest, List<DocumentSide> sides, List<Message> versions, List<String> consumers) {
        Message message = versions.get(versions.size() - 1);
        String at = Pointers.message(newest, message.key());
        List<String> compared = versions.subList(0, versions.size() - 1).stream()
                .map(Message::schemaVersion)
                .toList();
        List<PartVerdict> parts = versions.size() < 2 ? List.of() : schemas.check(sides, versions, at, consumers);
        return new MessageVerdict(message.key(), message.schemaVersion(), compared, parts, consumers);
    }

    private static Catalog merged(List<Catalog> catalogs) {
        return new Catalog(
                catalogs.stream().flatMap(c -> c.services().stream()).toList(),
                catalogs.stream().flatMap(c -> c.channels().stream()).toList(),
                catalogs.stream().flatMap(c -> c.operations().stream()).toList(),
                catalogs.stream().flatMap(c -> c.messages().stream()).toList());
    }
}
