package io.eventlens.lint.cli;

/** A file the gate commands cannot use: missing, unreadable or of the wrong kind. Exit 2, message on stderr. */
final class InputError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    InputError(String message) {
        super(message);
    }
}
