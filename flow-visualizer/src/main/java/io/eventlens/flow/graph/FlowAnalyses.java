package io.eventlens.flow.graph;

import java.util.ArrayList;
import java.util.List;

/**
 * Every analysis of a flow graph, each finding with the nodes it names and a sentence:
 * channels nobody consumes, messages nobody produces, consumers of channels nobody produces to,
 * cycles between services, fan-out and schema versions producers and consumers disagree on.
 */
public final class FlowAnalyses {

    /** A service that reaches this many other services is reported as fan-out by default. */
    public static final int DEFAULT_FAN_OUT = 5;

    private final int fanOutThreshold;

    /** @param fanOutThreshold how many other services a service must reach to be reported (at least 1) */
    public FlowAnalyses(int fanOutThreshold) {
        if (fanOutThreshold < 1) {
            throw new IllegalArgumentException(
                    "fan-out threshold " + fanOutThreshold + " is not allowed: it must be 1 or more");
        }
        this.fanOutThreshold = fanOutThreshold;
    }

    public FlowAnalyses() {
        this(DEFAULT_FAN_OUT);
    }

    /** The findings of every analysis, grouped by kind in {@link FindingKind} order, each group sorted. */
    public List<Finding> analyse(FlowGraph graph) {
        List<Finding> findings = new ArrayList<>();
        findings.addAll(ChannelChecks.unconsumed(graph));
        findings.addAll(MessageChecks.unproduced(graph));
        findings.addAll(ChannelChecks.withoutProducer(graph));
        ServiceGraph services = new ServiceGraph(graph);
        findings.addAll(services.cycles());
        findings.addAll(services.fanOut(fanOutThreshold));
        findings.addAll(MessageChecks.versionMismatches(graph));
        return List.copyOf(findings);
    }
}
