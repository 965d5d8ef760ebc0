-- Spans received over OTLP (issue 12). The searchable parts are columns; the rest (status message,
-- attributes, resource, scope, events, links) is one JSON document per span.
CREATE TABLE trace_span (
    trace_id       CHAR(32)      NOT NULL,
    span_id        CHAR(16)      NOT NULL,
    parent_span_id VARCHAR(16)   NOT NULL,
    service        VARCHAR(255)  NOT NULL,
    name           VARCHAR(1024) NOT NULL,
    kind           SMALLINT      NOT NULL,
    start_nanos    BIGINT        NOT NULL,
    end_nanos      BIGINT        NOT NULL,
    status_code    SMALLINT      NOT NULL,
    correlation_id VARCHAR(1024) NOT NULL,
    message_key    VARCHAR(1024) NOT NULL,
    received_at    BIGINT        NOT NULL,
    detail         TEXT          NOT NULL,
    CONSTRAINT trace_span_pk PRIMARY KEY (trace_id, span_id)
);

CREATE INDEX trace_span_correlation ON trace_span (correlation_id);
CREATE INDEX trace_span_message_key ON trace_span (message_key);
CREATE INDEX trace_span_received ON trace_span (received_at);

-- Links both ways: from a span to the span it links to, and back (which traces link to this one?).
CREATE TABLE trace_span_link (
    trace_id        CHAR(32) NOT NULL,
    span_id         CHAR(16) NOT NULL,
    linked_trace_id CHAR(32) NOT NULL,
    linked_span_id  CHAR(16) NOT NULL,
    received_at     BIGINT   NOT NULL
);

CREATE INDEX trace_span_link_target ON trace_span_link (linked_trace_id);
CREATE INDEX trace_span_link_received ON trace_span_link (received_at);
