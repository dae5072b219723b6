package dev.baton.knowledge;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.baton.faq.CorpusException;
import dev.baton.faq.FaqCorpus;

/**
 * The one draft the editors share, and the policies trained for drafts: the last two are kept by corpus hash,
 * so "try it" after an edit trains once and a publish right after reuses that training.
 */
public final class Drafts {

    private final LiveKnowledge live;
    private final Cache<String, PolicyBuilder.Built> built =
            Caffeine.newBuilder().maximumSize(2).build();

    public Drafts(LiveKnowledge live) {
        this.live = live;
    }

    /** The draft; before anyone has edited, the live version's files at revision 0. */
    public Draft current() {
        return live.store()
                .draft()
                .orElseGet(() -> new Draft(0, live.current().version(), live.files(), live.now(), null));
    }

    /**
     * Saves {@code files} as the draft if they load as a corpus, with the loader's own checks.
     *
     * @throws KnowledgeException {@code invalid_entry} naming what is wrong, {@code stale_draft}
     */
    public Draft save(long revision, long base, CorpusFiles files, String agentId) {
        check(files);
        return live.store().saveDraft(revision, base, files, agentId, live.now());
    }

    /** Saves over the current draft, which must still be at {@code revision}. */
    public Draft save(long revision, CorpusFiles files, String agentId) {
        Draft draft = current();
        if (draft.revision() != revision) {
            throw stale(revision, draft.revision());
        }
        return save(revision, draft.base(), files, agentId);
    }

    static KnowledgeException stale(long sent, long current) {
        return new KnowledgeException(
                "stale_draft",
                "the draft has changed since revision " + sent + " (it is at " + current
                        + "): reload it and edit again");
    }

    /** The corpus the files make, or {@code invalid_entry} with the loader's message. */
    public static FaqCorpus check(CorpusFiles files) {
        try {
            return files.load("draft");
        } catch (CorpusException e) {
            throw new KnowledgeException("invalid_entry", e.getMessage());
        }
    }

    /** The policy for {@code files}: the live one when they are the live corpus, else trained (and kept). */
    public PolicyBuilder.Built policy(CorpusFiles files) {
        FaqCorpus corpus = check(files);
        var now = live.current();
        if (corpus.hash().equals(now.corpus().hash())) {
            return new PolicyBuilder.Built(now.policy(), now.corpus(), null, null);
        }
        return built.get(corpus.hash(), hash -> live.builder().train(corpus));
    }
}
