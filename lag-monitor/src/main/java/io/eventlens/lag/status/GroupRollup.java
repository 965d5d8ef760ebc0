package io.eventlens.lag.status;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Burrow's group rollup: the worst partition, with STOP, STALL and REWIND counting as ERR. */
public final class GroupRollup {

    private GroupRollup() {}

    /**
     * @param partitions each partition's name ("orders-2") and evaluation
     * @return the group's status (OK, WARN or ERR) and the worst partition's reason, named
     */
    public static Evaluation of(List<Map.Entry<String, Evaluation>> partitions) {
        if (partitions.isEmpty()) {
            return Evaluation.ok("no partitions with a position");
        }
        Map.Entry<String, Evaluation> worst = partitions.stream()
                .max(Comparator.comparing(entry -> entry.getValue().status()))
                .orElseThrow();
        Status status = worst.getValue().status().forGroup();
        if (status == Status.OK) {
            return Evaluation.ok(
                    partitions.size() == 1 ? worst.getValue().reason() : "all " + partitions.size() + " partitions OK");
        }
        long bad = partitions.stream()
                .filter(entry -> entry.getValue().status().isProblem())
                .count();
        String more = bad > 1 ? " (and " + (bad - 1) + " more not OK)" : "";
        return new Evaluation(
                status,
                worst.getKey() + " " + worst.getValue().status() + ": "
                        + worst.getValue().reason() + more);
    }
}
