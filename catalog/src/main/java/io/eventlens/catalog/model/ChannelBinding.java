package io.eventlens.catalog.model;

/** A protocol a channel is bound to and its destination there (Kafka topic, Redis stream, queue, ...). */
public record ChannelBinding(String protocol, String destination) {}
