package io.eventlens.web.heavy;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/**
 * Tells whether the client of an asynchronous request has closed its connection. The container says nothing of a
 * client that goes while no byte is read or written (Tomcat 10.1 fires no {@code AsyncListener.onError} then), so
 * the watch asks: with a {@link ReadListener} set, {@link ServletInputStream#available()} makes Tomcat try a
 * non-blocking read of the connection, which meets the end of the stream (and answers 1) once the client has closed
 * it, and finds nothing (0) while the client waits. A container that does not read there answers 0: the work is
 * then bounded by its deadline alone.
 *
 * <p>The request may be touched only until its answer is handed over: {@link #finish} and {@link #clientGone} hold
 * one lock, and nothing is probed after {@link #finish}.
 */
final class ClientWatch {

    private static final ReadListener NOTHING = new ReadListener() {
        @Override
        public void onDataAvailable() {
            // the body was read whole before the work started: nothing more is expected
        }

        @Override
        public void onAllDataRead() {
            // nothing to do
        }

        @Override
        public void onError(Throwable t) {
            // the probe sees the same end of stream
        }
    };

    private final HttpServletRequest request;
    private boolean listening;
    private boolean finished;

    ClientWatch(HttpServletRequest request) {
        this.request = request;
    }

    /** Whether the client has closed its connection (false once finished, or before the request went async). */
    synchronized boolean clientGone() {
        if (finished || !request.isAsyncStarted()) {
            return false;
        }
        try {
            ServletInputStream in = request.getInputStream();
            if (!listening) {
                in.setReadListener(NOTHING);
                listening = true;
            }
            return in.available() > 0;
        } catch (IOException | IllegalStateException e) {
            return false; // not a question this container answers
        }
    }

    /** Stops watching and runs {@code handOver} (setting the answer), unless already finished; true if it ran. */
    synchronized boolean finish(Runnable handOver) {
        if (finished) {
            return false;
        }
        finished = true;
        handOver.run();
        return true;
    }
}
