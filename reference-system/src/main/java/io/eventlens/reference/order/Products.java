package io.eventlens.reference.order;

import io.eventlens.reference.db.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The order service's catalogue of products ({@code order_products}), read once at start. */
public final class Products {

    private final Map<String, Product> bySku;

    Products(Map<String, Product> bySku) {
        this.bySku = Map.copyOf(bySku);
    }

    public static Products load(Database database) {
        return database.inTransaction(connection -> {
            Map<String, Product> products = new TreeMap<>();
            try (PreparedStatement select =
                            connection.prepareStatement("SELECT sku, name, price_cents FROM order_products");
                    ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    products.put(
                            result.getString(1),
                            new Product(result.getString(1), result.getString(2), result.getLong(3)));
                }
            }
            return new Products(products);
        });
    }

    public Product find(String sku) {
        return bySku.get(sku);
    }

    /** Every sku, sorted, for error messages and the load generator. */
    public List<String> skus() {
        return bySku.keySet().stream().sorted().toList();
    }

    public record Product(String sku, String name, long priceCents) {}
}
