package dev.baton;

import dev.baton.config.LearningConfig;
import dev.baton.conversation.ConversationStore;
import dev.baton.decision.LivePolicy;
import dev.baton.handoff.TicketStore;
import dev.baton.http.BatonServer;
import dev.baton.knowledge.KnowledgeDesk;
import dev.baton.learning.ExampleSink;
import dev.baton.learning.LearningRetention;
import dev.baton.learning.MessageGrouping;
import dev.baton.learning.Suggestions;
import dev.baton.nlu.IcuTextNormalizer;
import dev.baton.nlu.LuceneTokenizer;
import dev.baton.nlu.OnnxSentenceEncoder;
import dev.baton.nlu.ScriptLanguageDetector;
import dev.baton.nlu.SentenceEncoder;
import dev.baton.store.jdbc.Database;
import dev.baton.store.jdbc.JdbcLearningStore;
import java.time.Clock;
import java.util.concurrent.Executors;

/**
 * The learning loop, wired: the suggestions editors see, grouped with the sentence encoder the second opinion
 * already holds, accepted into the knowledge editor's draft, and the sweep that forgets kept messages after
 * the retention. Capture itself is the conversation service's ({@code BATON_LEARNING}). Wiring only.
 */
record LearningLoop(Suggestions suggestions, LearningRetention retention) {

    static LearningLoop wire(
            LearningConfig config,
            Understanding understanding,
            Database database,
            ConversationStore conversations,
            TicketStore tickets,
            LivePolicy live,
            Clock clock) {
        JdbcLearningStore store = new JdbcLearningStore(database);
        SentenceEncoder encoder = understanding.builder().encoder();
        MessageGrouping grouping = MessageGrouping.standard(
                new IcuTextNormalizer(new ScriptLanguageDetector()),
                new LuceneTokenizer(),
                encoder != null ? encoder : OnnxSentenceEncoder.load());
        Suggestions suggestions = new Suggestions(
                store,
                grouping,
                conversations,
                tickets,
                id -> live.corpus().entry(id).isPresent(),
                clock);
        LearningRetention retention = new LearningRetention(
                store,
                config.retention(),
                clock,
                Executors.newSingleThreadScheduledExecutor(App.daemon("baton-learning-retention")));
        return new LearningLoop(suggestions, retention);
    }

    /** The server's part: the suggestions, accepted into {@code desk}'s draft. */
    BatonServer.Learning part(KnowledgeDesk desk) {
        return new BatonServer.Learning(suggestions, draft(desk));
    }

    /** The knowledge editor's draft as the place accepted messages go: examples of one of its entries. */
    static ExampleSink draft(KnowledgeDesk desk) {
        return (revision, entryId, examples, agentId) -> Math.toIntExact(desk.addExamples(
                        agentId,
                        revision,
                        entryId,
                        examples.stream()
                                .map(e -> new KnowledgeDesk.NewExample(e.text(), "zh".equals(e.language())))
                                .toList())
                .revision());
    }
}
