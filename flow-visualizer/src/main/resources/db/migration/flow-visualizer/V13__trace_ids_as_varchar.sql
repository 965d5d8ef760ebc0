-- Ids as VARCHAR, not CHAR: PostgreSQL compares a CHAR column with a text parameter as text, which
-- the CHAR index cannot serve (a search then scanned trace_span_link whole).
ALTER TABLE trace_span ALTER COLUMN trace_id SET DATA TYPE VARCHAR(32);
ALTER TABLE trace_span ALTER COLUMN span_id SET DATA TYPE VARCHAR(16);
ALTER TABLE trace_span_link ALTER COLUMN trace_id SET DATA TYPE VARCHAR(32);
ALTER TABLE trace_span_link ALTER COLUMN span_id SET DATA TYPE VARCHAR(16);
ALTER TABLE trace_span_link ALTER COLUMN linked_trace_id SET DATA TYPE VARCHAR(32);
ALTER TABLE trace_span_link ALTER COLUMN linked_span_id SET DATA TYPE VARCHAR(16);
