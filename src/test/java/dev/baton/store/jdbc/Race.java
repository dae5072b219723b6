package dev.baton.store.jdbc;

import dev.baton.conversation.ConcurrentTurnException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** Starts one thread per contender at the same moment and reports which ones got through. */
final class Race {

    private Race() {}

    /** What {@code action} returned on each of {@code threads} threads started at the same moment. */
    static <R> List<R> counts(int threads, Callable<R> action) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch ready = new CountDownLatch(threads);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<R>> outcomes = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                outcomes.add(pool.submit(() -> {
                    ready.countDown();
                    go.await(30, TimeUnit.SECONDS);
                    return action.call();
                }));
            }
            if (!ready.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("threads did not start");
            }
            go.countDown();
            List<R> results = new ArrayList<>();
            for (Future<R> outcome : outcomes) {
                results.add(outcome.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The contenders whose {@code action} returned; the others must have lost with a ConcurrentTurnException. */
    static <T> List<T> run(List<T> contenders, Consumer<T> action) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(contenders.size());
        try {
            CountDownLatch ready = new CountDownLatch(contenders.size());
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Boolean>> outcomes = new ArrayList<>();
            for (T contender : contenders) {
                outcomes.add(pool.submit(() -> {
                    ready.countDown();
                    go.await(30, TimeUnit.SECONDS);
                    try {
                        action.accept(contender);
                        return true;
                    } catch (ConcurrentTurnException lost) {
                        return false;
                    }
                }));
            }
            if (!ready.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("contenders did not start");
            }
            go.countDown();
            List<T> winners = new ArrayList<>();
            for (int i = 0; i < contenders.size(); i++) {
                if (outcomes.get(i).get(60, TimeUnit.SECONDS)) {
                    winners.add(contenders.get(i));
                }
            }
            return winners;
        } finally {
            pool.shutdownNow();
        }
    }
}
