package dev.baton.knowledge;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.baton.handoff.Actor;
import dev.baton.handoff.AuditEntry;
import dev.baton.handoff.AuditLog;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the draft: trains it in the background, runs the {@link QualityGate}, and only if the gate passes
 * records it as a version and makes it live, here at once and on the other instances as they see the store
 * change. Also rolls back to any version, which is live again without training (its model is kept). Every
 * step is in the audit log.
 */
public final class Publisher {

    private static final Logger LOG = LoggerFactory.getLogger(Publisher.class);
    /** A publish not finished this long after it began is taken for one whose instance stopped. */
    static final java.time.Duration ABANDONED_AFTER = java.time.Duration.ofMinutes(30);

    private final LiveKnowledge live;
    private final Drafts drafts;
    private final QualityGate gate;
    private final AuditLog audit;
    private final Executor executor;
    private final AtomicBoolean running = new AtomicBoolean();

    public Publisher(LiveKnowledge live, Drafts drafts, QualityGate gate, AuditLog audit, Executor executor) {
        this.live = live;
        this.drafts = drafts;
        this.gate = gate;
        this.audit = audit;
        this.executor = executor;
    }

    /**
     * Starts publishing the draft at {@code revision}; the returned publish is followed with {@link #publish(long)}.
     *
     * @throws KnowledgeException {@code stale_draft}, {@code nothing_to_publish}, or {@code publish_running} while
     *     another publish runs here
     */
    public Publish publish(Actor editor, long revision, String note) {
        Draft draft = drafts.current();
        if (draft.revision() != revision) {
            throw Drafts.stale(revision, draft.revision());
        }
        if (Drafts.check(draft.files()).hash().equals(live.current().corpus().hash())) {
            throw new KnowledgeException("nothing_to_publish", "the draft is the live version: change something first");
        }
        if (!running.compareAndSet(false, true)) {
            throw new KnowledgeException("publish_running", "a publish is running; wait for its result");
        }
        try {
            Publish started = live.store().startPublish(editor.id(), note, live.now());
            audit.record(entry(editor.id(), "knowledge.publish", "publish " + started.id() + ": " + note));
            executor.execute(() -> run(started, draft, editor));
            return started;
        } catch (RuntimeException e) {
            running.set(false);
            throw e;
        }
    }

    private void run(Publish publish, Draft draft, Actor editor) {
        try {
            var before = live.current();
            PolicyBuilder.Built built = drafts.policy(draft.files());
            publish = publish.withState(Publish.State.CHECKING, null);
            live.store().updatePublish(publish);
            QualityGate.Report report = gate.check(before.policy(), built.policy(), built.corpus());
            String reportJson = LiveKnowledge.json(report);
            if (!report.passed()) {
                live.store().updatePublish(publish.refused(reportJson, live.now()));
                audit.record(entry(
                        editor.id(),
                        "knowledge.refused",
                        "publish " + publish.id() + ": " + String.join("; ", report.reasons())));
                return;
            }
            if (built.model() == null) {
                throw new KnowledgeException("nothing_to_publish", "the draft became the live version meanwhile");
            }
            List<Changes.Change> changes = Changes.between(live.files(), draft.files());
            Version version = live.store()
                    .addVersion(
                            new NewVersion(
                                    editor.id(),
                                    publish.note(),
                                    draft.files(),
                                    built.corpus().hash(),
                                    built.model(),
                                    LiveKnowledge.json(built.card()),
                                    reportJson,
                                    LiveKnowledge.json(changes)),
                            true,
                            live.now());
            LivePointer pointer = live.store().live().orElseThrow();
            if (pointer.version() == version.number()) {
                live.swap(built, draft.files(), pointer);
            }
            live.store().updatePublish(publish.published(version.number(), reportJson, live.now()));
            audit.record(entry(editor.id(), "knowledge.live", "version " + version.number() + " published"));
        } catch (RuntimeException | OutOfMemoryError e) {
            // Out of memory is the one Error worth surviving here: training a draft beside the live model needs
            // about 300 MB of heap more than serving does, and the live model is untouched by the failure.
            String why = e instanceof OutOfMemoryError
                    ? "the server ran out of memory training the draft; give it a larger heap (-Xmx512m or more)"
                    : e.getMessage();
            LOG.warn("publish {} failed", publish.id(), e);
            live.store().updatePublish(publish.failed(why, live.now()));
            audit.record(entry(editor.id(), "knowledge.failed", "publish " + publish.id() + ": " + why));
        } finally {
            running.set(false);
        }
    }

    /**
     * A publish as far as it has got. One unfinished long after any publish finishes (training and the gate take
     * well under a minute) was running on an instance that stopped: it is reported, and recorded, as failed.
     */
    public Publish publish(long id) {
        Publish p = live.store()
                .publish(id)
                .orElseThrow(() -> new KnowledgeException("unknown_publish", "no publish " + id));
        if (!p.state().finished() && p.startedAt().plus(ABANDONED_AFTER).isBefore(live.now())) {
            Publish failed = p.failed("the instance running this publish stopped before it finished", live.now());
            live.store().updatePublish(failed);
            return failed;
        }
        return p;
    }

    public List<Version> versions() {
        return live.store().versions();
    }

    public Version version(long number) {
        return live.store()
                .version(number)
                .orElseThrow(() -> new KnowledgeException("unknown_version", "no version " + number));
    }

    /** The changes a version made, as recorded when it was published. */
    public List<Changes.Change> changes(Version version) {
        try {
            return LiveKnowledge.JSON.readValue(version.changes(), new TypeReference<List<Changes.Change>>() {});
        } catch (java.io.IOException e) {
            return List.of();
        }
    }

    public Optional<QualityGate.Report> gate(String json) {
        try {
            return json == null
                    ? Optional.empty()
                    : Optional.of(LiveKnowledge.JSON.readValue(json, QualityGate.Report.class));
        } catch (java.io.IOException e) {
            return Optional.empty();
        }
    }

    /** Makes version {@code number} live again at once, here and then everywhere, and resets the draft to it. */
    public LivePointer rollback(Actor editor, long number) {
        Version version = version(number);
        LivePointer pointer = live.store().makeLive(number, live.now());
        live.refresh();
        Draft draft = drafts.current();
        live.store().saveDraft(draft.revision(), number, version.files(), editor.id(), live.now());
        audit.record(entry(editor.id(), "knowledge.rollback", "version " + number + " is live again"));
        return pointer;
    }

    private AuditEntry entry(String agentId, String action, String detail) {
        String cut = detail.length() > 1_000 ? detail.substring(0, 999) + "…" : detail;
        return new AuditEntry(live.now(), agentId, action, null, null, cut);
    }
}
