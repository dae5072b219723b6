package dev.baton.conversation;

import dev.baton.conversation.DecisionTrail.Action;
import dev.baton.decision.Decision;
import dev.baton.decision.Localizer;
import dev.baton.decision.Outcome;
import dev.baton.decision.QuickReply;
import dev.baton.decision.ReplyLanguage;
import dev.baton.details.Details;
import dev.baton.handoff.Priority;
import dev.baton.handoff.QueueStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The conversation's state machine: given where a conversation stands, what Baton remembers and the decided
 * user message, the next {@link Step}. Pure: no clock, no store, no randomness.
 *
 * <pre>
 * bot --handoff(normal)--> collecting_details --answers/skip/impatience--> queued --agent--> with_agent
 * bot --handoff(urgent)--> queued (details collected while waiting)        with_agent --agent--> resolved
 * resolved --any message--> bot
 * </pre>
 * Safety overrides every state: an urgent decision queues (or raises the open ticket) at once. Bot turns are
 * decided here, the states after a handoff by {@link HandoffSteps}.
 */
public final class Dialogue {

    /** The quick reply that declines a detail question. */
    static final String SKIP_ID = "skip";
    /** The quick reply that asks for the more experienced team after the "support can't solve it" answer. */
    static final String ESCALATE_ID = "escalate";
    /** The FAQ for "support can't solve my problem": asking past it escalates. */
    static final String UNRESOLVED_FAQ = "unresolved";
    /** The reason code of a handoff the user asked to go to the tier-2 team. */
    public static final String ESCALATION_REASON = "escalation_requested";
    /** The reason code of the handoff after {@value #UNCLEAR_LIMIT} messages in a row Baton could not place. */
    public static final String UNCLEAR_REASON = "repeated_fallback";
    /** The reason code of a handoff for a secret the user sent. */
    static final String SECRET_EXPOSED = "secret_exposed";
    /** At most this many detail questions per handoff. */
    static final int MAX_QUESTIONS = 2;
    /** This many unclear messages in a row hand off. */
    static final int UNCLEAR_LIMIT = 2;

    private final DetailReader reader;
    private final Phrases phrases;
    private final HandoffSteps handedOff;

    public Dialogue(DetailReader reader, Localizer localizer) {
        this.reader = reader;
        this.phrases = new Phrases(localizer);
        this.handedOff = new HandoffSteps(reader, phrases);
    }

    /**
     * The entry a message picks from the options Baton offered last: the clicked quick reply, or text that
     * repeats an option's label or gives its number.
     */
    public Optional<String> chosen(DialogueMemory memory, String text, String quickReplyId) {
        List<QuickReply> offered = memory.offered();
        if (quickReplyId != null && !quickReplyId.isBlank()) {
            return Optional.of(quickReplyId);
        }
        String typed = text.strip().toLowerCase(Locale.ROOT);
        Optional<String> hashOrKey = Replies.hashOrKey(offered, typed);
        if (hashOrKey.isPresent()) {
            return hashOrKey;
        }
        for (int i = 0; i < offered.size(); i++) {
            QuickReply option = offered.get(i);
            if (typed.equals(option.label().toLowerCase(Locale.ROOT)) || typed.equals(String.valueOf(i + 1))) {
                return Optional.of(option.id());
            }
        }
        return Optional.empty();
    }

    /** What Baton says to a user who opens a platform chat. */
    public String greeting(ReplyLanguage language) {
        return phrases.text(Phrases.GREETING, language);
    }

    /** The wording the agents' side of a handoff uses. */
    public Phrases phrases() {
        return phrases;
    }

    /** The sentence that tells the user their place in the queue and the estimated wait. */
    public String announce(QueueStatus queue, ReplyLanguage language) {
        return phrases.queued(language, queue);
    }

    /** Whether a quick reply id is one of the dialogue's own (skip, escalate, a rating), not a FAQ entry. */
    public static boolean ownChoice(String id) {
        return SKIP_ID.equals(id) || ESCALATE_ID.equals(id) || id.startsWith(Replies.RATE_PREFIX);
    }

