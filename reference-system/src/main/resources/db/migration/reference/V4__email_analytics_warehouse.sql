-- email service: one row per email sent (an order gets one confirmation however often it is asked)
CREATE TABLE email_sent (
    order_id VARCHAR(40) NOT NULL,
    kind VARCHAR(30) NOT NULL,
    recipient VARCHAR(320) NOT NULL,
    sent_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (order_id, kind)
);
CREATE TABLE email_processed (event_id VARCHAR(64) PRIMARY KEY);

-- analytics: one fact per event seen
CREATE TABLE analytics_facts (
    event_id VARCHAR(64) PRIMARY KEY,
    event_type VARCHAR(60) NOT NULL,
    order_id VARCHAR(40) NOT NULL,
    amount_cents BIGINT,
    occurred_at VARCHAR(40) NOT NULL
);

-- warehouse: a pick list per completed order
CREATE TABLE warehouse_picks (
    order_id VARCHAR(40) PRIMARY KEY,
    units BIGINT NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE TABLE warehouse_processed (event_id VARCHAR(64) PRIMARY KEY);
