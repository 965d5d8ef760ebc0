package io.eventlens.dlq.browse;

/** A browse or replay filter that cannot be read: names the parameter, its value and what is allowed. */
public final class FilterException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String parameter;

    public FilterException(String parameter, String value, String allowed) {
        super("filter " + parameter + "='" + value + "' cannot be read: " + allowed);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
