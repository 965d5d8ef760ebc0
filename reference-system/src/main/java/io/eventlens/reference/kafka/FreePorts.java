package io.eventlens.reference.kafka;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Port checks on 127.0.0.1, so a taken port fails with a message instead of a bind stack trace. */
final class FreePorts {

    private FreePorts() {}

    static int pick() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new EmbeddedKafkaException("no free port on 127.0.0.1: " + e.getMessage(), e);
        }
    }

    /**
     * A free port that is not {@code taken}: a port released by {@link #pick()} is free again, so a second pick
     * before the broker binds the first may return the same one (seen in CI: listener and controller on one port).
     */
    static int pickOtherThan(int taken) {
        for (int attempt = 0; attempt < 20; attempt++) {
            int candidate = pick();
            if (candidate != taken) {
                return candidate;
            }
        }
        throw new EmbeddedKafkaException("no free port on 127.0.0.1 other than " + taken + " after 20 tries", null);
    }

    static int check(String what, int port) {
        if (port < 1 || port > 65_535) {
            throw new EmbeddedKafkaException(
                    "embedded Kafka " + what + " " + port + " is out of range: use 1-65535, or 0 for a free port",
                    null);
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return port;
        } catch (IOException e) {
            throw new EmbeddedKafkaException(
                    "embedded Kafka " + what + " " + port + " on 127.0.0.1 is already in use (" + e.getMessage()
                            + "): stop what listens there or choose another port (0 picks a free one)",
                    e);
        }
    }
}
