package dev.baton.bench.swap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

/** Every slot due before the stop runs exactly once, on its own due time, however few the senders. */
class SwapPacerTest {

    @Test
    void everySlotDueBeforeTheStopRunsOnceAndNoneAfterIt() throws InterruptedException {
        AtomicIntegerArray runs = new AtomicIntegerArray(200);
        long[] dues = new long[200];
        try (SwapPacer pacer = new SwapPacer(2_000, 200)) {
            pacer.start(3, (sender, index, due) -> {
                dues[index] = due;
                runs.incrementAndGet(index);
            });
            pacer.stopAt(pacer.due(60));

            assertThat(pacer.await(TimeUnit.SECONDS.toNanos(30))).isTrue();
            assertThat(pacer.offered()).isEqualTo(60);
            for (int i = 0; i < 200; i++) {
                assertThat(runs.get(i)).as("slot " + i).isEqualTo(i < 60 ? 1 : 0);
            }
            assertThat(dues[59] - dues[0]).isEqualTo(TimeUnit.SECONDS.toNanos(59) / 2_000);
        }
    }

    @Test
    void slotsTheSendersFellBehindOnKeepTheirDueTime() throws InterruptedException {
        // One sender at 1,000 slots a second whose work takes as long as ten slots: it falls behind at once,
        // and each slot still carries the time it was due, not the time it was reached.
        long[] dues = new long[20];
        long[] reached = new long[20];
        try (SwapPacer pacer = new SwapPacer(1_000, 20)) {
            pacer.start(1, (sender, index, due) -> {
                dues[index] = due;
                reached[index] = System.nanoTime();
                long until = reached[index] + TimeUnit.MILLISECONDS.toNanos(10);
                while (System.nanoTime() < until) {
                    Thread.onSpinWait(); // the slot's work
                }
            });
            pacer.stopAt(pacer.due(20));

            assertThat(pacer.await(TimeUnit.SECONDS.toNanos(30))).isTrue();
            assertThat(pacer.offered()).isEqualTo(20);
            for (int i = 0; i < 20; i++) {
                assertThat(dues[i]).isEqualTo(pacer.due(i));
                assertThat(reached[i]).isGreaterThanOrEqualTo(dues[i]);
            }
            assertThat(reached[19] - dues[19])
                    .as("the backlog shows as lateness")
                    .isPositive();
        }
    }

    @Test
    void aStopBeforeTheFirstSlotOffersNothing() throws InterruptedException {
        try (SwapPacer pacer = new SwapPacer(10, 100)) {
            pacer.start(2, (sender, index, due) -> {});
            pacer.stopAt(0);

            assertThat(pacer.await(TimeUnit.SECONDS.toNanos(30))).isTrue();
            assertThat(pacer.offered()).isZero();
        }
    }
}
