package io.eventlens.web.startup;

import java.util.stream.Collectors;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.UnboundConfigurationPropertiesException;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/** A setting EventLens does not know, or a value it cannot read: one line naming both. */
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<BindException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, BindException cause) {
        if (cause.getCause() instanceof UnboundConfigurationPropertiesException unbound) {
            String settings = unbound.getUnboundProperties().stream()
                    .map(ConfigurationFailureAnalyzer::describe)
                    .collect(Collectors.joining(", "));
            return new FailureAnalysis(
                    "EventLens cannot start: unknown setting " + settings,
                    "Remove it or fix its name; the settings under '" + cause.getName()
                            + "' are listed in README.md (Configuration).",
                    cause);
        }
        ConfigurationProperty property = cause.getProperty();
        String setting = property == null ? cause.getName().toString() : describe(property);
        Throwable reason = cause.getCause() == null ? cause : rootOf(cause.getCause());
        return new FailureAnalysis(
                "EventLens cannot start: " + setting + " is not a valid value for '" + cause.getName() + "': "
                        + reason.getMessage(),
                "Correct the value; the settings and their allowed values are listed in README.md (Configuration).",
                cause);
    }

    private static String describe(ConfigurationProperty property) {
        return property.getName() + "=" + property.getValue()
                + (property.getOrigin() == null ? "" : " (from " + property.getOrigin() + ")");
    }

    private static Throwable rootOf(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }
}
