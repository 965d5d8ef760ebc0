package io.eventlens.web.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import io.eventlens.catalog.model.Message;
import io.eventlens.catalog.model.Service;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The message page's tree and the REST answer, read from the reference system's documents and a fixture. */
class MessagePagesTest {

    private static final List<String> REFERENCE = List.of(
            "analytics-service.yaml",
            "common.yaml",
            "email-service.yaml",
            "inventory-service.yaml",
            "order-service.yaml",
            "payment-service.yaml",
            "saga-orchestrator.yaml",
            "shipping-service.yaml",
            "warehouse-service.yaml");

    @TempDir
    Path dir;

    private CatalogState state;

    @BeforeEach
    void catalog() throws IOException {
        Path reference = Files.createDirectories(dir.resolve("reference-asyncapi"));
        for (String name : REFERENCE) {
            try (InputStream in = getClass().getResourceAsStream("/asyncapi/" + name)) {
                Files.write(reference.resolve(name), in.readAllBytes());
            }
        }
        Path shop = Files.createDirectories(dir.resolve("shop"));
        Files.write(shop.resolve("shop.yaml"), CatalogServiceTest.fixture("pages/shop.yaml"));
        state = CatalogServiceTest.service(dir, List.of(reference, shop)).state();
        assertThat(state.failed()).isEmpty();
    }

    @Test
    void the_reference_order_placed_payload_is_walked_through_all_of_and_refs() {
        List<CatalogAnswers.Field> fields =
                CatalogAnswers.message(state, "OrderPlaced").fields();

        assertThat(fields)
                .contains(
                        new CatalogAnswers.Field(
                                "event_id", "string", true, "Unique; consumers store it to ignore redeliveries."),
                        new CatalogAnswers.Field("data.lines", "array of object", true, ""),
                        new CatalogAnswers.Field("data.lines[].sku", "string", true, ""),
                        new CatalogAnswers.Field("data.customer.email", "string", true, ""));
        FieldTree.Row eventType = row(state.details("OrderPlaced").payload(), "event_type");
        assertThat(eventType.constraints()).isEqualTo("const OrderPlaced");
        // common.yaml's Envelope is inlined where order-service.yaml references it: the part is named by its place
        assertThat(eventType.origin())
                .isEqualTo("#/channels/orders/messages/OrderPlaced/payload/allOf/0,"
                        + " #/channels/orders/messages/OrderPlaced/payload/allOf/1");
        assertThat(row(state.details("OrderPlaced").payload(), "data.lines").constraints())
                .isEqualTo("minItems 1; maxItems 100");
    }

    @Test
    void the_page_tree_and_the_rest_answer_list_the_same_fields() {
        for (String key : List.of("OrderPlaced", "OrderSubmitted", "RefundRequested", "StockCounted")) {
            TreeGrid<FieldTree.Row> grid = SchemaTree.of(state.details(key).payload(), "payload-tree");
            List<CatalogAnswers.Field> onPage = new ArrayList<>();
            walk(grid.getTreeData(), grid.getTreeData().getRootItems(), onPage);

            assertThat(onPage)
                    .as(key)
                    .isNotEmpty()
                    .isEqualTo(CatalogAnswers.message(state, key).fields());
        }
    }

    @Test
    void array_items_nest_under_brackets_and_examples_are_checked_against_payload_and_headers() {
        CatalogAnswers.MessageAnswer answer = CatalogAnswers.message(state, "OrderSubmitted");

        assertThat(answer.fields())
                .extracting(CatalogAnswers.Field::path)
                .containsExactly(
                        "event_id",
                        "event_type",
                        "data",
                        "data.order_id",
                        "data.line_items",
                        "data.line_items[].sku",
                        "data.line_items[].quantity");
        assertThat(answer.headers())
                .containsExactly(new CatalogAnswers.Field("traceparent", "string", true, "W3C trace context."));
        assertThat(answer.examples())
                .extracting(CatalogAnswers.Example::verdict)
                .containsExactly("valid", "invalid");
        assertThat(answer.examples().get(1).problems())
                .singleElement()
                .asString()
                .startsWith("payload/data/line_items: ");
        assertThat(row(state.details("OrderSubmitted").payload(), "event_type").origin())
                .isEqualTo("#/components/schemas/Envelope, #/components/messages/OrderSubmitted/payload/allOf/1");
        assertThat(answer.producers()).containsExactly("shop");
        assertThat(answer.channels()).containsExactly("shop-orders");
    }

