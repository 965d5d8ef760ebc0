package io.eventlens.lag.metrics;

/** kafka-lag-exporter's metric names (its Metrics.scala and README), plus the Burrow status of a group. */
enum Metric {
    OFFSET("kafka_consumergroup_group_offset", "The committed offset of a group partition"),
    LAG("kafka_consumergroup_group_lag", "Messages a group partition is behind the log end"),
    LAG_SECONDS("kafka_consumergroup_group_lag_seconds", "Age in seconds of the oldest unprocessed message"),
    MAX_LAG("kafka_consumergroup_group_max_lag", "The largest partition lag of a group"),
    MAX_LAG_SECONDS("kafka_consumergroup_group_max_lag_seconds", "The largest partition lag in seconds of a group"),
    SUM_LAG("kafka_consumergroup_group_sum_lag", "The sum of a group's partition lags"),
    TOPIC_SUM_LAG("kafka_consumergroup_group_topic_sum_lag", "The sum of a group's partition lags on one topic"),
    PARTITION_LATEST_OFFSET("kafka_partition_latest_offset", "The log end offset of a partition"),
    POLL_TIME_MS("kafka_consumergroup_poll_time_ms", "How long the last collection of a source took"),
    STATUS("eventlens_lag_group_status", "Burrow status of a group: 0 OK, 1 WARN, 2 ERR");

    private final String metricName;
    private final String description;

    Metric(String metricName, String description) {
        this.metricName = metricName;
        this.description = description;
    }

    String metricName() {
        return metricName;
    }

    String description() {
        return description;
    }
}