    /**
     * The next step for a decided user message in the given state.
     *
     * @param choice the dialogue's own quick reply the user clicked ({@link #ownChoice}), or null. A
     *               conversation in {@code resolved} must still be within its reopen window: past it, the
     *               caller passes {@code bot} with {@link DialogueMemory#fresh} memory.
     */
    public Step step(ConversationState state, DialogueMemory memory, Outcome outcome, String choice) {
        Details found = reader.extract(outcome.text());
        boolean skip = SKIP_ID.equals(choice) || reader.isSkip(outcome.text());
        return switch (state) {
            case BOT -> bot(memory, outcome, found, ESCALATE_ID.equals(choice));
            case RESOLVED -> handedOff.resolved(memory, outcome, found, choice);
            case COLLECTING_DETAILS -> handedOff.collecting(memory, outcome, found, skip);
            case QUEUED -> handedOff.queued(memory, outcome, found, skip);
            case WITH_AGENT -> handedOff.withAgent(memory, outcome, found);
        };
    }

    private Step bot(DialogueMemory memory, Outcome outcome, Details found, boolean escalateClicked) {
        Details details = memory.details().merge(found);
        Details described = HandoffSteps.said(details, outcome.text());
        Decision decision = outcome.decision();
        if (decision instanceof Decision.Handoff h && h.priority() == Priority.URGENT) {
            return handedOff.handOffUrgently(memory, described, h, outcome);
        }
        if (escalateClicked || UNRESOLVED_FAQ.equals(memory.lastFaq()) && stillUnhappy(decision)) {
            Decision.Handoff h = new Decision.Handoff(
                    Priority.NORMAL, ESCALATION_REASON, phrases.text(Phrases.ESCALATING, outcome.replyLanguage()));
            return handedOff.handOff(memory, described, h, outcome);
        }
        if (decision instanceof Decision.Handoff h) {
            return handedOff.handOffAfterQuestions(memory, details, h, outcome);
        }
        if (decision instanceof Decision.Answer a) {
            List<QuickReply> replies = a.quickReplies();
            if (UNRESOLVED_FAQ.equals(a.faqId())) {
                replies = new ArrayList<>(replies);
                replies.add(0, new QuickReply(ESCALATE_ID, phrases.text(Phrases.ESCALATE, outcome.replyLanguage())));
            }
            DialogueMemory next =
                    remember(memory, replies, 0, details.withDescription(null)).withLastFaq(a.faqId());
            return Step.reply(
                    ConversationState.BOT, next, a.text(), replies, DecisionTrail.answered(outcome, a.faqId()));
        }
        if (decision instanceof Decision.SmallTalk s) {
            DialogueMemory next = remember(memory, List.of(), 0, details.withDescription(null));
            return Step.reply(
                    ConversationState.BOT, next, s.text(), List.of(), DecisionTrail.of(outcome, Action.SMALLTALK));
        }
        Decision.Clarify c = (Decision.Clarify) decision;
        if (c.reason() == Decision.ClarifyReason.OUT_OF_SCOPE) {
            DialogueMemory next = remember(memory, c.options(), 0, details.withDescription(null));
            return Step.reply(
                    ConversationState.BOT,
                    next,
                    c.text(),
                    c.options(),
                    DecisionTrail.of(outcome, Action.CLARIFY, null, c.reason().code()));
        }
        int streak = memory.unclearStreak() + 1;
        // The unclear messages are the best description of the problem an agent will get: keep them.
        if (streak >= UNCLEAR_LIMIT) {
            Decision.Handoff h = new Decision.Handoff(
                    Priority.NORMAL, UNCLEAR_REASON, phrases.text(Phrases.STILL_UNCLEAR, outcome.replyLanguage()));
            return handedOff.handOff(memory, described, h, outcome);
        }
        DialogueMemory next = remember(memory, c.options(), streak, described);
        return Step.reply(
                ConversationState.BOT,
                next,
                c.text(),
                c.options(),
                DecisionTrail.of(outcome, Action.CLARIFY, null, c.reason().code()));
    }

    /**
     * Right after "support can't solve it": asking again, for a person, or anything Baton cannot place means
     * the answer did not help.
     */
    private static boolean stillUnhappy(Decision decision) {
        return decision instanceof Decision.Handoff
                || decision instanceof Decision.Answer a && UNRESOLVED_FAQ.equals(a.faqId())
                || decision instanceof Decision.Clarify c && c.reason() != Decision.ClarifyReason.OUT_OF_SCOPE;
    }

    /** The memory of a turn Baton kept: no handoff, the ticket id kept for the record. */
    private static DialogueMemory remember(DialogueMemory m, List<QuickReply> offered, int streak, Details details) {
        return m.fresh().withTicketId(m.ticketId()).offering(offered, streak).withDetails(details);
    }
}
