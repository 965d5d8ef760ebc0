package io.eventlens.catalog.model;

/** Who answers for a service: from {@code info.x-owner}, else {@code info.contact}. Fields may be null. */
public record Owner(String name, String email, String url) {}
