package io.eventlens.reference.order;

import com.fasterxml.jackson.databind.JsonNode;
import io.eventlens.reference.http.InvalidRequestException;
import io.eventlens.reference.http.Problem;
import io.eventlens.reference.http.Problem.FieldError;
import io.eventlens.reference.http.RequestJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a {@code POST /orders} body into an {@link OrderRequest}, or refuses it with every problem
 * found, each named by its JSON Pointer: malformed JSON, a key given twice or a body past the JSON reader's
 * limits (400), missing or bad fields, unknown
 * products, quantities outside 1 to 1000, more than 100 line items (422).
 */
public final class OrderValidator {

    public static final int MAX_LINE_ITEMS = 100;
    public static final int MAX_QUANTITY = 1000;

    private final Products products;

    public OrderValidator(Products products) {
        this.products = products;
    }

    public OrderRequest validate(byte[] body) {
        JsonNode root = parse(body);
        List<FieldError> errors = new ArrayList<>();
        OrderRequest.Customer customer = customer(root.path("customer"), errors);
        String token = text(root, "payment_token", "/payment_token", 200, errors);
        List<OrderRequest.Line> lines = lines(root.path("line_items"), errors);
        if (!errors.isEmpty()) {
            String detail = errors.size() == 1
                    ? errors.get(0).pointer() + ": " + errors.get(0).detail()
                    : errors.size() + " fields are invalid; see errors";
            throw new InvalidRequestException(new Problem(
                    "https://eventlens.io/problems/invalid-order", "The order is invalid", 422, detail, errors));
        }
        return new OrderRequest(customer, lines, token);
    }

    private static JsonNode parse(byte[] body) {
        JsonNode root = RequestJson.read(body);
        if (!root.isObject()) {
            throw new InvalidRequestException(Problem.of(
                    "malformed-json",
                    "The body is not a JSON object",
                    400,
                    "expected a JSON object with customer, line_items and payment_token"));
        }
        return root;
    }

    private static OrderRequest.Customer customer(JsonNode node, List<FieldError> errors) {
        if (!node.isObject()) {
            errors.add(new FieldError("/customer", "required: an object with id and email"));
            return null;
        }
        String id = text(node, "id", "/customer/id", 100, errors);
        String email = text(node, "email", "/customer/email", 320, errors);
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+")) {
            errors.add(new FieldError("/customer/email", "\"" + email + "\" is not an email address"));
        }
        String name = node.path("name").isTextual() ? node.get("name").asText() : "";
        return new OrderRequest.Customer(id, email, name.length() > 200 ? name.substring(0, 200) : name);
    }

    private List<OrderRequest.Line> lines(JsonNode items, List<FieldError> errors) {
        List<OrderRequest.Line> lines = new ArrayList<>();
        if (!items.isArray() || items.isEmpty()) {
            errors.add(new FieldError("/line_items", "required: an array of 1 to " + MAX_LINE_ITEMS + " items"));
            return lines;
        }
        if (items.size() > MAX_LINE_ITEMS) {
            errors.add(new FieldError("/line_items", "has " + items.size() + " items: allowed 1 to " + MAX_LINE_ITEMS));
            return lines;
        }
        for (int i = 0; i < items.size(); i++) {
            line(items.get(i), "/line_items/" + i, errors).ifPresent(lines::add);
        }
        return lines;
    }

    private Optional<OrderRequest.Line> line(JsonNode item, String at, List<FieldError> errors) {
        String sku = text(item, "sku", at + "/sku", 40, errors);
        Products.Product product = sku == null ? null : products.find(sku);
        if (sku != null && product == null) {
            errors.add(new FieldError(at + "/sku", "unknown product \"" + sku + "\": allowed " + products.skus()));
        }
        JsonNode quantity = item.path("quantity");
        boolean validQuantity = quantity.isIntegralNumber()
                && quantity.canConvertToInt()
                && quantity.asInt() >= 1
                && quantity.asInt() <= MAX_QUANTITY;
        if (!validQuantity) {
            errors.add(new FieldError(
                    at + "/quantity",
                    (quantity.isMissingNode() ? "required" : quantity.toString() + " is not allowed")
                            + ": a whole number from 1 to " + MAX_QUANTITY));
        }
        if (product == null || !validQuantity) {
            return Optional.empty();
        }
        return Optional.of(new OrderRequest.Line(sku, product.name(), quantity.asInt(), product.priceCents()));
    }

    private static String text(JsonNode node, String field, String pointer, int maxLength, List<FieldError> errors) {
        JsonNode value = node.path(field);
        if (!value.isTextual() || value.asText().isBlank()) {
            errors.add(new FieldError(pointer, "required: a non-empty string"));
            return null;
        }
        if (value.asText().length() > maxLength) {
            errors.add(new FieldError(
                    pointer, "is " + value.asText().length() + " characters long: allowed at most " + maxLength));
            return null;
        }
        return value.asText();
    }
}
