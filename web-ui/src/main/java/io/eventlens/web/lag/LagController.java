package io.eventlens.web.lag;

import io.eventlens.lag.monitor.GroupLag;
import io.eventlens.lag.monitor.LagReport;
import io.eventlens.lag.monitor.PartitionLag;
import io.eventlens.lag.monitor.SourceHealth;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/lag}: every group's lag and status, and how each source answered. */
@RestController
class LagController {

    private final LagService lag;

    LagController(LagService lag) {
        this.lag = lag;
    }

    record Body(List<Group> groups, List<Source> sources) {}

    record Group(
            String backend,
            String group,
            String status,
            long totalLag,
            Double maxLagSeconds,
            String reason,
            List<Partition> partitions) {}

    record Partition(
            String topic,
            int partition,
            Long lag,
            Double lagSeconds,
            String status,
            Long committedOffset,
            Long logEndOffset) {}

    record Source(String backend, String state, String reason) {}

    @GetMapping("/api/lag")
    Body lag() {
        LagReport report = lag.report();
        return new Body(
                lag.worstFirst().stream().map(LagController::group).toList(),
                report.sources().stream().map(LagController::source).toList());
    }

    private static Group group(GroupLag group) {
        return new Group(
                group.backend(),
                group.group(),
                group.status().name(),
                group.totalLag(),
                group.maxLagSeconds(),
                group.reason(),
                group.partitions().stream().map(LagController::partition).toList());
    }

    private static Partition partition(PartitionLag partition) {
        return new Partition(
                partition.topic(),
                partition.partition(),
                partition.lag(),
                partition.lagSeconds().orNull(),
                partition.status().name(),
                partition.committedOffset(),
                partition.logEndOffset());
    }

    private static Source source(SourceHealth source) {
        return new Source(source.backend(), source.state().label(), source.reason());
    }
}
