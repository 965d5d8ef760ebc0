package io.eventlens.web.startup;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/** The web port is taken: say which setting chooses it. */
@Order(Ordered.HIGHEST_PRECEDENCE)
class PortInUseFailureAnalyzer extends AbstractFailureAnalyzer<PortInUseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, PortInUseException cause) {
        return new FailureAnalysis(
                "EventLens cannot start: server.port=" + cause.getPort()
                        + ": the port is already in use by another process",
                "Stop the process that listens on port " + cause.getPort()
                        + ", or start EventLens on another port with --server.port=<free port>.",
                cause);
    }
}
