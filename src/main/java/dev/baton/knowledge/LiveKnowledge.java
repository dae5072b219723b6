package dev.baton.knowledge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.decision.LivePolicy;
import dev.baton.faq.FaqCorpus;
import dev.baton.training.ModelCard;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps this instance answering with the version the store says is live: records the shipped corpus and
 * model as a version the first time, loads the live version at start, and swaps in whatever another instance
 * (or this one) makes live later. The new policy is built whole before the swap, and a turn reads the policy
 * once, so no turn is answered by a half-loaded model.
 */
public final class LiveKnowledge {

    private static final Logger LOG = LoggerFactory.getLogger(LiveKnowledge.class);
    /** The author of versions that came with a release rather than from the editor. */
    public static final String SHIPPED = "shipped";

    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private final KnowledgeStore store;
    private final PolicyBuilder builder;
    private final LivePolicy live;
    private final Clock clock;
    private volatile CorpusFiles liveFiles;

    public LiveKnowledge(KnowledgeStore store, PolicyBuilder builder, LivePolicy live, Clock clock) {
        this.store = store;
        this.builder = builder;
        this.live = live;
        this.clock = clock;
    }

    /**
     * Records the release's corpus and model as a version unless the store has it, makes it live when nothing
     * the editors published is live, then loads whatever is live. Instances starting together may race to
     * record it: the loser finds the winner's version.
     *
     * @param shipped the corpus Baton was started with (the policy {@link #live} holds now)
     * @param model   the release's model, read only when it is recorded (3 MB: not on every start)
     */
    public void start(CorpusFiles shipped, FaqCorpus corpus, Supplier<byte[]> model, ModelCard card) {
        this.liveFiles = shipped;
        if (store.versionWithHash(corpus.hash()).isEmpty()) {
            Optional<LivePointer> pointer = store.live();
            boolean takeOver = pointer.isEmpty()
                    || store.version(pointer.get().version())
                            .map(v -> v.author().equals(SHIPPED))
                            .orElse(true);
            try {
                store.addVersion(
                        new NewVersion(
                                SHIPPED,
                                "the corpus and model of this release",
                                shipped,
                                corpus.hash(),
                                model.get(),
                                json(card),
                                null,
                                "[]"),
                        takeOver,
                        clock.instant());
            } catch (RuntimeException e) {
                if (store.versionWithHash(corpus.hash()).isEmpty()) {
                    throw e;
                }
            }
            if (!takeOver) {
                LOG.warn("this release's corpus is kept as a version but the editors' published version stays live;"
                        + " roll back to it in the knowledge editor to use it");
            }
        }
        refresh();
    }

    /** Swaps in the store's live version if it is newer than this instance's; returns whether it did. */
    public synchronized boolean refresh() {
        Optional<LivePointer> pointer = store.live();
        if (pointer.isEmpty() || pointer.get().sequence() <= live.current().sequence()) {
            return false;
        }
        LivePointer p = pointer.get();
        Version version = store.version(p.version())
                .orElseThrow(() -> new IllegalStateException("the live version " + p.version() + " is not stored"));
        PolicyBuilder.Built built;
        // The stored hash is its files' (it was computed from them when they were stored): the same knowledge
        // is taken as it is, without reading the corpus again, as at every start.
        if (version.corpusHash().equals(live.corpus().hash())) {
            built = new PolicyBuilder.Built(live.get(), live.corpus(), null, null);
        } else {
            FaqCorpus corpus = version.files().load("version " + version.number());
            byte[] model = store.model(p.version())
                    .orElseThrow(() -> new IllegalStateException("version " + p.version() + " has no model"));
            built = builder.load(corpus, model, card(version.card()));
        }
        return swap(built, version.files(), p);
    }

    /** Makes a policy built here live at once (the store has recorded it as {@code pointer} already). */
    synchronized boolean swap(PolicyBuilder.Built built, CorpusFiles files, LivePointer pointer) {
        boolean swapped = live.swap(new LivePolicy.Live(
                built.policy(), built.corpus(), pointer.version(), pointer.sequence(), pointer.since()));
        if (swapped) {
            liveFiles = files;
            LOG.info("now answering with knowledge version {}", pointer.version());
        }
        return swapped;
    }

    public LivePolicy.Live current() {
        return live.current();
    }

    /** The live version's files: what a fresh draft starts from. */
    public CorpusFiles files() {
        return liveFiles;
    }

    public PolicyBuilder builder() {
        return builder;
    }

    public KnowledgeStore store() {
        return store;
    }

    Instant now() {
        return clock.instant();
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static ModelCard card(String json) {
        try {
            return JSON.readValue(json, ModelCard.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored model card does not read: " + e.getOriginalMessage(), e);
        }
    }
}
