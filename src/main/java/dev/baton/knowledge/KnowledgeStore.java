package dev.baton.knowledge;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where what Baton knows is kept, shared by every instance on one database: the one draft the editors work
 * on, every published version with the model trained for it, which version is live, and the publishes in
 * progress.
 */
public interface KnowledgeStore {

    /** The draft, if anyone has edited since the store began. */
    Optional<Draft> draft();

    /**
     * Replaces the draft if its revision is still {@code expectedRevision} (0: there is no draft yet).
     *
     * @throws KnowledgeException {@code stale_draft} when someone else saved first
     */
    Draft saveDraft(long expectedRevision, long base, CorpusFiles files, String agentId, Instant now);

    /** Adds a version numbered one past the newest, and makes it live in the same transaction if asked. */
    Version addVersion(NewVersion version, boolean makeLive, Instant now);

    Optional<Version> version(long number);

    /** The model trained for a version (OpenNLP's own format). */
    Optional<byte[]> model(long number);

    /** Every version, newest first. */
    List<Version> versions();

    /** The number of the version with this corpus hash, if one was published. */
    Optional<Long> versionWithHash(String corpusHash);

    /** The live version, once one is recorded. */
    Optional<LivePointer> live();

    /**
     * Makes a recorded version live and counts the change.
     *
     * @throws KnowledgeException {@code unknown_version}
     */
    LivePointer makeLive(long number, Instant now);

    /** Records a publish that has begun. */
    Publish startPublish(String author, String note, Instant now);

    /** Records how far a publish has got. */
    void updatePublish(Publish publish);

    Optional<Publish> publish(long id);
}
