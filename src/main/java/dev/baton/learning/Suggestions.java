package dev.baton.learning;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.baton.conversation.ConversationStore;
import dev.baton.handoff.TicketStore;
import dev.baton.learning.LearningException.Problem;
import dev.baton.learning.MessageGrouping.Embedded;
import dev.baton.learning.MessageGrouping.Group;
import dev.baton.learning.SuggestionGroup.Suggestion;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The learning loop for editors: the open messages Baton could not answer, grouped ({@link MessageGrouping})
 * and ranked by volume, then recency; accepting a group's messages as examples of an entry of the draft
 * ({@link ExampleSink}), or dismissing them. Groups are formed over the {@value #MAX_GROUPED} newest open
 * messages. A message's vector is kept (by its text) once encoded, so a page is encoded once per instance.
 */
public final class Suggestions {

    public static final int MAX_GROUPED = 1_000;
    /** At most this many groups per page. */
    public static final int MAX_LIMIT = 100;
    /** At most this many messages per accept or dismiss. */
    public static final int MAX_IDS = 500;

    /** What an accept did: the draft's new revision and how many messages became examples. */
    public record Accepted(long revision, int accepted) {}

    private final LearningStore store;
    private final MessageGrouping grouping;
    private final AgentReplies replies;
    private final Predicate<String> isEntry;
    private final Clock clock;
    private final Cache<String, Embedded> embedded =
            Caffeine.newBuilder().maximumSize(2L * MAX_GROUPED).recordStats().build();

    /**
     * @param isEntry whether an id names an entry of the live corpus (a suggested entry must)
     */
    public Suggestions(
            LearningStore store,
            MessageGrouping grouping,
            ConversationStore conversations,
            TicketStore tickets,
            Predicate<String> isEntry,
            Clock clock) {
        this.store = store;
        this.grouping = grouping;
        this.replies = new AgentReplies(conversations, tickets);
        this.isEntry = isEntry;
        this.clock = clock;
    }

    /** The {@code limit} largest groups of open messages, the most recent first among equals. */
    public List<SuggestionGroup> groups(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new LearningException(Problem.INVALID_REQUEST, "limit must be 1 to " + MAX_LIMIT + ", not " + limit);
        }
        List<CapturedMessage> open = new ArrayList<>(store.open(MAX_GROUPED));
        open.sort(Comparator.comparingLong(CapturedMessage::id));
        List<Embedded> vectors =
                open.stream().map(m -> embedded.get(m.text(), grouping::embed)).toList();
        List<Ranked> ranked = new ArrayList<>();
        for (Group g : grouping.group(vectors)) {
            List<CapturedMessage> members = g.members().stream().map(open::get).toList();
            Instant last = members.stream()
                    .map(CapturedMessage::at)
                    .max(Comparator.naturalOrder())
                    .orElseThrow();
            ranked.add(new Ranked(members, last, g.terms()));
        }
        ranked.sort(Comparator.comparingInt((Ranked r) -> -r.members().size())
                .thenComparing(Ranked::lastAt, Comparator.reverseOrder())
                .thenComparingLong(r -> r.members().get(0).id()));
        List<Ranked> page = ranked.subList(0, Math.min(limit, ranked.size()));
        Map<Long, String> agentReplies =
                replies.of(page.stream().flatMap(r -> r.members().stream()).toList());
        return page.stream().map(r -> r.group(agentReplies, isEntry)).toList();
    }

    /**
     * Gives the messages to {@code draft} as examples of its entry {@code entryId}, then marks them accepted.
     *
     * @param revision the draft's revision the editor saw
     * @throws LearningException when an id is unknown or an editor already handled its message: nothing changed
     */
    public Accepted accept(Collection<Long> ids, String entryId, long revision, String agentId, ExampleSink draft) {
        Set<Long> wanted = checked(ids);
        if (entryId == null || entryId.isBlank()) {
            throw new LearningException(Problem.INVALID_REQUEST, "name the entry the messages are examples of");
        }
        List<CapturedMessage> found = store.find(wanted);
        Set<Long> missing = new LinkedHashSet<>(wanted);
        found.forEach(m -> missing.remove(m.id()));
        if (!missing.isEmpty()) {
            throw new LearningException(Problem.UNKNOWN_MESSAGE, "no kept message " + list(missing));
        }
        List<Long> handled = found.stream()
                .filter(m -> m.state() != CapturedMessage.State.OPEN)
                .map(CapturedMessage::id)
                .toList();
        if (!handled.isEmpty()) {
            throw new LearningException(
                    Problem.MESSAGE_HANDLED, "an editor already accepted or dismissed " + list(handled) + "; reload");
        }
        List<AcceptedExample> examples = found.stream()
                .map(m -> new AcceptedExample(m.text(), m.exampleLanguage()))
                .toList();
        int newRevision = draft.accept(revision, entryId, examples, agentId);
        store.accept(wanted, entryId, agentId, clock.instant());
        return new Accepted(newRevision, examples.size());
    }

    /** Dismisses those of the messages still open; returns how many. Unknown or handled ones are left as they are. */
    public int dismiss(Collection<Long> ids, String agentId) {
        return store.dismiss(checked(ids), agentId, clock.instant());
    }

    private static Set<Long> checked(Collection<Long> ids) {
        // Not ids.contains(null): List.of refuses the question.
        if (ids == null || ids.isEmpty() || ids.stream().anyMatch(Objects::isNull)) {
            throw new LearningException(Problem.INVALID_REQUEST, "messageIds must list at least one message id");
        }
        Set<Long> distinct = new LinkedHashSet<>(ids);
        if (distinct.size() > MAX_IDS) {
            throw new LearningException(Problem.INVALID_REQUEST, "at most " + MAX_IDS + " message ids at a time");
        }
        return distinct;
    }

    private static String list(Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    /** A group as ranked: its messages in id order, its newest message's time, its terms. */
    private record Ranked(List<CapturedMessage> members, Instant lastAt, List<String> terms) {

        SuggestionGroup group(Map<Long, String> agentReplies, Predicate<String> isEntry) {
            List<Suggestion> messages = members.stream()
                    .sorted(Comparator.comparing(CapturedMessage::at)
                            .thenComparingLong(CapturedMessage::id)
                            .reversed())
                    .map(m -> new Suggestion(m, agentReplies.get(m.id())))
                    .toList();
            return new SuggestionGroup(id(), lastAt, terms, suggestedEntry(isEntry), messages);
        }

        /** The most common top intent, the more confident on a tie, if it names a corpus entry. */
        private String suggestedEntry(Predicate<String> isEntry) {
            Map<String, Integer> votes = new HashMap<>();
            Map<String, Double> confidence = new HashMap<>();
            for (CapturedMessage m : members) {
                if (m.intent() != null) {
                    votes.merge(m.intent(), 1, Integer::sum);
                    confidence.merge(m.intent(), m.confidence(), Double::sum);
                }
            }
            return votes.keySet().stream()
                    .max(Comparator.comparingInt((String i) -> votes.get(i))
                            .thenComparingDouble(confidence::get)
                            .thenComparing(Comparator.<String>reverseOrder()))
                    .filter(isEntry)
                    .orElse(null);
        }

        private String id() {
            String ids = members.stream().map(m -> String.valueOf(m.id())).collect(Collectors.joining(","));
            try {
                byte[] hash = MessageDigest.getInstance("SHA-256").digest(ids.getBytes(StandardCharsets.UTF_8));
                return "g-" + HexFormat.of().formatHex(hash, 0, 6);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java has SHA-256", e);
            }
        }
    }
}
