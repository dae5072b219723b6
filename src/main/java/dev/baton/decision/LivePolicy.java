package dev.baton.decision;

import dev.baton.faq.FaqCorpus;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The policy Baton answers with now, swapped whole when the support team publishes: a turn reads it once
 * and decides with that one, so no turn is ever answered by a half-loaded model and none waits for a swap.
 * Swaps are ordered by the store's live sequence, so an instance that hears of two changes out of order
 * keeps the later one.
 */
public final class LivePolicy implements Supplier<DecisionPolicy> {

    /**
     * One published version, loaded.
     *
     * @param version  the published version's number (0: the corpus and model Baton started with)
     * @param sequence how many times the live version has changed in the store; later swaps have larger ones
     */
    public record Live(DecisionPolicy policy, FaqCorpus corpus, long version, long sequence, Instant since) {
        public Live {
            Objects.requireNonNull(policy, "policy");
            Objects.requireNonNull(corpus, "corpus");
            Objects.requireNonNull(since, "since");
        }
    }

    private final AtomicReference<Live> live;

    public LivePolicy(Live first) {
        this.live = new AtomicReference<>(Objects.requireNonNull(first, "first"));
    }

    /** A policy that is never swapped: tests and tools that decide with one model. */
    public static LivePolicy fixed(DecisionPolicy policy, FaqCorpus corpus) {
        return new LivePolicy(new Live(policy, corpus, 0, 0, Instant.EPOCH));
    }

    public Live current() {
        return live.get();
    }

    @Override
    public DecisionPolicy get() {
        return live.get().policy();
    }

    /** The corpus of the live version: what agents' canned answers are taken from. */
    public FaqCorpus corpus() {
        return live.get().corpus();
    }

    /**
     * Makes {@code next} live unless a later change is live already.
     *
     * @return whether {@code next} is live now
     */
    public boolean swap(Live next) {
        Objects.requireNonNull(next, "next");
        Live before = live.getAndUpdate(now -> next.sequence() > now.sequence() ? next : now);
        return next.sequence() > before.sequence();
    }
}
