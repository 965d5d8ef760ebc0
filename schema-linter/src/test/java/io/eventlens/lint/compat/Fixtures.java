package io.eventlens.lint.compat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads JSON from the test classpath and from strings. */
final class Fixtures {

    static final ObjectMapper JSON = new ObjectMapper();

    private Fixtures() {}

    static JsonNode resource(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/compat/" + name)) {
            if (in == null) {
                throw new IllegalStateException("test resource compat/" + name + " not found");
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read test resource compat/" + name, e);
        }
    }

    static String text(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/compat/" + name)) {
            if (in == null) {
                throw new IllegalStateException("test resource compat/" + name + " not found");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read test resource compat/" + name, e);
        }
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text.replace('\'', '"'));
        } catch (IOException e) {
            throw new UncheckedIOException("bad JSON in test: " + text, e);
        }
    }
}
