package io.eventlens.lint.compat;

import static io.eventlens.lint.compat.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.eventlens.catalog.load.LimitExceededException;
import io.eventlens.catalog.load.ParseLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Avro comparison gives the verdicts Avro's own {@code SchemaCompatibility} gives, in both directions, over
 * pairs made by one edit each of a schema that uses every kind of type (logical types left out: there EventLens
 * differs on purpose, see {@link AvroDiff}). Each pair runs both ways, so every edit is also checked undone.
 */
class AvroResolutionTest {

    private static final String BASE = "{'type':'record','name':'Order','namespace':'shop','fields':["
            + "{'name':'id','type':'string'},"
            + "{'name':'qty','type':'int'},"
            + "{'name':'price','type':'double'},"
            + "{'name':'status','type':{'type':'enum','name':'Status','symbols':['PLACED','PAID']}},"
            + "{'name':'note','type':['null','string'],'default':null},"
            + "{'name':'tags','type':{'type':'array','items':'string'}},"
            + "{'name':'attrs','type':{'type':'map','values':'long'}},"
            + "{'name':'hash','type':{'type':'fixed','name':'Hash','size':16}},"
            + "{'name':'item','type':{'type':'record','name':'Item','fields':[{'name':'sku','type':'string'},"
            + "{'name':'n','type':'int'}]}},"
            + "{'name':'next','type':['null','Order'],'default':null}]}";
    private static final List<String> PRIMITIVES =
            List.of("null", "boolean", "int", "long", "float", "double", "bytes", "string");

    record Edit(String name, JsonNode old, JsonNode updated) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Edit> edits() {
        List<Edit> edits = new ArrayList<>();
        edit(edits, "field added without default", s -> fields(s).add(json("{'name':'extra','type':'string'}")));
        edit(
                edits,
                "field added with default",
                s -> fields(s).add(json("{'name':'extra','type':'string','default':''}")));
        edit(
                edits,
                "union field added with null default",
                s -> fields(s).add(json("{'name':'extra','type':['null','long'],'default':null}")));
        for (int i = 0; i < 10; i++) {
            int index = i;
            edit(edits, "field " + i + " removed", s -> fields(s).remove(index));
            edit(edits, "field " + i + " renamed", s -> field(s, index).put("name", "renamed"));
            edit(edits, "field " + i + " renamed with alias", s -> {
                String was = field(s, index).get("name").asText();
                field(s, index).put("name", "renamed").putArray("aliases").add(was);
            });
        }
        for (int i : new int[] {0, 1, 2}) {
            for (String type : PRIMITIVES) {
                int index = i;
                edit(edits, "field " + i + " as " + type, s -> field(s, index).put("type", type));
            }
        }
        edit(edits, "enum symbol added", s -> symbols(s).add("SHIPPED"));
        edit(edits, "enum symbol removed", s -> symbols(s).remove(1));
        edit(edits, "enum symbol removed, default set", s -> {
            symbols(s).remove(1);
            ((ObjectNode) field(s, 3).get("type")).put("default", "PLACED");
        });
        edit(edits, "enum symbol added, default set", s -> {
            symbols(s).add("SHIPPED");
            ((ObjectNode) field(s, 3).get("type")).put("default", "PLACED");
        });
        edit(edits, "enum renamed", s -> ((ObjectNode) field(s, 3).get("type")).put("name", "State"));
        edit(
                edits,
                "enum renamed with alias",
                s -> ((ObjectNode) field(s, 3).get("type"))
                        .put("name", "State")
                        .putArray("aliases")
                        .add("shop.Status"));
        edit(edits, "union branch added", s -> ((ArrayNode) field(s, 4).get("type")).add("int"));
        edit(edits, "union branch removed", s -> {
            field(s, 4).put("type", "string");
            field(s, 4).put("default", "");
        });
        edit(edits, "field made a union", s -> field(s, 0).set("type", json("['null','string']")));
        edit(edits, "union of long for string", s -> field(s, 4).set("type", json("['null','long']")));
        edit(
                edits,
                "union branch int beside long",
                s -> field(s, 6).set("type", json("{'type':'map','values':['int','long']}")));
        edit(edits, "array items int", s -> ((ObjectNode) field(s, 5).get("type")).put("items", "int"));
        edit(edits, "array items bytes", s -> ((ObjectNode) field(s, 5).get("type")).put("items", "bytes"));
        edit(edits, "map values int", s -> ((ObjectNode) field(s, 6).get("type")).put("values", "int"));
        edit(edits, "map values double", s -> ((ObjectNode) field(s, 6).get("type")).put("values", "double"));
        edit(edits, "array became map", s -> field(s, 5).set("type", json("{'type':'map','values':'string'}")));
        edit(edits, "fixed size changed", s -> ((ObjectNode) field(s, 7).get("type")).put("size", 32));
        edit(edits, "fixed renamed", s -> ((ObjectNode) field(s, 7).get("type")).put("name", "Digest"));
        edit(edits, "nested field added without default", s -> nested(s).add(json("{'name':'w','type':'float'}")));
        edit(edits, "nested field removed", s -> nested(s).remove(0));
        edit(edits, "nested field promoted", s -> ((ObjectNode) nested(s).get(1)).put("type", "double"));
        edit(edits, "nested record renamed", s -> ((ObjectNode) field(s, 8).get("type")).put("name", "Line"));
        edit(edits, "record renamed with alias", s -> {
            s.put("name", "Purchase").putArray("aliases").add("shop.Order");
            field(s, 9).set("type", json("['null','Purchase']"));
        });
        edit(edits, "record renamed", s -> {
            s.put("name", "Purchase");
            field(s, 9).set("type", json("['null','Purchase']"));
        });
        edit(edits, "namespace changed", s -> s.put("namespace", "shop.v2"));
        edit(
                edits,
                "recursive field gained a field",
                s -> fields(s).add(json("{'name':'depth','type':'int','default':0}")));
        return edits.stream();
    }

