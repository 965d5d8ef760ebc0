package io.eventlens.catalog.load;

import com.fasterxml.jackson.databind.JsonNode;

/** A file's source text and its tree. */
record ParsedFile(String key, SourceFile source, JsonNode tree) {}
