package io.eventlens.reference.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.eventlens.reference.http.InvalidRequestException;
import io.eventlens.reference.http.Problem;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OrderValidatorTest {

    private final OrderValidator validator = new OrderValidator(new Products(Map.of(
            "SKU-MUG", new Products.Product("SKU-MUG", "Mug", 1200),
            "SKU-TEE", new Products.Product("SKU-TEE", "Tee", 2500))));

    @Test
    void a_valid_order_is_priced_from_the_catalogue() {
        OrderRequest order = validator.validate(
                bytes(body("[{\"sku\":\"SKU-MUG\",\"quantity\":2},{\"sku\":\"SKU-TEE\",\"quantity\":1}]")));

        assertThat(order.totalCents()).isEqualTo(2 * 1200 + 2500);
        assertThat(order.lines()).extracting(OrderRequest.Line::name).containsExactly("Mug", "Tee");
        assertThat(order.customer().email()).isEqualTo("ada@example.com");
    }

    @Test
    void malformed_json_is_a_400_naming_line_and_column() {
        Problem problem = refuse("{\"customer\": {\"id\": \"c\",\n  \"email\": }");

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.detail()).startsWith("malformed JSON at line 2, column");
    }

    @Test
    void a_body_nested_deeper_than_the_reader_allows_is_a_400_naming_the_limit() {
        Problem problem = refuse("[".repeat(1_001) + "]".repeat(1_001));

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.detail())
                .startsWith("the body exceeds a limit of the JSON reader: ")
                .contains("nesting depth (1001) exceeds the maximum allowed (1000");
    }

    @Test
    void a_number_of_two_thousand_digits_is_a_400_naming_the_limit() {
        Problem problem = refuse(body("[{\"sku\":\"SKU-MUG\",\"quantity\":" + "9".repeat(2_000) + "}]"));

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.detail())
                .startsWith("the body exceeds a limit of the JSON reader")
                .contains("Number value length (2000) exceeds the maximum allowed (1000");
    }

    @Test
    void a_key_of_sixty_thousand_characters_is_a_400_naming_the_limit() {
        Problem problem = refuse("{\"" + "k".repeat(60_000) + "\": 1}");

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.detail())
                .startsWith("the body exceeds a limit of the JSON reader")
                .contains("Name length (60000) exceeds the maximum allowed (50000");
    }

    @Test
    void a_key_given_twice_is_a_400_naming_the_key() {
        Problem problem = refuse("{\"payment_token\": \"tok_a\", \"payment_token\": \"tok_b\"}");

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.detail())
                .startsWith("malformed JSON at line 1, column")
                .contains("'payment_token'");
    }

    @Test
    void content_after_the_json_value_is_a_400() {
        Problem problem = refuse(body("[{\"sku\":\"SKU-MUG\",\"quantity\":1}]") + " {}");

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.detail()).startsWith("malformed JSON").contains("Trailing token");
    }

    @Test
    void a_negative_quantity_is_named_by_its_json_pointer() {
        Problem problem = refuse(body("[{\"sku\":\"SKU-MUG\",\"quantity\":-3}]"));

        assertThat(problem.status()).isEqualTo(422);
        assertThat(problem.errors())
                .containsExactly(new Problem.FieldError(
                        "/line_items/0/quantity", "-3 is not allowed: a whole number from 1 to 1000"));
    }

    @Test
    void an_unknown_product_names_the_sku_and_the_ones_allowed() {
        Problem problem = refuse(body("[{\"sku\":\"SKU-MUG\",\"quantity\":1},{\"sku\":\"SKU-YACHT\",\"quantity\":1}]"));

        assertThat(problem.detail())
                .isEqualTo("/line_items/1/sku: unknown product \"SKU-YACHT\": allowed [SKU-MUG, SKU-TEE]");
    }

    @Test
    void ten_thousand_line_items_are_refused_with_the_limit() {
        StringBuilder items = new StringBuilder("[");
        for (int i = 0; i < 10_000; i++) {
            items.append(i == 0 ? "" : ",").append("{\"sku\":\"SKU-MUG\",\"quantity\":1}");
        }
        Problem problem = refuse(body(items.append(']').toString()));

        assertThat(problem.status()).isEqualTo(422);
        assertThat(problem.detail()).isEqualTo("/line_items: has 10000 items: allowed 1 to 100");
    }

    @Test
    void every_missing_field_is_listed() {
        Problem problem = refuse("{}");

        assertThat(problem.errors())
                .extracting(Problem.FieldError::pointer)
                .containsExactly("/customer", "/payment_token", "/line_items");
        assertThat(problem.detail()).isEqualTo("3 fields are invalid; see errors");
    }

    @Test
    void a_body_that_is_not_an_object_is_a_400() {
        assertThat(refuse("[1,2]").detail())
                .isEqualTo("expected a JSON object with customer, line_items and payment_token");
    }

    private Problem refuse(String body) {
        return catchThrowableOfType(InvalidRequestException.class, () -> validator.validate(bytes(body)))
                .problem();
    }

    private static String body(String lineItems) {
        return "{\"customer\":{\"id\":\"c-1\",\"email\":\"ada@example.com\"},\"payment_token\":\"tok_visa\","
                + "\"line_items\":" + lineItems + "}";
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
