package dev.baton.bench.swap;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * An open-loop timeline served by a fixed pool of senders: slot {@code i} is due {@code i / rate} seconds after
 * the start, and the next free sender takes it, waits for its due time if that is still ahead, and runs it. A
 * slot that no sender was free for is run late rather than skipped, and its due time stays what it was, so a
 * stalled server shows as latency (coordinated omission would hide it). Slots due at or after the stop are not
 * offered; every slot due before it is run exactly once.
 */
public final class SwapPacer implements AutoCloseable {

    /** One slot's work, run by sender {@code sender}; it records its own outcome and must not throw. */
    public interface Slot {
        void run(int sender, int index, long due);
    }

    private static final long NEVER = Long.MAX_VALUE;
    private static final long PARK_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    private final int rate;
    private final int capacity;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicReference<RuntimeException> failed = new AtomicReference<>();
    private final List<Thread> senders = new ArrayList<>();
    private volatile long stopAt = NEVER;
    private long start;

    /** @param capacity at most this many slots are offered, however late the stop */
    public SwapPacer(int rate, int capacity) {
        this.rate = rate;
        this.capacity = capacity;
    }

    /** Starts {@code threads} senders on a timeline that begins now. */
    public void start(int threads, Slot slot) {
        start = System.nanoTime();
        for (int s = 0; s < threads; s++) {
            int sender = s;
            Thread t = new Thread(() -> send(sender, slot), "open-loop-sender-" + s);
            t.setDaemon(true);
            senders.add(t);
        }
        senders.forEach(Thread::start);
    }

    private void send(int sender, Slot slot) {
        while (true) {
            int index = next.getAndIncrement();
            long due = due(index);
            if (index >= capacity || !awaitDue(due)) {
                return;
            }
            try {
                slot.run(sender, index, due);
            } catch (RuntimeException e) {
                failed.compareAndSet(null, e);
                stopAt(System.nanoTime());
                return;
            }
        }
    }

    /** Waits until {@code due}; false once the stop is at or before it. */
    private boolean awaitDue(long due) {
        while (due < stopAt) {
            long wait = due - System.nanoTime();
            if (wait <= 0) {
                return true;
            }
            LockSupport.parkNanos(Math.min(wait, PARK_NANOS));
        }
        return false;
    }

    public long due(int index) {
        return start + index * TimeUnit.SECONDS.toNanos(1) / rate;
    }

    /** Offers no slot due at or after {@code nanos}; the first stop holds. */
    public synchronized void stopAt(long nanos) {
        if (stopAt == NEVER) {
            stopAt = Math.max(nanos, start);
        }
    }

    /** How many slots are due before the stop (all of them, once it is set): the turns offered. */
    public int offered() {
        long stop = stopAt;
        if (stop == NEVER) {
            throw new IllegalStateException("the run has not been stopped");
        }
        long span = stop - start;
        long count = (span * rate + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1);
        return (int) Math.min(capacity, count);
    }

    /** Waits up to {@code nanos} for every sender to finish; returns whether they all did. */
    public boolean await(long nanos) throws InterruptedException {
        long deadline = System.nanoTime() + nanos;
        for (Thread t : senders) {
            long left = deadline - System.nanoTime();
            if (left > 0) {
                TimeUnit.NANOSECONDS.timedJoin(t, left);
            }
        }
        if (failed.get() != null) {
            throw failed.get();
        }
        return senders.stream().noneMatch(Thread::isAlive);
    }

    @Override
    public void close() {
        stopAt(System.nanoTime());
        senders.forEach(Thread::interrupt);
    }
}
