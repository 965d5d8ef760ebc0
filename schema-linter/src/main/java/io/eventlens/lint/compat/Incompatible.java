package io.eventlens.lint.compat;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * At least one change breaks readers in a direction the mode checks.
 *
 * @param mode     the mode checked
 * @param policy   the policy that decided
 * @param breaking the changes that break, under the policy
 * @param findings every change found, breaking or not
 */
public record Incompatible(Mode mode, Policy policy, List<Finding> breaking, List<Finding> findings)
        implements CompatibilityVerdict {

    public Incompatible {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(policy, "policy");
        breaking = List.copyOf(breaking);
        findings = List.copyOf(findings);
        if (breaking.isEmpty()) {
            throw new IllegalArgumentException("an incompatible verdict needs at least one breaking change");
        }
    }

    @Override
    public boolean strictOnly() {
        return breaking.stream().allMatch(f -> f.change().kind().backward() == Effect.STRICT_ONLY);
    }

    @Override
    public String remedy() {
        if (!strictOnly()) {
            return "";
        }
        return breaking.stream().map(f -> f.change().kind().remedy()).distinct().collect(Collectors.joining("; "));
    }

    @Override
    public Kind kind() {
        return Kind.INCOMPATIBLE;
    }

    @Override
    public int exitCode() {
        return 1;
    }

    @Override
    public String summary() {
        boolean avro = breaking.stream().anyMatch(f -> f.change().kind().avro());
        String head = "INCOMPATIBLE " + (avro ? "by Avro's resolution rules" : "under " + policy) + " (" + mode + "): "
                + breaking.size() + " breaking change(s); first "
                + breaking.get(0).describe();
        return strictOnly()
                ? head + " This break comes from the STRICT policy only (compatible under LENIENT): " + remedy() + "."
                : head;
    }
}
