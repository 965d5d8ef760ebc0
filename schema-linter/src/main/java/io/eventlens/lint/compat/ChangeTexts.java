package io.eventlens.lint.compat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The texts of every {@link ChangeKind}, kept as data in {@code ChangeKind.properties} beside the enum: its message
 * template under the kind's name and, for a kind that breaks under STRICT only, its remedy under
 * {@code NAME.remedy}. Read once; a missing file or message fails the enum's loading with the key to add.
 */
final class ChangeTexts {

    static final String RESOURCE = "ChangeKind.properties";
    private static final String REMEDY = ".remedy";
    private static final Properties TEXTS = load();

    private ChangeTexts() {}

    /** The message template of the kind of this name. */
    static String message(String kind) {
        String message = TEXTS.getProperty(kind);
        if (message == null || message.isBlank()) {
            throw new IllegalStateException("no message for change kind " + kind + " in " + RESOURCE
                    + " (io/eventlens/lint/compat); add a line '" + kind + " = <message>'");
        }
        return message;
    }

    /** The remedy of the kind of this name, empty when it has none. */
    static String remedy(String kind) {
        return TEXTS.getProperty(kind + REMEDY, "");
    }

    /** The kind names the file speaks of, messages and remedies alike, so a test can hold them to the enum. */
    static Set<String> kindsNamed() {
        return TEXTS.stringPropertyNames().stream()
                .map(key -> key.endsWith(REMEDY) ? key.substring(0, key.length() - REMEDY.length()) : key)
                .collect(Collectors.toUnmodifiableSet());
    }

    private static Properties load() {
        try (InputStream in = ChangeTexts.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from package "
                        + ChangeTexts.class.getPackageName() + " on the class path");
            }
            Properties texts = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                texts.load(reader);
            }
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
