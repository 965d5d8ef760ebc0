package io.eventlens.web.catalog;

import com.vaadin.flow.component.Component;

/**
 * What the runtime views see of one channel now (its consumer groups' lag, its dead-letter queues' depth), as a
 * component for the catalog's message and service pages. Implemented beside the lag and DLQ pages, which read the
 * catalog themselves: the catalog asks through this interface so its package never depends on theirs.
 */
public interface ChannelRuntimeViews {

    /** The runtime panel of the channel whose Kafka topic or Redis stream is {@code destination}. */
    Component of(String destination);
}
