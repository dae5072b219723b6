package dev.baton.bench.handoff;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * An open-loop schedule: starts tasks at a fixed rate, each on a pooled thread of its own, so a slow one
 * never holds back the next. The clock thread only hands tasks over; they block on their requests.
 */
final class HandoffPacer implements AutoCloseable {

    /** One slot's work: its index and the {@link System#nanoTime()} it was due at. It records its own failures. */
    interface Slot {
        void run(int index, long due) throws InterruptedException;
    }

    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(daemons("clock"));
    private final ExecutorService workers = Executors.newCachedThreadPool(daemons("user"));

    /**
     * Runs {@code count} slots at {@code rate} a second from now and waits until they are all done or
     * {@code graceNanos} after the last one was due; returns how many had not finished by then. A slot that
     * throws does not stop the others; the first such exception is thrown once they are done.
     */
    int run(int count, int rate, Slot slot, long graceNanos) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(count);
        AtomicReference<RuntimeException> failed = new AtomicReference<>();
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        long start = System.nanoTime() + interval;
        for (int i = 0; i < count; i++) {
            int index = i;
            long due = start + i * interval;
            clock.schedule(
                    () -> workers.execute(() -> {
                        try {
                            slot.run(index, due);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        } catch (RuntimeException e) {
                            failed.compareAndSet(null, e);
                        } finally {
                            done.countDown();
                        }
                    }),
                    due - System.nanoTime(),
                    TimeUnit.NANOSECONDS);
        }
        long last = start + (count - 1) * interval;
        done.await(Math.max(0, last + graceNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
        if (failed.get() != null) {
            throw failed.get();
        }
        return (int) done.getCount();
    }

    @Override
    public void close() {
        clock.shutdownNow();
        workers.shutdownNow();
    }

    private static ThreadFactory daemons(String role) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "handofflatency-" + role + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