    @Test
    void each_one_of_alternative_is_a_row_with_its_own_fields_and_where_it_came_from() {
        List<FieldTree.Row> rows = state.details("RefundRequested").payload();

        assertThat(rows)
                .filteredOn(r -> r.kind() == FieldTree.Kind.ALTERNATIVE)
                .extracting(FieldTree.Row::name, FieldTree.Row::origin)
                .containsExactly(
                        tuple("alternative 1: Card", "#/components/schemas/CardRefund"),
                        tuple(
                                "alternative 2: Voucher",
                                "#/components/messages/RefundRequested/payload/properties/refund/oneOf/1"));
        assertThat(row(rows, "refund.voucher_code").constraints()).isEqualTo("pattern ^V-[0-9]{6}$");
        assertThat(row(rows, "refund.last4").constraints()).isEqualTo("minLength 4; maxLength 4");
    }

    @Test
    void an_avro_payload_shows_its_records() {
        CatalogAnswers.MessageAnswer answer = CatalogAnswers.message(state, "StockCounted");

        assertThat(answer.payloadFormat()).startsWith("application/vnd.apache.avro");
        assertThat(answer.fields())
                .extracting(CatalogAnswers.Field::path, CatalogAnswers.Field::type)
                .containsExactly(
                        tuple("warehouse", "string"),
                        tuple("counts", "array of object"),
                        tuple("counts[].sku", "string"),
                        tuple("counts[].units", "integer"));
    }

    @Test
    void a_message_titled_as_its_name_is_headed_by_its_name_once() {
        Message placed = state.latest("OrderPlaced");
        Message submitted = state.latest("OrderSubmitted");

        assertThat(CatalogState.heading(placed)).isEqualTo("OrderPlaced");
        assertThat(CatalogState.heading(submitted)).isEqualTo("Order submitted (OrderSubmitted)");
    }

    @Test
    void services_have_stable_ids_from_the_document_or_a_slug_of_the_title_and_old_ids_still_find_them() {
        ServiceIds ids = state.serviceIds();

        assertThat(ids.service("order-service").title()).isEqualTo("Order service");
        assertThat(ids.service("shop").title()).isEqualTo("Shop checkout");
        assertThat(ids.find("Order service")).isEqualTo("order-service");
        assertThat(ServiceIds.slug("Zahlungsdienst (Bücher) v2")).isEqualTo("zahlungsdienst-bucher-v2");
    }

    @Test
    void titles_that_slug_alike_get_distinct_ids() {
        Service a = new Service("Orders", "Orders", "1", null, null, List.of(), "a.yaml");
        Service b = new Service("orders!", "orders!", "1", null, null, List.of(), "b.yaml");

        ServiceIds ids = ServiceIds.of(List.of(a, b), document -> null);

        assertThat(ids.of(a)).isEqualTo("orders");
        assertThat(ids.of(b)).isEqualTo("orders-2");
    }

    private static FieldTree.Row row(List<FieldTree.Row> rows, String path) {
        return rows.stream()
                .filter(r -> r.kind() == FieldTree.Kind.FIELD && r.path().equals(path))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row " + path + " in " + rows));
    }

    private static void walk(TreeData<FieldTree.Row> data, List<FieldTree.Row> items, List<CatalogAnswers.Field> out) {
        for (FieldTree.Row row : items) {
            if (row.kind() == FieldTree.Kind.FIELD) {
                out.add(new CatalogAnswers.Field(row.path(), row.type(), row.required(), row.description()));
            }
            walk(data, data.getChildren(row), out);
        }
    }
}
