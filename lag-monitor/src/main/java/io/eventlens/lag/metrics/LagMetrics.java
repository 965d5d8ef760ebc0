package io.eventlens.lag.metrics;

import io.eventlens.lag.monitor.GroupLag;
import io.eventlens.lag.monitor.LagListener;
import io.eventlens.lag.monitor.LagReport;
import io.eventlens.lag.monitor.PartitionLag;
import io.eventlens.lag.monitor.SourceHealth;
import io.eventlens.lag.source.Member;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Exports each report under kafka-lag-exporter's metric names and labels, so its Grafana dashboards
 * work; Redis groups use the same names, told apart by the {@code backend} label every series carries.
 * A series lives as long as its group is in the report (a source that is down keeps its last groups);
 * unknown values are NaN, as kafka-lag-exporter exports them.
 */
public final class LagMetrics implements LagListener {

    private final Map<String, String> clusterNames;
    private final Map<String, MultiGauge> gauges = new LinkedHashMap<>();

    /** @param clusterNames {@code cluster_name} label per backend ("kafka" to "production"); the target otherwise */
    public LagMetrics(MeterRegistry registry, Map<String, String> clusterNames) {
        this.clusterNames = Map.copyOf(clusterNames);
        for (Metric metric : Metric.values()) {
            gauges.put(
                    metric.metricName(),
                    MultiGauge.builder(metric.metricName())
                            .description(metric.description())
                            .register(registry));
        }
    }

    @Override
    public void onReport(LagReport report) {
        Map<Metric, Map<Tags, Number>> rows = new HashMap<>();
        for (Metric metric : Metric.values()) {
            rows.put(metric, new LinkedHashMap<>());
        }
        Map<String, String> cluster = new HashMap<>();
        for (SourceHealth source : report.sources()) {
            cluster.put(source.backend(), clusterNames.getOrDefault(source.backend(), source.target()));
            rows.get(Metric.POLL_TIME_MS)
                    .putIfAbsent(
                            Tags.of("cluster_name", cluster.get(source.backend()), "backend", source.backend()),
                            source.took().toMillis());
        }
        Map<String, Tags> latest = new LinkedHashMap<>();
        for (GroupLag group : report.groups()) {
            String clusterName = cluster.getOrDefault(group.backend(), group.backend());
            groupRows(rows, group, clusterName);
            for (PartitionLag partition : group.partitions()) {
                partitionRows(rows, group, partition, clusterName);
                latest.putIfAbsent(
                        group.backend() + "\u0000" + partition.topic() + "\u0000" + partition.partition(),
                        Tags.of(
                                "cluster_name",
                                clusterName,
                                "topic",
                                partition.topic(),
                                "partition",
                                String.valueOf(partition.partition()),
                                "backend",
                                group.backend()));
                if (partition.logEndOffset() != null) {
                    rows.get(Metric.PARTITION_LATEST_OFFSET)
                            .putIfAbsent(
                                    latest.get(group.backend() + "\u0000" + partition.topic() + "\u0000"
                                            + partition.partition()),
                                    partition.logEndOffset());
                }
            }
        }
        rows.forEach((metric, values) -> gauges.get(metric.metricName()).register(rowsOf(values), true));
    }

    private static void groupRows(Map<Metric, Map<Tags, Number>> rows, GroupLag group, String clusterName) {
        Tags tags = Tags.of("cluster_name", clusterName, "group", group.group(), "backend", group.backend());
        rows.get(Metric.MAX_LAG).putIfAbsent(tags, group.maxLag());
        rows.get(Metric.MAX_LAG_SECONDS).putIfAbsent(tags, nan(group.maxLagSeconds()));
        rows.get(Metric.SUM_LAG).putIfAbsent(tags, group.totalLag());
        rows.get(Metric.STATUS).putIfAbsent(tags, group.status().ordinal());
        Map<String, Long> byTopic = new LinkedHashMap<>();
        group.partitions().forEach(p -> byTopic.merge(p.topic(), p.lag() == null ? 0 : p.lag(), Long::sum));
        byTopic.forEach((topic, sum) -> rows.get(Metric.TOPIC_SUM_LAG).putIfAbsent(tags.and("topic", topic), sum));
    }

    private static void partitionRows(
            Map<Metric, Map<Tags, Number>> rows, GroupLag group, PartitionLag partition, String clusterName) {
        Member owner = partition.owner();
        Tags tags = Tags.of(
                "cluster_name",
                clusterName,
                "group",
                group.group(),
                "topic",
                partition.topic(),
                "partition",
                String.valueOf(partition.partition()),
                "member_host",
                owner == null || owner.host().isBlank() ? "unknown" : owner.host(),
                "consumer_id",
                owner == null ? "unknown" : owner.consumerId(),
                "client_id",
                owner == null ? "unknown" : owner.clientId(),
                "backend",
                group.backend());
        rows.get(Metric.OFFSET).putIfAbsent(tags, nan(partition.committedOffset()));
        rows.get(Metric.LAG).putIfAbsent(tags, nan(partition.lag()));
        rows.get(Metric.LAG_SECONDS)
                .putIfAbsent(tags, nan(partition.lagSeconds().orNull()));
    }

    private static List<MultiGauge.Row<?>> rowsOf(Map<Tags, Number> values) {
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        values.forEach((tags, value) -> rows.add(MultiGauge.Row.of(tags, value)));
        return rows;
    }

    private static double nan(Number value) {
        return value == null ? Double.NaN : value.doubleValue();
    }
}
