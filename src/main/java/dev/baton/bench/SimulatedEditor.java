package dev.baton.bench;

import dev.baton.decision.ActionLabel;
import dev.baton.decision.Decider;
import dev.baton.faq.Examples;
import dev.baton.faq.FaqCorpus;
import dev.baton.faq.FaqEntry;
import dev.baton.faq.Kind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An editor working through the suggestions, one group of two or more at a time: where the group's main topic
 * is an existing FAQ entry's id, accepts the group's messages of that topic as
 * examples of the entry, in their language; the rest are left (a stray message of another topic, a group
 * about something the corpus does not cover, a topic that is another kind of entry such as a request for a
 * person). With {@link Scope#WITH_OUT_OF_SCOPE} the editor also teaches Baton what to decline: a group whose
 * main topic Baton should not answer (its messages expect {@code fallback}) goes to the corpus's out-of-scope
 * entry.
 */
public final class SimulatedEditor {

    /** What the editor accepts. */
    public enum Scope {
        /** Only groups about an existing FAQ entry. */
        FAQ,
        /** Those, and groups about something Baton should decline, as out-of-scope examples. */
        WITH_OUT_OF_SCOPE
    }

    /** A kept message: its text as stored, its corpus language ({@code zh} or {@code en}), its labels. */
    public record Kept(String text, String language, String topic, String expect) {}

    /** The corpus after the accepts, and how many examples each entry gained. */
    public record Result(FaqCorpus corpus, Map<String, Integer> accepted) {
        public int total() {
            return accepted.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private SimulatedEditor() {}

    public static Result accept(FaqCorpus corpus, List<Kept> kept, List<List<Integer>> groups, Scope scope) {
        List<String> topics = kept.stream().map(Kept::topic).toList();
        Optional<FaqEntry> decline = corpus.ofKind(Kind.OUT_OF_SCOPE).stream()
                .filter(e -> !e.tags().contains(Decider.OTHER_COMPANY_TAG))
                .findFirst();
        Map<String, List<Kept>> byEntry = new LinkedHashMap<>();
        for (List<Integer> group : groups) {
            if (group.size() < 2) {
                continue;
            }
            String main = GroupingScore.mainTopic(group, topics);
            List<Kept> ofMain = group.stream()
                    .map(kept::get)
                    .filter(k -> k.topic().equals(main))
                    .toList();
            boolean faq = corpus.entry(main).filter(e -> e.kind() == Kind.FAQ).isPresent();
            boolean declined = ofMain.stream().allMatch(k -> ActionLabel.FALLBACK.equals(k.expect()));
            if (faq) {
                byEntry.computeIfAbsent(main, k -> new ArrayList<>()).addAll(ofMain);
            } else if (scope == Scope.WITH_OUT_OF_SCOPE && declined && decline.isPresent()) {
                byEntry.computeIfAbsent(decline.get().id(), k -> new ArrayList<>())
                        .addAll(ofMain);
            }
        }
        List<FaqEntry> entries = new ArrayList<>();
        Map<String, Integer> accepted = new LinkedHashMap<>();
        for (FaqEntry e : corpus.entries()) {
            List<Kept> more = byEntry.getOrDefault(e.id(), List.of());
            if (more.isEmpty()) {
                entries.add(e);
                continue;
            }
            accepted.put(e.id(), more.size());
            entries.add(new FaqEntry(
                    e.id(),
                    e.kind(),
                    e.reason(),
                    e.tags(),
                    e.followUps(),
                    e.title(),
                    e.answer(),
                    new Examples(
                            with(e.examples().zh(), more, "zh"),
                            with(e.examples().en(), more, "en")),
                    e.dev()));
        }
        return new Result(new FaqCorpus(entries, corpus.synonyms(), corpus.hash() + "+learning"), accepted);
    }

    private static List<String> with(List<String> examples, List<Kept> more, String language) {
        List<String> out = new ArrayList<>(examples);
        more.stream().filter(k -> k.language().equals(language)).map(Kept::text).forEach(out::add);
        return out;
    }
}
