package live.mymovie.application.generation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import live.mymovie.domain.job.JobKind;

/** A step limit bounds how many jobs of that step run at once; other steps run freely. */
class StepLimitsTest {

    private static final int WORKERS = 6;

    @Test
    void no_more_jobs_of_a_limited_step_run_at_once_than_its_limit() throws Exception {
        StepLimits limits = StepLimits.of(Map.of(JobKind.ANIMATION, 2));
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();

        runOnEveryWorker(() -> limits.run(JobKind.ANIMATION, () -> {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            Thread.yield();
            running.decrementAndGet();
        }));

        assertTrue(most.get() <= 2, "at most 2 at once, saw " + most.get());
    }

    @Test
    void a_step_without_a_limit_lets_every_worker_in_at_once() throws Exception {
        StepLimits limits = StepLimits.of(Map.of(JobKind.ANIMATION, 1));
        CountDownLatch allInside = new CountDownLatch(WORKERS);
        AtomicInteger sawAll = new AtomicInteger();

        runOnEveryWorker(() -> limits.run(JobKind.PLAN, () -> {
            allInside.countDown();
            if (await(allInside)) {
                sawAll.incrementAndGet();
            }
        }));

        assertTrue(sawAll.get() == WORKERS, "every worker was inside at the same time");
    }

    private static void runOnEveryWorker(Runnable work) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
        for (int i = 0; i < WORKERS; i++) {
            pool.submit(work);
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
    }

    private static boolean await(CountDownLatch latch) {
        try {
            return latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
