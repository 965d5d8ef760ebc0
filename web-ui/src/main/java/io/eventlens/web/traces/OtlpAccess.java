package io.eventlens.web.traces;

import io.eventlens.web.config.EventLensProperties;
import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Who may send spans. With {@code eventlens.otlp.token} set: whoever sends {@code Authorization:
 * Bearer <token>} (the SDK sends it through {@code OTEL_EXPORTER_OTLP_HEADERS}). Without one: in the
 * demo, senders on this machine (loopback); otherwise nobody, so an open intake is never an accident.
 */
final class OtlpAccess {

    private final String token;
    private final boolean demo;

    OtlpAccess(EventLensProperties properties) {
        String configured = properties.otlp() == null ? null : properties.otlp().token();
        this.token = configured == null || configured.isBlank() ? null : configured;
        this.demo = properties.demo();
    }

    /** Why this request may not send spans, or empty when it may. */
    Optional<String> refusal(HttpServletRequest request) {
        if (token != null) {
            String header = request.getHeader("Authorization");
            String expected = "Bearer " + token;
            boolean matches = header != null
                    && MessageDigest.isEqual(
                            header.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
            return matches
                    ? Optional.empty()
                    : Optional.of("the intake needs the header Authorization: Bearer <eventlens.otlp.token>"
                            + (header == null ? "; none was sent" : "; the token sent does not match"));
        }
        if (demo && loopback(request.getRemoteAddr())) {
            return Optional.empty();
        }
        return Optional.of(
                demo
                        ? "in the demo the intake without a token takes spans from this machine only (loopback);"
                                + " set eventlens.otlp.token to take them from " + request.getRemoteAddr()
                        : "no eventlens.otlp.token is configured, so the intake takes no spans; set one and send"
                                + " Authorization: Bearer <token>");
    }

    private static boolean loopback(String address) {
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
