/** Schema versions read from text (files, pasted text) with their language: one reader for the CLI and the web. */
package io.eventlens.lint.schema;
