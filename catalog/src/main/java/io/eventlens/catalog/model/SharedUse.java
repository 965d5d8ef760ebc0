package io.eventlens.catalog.model;

import io.eventlens.catalog.load.LoadedDocument;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Who uses each shared-definitions document: the documents whose bundled tree was built from its
 * file. Bundling inlines what a {@code $ref} names, so the loaded documents' file lists are the only
 * trace of the reference left.
 */
final class SharedUse {

    private SharedUse() {}

    static List<SharedDefinitions> of(Map<LoadedDocument, Parts> read) {
        List<SharedDefinitions> shared = new ArrayList<>();
        read.forEach((document, parts) -> parts.shared.forEach(definitions -> {
            String file = normalised(document.name());
            List<String> users = new ArrayList<>();
            read.forEach((other, otherParts) -> {
                if (other != document
                        && other.files().stream().map(SharedUse::normalised).anyMatch(file::equals)) {
                    otherParts.services.forEach(s -> users.add(s.id()));
                }
            });
            shared.add(definitions.withUsers(users.stream().distinct().toList()));
        }));
        return shared;
    }

    /** Files are named as the user gave them (relative or absolute); uploads and URLs stay as they are. */
    private static String normalised(String name) {
        if (name.startsWith("http://") || name.startsWith("https://")) {
            return name;
        }
        try {
            return Path.of(name).toAbsolutePath().normalize().toString();
        } catch (InvalidPathException e) {
            return name;
        }
    }
}
