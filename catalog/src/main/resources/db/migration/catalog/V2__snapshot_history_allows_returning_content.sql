-- A document that goes back to earlier content (A, B, A) is a change too, so the same content may
-- be stored again for a source; "unchanged" means equal to the source's latest snapshot.
ALTER TABLE catalog_document_snapshot DROP CONSTRAINT catalog_document_snapshot_unique;
CREATE INDEX catalog_document_snapshot_hash ON catalog_document_snapshot (source, content_sha256);
