package dev.baton.knowledge;

import dev.baton.decision.DecisionPolicy;
import dev.baton.decision.Outcome;
import dev.baton.faq.Examples;
import dev.baton.faq.FaqCorpus;
import dev.baton.faq.FaqEntry;
import dev.baton.faq.Kind;
import dev.baton.handoff.Actor;
import dev.baton.handoff.AuditEntry;
import dev.baton.handoff.AuditLog;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an editor does to the draft: read and search entries, save, add and retire them, edit synonyms, see
 * and discard the changes, import a corpus, take suggested examples, and try a message on the draft beside
 * the live version. Every change is checked as the YAML loader checks the repository's files, and audited.
 */
public final class KnowledgeDesk {

    /** Ids are file names too: lowercase words joined by hyphens. */
    static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final LiveKnowledge live;
    private final Drafts drafts;
    private final AuditLog audit;

    public KnowledgeDesk(LiveKnowledge live, Drafts drafts, AuditLog audit) {
        this.live = live;
        this.drafts = drafts;
        this.audit = audit;
    }

    /** An entry of the draft, and whether it differs from the live version's. */
    public record DraftEntry(FaqEntry entry, boolean changed) {}

    public Draft draft() {
        return drafts.current();
    }

    /** The draft's entries whose id, titles, answers or examples contain {@code query}, of {@code kind} if given. */
    public List<DraftEntry> entries(String query, Kind kind) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        FaqCorpus liveCorpus = live.current().corpus();
        return Drafts.check(draft().files()).entries().stream()
                .filter(e -> kind == null || e.kind() == kind)
                .filter(e -> q.isEmpty() || matches(e, q))
                .map(e -> new DraftEntry(
                        e, !liveCorpus.entry(e.id()).map(e::equals).orElse(false)))
                .toList();
    }

    public DraftEntry entry(String id) {
        FaqEntry entry = Drafts.check(draft().files())
                .entry(id)
                .orElseThrow(() -> new KnowledgeException("unknown_entry", "no entry '" + id + "' in the draft"));
        return new DraftEntry(
                entry, !live.current().corpus().entry(id).map(entry::equals).orElse(false));
    }

    /**
     * Saves {@code entry} into the draft at {@code revision}: a new one when {@code create}, else over the entry of
     * its id.
     */
    public Draft save(Actor editor, long revision, FaqEntry entry, boolean create) {
        if (!ID.matcher(entry.id()).matches() || entry.id().length() > 80) {
            throw new KnowledgeException(
                    "invalid_entry",
                    "id '" + entry.id() + "': lowercase letters and digits joined by hyphens, up to 80");
        }
        CorpusFiles files = draft().files();
        boolean exists = files.pathOf(entry.id()).isPresent();
        if (create && exists) {
            throw new KnowledgeException("entry_exists", "an entry '" + entry.id() + "' exists already");
        }
        if (!create && !exists) {
            throw new KnowledgeException("unknown_entry", "no entry '" + entry.id() + "' in the draft");
        }
        Draft saved = drafts.save(revision, files.with(entry), editor.id());
        record(editor, create ? "knowledge.add" : "knowledge.edit", entry.id());
        return saved;
    }

    /** Takes an entry out of the draft; refused while another entry offers it as a follow-up. */
    public Draft retire(Actor editor, long revision, String id) {
        CorpusFiles files = draft().files();
        if (files.pathOf(id).isEmpty()) {
            throw new KnowledgeException("unknown_entry", "no entry '" + id + "' in the draft");
        }
        Draft saved = drafts.save(revision, files.without(id), editor.id());
        record(editor, "knowledge.retire", id);
        return saved;
    }

    public SynonymGroups synonyms() {
        return draft().files().synonyms();
    }

    public Draft saveSynonyms(Actor editor, long revision, SynonymGroups synonyms) {
        Draft saved = drafts.save(revision, draft().files().withSynonyms(synonyms), editor.id());
        record(editor, "knowledge.synonyms", Changes.SYNONYMS);
        return saved;
    }

    /** What the draft changes against the live version. */
    public List<Changes.Change> changes() {
        return Changes.between(live.files(), draft().files());
    }

    /** Resets the draft to the live version. */
    public Draft discard(Actor editor) {
        Draft draft = draft();
        Draft saved = live.store()
                .saveDraft(draft.revision(), live.current().version(), live.files(), editor.id(), live.now());
        record(editor, "knowledge.discard", "draft");
        return saved;
    }

    /** Replaces the draft with an imported corpus (a zip of the {@code faq-corpus/} layout). */
    public Draft importArchive(Actor editor, long revision, byte[] archive) {
        CorpusFiles files = CorpusFiles.unzip(archive);
        try {
            Drafts.check(files);
        } catch (KnowledgeException e) {
            throw new KnowledgeException("invalid_corpus", e.getMessage());
        }
        Draft saved = drafts.save(revision, files, editor.id());
        record(editor, "knowledge.import", files.asMap().size() + " files");
        return saved;
    }

    /** What Baton would decide for {@code text} now, and with the draft (trained on demand). */
    public record Tried(Outcome live, Outcome draft) {}

    public Tried tryIt(String text) {
        DecisionPolicy now = live.current().policy();
        DecisionPolicy draft = drafts.policy(draft().files()).policy();
        return new Tried(now.decide(text), draft == now ? now.decide(text) : draft.decide(text));
    }

    /** A suggested message taken as an example: its (redacted) text and whether it is Chinese. */
    public record NewExample(String text, boolean chinese) {}

    /** Adds examples to a draft entry (messages already there are skipped); returns the new draft. */
    public Draft addExamples(String agentId, long revision, String entryId, List<NewExample> examples) {
        FaqEntry entry = entry(entryId).entry();
        Set<String> zh = new LinkedHashSet<>(entry.examples().zh());
        Set<String> en = new LinkedHashSet<>(entry.examples().en());
        for (NewExample example : examples) {
            (example.chinese() ? zh : en).add(example.text().strip());
        }
        FaqEntry next = new FaqEntry(
                entry.id(),
                entry.kind(),
                entry.reason(),
                entry.tags(),
                entry.followUps(),
                entry.title(),
                entry.answer(),
                new Examples(new ArrayList<>(zh), new ArrayList<>(en)),
                entry.dev());
        Draft saved = drafts.save(revision, draft().files().with(next), agentId);
        audit.record(new AuditEntry(
                live.now(),
                agentId,
                "knowledge.examples",
                null,
                null,
                examples.size() + " suggested examples added to " + entryId));
        return saved;
    }

    /** The live version: its number and since when. */
    public Optional<LivePointer> livePointer() {
        var now = live.current();
        return Optional.of(new LivePointer(now.version(), now.sequence(), now.since()));
    }

    private static boolean matches(FaqEntry e, String q) {
        return e.id().contains(q)
                || contains(e.title().zh(), q)
                || contains(e.title().en(), q)
                || contains(e.answer().zh(), q)
                || contains(e.answer().en(), q)
                || e.examples().zh().stream().anyMatch(s -> contains(s, q))
                || e.examples().en().stream().anyMatch(s -> contains(s, q));
    }

    private static boolean contains(String text, String q) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(q);
    }

    private void record(Actor editor, String action, String detail) {
        audit.record(new AuditEntry(live.now(), editor.id(), action, null, null, detail));
    }
}
