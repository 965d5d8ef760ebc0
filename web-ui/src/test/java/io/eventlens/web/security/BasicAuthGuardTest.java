package io.eventlens.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Many requests with one credential at the same moment (the remembered entry has just run out)
 * run the password check once: the others wait for its answer, right or wrong.
 */
class BasicAuthGuardTest {

    private static final int CLIENTS = 20;

    private final AtomicInteger checks = new AtomicInteger();
    private final CountDownLatch release = new CountDownLatch(1);

    /** Counts the checks and holds the first one until the test has every client waiting. */
    private AuthenticationManager slowManager(boolean accept) {
        return request -> {
            checks.incrementAndGet();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (!accept) {
                throw new BadCredentialsException("Bad credentials");
            }
            return UsernamePasswordAuthenticationToken.authenticated(
                    request.getName(), null, AuthorityUtils.createAuthorityList("ROLE_VIEWER"));
        };
    }

    @Test
    void concurrent_requests_with_one_right_credential_check_it_once_and_all_pass() throws Exception {
        BasicAuthGuard guard = new BasicAuthGuard(slowManager(true), Clock.systemUTC());

        List<Outcome> outcomes = runConcurrently(guard, "viewer", "secret");

        assertThat(checks).hasValue(1);
        assertThat(outcomes).hasSize(CLIENTS).allSatisfy(outcome -> {
            assertThat(outcome.status()).isEqualTo(200);
            assertThat(outcome.passedAs()).isEqualTo("viewer");
        });

        // remembered: the next request checks nothing
        assertThat(request(guard, "viewer", "secret").passedAs()).isEqualTo("viewer");
        assertThat(checks).hasValue(1);
    }

    @Test
    void concurrent_requests_with_one_wrong_credential_are_all_refused_and_the_failure_is_not_remembered()
            throws Exception {
        BasicAuthGuard guard = new BasicAuthGuard(slowManager(false), Clock.systemUTC());

        List<Outcome> outcomes = runConcurrently(guard, "viewer", "wrong");

        assertThat(checks).hasValue(1);
        assertThat(outcomes).hasSize(CLIENTS).allSatisfy(outcome -> {
            assertThat(outcome.status()).isEqualTo(401);
            assertThat(outcome.passedAs()).isNull();
        });
        // every refused request counts as a failed attempt: the throttle now answers 429
        Outcome next = request(guard, "viewer", "wrong");
        assertThat(next.status()).isEqualTo(429);
        assertThat(checks).hasValue(1);
    }

    private List<Outcome> runConcurrently(BasicAuthGuard guard, String user, String password) throws Exception {
        List<Outcome> outcomes = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            Thread thread = new Thread(() -> {
                Outcome outcome = request(guard, user, password);
                synchronized (outcomes) {
                    outcomes.add(outcome);
                }
            });
            thread.start();
            threads.add(thread);
        }
        // every client but the checking one (held by the manager, in a timed wait) is parked on the
        // shared answer before the check ends
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (threads.stream()
                                .filter(t -> t.getState() == Thread.State.WAITING)
                                .count()
                        < CLIENTS - 1
                && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        release.countDown();
        for (Thread thread : threads) {
            thread.join(TimeUnit.SECONDS.toMillis(30));
        }
        return outcomes;
    }

    private record Outcome(int status, String passedAs) {}

    private static Outcome request(BasicAuthGuard guard, String user, String password) {
        var request = new MockHttpServletRequest("GET", "/api/catalog");
        request.setRemoteAddr("127.0.0.1");
        request.addHeader(
                "Authorization",
                "Basic "
                        + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        var response = new MockHttpServletResponse();
        String[] passedAs = new String[1];
        try {
            guard.doFilter(request, response, new MockFilterChain() {
                @Override
                public void doFilter(ServletRequest req, ServletResponse res) {
                    passedAs[0] = SecurityContextHolder.getContext()
                            .getAuthentication()
                            .getName();
                }
            });
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            SecurityContextHolder.clearContext();
        }
        return new Outcome(response.getStatus(), passedAs[0]);
    }
}
