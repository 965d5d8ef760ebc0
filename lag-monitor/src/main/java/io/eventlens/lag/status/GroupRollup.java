package io.eventlens.lag.status;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Burrow's group rollup: the worst partition, with STOP, STALL and REWIND counting as ERR. */
public final class GroupRollup {

    private GroupRollup() {}

    /**
     * @param partitions each partition's name ("orders-2") and evaluation
     * @return the group's status (OK, WARN or ERR) and the worst partition's reason, named
     */
    public static Evaluation of(List<Map.Entry<String, Evaluation>> partitions) {
        return of(partitions, Map.Entry::getKey, Map.Entry::getValue);
    }

    /**
     * The same over any partition type; only the worst partition is named, so a group of thousands of
     * OK partitions builds no names.
     */
    public static <P> Evaluation of(List<P> partitions, Function<P, String> name, Function<P, Evaluation> evaluation) {
        if (partitions.isEmpty()) {
            return Evaluation.ok("no partitions with a position");
        }
        P worst = partitions.get(0);
        Evaluation worstEvaluation = evaluation.apply(worst);
        long bad = 0;
        for (P partition : partitions) {
            Evaluation each = evaluation.apply(partition);
            if (each.status().isProblem()) {
                bad++;
            }
            if (each.status().compareTo(worstEvaluation.status()) > 0) {
                worst = partition;
                worstEvaluation = each;
            }
        }
        Status status = worstEvaluation.status().forGroup();
        if (status == Status.OK) {
            return Evaluation.ok(
                    partitions.size() == 1 ? worstEvaluation.reason() : "all " + partitions.size() + " partitions OK");
        }
        String more = bad > 1 ? " (and " + (bad - 1) + " more not OK)" : "";
        return new Evaluation(
                status, name.apply(worst) + " " + worstEvaluation.status() + ": " + worstEvaluation.reason() + more);
    }
}
