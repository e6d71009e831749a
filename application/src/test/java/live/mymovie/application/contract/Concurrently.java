package live.mymovie.application.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;

/** Starts many calls at the same moment on their own threads, for the concurrency contracts. */
public final class Concurrently {

    private Concurrently() {
    }

    /** Runs the task once per index, all released together, and waits for every one. */
    public static void run(int count, IntConsumer task) throws Exception {
        call(count, count, i -> {
            task.accept(i);
            return null;
        });
    }

    /** Calls the task once per index on at most {@code threads} threads; answers in order. */
    public static <T> List<T> call(int count, int threads, IntFunction<T> task)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<T>> calls = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                calls.add(CompletableFuture.supplyAsync(() -> {
                    awaitQuietly(start);
                    return task.apply(index);
                }, pool));
            }
            start.countDown();
            CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get();
            return calls.stream().map(CompletableFuture::join).toList();
        } finally {
            pool.shutdownNow();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
