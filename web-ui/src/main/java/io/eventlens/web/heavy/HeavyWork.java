package io.eventlens.web.heavy;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Runs heavy requests (a governance check, a compatibility check) on a bounded pool, so that however many
 * arrive, request threads stay free for health, log-in and the pages: a full pool answers at once with
 * {@link HeavyWorkRefusedException} (503 with {@code Retry-After}), and work past its deadline is cancelled
 * (its thread interrupted) and answered the same way.
 */
@Component
public final class HeavyWork implements DisposableBean {

    static final Duration DEADLINE = Duration.ofSeconds(30);

    private final ThreadPoolExecutor pool;
    private final Duration deadline;

    /** As many threads as cores, twice as many waiting, {@link #DEADLINE} each. */
    public HeavyWork() {
        this(
                Math.max(1, Runtime.getRuntime().availableProcessors()),
                2 * Runtime.getRuntime().availableProcessors(),
                DEADLINE);
    }

    HeavyWork(int threads, int waiting, Duration deadline) {
        AtomicInteger number = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(
                threads,
                threads,
                0,
                TimeUnit.SECONDS,
                waiting == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(waiting),
                runnable -> {
                    Thread thread = new Thread(runnable, "heavy-work-" + number.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        this.deadline = deadline;
    }

    /**
     * {@code work}'s result; its unchecked exceptions as thrown.
     *
     * @param what names the work in a refusal, e.g. {@code POST /api/governance/check}
     */
    public <T> T run(String what, Callable<T> work) {
        Future<T> result;
        try {
            result = pool.submit(work);
        } catch (RejectedExecutionException e) {
            throw new HeavyWorkRefusedException(
                    what + " is refused: " + pool.getMaximumPoolSize() + " heavy requests run and "
                            + pool.getQueue().size() + " wait already; try again shortly",
                    Duration.ofSeconds(5));
        }
        try {
            return result.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            throw new HeavyWorkRefusedException(
                    what + " took longer than its deadline of " + deadline.toMillis() + " ms and was stopped",
                    deadline);
        } catch (InterruptedException e) {
            result.cancel(true);
            Thread.currentThread().interrupt();
            throw new HeavyWorkRefusedException(what + " was cancelled: the request thread was interrupted", deadline);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(what + " failed: " + e.getCause(), e.getCause());
        }
    }

    @Override
    public void destroy() {
        pool.shutdownNow();
    }
}
