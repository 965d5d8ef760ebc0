package io.eventlens.dlq.replay;

import io.eventlens.dlq.discovery.Backend;
import io.eventlens.dlq.discovery.DeadLetterQueue;
import io.eventlens.dlq.discovery.QueueKind;
import io.eventlens.dlq.jobs.ReplayJob;
import io.eventlens.dlq.jobs.Selection;
import io.eventlens.dlq.jobs.TestDatabases;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

/**
 * A replaying EventLens in a JVM of its own, for the crash test: {@code start <bootstrap> <schema> <dlq> <rate>}
 * starts a replay of the whole DLQ to the original topics; {@code resume <bootstrap> <schema>} takes over jobs
 * whose runner died. Either way it exits once no job of its own runs.
 */
public final class ReplayProcess {

    private ReplayProcess() {}

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        var dataSource = TestDatabases.postgresIn(args[2]);
        try (DlqFixture dlq = new DlqFixture(
                args[1], dataSource, "process-" + ProcessHandle.current().pid(), Duration.ofSeconds(2), 3)) {
            List<ReplayJob> mine;
            if (mode.equals("start")) {
                DeadLetterQueue queue = new DeadLetterQueue(args[3], Backend.KAFKA, QueueKind.DEAD_LETTER, "test");
                mine = List.of(dlq.replay.start(
                        queue,
                        new ReplayRequest(
                                args[3],
                                Selection.matching(Map.of()),
                                null,
                                false,
                                Integer.parseInt(args[4]),
                                "operator")));
            } else {
                mine = dlq.replay.resumeStale();
                while (mine.isEmpty()) {
                    LockSupport.parkNanos(Duration.ofMillis(500).toNanos());
                    mine = dlq.replay.resumeStale();
                }
            }
            System.out.println("JOB " + mine.get(0).id());
            while (mine.stream()
                    .anyMatch(j -> dlq.jobs.get(j.id()).orElseThrow().status().active())) {
                LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
            }
            System.out.println("DONE " + dlq.jobs.get(mine.get(0).id()).orElseThrow());
        }
    }
}