    private static void edit(List<Edit> edits, String name, Consumer<ObjectNode> change) {
        ObjectNode base = (ObjectNode) json(BASE);
        ObjectNode edited = base.deepCopy();
        change.accept(edited);
        edits.add(new Edit(name, base, edited));
    }

    private static ArrayNode fields(ObjectNode schema) {
        return (ArrayNode) schema.get("fields");
    }

    private static ObjectNode field(ObjectNode schema, int index) {
        return (ObjectNode) fields(schema).get(index);
    }

    private static ArrayNode symbols(ObjectNode schema) {
        return (ArrayNode) field(schema, 3).get("type").get("symbols");
    }

    private static ArrayNode nested(ObjectNode schema) {
        return (ArrayNode) field(schema, 8).get("type").get("fields");
    }

    private final CompatibilityChecker checker = new CompatibilityChecker(Policy.STRICT, SchemaLanguage.AVRO);

    @ParameterizedTest(name = "{0}")
    @MethodSource("edits")
    void verdictsAreAvrosInBothDirections(Edit edit) {
        for (List<JsonNode> pair : List.of(List.of(edit.old(), edit.updated()), List.of(edit.updated(), edit.old()))) {
            Schema writer = new Schema.Parser().parse(pair.get(0).toString());
            Schema reader = new Schema.Parser().parse(pair.get(1).toString());
            boolean avroSays = SchemaCompatibility.checkReaderWriterCompatibility(reader, writer)
                            .getType()
                    == SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE;

            CompatibilityVerdict ours = checker.check(Mode.BACKWARD, pair);

            assertThat(ours.kind())
                    .as("%s -> %s: ours %s", pair.get(0), pair.get(1), ours)
                    .isEqualTo(
                            avroSays ? CompatibilityVerdict.Kind.COMPATIBLE : CompatibilityVerdict.Kind.INCOMPATIBLE);
        }
    }

