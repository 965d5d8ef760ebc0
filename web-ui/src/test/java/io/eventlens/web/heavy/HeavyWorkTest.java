package io.eventlens.web.heavy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HeavyWorkTest {

    private HeavyWork heavy;

    @AfterEach
    void stop() {
        heavy.destroy();
    }

    @Test
    void a_full_pool_refuses_at_once_with_a_retry_after() throws Exception {
        heavy = new HeavyWork(1, 0, Duration.ofMinutes(1));
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> heavy.run("first", () -> {
            running.countDown();
            release.await();
            return "done";
        }));
        assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(() -> heavy.run("POST /api/governance/check", () -> "never"))
                .isInstanceOf(HeavyWorkRefusedException.class)
                .hasMessage("POST /api/governance/check is refused: 1 heavy requests run and 0 wait already;"
                        + " try again shortly")
                .satisfies(e ->
                        assertThat(((HeavyWorkRefusedException) e).retryAfter()).isPositive());
        release.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("done");
    }

    @Test
    void work_past_its_deadline_is_stopped_and_its_thread_interrupted() {
        heavy = new HeavyWork(1, 0, Duration.ofMillis(200));
        AtomicBoolean interrupted = new AtomicBoolean();

        assertThatThrownBy(() -> heavy.run("a slow check", () -> {
                    try {
                        new CountDownLatch(1).await();
                    } catch (InterruptedException e) {
                        interrupted.set(true);
                    }
                    return null;
                }))
                .isInstanceOf(HeavyWorkRefusedException.class)
                .hasMessage("a slow check took longer than its deadline of 200 ms and was stopped");
        await().atMost(Duration.ofSeconds(10)).untilTrue(interrupted);
        assertThat(heavy.run("the next check", () -> "runs")).isEqualTo("runs");
    }

    @Test
    void the_work_s_own_failure_comes_through_as_thrown() {
        heavy = new HeavyWork(1, 1, Duration.ofSeconds(10));

        assertThatThrownBy(() -> heavy.run("a check", () -> {
                    throw new IllegalArgumentException("mode SIDEWAYS is not allowed");
                }))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("mode SIDEWAYS is not allowed");
    }
}
