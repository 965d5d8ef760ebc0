package io.eventlens.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * HTTP Basic for the API without a password hash per request, and without guessing: a credential
 * verified once is remembered for {@link #REMEMBERED} under a keyed hash of it (HMAC-SHA256 with a key
 * made at start; never the password), and {@link Throttle#MAX_FAILURES} failed attempts within a
 * minute, per user or per address, answer 429 with {@code Retry-After} until the minute is over.
 *
 * <p>One credential is checked by one thread at a time: requests that arrive while it is being
 * checked (50 clients at once when the remembered entry runs out) wait for that answer instead of
 * each running the password hash, which took about 10 % of the server's CPU under load.
 */
final class BasicAuthGuard extends OncePerRequestFilter {

    static final Duration REMEMBERED = Duration.ofSeconds(60);
    private static final int MAX_REMEMBERED = 10_000;

    private final AuthenticationManager authentication;
    private final Clock clock;
    private final SecretKeySpec key;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<Authentication>> checking = new ConcurrentHashMap<>();
    private final Throttle throttle;
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    BasicAuthGuard(AuthenticationManager authentication, Clock clock) {
        this.authentication = authentication;
        this.clock = clock;
        this.throttle = new Throttle(clock);
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    private record Verified(Authentication authentication, Instant until) {}

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String[] credential = credential(request.getHeader("Authorization"));
        if (credential == null) {
            chain.doFilter(request, response);
            return;
        }
        String user = "user " + credential[0];
        String address = "address " + request.getRemoteAddr();
        Duration wait = throttle.blockedFor(user).compareTo(throttle.blockedFor(address)) >= 0
                ? throttle.blockedFor(user)
                : throttle.blockedFor(address);
        if (!wait.isZero()) {
            long seconds = Math.max(1, wait.toSeconds());
            response.setHeader("Retry-After", String.valueOf(seconds));
            ApiErrors.write(
                    response,
                    429,
                    "Too Many Requests",
                    "too many failed log-ins for " + credential[0] + " or from " + request.getRemoteAddr()
                            + " (at most " + Throttle.MAX_FAILURES + " a minute): try again in " + seconds + " s");
            return;
        }
        String hash = hash(credential);
        Authentication known = remembered(hash);
        if (known == null) {
            try {
                known = verifyOnce(credential, hash);
            } catch (AuthenticationException e) {
                throttle.failed(user);
                throttle.failed(address);
                ApiErrors.unauthorized().commence(request, response, e);
                return;
            }
        }
        var context = SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
        context.setAuthentication(known);
        SecurityContextHolder.getContextHolderStrategy().setContext(context);
        chain.doFilter(request, response);
    }

    private Authentication remembered(String hash) {
        Verified entry = verified.get(hash);
        return entry == null || entry.until().isBefore(clock.instant()) ? null : entry.authentication();
    }

    /** Checks the credential, or waits for the thread already checking the same one. */
    private Authentication verifyOnce(String[] credential, String hash) {
        var mine = new CompletableFuture<Authentication>();
        CompletableFuture<Authentication> running = checking.putIfAbsent(hash, mine);
        if (running != null) {
            try {
                return running.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof AuthenticationException refused) {
                    throw refused;
                }
                throw e;
            }
        }
        try {
            Authentication result = verify(credential, hash);
            mine.complete(result);
            return result;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            checking.remove(hash, mine);
        }
    }

    private Authentication verify(String[] credential, String hash) {
        Authentication result = authentication.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(credential[0], credential[1]));
        if (verified.size() >= MAX_REMEMBERED) {
            verified.values().removeIf(v -> v.until().isBefore(clock.instant()));
            if (verified.size() >= MAX_REMEMBERED) {
                verified.clear();
            }
        }
        verified.put(hash, new Verified(result, clock.instant().plus(REMEMBERED)));
        return result;
    }

    private String hash(String[] credential) {
        // doFinal resets the Mac for the next use; a Mac per thread spares a provider look-up per request
        return HexFormat.of()
                .formatHex(macs.get().doFinal((credential[0] + ':' + credential[1]).getBytes(StandardCharsets.UTF_8)));
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }

    /** {user, password} of a Basic header, or null (no such header, or not one we can read). */
    private static String[] credential(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded =
                    new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
