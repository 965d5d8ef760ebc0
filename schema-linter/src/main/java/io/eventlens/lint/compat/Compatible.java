package io.eventlens.lint.compat;

import java.util.List;
import java.util.Objects;

/**
 * Every checked earlier version can exchange data with the newest one, as the mode requires.
 *
 * @param mode     the mode checked
 * @param policy   the policy that decided
 * @param findings every change found; all compatible under the policy
 */
public record Compatible(Mode mode, Policy policy, List<Finding> findings) implements CompatibilityVerdict {

    public Compatible {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(policy, "policy");
        findings = List.copyOf(findings);
    }

    /** None: nothing breaks. */
    @Override
    public List<Finding> breaking() {
        return List.of();
    }

    @Override
    public Kind kind() {
        return Kind.COMPATIBLE;
    }

    @Override
    public int exitCode() {
        return 0;
    }

    @Override
    public String summary() {
        boolean avro = findings.stream().anyMatch(f -> f.change().kind().avro());
        return "COMPATIBLE " + (avro ? "by Avro's resolution rules" : "under " + policy) + " (" + mode + "): "
                + findings.size() + " change(s), none breaking.";
    }
}
