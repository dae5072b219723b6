package dev.baton.knowledge;

import dev.baton.faq.FaqCorpus;
import dev.baton.faq.FaqEntry;
import dev.baton.faq.Localized;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/** What changed between two versions of the corpus, entry by entry and field by field, for people to read. */
public final class Changes {

    /** The pseudo-entry synonym changes are listed under. */
    public static final String SYNONYMS = "synonyms";

    /**
     * One entry's change.
     *
     * @param change {@code added}, {@code edited} or {@code retired}
     * @param fields what changed in an edited entry, e.g. {@code answer.zh}, {@code examples.en (+3 -1)}
     */
    public record Change(String entry, String change, List<String> fields) {}

    private Changes() {}

    /** The entries' changes (synonyms are compared on the files: {@link #between(CorpusFiles, CorpusFiles)}). */
    public static List<Change> between(FaqCorpus before, FaqCorpus after) {
        Map<String, FaqEntry> old = new TreeMap<>();
        before.entries().forEach(e -> old.put(e.id(), e));
        Map<String, FaqEntry> now = new TreeMap<>();
        after.entries().forEach(e -> now.put(e.id(), e));
        List<Change> changes = new ArrayList<>();
        for (FaqEntry e : now.values()) {
            FaqEntry was = old.get(e.id());
            if (was == null) {
                changes.add(new Change(e.id(), "added", List.of()));
            } else if (!was.equals(e)) {
                changes.add(new Change(e.id(), "edited", fields(was, e)));
            }
        }
        for (String id : old.keySet()) {
            if (!now.containsKey(id)) {
                changes.add(new Change(id, "retired", List.of()));
            }
        }
        return changes;
    }

    /** The changes between two sets of files: the entries', then the synonym groups' as written. */
    public static List<Change> between(CorpusFiles before, CorpusFiles after) {
        List<Change> changes = new ArrayList<>(between(before.load("before"), after.load("after")));
        if (!before.synonyms().equals(after.synonyms())) {
            changes.add(new Change(SYNONYMS, "edited", List.of()));
        }
        return changes;
    }

    static List<String> fields(FaqEntry was, FaqEntry now) {
        List<String> fields = new ArrayList<>();
        if (was.kind() != now.kind()) {
            fields.add("kind");
        }
        if (!Objects.equals(was.reason(), now.reason())) {
            fields.add("reason");
        }
        if (!was.tags().equals(now.tags())) {
            fields.add("tags");
        }
        if (!was.followUps().equals(now.followUps())) {
            fields.add("followUps");
        }
        localized("title", was.title(), now.title(), fields);
        localized("answer", was.answer(), now.answer(), fields);
        lines("examples.zh", was.examples().zh(), now.examples().zh(), fields);
        lines("examples.en", was.examples().en(), now.examples().en(), fields);
        lines("dev.zh", was.dev().zh(), now.dev().zh(), fields);
        lines("dev.en", was.dev().en(), now.dev().en(), fields);
        return fields;
    }

    private static void localized(String name, Localized was, Localized now, List<String> fields) {
        if (!was.zh().equals(now.zh())) {
            fields.add(name + ".zh");
        }
        if (!Objects.equals(was.zhHant(), now.zhHant())) {
            fields.add(name + ".zhHant");
        }
        if (!was.en().equals(now.en())) {
            fields.add(name + ".en");
        }
    }

    private static void lines(String name, List<String> was, List<String> now, List<String> fields) {
        if (was.equals(now)) {
            return;
        }
        Set<String> old = new HashSet<>(was);
        Set<String> fresh = new HashSet<>(now);
        long added = now.stream().filter(s -> !old.contains(s)).count();
        long removed = was.stream().filter(s -> !fresh.contains(s)).count();
        fields.add(added == 0 && removed == 0 ? name + " (reordered)" : name + " (+" + added + " -" + removed + ")");
    }
}
