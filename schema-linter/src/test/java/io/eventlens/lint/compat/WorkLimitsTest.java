package io.eventlens.lint.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.eventlens.catalog.load.LimitExceededException;
import io.eventlens.catalog.load.ParseLimits;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The work limits of a comparison ({@code $ref}s followed, changes reported) and that wide schemas cost as much as
 * their width. The timeout only guards the build against a hang; no test measures time.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class WorkLimitsTest {

    private static final CompatibilityChecker STRICT = new CompatibilityChecker(Policy.STRICT);

    /**
     * Definitions {@code l0} to {@code l<levels>}: each refers {@code width} times to the next, the last is a
     * {@code leaf} type. A few kilobytes that a comparison walks {@code width^levels} times.
     */
    static JsonNode fanOut(int width, int levels, String leaf) {
        ObjectNode root = JsonNodeFactory.instance.objectNode().put("$ref", "#/$defs/l0");
        ObjectNode defs = root.putObject("$defs");
        for (int level = 0; level < levels; level++) {
            ObjectNode properties =
                    defs.putObject("l" + level).put("type", "object").putObject("properties");
            for (int i = 0; i < width; i++) {
                properties.putObject("p" + i).put("$ref", "#/$defs/l" + (level + 1));
            }
        }
        defs.putObject("l" + levels).put("type", leaf);
        return root;
    }

    /** An object schema of {@code count} string properties, {@code p0}..; {@code changed} of them integers. */
    static JsonNode wide(int count, int changed) {
        ObjectNode schema = JsonNodeFactory.instance.objectNode().put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        for (int i = 0; i < count; i++) {
            properties.putObject("p" + i).put("type", i < changed ? "integer" : "string");
        }
        return schema;
    }

    @Test
    void aReferenceFanOutOfFourBySevenStopsAtTheExpansionLimitNamingItsSetting() {
        JsonNode old = fanOut(4, 7, "string");
        JsonNode updated = fanOut(4, 7, "integer");

        assertThatThrownBy(() -> STRICT.check(Mode.FULL, List.of(old, updated)))
                .isInstanceOf(LimitExceededException.class)
                .hasMessageStartingWith("comparing the schemas, at '/properties/")
                .hasMessageEndingWith(": 10,001 $ref expansions exceed the limit of 10,000"
                        + " (setting eventlens.limits.max-ref-expansions)")
                .satisfies(e ->
                        assertThat(((LimitExceededException) e).limit()).isEqualTo(ParseLimits.Limit.REF_EXPANSIONS));
    }

    @Test
    void aFanOutWithinTheLimitIsComparedAndEveryLeafReported() {
        CompatibilityVerdict verdict =
                STRICT.check(Mode.BACKWARD, List.of(fanOut(4, 3, "string"), fanOut(4, 3, "integer")));

        assertThat(verdict.kind()).isEqualTo(CompatibilityVerdict.Kind.INCOMPATIBLE);
        assertThat(verdict.findings())
                .hasSize(64)
                .allSatisfy(f -> assertThat(f.change().pointer()).matches("(/properties/p[0-3]){3}/type"));
    }

    @Test
    void moreChangesThanAllowedStopTheCheckNamingTheLimitAndTheVersions() {
        CompatibilityChecker capped = STRICT.limitedBy(ParseLimits.defaults().with(ParseLimits.Limit.CHANGES, 100));

        assertThatThrownBy(() -> capped.check(Mode.BACKWARD, List.of(wide(500, 0), wide(500, 500))))
                .isInstanceOf(LimitExceededException.class)
                .hasMessage("comparing version 1 with the newest: 500 changes exceed the limit of 100"
                        + " (setting eventlens.limits.max-changes)");
    }

    @Test
    void aHundredThousandPropertiesAreComparedAndOnlyTheirChangesReported() {
        CompatibilityVerdict verdict = STRICT.check(Mode.FULL, List.of(wide(100_000, 0), wide(100_000, 3)));

        assertThat(verdict.kind()).isEqualTo(CompatibilityVerdict.Kind.INCOMPATIBLE);
        assertThat(verdict.findings())
                .extracting(f -> f.direction() + " " + f.change().pointer())
                .containsExactlyInAnyOrder(
                        "BACKWARD /properties/p0/type",
                        "BACKWARD /properties/p1/type",
                        "BACKWARD /properties/p2/type",
                        "FORWARD /properties/p0/type",
                        "FORWARD /properties/p1/type",
                        "FORWARD /properties/p2/type");
        assertThat(verdict.findings()).filteredOn(verdict.breakingTest()).hasSize(6);
    }
}