    @Test
    void aCompatibleEditIsStillListedWithWhyItIsSafe() {
        List<SchemaChange> changes = checker.backwardDifferences(
                json(BASE), json(BASE.replace("{'name':'qty','type':'int'}", "{'name':'qty','type':'long'}")));

        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ChangeKind.AVRO_TYPE_PROMOTED);
            assertThat(c.pointer()).isEqualTo("/fields/1/type");
            assertThat(c.explanation()).contains("promoted from \"int\" to \"long\"");
        });
    }

    @Test
    void aLogicalTypeChangeBreaksThoughAvroWouldDecodeIt() {
        var millis = json("{'type':'long','logicalType':'timestamp-millis'}");
        var micros = json("{'type':'long','logicalType':'timestamp-micros'}");

        CompatibilityVerdict verdict = checker.check(Mode.BACKWARD, List.of(millis, micros));
        assertThat(verdict.exitCode()).isOne();
        assertThat(verdict.summary())
                .startsWith("INCOMPATIBLE by Avro's resolution rules (BACKWARD): 1 breaking change(s)");
        assertThat(SchemaCompatibility.checkReaderWriterCompatibility(
                                new Schema.Parser().parse(micros.toString()),
                                new Schema.Parser().parse(millis.toString()))
                        .getType())
                .isEqualTo(SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE);
    }

    @Test
    void badAvroIsNamedAndNotCompared() {
        assertThatThrownBy(() -> checker.backwardDifferences(
                        json(BASE), json("{'type':'record','name':'Order','fields':[{'name':'id','type':'strng'}]}")))
                .isInstanceOf(SchemaComparisonException.class)
                .hasMessageContaining("the new schema is not a valid Avro schema")
                .hasMessageContaining("strng");
        assertThatThrownBy(() -> checker.backwardDifferences(
                        json(BASE),
                        json("{'type':'record','name':'Order','fields':[{'name':'n','type':'int','default':'x'}]}")))
                .isInstanceOf(SchemaComparisonException.class)
                .hasMessageContaining("default");
        CompatibilityVerdict verdict =
                checker.check(Mode.BACKWARD, List.of(json("{'type':'record','name':'A'}"), json(BASE)));
        assertThat(verdict.exitCode()).isEqualTo(2);
    }

    @Test
    void aDeepOrWideSchemaGetsAVerdictWithoutHanging() {
        StringBuilder wide = new StringBuilder("{'type':'record','name':'Wide','fields':[");
        for (int i = 0; i < 10_000; i++) {
            wide.append(i == 0 ? "" : ",").append("{'name':'f").append(i).append("','type':'int'}");
        }
        JsonNode many = json(wide.append("]}").toString());
        JsonNode promoted = json(many.toString().replace("\"int\"", "\"long\""));

        // 10,000 promotions in each direction: past max-changes at the defaults, refused at once naming it
        assertThatThrownBy(() -> checker.check(Mode.FULL, List.of(many, promoted)))
                .isInstanceOf(LimitExceededException.class)
                .hasMessageContaining(
                        "20,000 changes exceed the limit of 10,000 (setting eventlens.limits.max-changes)");
        CompatibilityChecker raised = new CompatibilityChecker(Policy.STRICT, SchemaLanguage.AVRO)
                .limitedBy(ParseLimits.defaults().with(ParseLimits.Limit.CHANGES, 100_000));
        assertThat(raised.check(Mode.FULL, List.of(many, promoted)).exitCode()).isOne();
        String deep = "'string'";
        for (int i = 0; i < 400; i++) {
            deep = "{'type':'array','items':" + deep + "}";
        }
        JsonNode nested = json(deep);
        CompatibilityVerdict tooDeep =
                checker.check(Mode.BACKWARD, List.of(nested, json(deep.replace("'string'", "'bytes'"))));
        assertThat(tooDeep)
                .isInstanceOfSatisfying(
                        NotComparable.class, v -> assertThat(v.reason()).contains("nest deeper than 200 levels"));
    }
}
