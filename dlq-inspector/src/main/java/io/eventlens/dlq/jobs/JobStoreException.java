package io.eventlens.dlq.jobs;

/** The job or audit tables cannot be read or written. */
public final class JobStoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public JobStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
