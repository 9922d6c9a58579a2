package org.zhextract.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Applies a function to a stream of items on a fixed number of threads and hands the results to
 * a consumer one at a time, in the order of the items, on the calling thread. At most
 * {@code window} items are in flight (taken from the iterator but not yet consumed), so memory
 * does not grow with the number of items, and the items are pulled lazily: a folder walk behind
 * the iterator runs only as far ahead as the window.
 *
 * <p>Because results are consumed in item order, whatever the thread count, a consumer that
 * writes them produces the same bytes with 1 thread as with 16.
 */
final class OrderedParallelRunner {

    /** Stack size of worker threads: deep HTML and HanLP's recursion need more than the default. */
    private static final long WORKER_STACK_BYTES = 16L << 20;

    private final int threads;
    private final int window;

    OrderedParallelRunner(int threads, int window) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        if (window < threads) {
            throw new IllegalArgumentException("window must be at least the thread count: " + window);
        }
        this.threads = threads;
        this.window = window;
    }

    /** A runner whose window keeps every thread busy while a slow item holds up the head. */
    static OrderedParallelRunner withThreads(int threads) {
        return new OrderedParallelRunner(threads, threads * 16);
    }

    /**
     * Runs {@code work} over every item and gives each result to {@code consumer} in item order.
     * {@code work} should turn its own failures into results; anything it throws ends the run.
     */
    <T, R> void run(Iterator<T> items, Function<? super T, ? extends R> work, Consumer<? super R> consumer)
            throws InterruptedException {
        Objects.requireNonNull(items, "items");
        Objects.requireNonNull(work, "work");
        Objects.requireNonNull(consumer, "consumer");
        ExecutorService pool = Executors.newFixedThreadPool(threads, workerThreads());
        try {
            Deque<Future<? extends R>> inFlight = new ArrayDeque<>(window);
            while (items.hasNext()) {
                if (inFlight.size() >= window) {
                    consumer.accept(await(inFlight.removeFirst()));
                }
                T item = items.next();
                inFlight.addLast(pool.submit(() -> work.apply(item)));
            }
            while (!inFlight.isEmpty()) {
                consumer.accept(await(inFlight.removeFirst()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <R> R await(Future<R> future) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    private static ThreadFactory workerThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(null, task, "zhextract-worker-" + count.incrementAndGet(), WORKER_STACK_BYTES);
            thread.setDaemon(true);
            return thread;
        };
    }
}
