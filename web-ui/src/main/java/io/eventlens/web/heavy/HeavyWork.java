package io.eventlens.web.heavy;

import io.eventlens.web.config.EventLensProperties;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.async.DeferredResult;

/**
 * Runs heavy requests (a governance check, a compatibility check) on a bounded pool, so that however many
 * arrive, request threads stay free for health, log-in and the pages: a full pool answers at once with
 * {@link HeavyWorkRefusedException} (503 with {@code Retry-After}), and work past its deadline is cancelled
 * (its thread interrupted) and answered the same way. Work started for a web request with {@link #start} is
 * also cancelled when its client goes before the answer is ready.
 */
@Component
public final class HeavyWork implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(HeavyWork.class);

    static final Duration DEADLINE = Duration.ofSeconds(30);

    /** How often a waiting request's connection is looked at. */
    static final Duration WATCH_INTERVAL = Duration.ofMillis(250);

    private final ThreadPoolExecutor pool;
    private final Duration deadline;
    private final AtomicLong abandoned = new AtomicLong();
    private final ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "heavy-work-client-watch");
        thread.setDaemon(true);
        return thread;
    });

    /** The pool {@code eventlens.heavy.*} describes. */
    @Autowired
    public HeavyWork(EventLensProperties properties) {
        this(
                properties.heavy() == null ? 0 : properties.heavy().threads(),
                properties.heavy() == null ? -1 : properties.heavy().waiting(),
                properties.heavy() == null ? DEADLINE : properties.heavy().deadline());
    }

    /**
     * {@code threads} threads (0: as many as cores), {@code waiting} requests waiting (negative: twice as many as
     * cores; 0: none wait) and {@code deadline} for each.
     */
    HeavyWork(int threads, int waiting, Duration deadline) {
        int cores = Runtime.getRuntime().availableProcessors();
        int size = threads > 0 ? threads : cores;
        int queue = waiting >= 0 ? waiting : 2 * cores;
        AtomicInteger number = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(
                size,
                size,
                0,
                TimeUnit.SECONDS,
                queue == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(queue),
                runnable -> {
                    Thread thread = new Thread(runnable, "heavy-work-" + number.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        this.deadline = deadline;
    }

    /**
     * {@code work} started on the pool for a web request that waits for it without holding a request thread
     * (return the {@link DeferredResult} from a controller): its result, or its unchecked exception, is the answer.
     * Past the deadline the work is cancelled and the answer is a {@link HeavyWorkRefusedException}. While it waits
     * or runs, the request's connection is looked at every {@link #WATCH_INTERVAL}: when the client has gone, the
     * work is cancelled (its thread interrupted; work still waiting never starts).
     *
     * @param what names the work in a refusal, e.g. {@code POST /api/governance/check}
     * @throws HeavyWorkRefusedException at once when the pool is full
     */
    public <T> DeferredResult<T> start(String what, HttpServletRequest request, Callable<T> work) {
        DeferredResult<T> answer = new DeferredResult<>(deadline.toMillis());
        ClientWatch watch = new ClientWatch(request);
        Future<?> running = submit(what, () -> {
            try {
                T result = work.call();
                watch.finish(() -> answer.setResult(result));
            } catch (Exception | Error e) { // handed to the request, where the exception handlers answer it
                watch.finish(() -> answer.setErrorResult(e));
            }
            return null;
        });
        answer.onTimeout(() -> watch.finish(() -> {
            cancel(running);
            answer.setErrorResult(pastDeadline(what));
        }));
        answer.onError(e -> watch.finish(() -> cancel(running)));
        ScheduledFuture<?>[] looking = new ScheduledFuture<?>[1];
        looking[0] = watcher.scheduleWithFixedDelay(
                () -> {
                    if (running.isDone()) {
                        looking[0].cancel(false);
                    } else if (watch.clientGone()
                            && watch.finish(() -> {
                                cancel(running);
                                answer.setErrorResult(new HeavyWorkRefusedException(
                                        what + " was cancelled: its client went", Duration.ZERO));
                            })) {
                        abandoned.incrementAndGet();
                        LOG.info("{} cancelled: its client went before the answer", what);
                        looking[0].cancel(false);
                    }
                },
                WATCH_INTERVAL.toMillis(),
                WATCH_INTERVAL.toMillis(),
                TimeUnit.MILLISECONDS);
        answer.onCompletion(() -> looking[0].cancel(false));
        return answer;
    }

    /** Heavy work being done now. */
    public int active() {
        return pool.getActiveCount();
    }

    /** Heavy work waiting for a thread now. */
    public int waiting() {
        return pool.getQueue().size();
    }

    /** Started work cancelled because its client went, since start. */
    public long abandoned() {
        return abandoned.get();
    }

    /**
     * {@code work}'s result; its unchecked exceptions as thrown.
     *
     * @param what names the work in a refusal, e.g. {@code POST /api/governance/check}
     */
    public <T> T run(String what, Callable<T> work) {
        Future<T> result = submit(what, work);
        try {
            return result.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            cancel(result);
            throw pastDeadline(what);
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

    /** {@code work} queued on the pool, without a deadline (the callers above add one). */
    <T> Future<T> submit(String what, Callable<T> work) {
        try {
            return pool.submit(work);
        } catch (RejectedExecutionException e) {
            throw new HeavyWorkRefusedException(
                    what + " is refused: " + pool.getMaximumPoolSize() + " heavy requests run and "
                            + pool.getQueue().size() + " wait already; try again shortly",
                    Duration.ofSeconds(5));
        }
    }

    /** Interrupts running work; work still waiting leaves the queue at once, its place free for the next. */
    private void cancel(Future<?> work) {
        work.cancel(true);
        pool.purge();
    }

    private HeavyWorkRefusedException pastDeadline(String what) {
        return new HeavyWorkRefusedException(
                what + " took longer than its deadline of " + deadline.toMillis() + " ms and was stopped", deadline);
    }

    @Override
    public void destroy() {
        watcher.shutdownNow();
        pool.shutdownNow();
    }
}
