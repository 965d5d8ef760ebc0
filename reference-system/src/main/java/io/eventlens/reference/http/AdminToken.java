package io.eventlens.reference.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;

/**
 * Guards the admin routes: a request must carry {@code Authorization: Bearer <token>}. A browser sends no such
 * header on a cross-site form or a CORS-simple request, so no web page can change fault settings.
 */
public final class AdminToken {

    private final byte[] expected;

    public AdminToken(String token) {
        Objects.requireNonNull(token, "token");
        if (token.length() < 16) {
            throw new IllegalArgumentException("the admin token has " + token.length()
                    + " characters: allowed at least 16 (--admin-token or REFERENCE_ADMIN_TOKEN)");
        }
        this.expected = ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
    }

    /** A fresh random token (32 URL-safe characters). */
    public static String random() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** {@code route}, answered only for requests that carry the token; others get 401. */
    public ApiServer.Route guard(ApiServer.Route route) {
        return exchange -> {
            String given = exchange.getRequestHeaders().getFirst("Authorization");
            if (given == null || !MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.UTF_8))) {
                exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"reference-admin\"");
                throw new InvalidRequestException(Problem.of(
                        "unauthorized",
                        "Admin token required",
                        401,
                        (given == null ? "no Authorization header" : "the Authorization header is not the admin token")
                                + " on " + exchange.getRequestURI().getPath()
                                + ": send Authorization: Bearer <token> (printed at start, or set with"
                                + " --admin-token)"));
            }
            route.handle(exchange);
        };
    }
}
