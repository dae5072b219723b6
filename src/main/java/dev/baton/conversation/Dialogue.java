package dev.baton.conversation;

import dev.baton.conversation.DecisionTrail.Action;
import dev.baton.conversation.DialogueMemory.PendingQuestion;
import dev.baton.conversation.Step.TicketChange;
import dev.baton.details.Details;
import dev.baton.decision.Decision;
import dev.baton.decision.Localizer;
import dev.baton.decision.Outcome;
import dev.baton.handoff.Priority;
import dev.baton.decision.QuickReply;
import dev.baton.decision.ReplyLanguage;
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
 * Safety overrides every state: an urgent decision queues (or raises the open ticket) at once.
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
    /** The reason code of a handoff for a secret the user sent. */
    static final String SECRET_EXPOSED = "secret_exposed";
    /** At most this many detail questions per handoff. */
    static final int MAX_QUESTIONS = 2;
    /** This many unclear messages in a row hand off. */
    static final int UNCLEAR_LIMIT = 2;

    private final DetailReader reader;
    private final Phrases phrases;

    public Dialogue(DetailReader reader, Localizer localizer) {
        this.reader = reader;
        this.phrases = new Phrases(localizer);
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
        return phrases.queued(language, queue.queuePosition(), queue.estimatedWaitSeconds());
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
            case RESOLVED -> resolved(memory, outcome, found, choice);
            case COLLECTING_DETAILS -> collecting(memory, outcome, found, skip);
            case QUEUED -> queued(memory, outcome, found, skip);
            case WITH_AGENT -> withAgent(memory, outcome, found);
        };
    }

    /**
     * After an agent resolved: a rating is stored, thanks and goodbyes are answered, anything else reopens
     * the ticket (it is still the same problem, most of the time).
     */
    private Step resolved(DialogueMemory memory, Outcome outcome, Details found, String choice) {
        ReplyLanguage language = outcome.replyLanguage();
        Integer stars = Replies.stars(choice, outcome.text());
        if (stars != null) {
            return Step.reply(ConversationState.BOT, memory.fresh(), phrases.text(Phrases.RATED, language), List.of(),
                    trail(outcome, Action.RATED)).withTicket(new TicketChange.Rate(stars));
        }
        if (outcome.decision() instanceof Decision.SmallTalk s) {
            return Step.reply(ConversationState.RESOLVED, memory, s.text(), memory.offered(),
                    trail(outcome, Action.SMALLTALK));
        }
        Details details = memory.details().merge(found);
        boolean urgent = outcome.decision() instanceof Decision.Handoff h && h.priority() == Priority.URGENT;
        Decision.Handoff raise = urgent ? (Decision.Handoff) outcome.decision() : null;
        DialogueMemory reopened = memory.fresh().withTicketId(memory.ticketId())
                .handingOff(urgent ? Priority.URGENT : memory.handoffPriority(),
                        urgent ? raise.reason() : memory.handoffReason())
                .withQuestions(PendingQuestion.NONE, MAX_QUESTIONS)
                .withDetails(said(details, outcome.text()));
        String text = urgent ? raise.text() : phrases.text(Phrases.REOPENED, language);
        return Step.queued(reopened, text,
                trail(outcome, Action.REOPEN, reopened.handoffPriority(), reopened.handoffReason()),
                new TicketChange.Reopen(urgent ? Priority.URGENT : null, urgent ? raise.reason() : null));
    }

    private Step bot(DialogueMemory memory, Outcome outcome, Details found, boolean escalateClicked) {
        Details details = memory.details().merge(found);
        Decision decision = outcome.decision();
        if (decision instanceof Decision.Handoff h && h.priority() == Priority.URGENT) {
            DialogueMemory urgent = handoff(memory, said(details, outcome.text()), h);
            return queueUrgently(urgent, outcome, h.text());
        }
        if (escalateClicked || UNRESOLVED_FAQ.equals(memory.lastFaq()) && stillUnhappy(decision)) {
            Decision.Handoff h = new Decision.Handoff(Priority.NORMAL, ESCALATION_REASON,
                    phrases.text(Phrases.ESCALATING, outcome.replyLanguage()));
            return askNextOrQueue(handoff(memory, said(details, outcome.text()), h), outcome, h.text(),
                    PendingQuestion.NONE);
        }
        if (decision instanceof Decision.Handoff h) {
            return askNextOrQueue(handoff(memory, details, h), outcome, h.text(), PendingQuestion.NONE);
        }
        if (decision instanceof Decision.Answer a) {
            List<QuickReply> replies = a.quickReplies();
            if (UNRESOLVED_FAQ.equals(a.faqId())) {
                replies = new ArrayList<>(replies);
                replies.add(0, new QuickReply(ESCALATE_ID, phrases.text(Phrases.ESCALATE, outcome.replyLanguage())));
            }
            DialogueMemory next = remember(memory, replies, 0, details.withDescription(null)).withLastFaq(a.faqId());
            return Step.reply(ConversationState.BOT, next, a.text(), replies, answered(outcome, a.faqId()));
        }
        if (decision instanceof Decision.SmallTalk s) {
            DialogueMemory next = remember(memory, List.of(), 0, details.withDescription(null));
            return Step.reply(ConversationState.BOT, next, s.text(), List.of(), trail(outcome, Action.SMALLTALK));
        }
        Decision.Clarify c = (Decision.Clarify) decision;
        if (c.reason() == Decision.ClarifyReason.OUT_OF_SCOPE) {
            DialogueMemory next = remember(memory, c.options(), 0, details.withDescription(null));
            return Step.reply(ConversationState.BOT, next, c.text(), c.options(),
                    trail(outcome, Action.CLARIFY, null, c.reason().code()));
        }
        int streak = memory.unclearStreak() + 1;
        // The unclear messages are the best description of the problem an agent will get: keep them.
        if (streak >= UNCLEAR_LIMIT) {
            Decision.Handoff h = new Decision.Handoff(Priority.NORMAL, "repeated_fallback",
                    phrases.text(Phrases.STILL_UNCLEAR, outcome.replyLanguage()));
            return askNextOrQueue(handoff(memory, said(details, outcome.text()), h), outcome, h.text(),
                    PendingQuestion.NONE);
        }
        DialogueMemory next = remember(memory, c.options(), streak, said(details, outcome.text()));
        return Step.reply(ConversationState.BOT, next, c.text(), c.options(),
                trail(outcome, Action.CLARIFY, null, c.reason().code()));
    }

    private Step collecting(DialogueMemory memory, Outcome outcome, Details found, boolean skip) {
        Details details = memory.details().merge(found);
        if (outcome.decision() instanceof Decision.Handoff h && h.priority() == Priority.URGENT) {
            return queueUrgently(handoff(memory, details, h), outcome, h.text());
        }
        if (outcome.decision() instanceof Decision.Handoff h) {
            // Asked for a person again: stop asking and queue with what is known.
            DialogueMemory next = withDetails(memory, details, PendingQuestion.NONE, memory.questionsAsked());
            return queue(next, outcome, h.text());
        }
        Details answered = answer(memory.pending(), details, outcome.text(), skip);
        DialogueMemory next = withDetails(memory, answered, PendingQuestion.NONE, memory.questionsAsked());
        String lead = skip ? null : phrases.text(Phrases.NOTED, outcome.replyLanguage());
        return askNextOrQueue(next, outcome, lead, memory.pending());
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

    private Step queued(DialogueMemory memory, Outcome outcome, Details found, boolean skip) {
        Details details = memory.details().merge(found);
        ReplyLanguage language = outcome.replyLanguage();
        if (memory.pending() == PendingQuestion.EMAIL && (found.email() != null || skip)) {
            DialogueMemory after = withDetails(memory, details, PendingQuestion.NONE, memory.questionsAsked());
            String text = skip ? phrases.text(Phrases.EMAIL_DECLINED, language)
                    : String.format(phrases.text(Phrases.EMAIL_NOTED, language), found.email());
            return Step.reply(ConversationState.QUEUED, after, text, List.of(), trail(outcome, Action.COLLECT))
                    .withTicket(new TicketChange.Update(null, null));
        }
        if (memory.pending() == PendingQuestion.EMAIL) {
            memory = withDetails(memory, memory.details(), PendingQuestion.NONE, memory.questionsAsked());
        }
        if (memory.pending() == PendingQuestion.NONE && Replies.leavesQueue(outcome.text())) {
            return leaveQueue(memory, outcome);
        }
        if (outcome.decision() instanceof Decision.Handoff h && raises(memory, h)) {
            DialogueMemory raised = handoff(memory, details, h);
            return Step.queued(raised, h.text(), trail(outcome, Action.HANDOFF, h.priority(), h.reason()),
                    new TicketChange.Update(Priority.URGENT, h.reason()));
        }
        PendingQuestion pending = memory.pending();
        Details answered = answer(pending, details, outcome.text(), skip);
        PendingQuestion next = pending == PendingQuestion.NONE ? PendingQuestion.NONE
                : nextQuestion(answered, pending, memory.questionsAsked());
        int asked = memory.questionsAsked() + (next == PendingQuestion.NONE ? 0 : 1);
        DialogueMemory after = withDetails(memory, answered, next, asked);
        String text = phrases.text(pending == PendingQuestion.NONE ? Phrases.ADDED_TO_TICKET : Phrases.NOTED, language);
        if (next != PendingQuestion.NONE) {
            return Step.reply(ConversationState.QUEUED, after, text + "\n" + question(next, language, false),
                    List.of(phrases.skip(language)), trail(outcome, Action.COLLECT))
                    .withTicket(new TicketChange.Update(null, null));
        }
        return Step.queued(after, text, trail(outcome, Action.QUEUED), new TicketChange.Update(null, null));
    }

    /**
     * The user no longer needs an agent: the ticket is closed and Baton takes the conversation back. Not for
     * an urgent ticket: money at risk is worth a human's look even if the user thinks it settled.
     */
    private Step leaveQueue(DialogueMemory memory, Outcome outcome) {
        ReplyLanguage language = outcome.replyLanguage();
        if (memory.handoffPriority() == Priority.URGENT) {
            return Step.queued(memory, phrases.text(Phrases.URGENT_STAYS, language),
                    trail(outcome, Action.QUEUED), new TicketChange.None());
        }
        return Step.reply(ConversationState.BOT, memory.fresh().withTicketId(memory.ticketId()),
                phrases.text(Phrases.LEFT_QUEUE, language), List.of(),
                trail(outcome, Action.LEFT_QUEUE)).withTicket(new TicketChange.Abandon());
    }

    private Step withAgent(DialogueMemory memory, Outcome outcome, Details found) {
        Details details = memory.details().merge(found);
        DialogueMemory next = withDetails(memory, details, memory.pending(), memory.questionsAsked());
        TicketChange change = found.equals(Details.NONE) ? new TicketChange.None() : new TicketChange.Update(null, null);
        if (outcome.decision() instanceof Decision.Handoff h && raises(memory, h)) {
            next = handoff(memory, details, h);
            change = new TicketChange.Update(Priority.URGENT, h.reason());
        }
        return Step.silent(next, trail(outcome, Action.SILENT), change);
    }

    /**
     * Whether an urgent handoff changes a ticket already open: it raises a normal one, and an exposed secret
     * becomes the reason of any (the agent must know the user's wallet is no longer safe).
     */
    private static boolean raises(DialogueMemory memory, Decision.Handoff h) {
        if (h.priority() != Priority.URGENT) {
            return false;
        }
        return memory.handoffPriority() != Priority.URGENT
                || SECRET_EXPOSED.equals(h.reason()) && !SECRET_EXPOSED.equals(memory.handoffReason());
    }

    /** An urgent handoff queues at once; the account question, if still open, is asked while the user waits. */
    private Step queueUrgently(DialogueMemory memory, Outcome outcome, String text) {
        ReplyLanguage language = outcome.replyLanguage();
        boolean ask = memory.details().accountId() == null && memory.questionsAsked() < MAX_QUESTIONS;
        DialogueMemory next = ask
                ? withDetails(memory, memory.details(), PendingQuestion.ACCOUNT, memory.questionsAsked() + 1)
                : withDetails(memory, memory.details(), PendingQuestion.NONE, memory.questionsAsked());
        Step queued = Step.queued(next, text,
                trail(outcome, Action.HANDOFF, Priority.URGENT, memory.handoffReason()),
                new TicketChange.Open(Priority.URGENT, memory.handoffReason(), 1));
        return ask ? queued.askingAfterQueue(question(PendingQuestion.ACCOUNT, language, true),
                List.of(phrases.skip(language))) : queued;
    }

    private Step askNextOrQueue(DialogueMemory memory, Outcome outcome, String lead, PendingQuestion after) {
        PendingQuestion next = nextQuestion(memory.details(), after, memory.questionsAsked());
        if (next == PendingQuestion.NONE) {
            return queue(withDetails(memory, memory.details(), PendingQuestion.NONE, memory.questionsAsked()),
                    outcome, lead);
        }
        ReplyLanguage language = outcome.replyLanguage();
        String q = question(next, language, false);
        DialogueMemory asking = withDetails(memory, memory.details(), next, memory.questionsAsked() + 1);
        boolean first = after == PendingQuestion.NONE;
        return Step.reply(ConversationState.COLLECTING_DETAILS, asking, lead == null ? q : lead + "\n" + q,
                List.of(phrases.skip(language)),
                first ? trail(outcome, Action.HANDOFF, memory.handoffPriority(), memory.handoffReason())
                        : trail(outcome, Action.COLLECT));
    }

    private Step queue(DialogueMemory memory, Outcome outcome, String lead) {
        // With no lead-in (the user skipped the last question) the queue announcement is the whole reply.
        return Step.queued(memory, lead == null ? "" : lead,
                trail(outcome, Action.QUEUED, memory.handoffPriority(), memory.handoffReason()),
                new TicketChange.Open(memory.handoffPriority(), memory.handoffReason(),
                        ESCALATION_REASON.equals(memory.handoffReason()) ? 2 : 1));
    }

    /** The next question after {@code after}, in the fixed order account then description, if still needed. */
    private static PendingQuestion nextQuestion(Details details, PendingQuestion after, int asked) {
        if (asked >= MAX_QUESTIONS) {
            return PendingQuestion.NONE;
        }
        if (after.ordinal() < PendingQuestion.ACCOUNT.ordinal() && details.accountId() == null) {
            return PendingQuestion.ACCOUNT;
        }
        if (after.ordinal() < PendingQuestion.DESCRIPTION.ordinal() && details.description() == null) {
            return PendingQuestion.DESCRIPTION;
        }
        return PendingQuestion.NONE;
    }

    private Details answer(PendingQuestion pending, Details details, String text, boolean skip) {
        if (skip || pending == PendingQuestion.NONE) {
            return details;
        }
        if (pending == PendingQuestion.ACCOUNT) {
            Optional<String> account = reader.accountId(text);
            if (account.isPresent()) {
                return details.withAccountId(account.get());
            }
            // Not an account: most likely the user described the problem instead.
            return details.description() == null ? details.withDescription(text) : details;
        }
        return said(details, text);
    }

    private String question(PendingQuestion question, ReplyLanguage language, boolean waiting) {
        return switch (question) {
            case ACCOUNT -> phrases.text(waiting ? Phrases.ASK_ACCOUNT_WHILE_WAITING : Phrases.ASK_ACCOUNT, language);
            case DESCRIPTION -> phrases.text(Phrases.ASK_DESCRIPTION, language);
            case NONE, EMAIL, RATING -> throw new IllegalArgumentException("not a detail question: " + question);
        };
    }

    /** The details with {@code text} added to the description, on a line of its own. */
    private static Details said(Details details, String text) {
        return details.withDescription(details.description() == null ? text : details.description() + "\n" + text);
    }

    private static DialogueMemory handoff(DialogueMemory m, Details details, Decision.Handoff h) {
        return m.handingOff(h.priority(), h.reason()).withDetails(details);
    }

    /** The memory of a turn Baton kept: no handoff, the ticket id kept for the record. */
    private static DialogueMemory remember(DialogueMemory m, List<QuickReply> offered, int streak, Details details) {
        return m.fresh().withTicketId(m.ticketId()).offering(offered, streak).withDetails(details);
    }

    private static DialogueMemory withDetails(DialogueMemory m, Details details, PendingQuestion pending, int asked) {
        return m.withQuestions(pending, asked).withDetails(details);
    }

    private static DecisionTrail trail(Outcome outcome, Action action) {
        return trail(outcome, action, null, null);
    }

    private static DecisionTrail trail(Outcome outcome, Action action, Priority priority, String reason) {
        return new DecisionTrail(action.code(), null, outcome.prediction().intent(), outcome.prediction().confidence(),
                priority == null ? null : priority.name().toLowerCase(Locale.ROOT), reason);
    }

    private static DecisionTrail answered(Outcome outcome, String faqId) {
        return new DecisionTrail(Action.ANSWER.code(), faqId, outcome.prediction().intent(),
                outcome.prediction().confidence(), null, null);
    }
}
