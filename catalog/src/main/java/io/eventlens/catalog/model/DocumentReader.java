package io.eventlens.catalog.model;

import io.eventlens.catalog.load.LoadedDocument;
import io.eventlens.catalog.load.SpecVersion;

/** Picks the reader for a document's version. */
final class DocumentReader {

    private DocumentReader() {}

    static Parts read(LoadedDocument document) {
        return document.spec() == SpecVersion.V3
                ? new V3Reader(document.tree(), document.name()).read()
                : new V2Reader(document.tree(), document.name()).read();
    }
}
