package dev.baton;

import dev.baton.config.BatonConfig;
import dev.baton.conversation.ConversationStore;
import dev.baton.decision.LivePolicy;
import dev.baton.handoff.AuditLog;
import dev.baton.http.BatonServer;
import dev.baton.knowledge.CorpusFiles;
import dev.baton.knowledge.Drafts;
import dev.baton.knowledge.KnowledgeDesk;
import dev.baton.knowledge.KnowledgeWatch;
import dev.baton.knowledge.LiveKnowledge;
import dev.baton.knowledge.Publisher;
import dev.baton.knowledge.QualityGate;
import dev.baton.store.jdbc.Database;
import dev.baton.store.jdbc.JdbcKnowledgeStore;
import dev.baton.store.jdbc.JdbcTicketStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Executors;

/**
 * The knowledge editor, wired: the live policy every turn reads, the store of drafts and versions, the
 * publisher with its quality gate, and the watch that brings other instances' publishes here. Wiring only.
 */
record Knowledge(LivePolicy live, KnowledgeDesk desk, Publisher publisher, KnowledgeWatch watch, LearningLoop learning)
        implements AutoCloseable {

    /**
     * Records the release's corpus and model in the store if they are new there, and starts answering with
     * whatever version the store says is live.
     */
    static Knowledge wire(
            BatonConfig config,
            Understanding understanding,
            Database database,
            ConversationStore conversations,
            JdbcTicketStore tickets,
            Clock clock) {
        AuditLog audit = tickets;
        Path corpusDir = config.nlu().corpusDir();
        LivePolicy live = LivePolicy.fixed(understanding.policy(), understanding.corpus());
        LiveKnowledge knowledge =
                new LiveKnowledge(new JdbcKnowledgeStore(database), understanding.builder(), live, clock);
        knowledge.start(
                CorpusFiles.read(corpusDir),
                understanding.corpus(),
                () -> Understanding.shippedModel(config.nlu().modelsDir()),
                understanding.card());
        Drafts drafts = new Drafts(knowledge);
        QualityGate gate = new QualityGate(
                QualityGate.read(corpusDir.resolve("eval")), config.knowledge().gateMargin());
        Publisher publisher = new Publisher(
                knowledge,
                drafts,
                gate,
                audit,
                Executors.newSingleThreadExecutor(App.daemon("baton-knowledge-publish")));
        KnowledgeWatch watch = new KnowledgeWatch(
                knowledge,
                config.knowledge().poll(),
                Executors.newSingleThreadScheduledExecutor(App.daemon("baton-knowledge-watch")));
        LearningLoop learning =
                LearningLoop.wire(config.learning(), understanding, database, conversations, tickets, live, clock);
        return new Knowledge(live, new KnowledgeDesk(knowledge, drafts, audit), publisher, watch, learning);
    }

    /** The knowledge editor's endpoints. */
    BatonServer.Knowledge editor() {
        return new BatonServer.Knowledge(desk, publisher);
    }

    /** The learning loop's endpoints, whose accepted messages go into the editor's draft. */
    BatonServer.Learning suggestions() {
        return learning.part(desk);
    }

    /** Starts looking for versions published elsewhere, and forgetting old suggestions. */
    void start() {
        watch.start();
        learning.retention().start();
    }

    @Override
    public void close() {
        watch.close();
        learning.retention().close();
    }
}
