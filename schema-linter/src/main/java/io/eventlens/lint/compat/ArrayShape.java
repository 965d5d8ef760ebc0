package io.eventlens.lint.compat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** How an array schema constrains its items: a tuple of positions plus a tail, or one schema for all. */
final class ArrayShape {

    private final JsonNode tuple;
    private final JsonNode tail;
    private final String tupleKeyword;
    private final String tailKeyword;
    private final boolean list;

    ArrayShape(ObjectNode schema) {
        JsonNode prefix = schema.get("prefixItems");
        JsonNode items = schema.get("items");
        if (prefix != null && prefix.isArray()) {
            tuple = prefix;
            tupleKeyword = "prefixItems";
            tailKeyword = "items";
            tail = items == null ? schema.path("unevaluatedItems") : items;
        } else if (items != null && items.isArray()) {
            tuple = items;
            tupleKeyword = "items";
            tailKeyword = "additionalItems";
            tail = schema.has("additionalItems") ? schema.get("additionalItems") : schema.path("unevaluatedItems");
        } else {
            tuple = null;
            tupleKeyword = "items";
            tailKeyword = "items";
            tail = items == null ? schema.path("unevaluatedItems") : items;
        }
        list = tuple == null && items != null;
    }

    boolean isTuple() {
        return tuple != null;
    }

    /** One schema for every item ({@code items} as a schema, no tuple). */
    boolean isList() {
        return list;
    }

    int size() {
        return tuple == null ? 0 : tuple.size();
    }

    JsonNode at(int index) {
        return index < size() ? tuple.get(index) : null;
    }

    /** The schema of items past the tuple (true when unconstrained). */
    JsonNode tail() {
        return tail.isMissingNode() ? Json.TRUE : tail;
    }

    String tupleKeyword() {
        return tupleKeyword;
    }

    /** The keyword naming the tail in the new schema, or in the old one when the new has no tuple. */
    String tailKeyword(ArrayShape old) {
        return isTuple() || !old.isTuple() ? tailKeyword : old.tailKeyword;
    }
}
