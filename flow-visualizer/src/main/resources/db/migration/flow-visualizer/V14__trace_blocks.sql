-- Spans in blocks (ADR 0017): one row per block of up to 1,024 spans, the spans encoded and deflated,
-- beside a Bloom filter over their searchable values (trace ids, correlation ids, record keys, linked
-- trace ids, attribute name=value pairs). One row per intake chunk instead of a row and four index
-- entries per span. SpanStore moves the rows of trace_span (V12) into blocks when it is first used.
CREATE SEQUENCE trace_block_ids;

CREATE TABLE trace_block (
    block_id        BIGINT  NOT NULL,
    received_min    BIGINT  NOT NULL,
    received_max    BIGINT  NOT NULL,
    span_count      INTEGER NOT NULL,
    failed_spans    INTEGER NOT NULL,
    messaging_spans INTEGER NOT NULL,
    raw_bytes       INTEGER NOT NULL,
    filter          BYTEA   NOT NULL,
    spans           BYTEA   NOT NULL,
    CONSTRAINT trace_block_pk PRIMARY KEY (block_id)
);
