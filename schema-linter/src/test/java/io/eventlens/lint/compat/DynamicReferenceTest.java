package io.eventlens.lint.compat;

import static io.eventlens.lint.compat.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** {@code $dynamicRef} and {@code $recursiveRef}: followed when one target is possible, else not comparable. */
class DynamicReferenceTest {

    private static final String TREE =
            "{'$schema':'https://json-schema.org/draft/2020-12/schema','$dynamicAnchor':'node',"
                    + "'type':'object','properties':{'value':{'type':'%s'},'children':{'type':'array','item"
                    + "s':{'$dynamicRef':"
                    + "'#node'}}}}";

    @Test
    void aDynamicReferenceWithOneAnchorIsFollowedLikeAReference() {
        JsonNode old = json(TREE.formatted("string"));

        assertThat(new CompatibilityChecker(Policy.STRICT).backwardDifferences(old, json(TREE.formatted("string"))))
                .isEmpty();
        assertThat(new CompatibilityChecker(Policy.STRICT).backwardDifferences(old, json(TREE.formatted("integer"))))
                .extracting(SchemaChange::kind, SchemaChange::pointer)
                .contains(Tuple.tuple(ChangeKind.TYPE_CHANGED, "/properties/value/type"));
    }

    @Test
    void aDynamicReferenceWhoseTargetTheDynamicScopeDecidesIsNotComparableNamingTheKeyword() {
        JsonNode twoAnchors = json("{'$schema':'https://json-schema.org/draft/2020-12/schema','$dynamicAnchor':'node',"
                + "'properties':{'next':{'$dynamicRef':'#node'},'other':{'$dynamicAnchor':'node','type':'string'}}}");

        CompatibilityVerdict verdict =
                new CompatibilityChecker(Policy.STRICT).check(Mode.BACKWARD, List.of(twoAnchors, twoAnchors));

        assertThat(verdict.kind()).isEqualTo(CompatibilityVerdict.Kind.NOT_COMPARABLE);
        NotComparable notComparable = (NotComparable) verdict;
        assertThat(notComparable.reason())
                .contains("$dynamicRef '#node'", "'/properties/next'", "declares $dynamicAnchor 'node' 2 times");
        assertThat(notComparable.pointer()).isEqualTo("/properties/next/$dynamicRef");
    }

    @Test
    void aRecursiveReferenceInADocumentWithEmbeddedResourcesIsNotComparable() {
        JsonNode schema = json("{'$schema':'https://json-schema.org/draft/2019-09/schema','$recursiveAnchor':true,"
                + "'properties':{'next':{'$recursiveRef':'#'},'sub':{'$id':'https://example.com/sub"
                + "','type':'string'}}}");

        CompatibilityVerdict verdict =
                new CompatibilityChecker(Policy.LENIENT).check(Mode.FORWARD, List.of(schema, schema));

        assertThat(verdict.kind()).isEqualTo(CompatibilityVerdict.Kind.NOT_COMPARABLE);
        assertThat(((NotComparable) verdict).reason()).contains("$recursiveRef '#'", "embeds schema resources");
    }

    @Test
    void aDynamicReferenceInADraftWithoutItIsAnUnknownKeyword() {
        JsonNode old = json(
                "{'$schema':'http://json-schema.org/draft-07/schema#','properties':{'a':{'$dynamicRef':'#nowhere'}}}");

        assertThat(new CompatibilityChecker(Policy.STRICT).backwardDifferences(old, old))
                .isEmpty();
    }
}
