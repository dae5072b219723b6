package dev.baton.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.baton.decision.ActionLabel;
import dev.baton.decision.Outcome;
import dev.baton.faq.Examples;
import dev.baton.faq.FaqEntry;
import dev.baton.faq.Kind;
import dev.baton.faq.Localized;
import dev.baton.knowledge.Changes;
import dev.baton.knowledge.Draft;
import dev.baton.knowledge.KnowledgeDesk;
import dev.baton.knowledge.Publish;
import dev.baton.knowledge.QualityGate;
import dev.baton.knowledge.SynonymGroups;
import dev.baton.knowledge.Version;
import java.util.List;

/** The bodies of the knowledge editor's endpoints ({@code /api/v1/knowledge}). */
final class KnowledgeDtos {

    private KnowledgeDtos() {}

    /** An entry as editors read and write it. */
    record Entry(
            String id,
            String kind,
            String reason,
            List<String> tags,
            List<String> followUps,
            Localized title,
            Localized answer,
            Examples examples,
            Examples dev,
            boolean changed) {

        static Entry of(KnowledgeDesk.DraftEntry d) {
            FaqEntry e = d.entry();
            return new Entry(
                    e.id(),
                    e.kind().code(),
                    e.reason(),
                    e.tags(),
                    e.followUps(),
                    e.title(),
                    e.answer(),
                    e.examples(),
                    e.dev(),
                    d.changed());
        }

        /** The corpus entry this body describes; 400 {@code invalid_entry} for one the corpus would refuse. */
        FaqEntry toEntry() {
            try {
                if (id == null || kind == null) {
                    throw new IllegalArgumentException("an entry needs an id and a kind");
                }
                if (title == null || answer == null) {
                    throw new IllegalArgumentException("an entry needs a title and an answer, each in zh and en");
                }
                return new FaqEntry(
                        id, Kind.parse(kind), blankToNull(reason), tags, followUps, title, answer, examples, dev);
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new ApiException(400, "invalid_entry", e.getMessage());
            }
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s.strip();
        }
    }

    record EntryBody(Long revision, Entry entry) {}

    record EntryPage(long revision, Entry entry) {}

    record EntrySummary(String id, String kind, Localized title, int examples, boolean changed) {
        static EntrySummary of(KnowledgeDesk.DraftEntry d) {
            FaqEntry e = d.entry();
            return new EntrySummary(
                    e.id(), e.kind().code(), e.title(), e.examples().size(), d.changed());
        }
    }

    record EntryList(long revision, long base, List<EntrySummary> entries) {}

    record Revision(long revision) {}

    record SynonymsBody(Long revision, List<List<String>> zh, List<List<String>> en) {
        static SynonymsBody of(long revision, SynonymGroups groups) {
            return new SynonymsBody(revision, groups.zh(), groups.en());
        }
    }

    record DraftView(long revision, long base, List<Changes.Change> changes) {
        static DraftView of(Draft draft, List<Changes.Change> changes) {
            return new DraftView(draft.revision(), draft.base(), changes);
        }
    }

    record TryBody(String text) {}

    record Verdict(String action, String intent, double confidence, String language, String reply) {
        static Verdict of(Outcome o) {
            return new Verdict(
                    ActionLabel.of(o.decision()),
                    o.prediction().intent(),
                    Math.round(o.prediction().confidence() * 1000) / 1000.0,
                    AgentDtos.language(o.replyLanguage()),
                    o.decision().text());
        }
    }

    record Tried(Verdict live, Verdict draft) {}

    record PublishBody(Long revision, String note) {}

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record PublishView(
            long id,
            String state,
            Long version,
            String author,
            String note,
            String startedAt,
            String finishedAt,
            QualityGate.Report gate,
            String error) {}

    record PublishPage(PublishView publish) {}

    record VersionSummary(long number, String author, String publishedAt, String note, boolean live, int changes) {}

    record VersionList(long live, List<VersionSummary> versions) {}

    record VersionDetail(
            long number,
            String author,
            String publishedAt,
            String note,
            boolean live,
            List<Changes.Change> changes,
            QualityGate.Report gate) {}

    record VersionPage(VersionDetail version) {}

    record LiveView(long version, String since) {}

    static String time(java.time.Instant at) {
        return at == null ? null : AgentDtos.time(at);
    }

    static PublishView view(Publish p, QualityGate.Report gate, String authorName) {
        return new PublishView(
                p.id(),
                p.state().wire(),
                p.version(),
                authorName,
                p.note(),
                time(p.startedAt()),
                time(p.finishedAt()),
                gate,
                p.error());
    }

    static VersionSummary summary(Version v, long live, int changes, String authorName) {
        return new VersionSummary(v.number(), authorName, time(v.publishedAt()), v.note(), v.number() == live, changes);
    }
}
