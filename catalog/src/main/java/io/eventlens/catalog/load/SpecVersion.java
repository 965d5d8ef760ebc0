package io.eventlens.catalog.load;

/** The model family a document binds to: 2.x (through the 2.6.0 classes) or 3.x (the 3.0.0 classes). */
public enum SpecVersion {
    V2,
    V3
}
