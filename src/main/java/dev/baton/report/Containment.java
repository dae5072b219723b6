package dev.baton.report;

import dev.baton.conversation.DecisionTrail;
import dev.baton.conversation.Sender;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Containment, counted from stored conversations. A conversation in which the user wrote is <em>contained</em>
 * when Baton answered it (a reply whose trail's action is {@code answer}), it was never handed off, and the
 * same user did not come back with a related question within the window after its first session ended.
 * <ul>
 *   <li>The first session is the conversation's messages up to the first user message that follows
 *       {@link #RETURN_GAP} of quiet; that message and what follows are a <em>return</em>. For a messaging
 *       platform chat, a later conversation of the same chat is a return too.</li>
 *   <li>A return is <em>related</em> when a decision in it names one of the intents Baton answered in the first
 *       session, or when it was handed off. Only what happened before the window closed counts.</li>
 *   <li>A conversation whose window is still open and that has not failed yet is <em>pending</em>.</li>
 * </ul>
 */
public final class Containment {

    /** The quiet that separates a first session from a return in the same conversation. */
    public static final Duration RETURN_GAP = Duration.ofMinutes(30);

    private static final String ANSWER = DecisionTrail.Action.ANSWER.code();

    /** What became of one conversation. */
    enum Outcome {
        CONTAINED,
        PENDING,
        NOT_ANSWERED,
        HANDED_OFF,
        CAME_BACK
    }

    private Containment() {}

    /** The counts over {@code conversations} (those without a user message are left out) at {@code now}. */
    public static Report.Containment of(List<ConversationFacts> conversations, Duration window, Instant now) {
        Map<String, List<ConversationFacts>> byChat = conversations.stream()
                .filter(c -> c.chat() != null)
                .collect(Collectors.groupingBy(ConversationFacts::chat));
        int[] counts = new int[Outcome.values().length];
        for (ConversationFacts c : conversations) {
            if (c.messages().stream().anyMatch(m -> m.sender() == Sender.USER)) {
                List<ConversationFacts> sameChat = c.chat() == null ? List.of() : byChat.get(c.chat());
                counts[outcome(c, sameChat, window, now).ordinal()]++;
            }
        }
        return Report.Containment.of(
                counts[Outcome.CONTAINED.ordinal()],
                counts[Outcome.PENDING.ordinal()],
                counts[Outcome.NOT_ANSWERED.ordinal()],
                counts[Outcome.HANDED_OFF.ordinal()],
                counts[Outcome.CAME_BACK.ordinal()],
                window);
    }

    static Outcome outcome(ConversationFacts c, List<ConversationFacts> sameChat, Duration window, Instant now) {
        List<MessageFact> messages = c.messages();
        int returnAt = firstReturn(messages);
        List<MessageFact> session = messages.subList(0, returnAt);
        Set<String> answered = new HashSet<>();
        for (MessageFact m : session) {
            if (m.sender() == Sender.BOT && ANSWER.equals(m.action())) {
                answered.add(m.intent() == null ? "" : m.intent());
            }
        }
        Instant windowEnd = session.get(session.size() - 1).at().plus(window);
        if (c.ticketsAt().stream().anyMatch(t -> !t.isAfter(windowEnd))) {
            return Outcome.HANDED_OFF;
        }
        if (answered.isEmpty()) {
            return Outcome.NOT_ANSWERED;
        }
        if (related(messages.subList(returnAt, messages.size()), answered, windowEnd)) {
            return Outcome.CAME_BACK;
        }
        for (ConversationFacts later : sameChat) {
            boolean isReturn = later.createdAt().isAfter(c.createdAt())
                    && !later.createdAt().isAfter(windowEnd);
            if (isReturn
                    && (later.ticketsAt().stream().anyMatch(t -> !t.isAfter(windowEnd))
                            || related(later.messages(), answered, windowEnd))) {
                return Outcome.CAME_BACK;
            }
        }
        return now.isBefore(windowEnd) ? Outcome.PENDING : Outcome.CONTAINED;
    }

    /** The index of the first user message after {@link #RETURN_GAP} of quiet, or the size when none is. */
    static int firstReturn(List<MessageFact> messages) {
        for (int i = 1; i < messages.size(); i++) {
            MessageFact m = messages.get(i);
            if (m.sender() == Sender.USER
                    && Duration.between(messages.get(i - 1).at(), m.at()).compareTo(RETURN_GAP) >= 0) {
                return i;
            }
        }
        return messages.size();
    }

    private static boolean related(List<MessageFact> returned, Set<String> answered, Instant windowEnd) {
        return returned.stream()
                .anyMatch(m -> m.sender() == Sender.BOT
                        && !m.at().isAfter(windowEnd)
                        && m.intent() != null
                        && answered.contains(m.intent()));
    }
}
