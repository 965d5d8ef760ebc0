/**
 * Plumbing for reading a bundled AsyncAPI document as a Jackson tree, in one place for every module: JSON Pointer
 * escaping and building ({@link JsonPointers}), local pointers and {@code $ref}s followed ({@link LocalPointers},
 * {@link Located}), every message of a document once ({@link DocumentMessages}), the payload and headers schema of a
 * message with the 3.0 {@code {schemaFormat, schema}} wrapper taken off ({@link MessageSchema}), and which keywords of
 * a JSON Schema hold subschemas ({@link SubschemaKeywords}).
 */
package io.eventlens.catalog.document;
