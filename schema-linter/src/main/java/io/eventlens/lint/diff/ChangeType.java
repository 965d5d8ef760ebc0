package io.eventlens.lint.diff;

import java.util.Locale;

/** What changed between two AsyncAPI documents, and whether it breaks the other side by default. */
public enum ChangeType {
    CHANNEL_ADDED(false), CHANNEL_REMOVED(true), CHANNEL_RENAMED(true),
    OPERATION_ADDED(false), OPERATION_REMOVED(true), OPERATION_RENAMED(false),
    MESSAGE_ADDED(false), MESSAGE_REMOVED(true), MESSAGE_RENAMED(true), MESSAGE_CONTENT_TYPE_CHANGED(true),
    BINDING_ADDED(false), BINDING_REMOVED(true), BINDING_TOPIC_CHANGED(true), BINDING_KEY_CHANGED(true),
    PAYLOAD_CHANGED(false), PAYLOAD_BREAKING(true), HEADERS_CHANGED(false), HEADERS_BREAKING(true),
    /** The schemas could not be compared (a hostile or broken schema): an input error, exit 2. */
    SCHEMA_NOT_COMPARABLE(true),
    SERVER_ADDED(false), SERVER_REMOVED(true), SERVER_CHANGED(true),
    INFO_VERSION_CHANGED(false);

    private final boolean breaking;

    ChangeType(boolean breaking) {
        this.breaking = breaking;
    }

    public boolean breaking() {
        return breaking;
    }

    /** The rule id in reports, e.g. {@code channel-removed}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
