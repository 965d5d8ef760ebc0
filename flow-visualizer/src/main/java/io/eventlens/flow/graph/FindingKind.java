package io.eventlens.flow.graph;

/** The defects the analyses find in a flow graph, each with its name in exports. */
public enum FindingKind {
    /** A channel that services send to (or merely declare) but no service receives from. */
    UNCONSUMED_CHANNEL("unconsumed-channel"),
    /** A message that services receive but no service sends. */
    UNPRODUCED_MESSAGE("unproduced-message"),
    /** Services that receive from a channel no service sends to. */
    CONSUMER_WITHOUT_PRODUCER("consumer-without-producer"),
    /** Services that feed each other in a circle (one service that receives what it sends counts). */
    SERVICE_CYCLE("service-cycle"),
    /** A service whose messages reach many other services, directly or through others. */
    FAN_OUT("fan-out"),
    /** A channel whose producers and consumers declare different schema versions of a message. */
    SCHEMA_VERSION_MISMATCH("schema-version-mismatch"),
    /** A producer or consumer seen in traces that the catalog does not document (drift). */
    UNDOCUMENTED_FLOW("undocumented-flow"),
    /** A producer or consumer the catalog documents that no trace in the window shows (drift). */
    UNOBSERVED_FLOW("unobserved-flow");

    private final String label;

    FindingKind(String label) {
        this.label = label;
    }

    /** The name in exports and on the page. */
    public String label() {
        return label;
    }
}
