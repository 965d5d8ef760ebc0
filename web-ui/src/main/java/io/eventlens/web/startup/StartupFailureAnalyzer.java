package io.eventlens.web.startup;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/** Turns a {@link StartupException} anywhere in the cause chain into one line and what to do. */
@Order(Ordered.HIGHEST_PRECEDENCE)
class StartupFailureAnalyzer extends AbstractFailureAnalyzer<StartupException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, StartupException cause) {
        return new FailureAnalysis("EventLens cannot start: " + cause.getMessage(), cause.action(), cause);
    }
}
