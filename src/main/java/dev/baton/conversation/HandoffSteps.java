package dev.baton.conversation;

import dev.baton.conversation.DecisionTrail.Action;
import dev.baton.conversation.DialogueMemory.PendingQuestion;
import dev.baton.conversation.Step.TicketChange;
import dev.baton.decision.Decision;
import dev.baton.decision.Outcome;
import dev.baton.decision.ReplyLanguage;
import dev.baton.details.Details;
import dev.baton.handoff.Priority;
import java.util.List;

/**
 * The {@link Dialogue}'s steps once a handoff is decided: collecting the details support needs (at most
 * {@value Dialogue#MAX_QUESTIONS} {@linkplain DetailQuestions questions}), waiting in the queue, with an agent,
 * and after the agent resolved.
 */
final class HandoffSteps {

    private final DetailQuestions questions;
    private final Phrases phrases;

    HandoffSteps(DetailReader reader, Phrases phrases) {
        this.questions = new DetailQuestions(reader, phrases);
        this.phrases = phrases;
    }

    /** A normal handoff: the detail questions still needed, then the queue. */
    Step handOff(DialogueMemory memory, Details details, Decision.Handoff h, Outcome outcome) {
        return askNextOrQueue(handoff(memory, details, h), outcome, h.text(), PendingQuestion.NONE);
    }

    /**
     * A handoff the policy decided (the user asked, or Baton cannot help): when questions come first, the reply
     * says so rather than announcing a transfer that waits for the answers.
     */
    Step handOffAfterQuestions(DialogueMemory memory, Details details, Decision.Handoff h, Outcome outcome) {
        DialogueMemory handing = handoff(memory, details, h);
        boolean asks = DetailQuestions.next(handing.details(), PendingQuestion.NONE, handing.questionsAsked())
                != PendingQuestion.NONE;
        String lead = asks ? phrases.text(Phrases.BEFORE_HANDOFF, outcome.replyLanguage()) : h.text();
        return askNextOrQueue(handing, outcome, lead, PendingQuestion.NONE);
    }

    /** An urgent handoff: the queue at once. */
    Step handOffUrgently(DialogueMemory memory, Details details, Decision.Handoff h, Outcome outcome) {
        return queueUrgently(handoff(memory, details, h), outcome, h.text());
    }

    /**
     * After an agent resolved: a rating is stored, thanks and goodbyes are answered, anything else reopens
     * the ticket (it is still the same problem, most of the time).
     */
    Step resolved(DialogueMemory memory, Outcome outcome, Details found, String choice) {
        ReplyLanguage language = outcome.replyLanguage();
        Integer stars = Replies.stars(choice, outcome.text());
        if (stars != null) {
            return Step.reply(
                            ConversationState.BOT,
                            memory.fresh(),
                            phrases.text(Phrases.RATED, language),
                            List.of(),
                            DecisionTrail.of(outcome, Action.RATED))
                    .withTicket(new TicketChange.Rate(stars));
        }
        if (outcome.decision() instanceof Decision.SmallTalk s) {
            return Step.reply(
                    ConversationState.RESOLVED,
                    memory,
                    s.text(),
                    memory.offered(),
                    DecisionTrail.of(outcome, Action.SMALLTALK));
        }
        Details details = memory.details().merge(found);
        boolean urgent = outcome.decision() instanceof Decision.Handoff h && h.priority() == Priority.URGENT;
        Decision.Handoff raise = urgent ? (Decision.Handoff) outcome.decision() : null;
        DialogueMemory reopened = memory.fresh()
                .withTicketId(memory.ticketId())
                .handingOff(
                        urgent ? Priority.URGENT : memory.handoffPriority(),
                        urgent ? raise.reason() : memory.handoffReason())
                .withQuestions(PendingQuestion.NONE, Dialogue.MAX_QUESTIONS)
                .withDetails(said(details, outcome.text()));
        String text = urgent ? raise.text() : phrases.text(Phrases.REOPENED, language);
        return Step.queued(
                reopened,
                text,
                DecisionTrail.of(outcome, Action.REOPEN, reopened.handoffPriority(), reopened.handoffReason()),
                new TicketChange.Reopen(urgent ? Priority.URGENT : null, urgent ? raise.reason() : null));
    }

    Step collecting(DialogueMemory memory, Outcome outcome, Details found, boolean skip) {
        Details details = memory.details().merge(found);
        if (outcome.decision() instanceof Decision.Handoff h && h.priority() == Priority.URGENT) {
            return handOffUrgently(memory, details, h, outcome);
        }
        if (outcome.decision() instanceof Decision.Handoff h) {
            // Asked for a person again: stop asking and queue with what is known.
            DialogueMemory next = withDetails(memory, details, PendingQuestion.NONE, memory.questionsAsked());
            return queue(next, outcome, h.text());
        }
        Details answered = questions.answer(memory.pending(), details, outcome.text(), skip);
        DialogueMemory next = withDetails(memory, answered, PendingQuestion.NONE, memory.questionsAsked());
        String lead = skip ? null : phrases.text(Phrases.NOTED, outcome.replyLanguage());
        return askNextOrQueue(next, outcome, lead, memory.pending());
    }

    Step queued(DialogueMemory memory, Outcome outcome, Details found, boolean skip) {
        Details details = memory.details().merge(found);
        ReplyLanguage language = outcome.replyLanguage();
        if (memory.pending() == PendingQuestion.EMAIL && (found.email() != null || skip)) {
            DialogueMemory after = withDetails(memory, details, PendingQuestion.NONE, memory.questionsAsked());
            String text = skip
                    ? phrases.text(Phrases.EMAIL_DECLINED, language)
                    : String.format(phrases.text(Phrases.EMAIL_NOTED, language), found.email());
            return Step.reply(
                            ConversationState.QUEUED, after, text, List.of(), DecisionTrail.of(outcome, Action.COLLECT))
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
            return Step.queued(
                    raised,
                    h.text(),
                    DecisionTrail.of(outcome, Action.HANDOFF, h.priority(), h.reason()),
                    new TicketChange.Update(Priority.URGENT, h.reason()));
        }
        PendingQuestion pending = memory.pending();
        Details answered = questions.answer(pending, details, outcome.text(), skip);
        PendingQuestion next = pending == PendingQuestion.NONE
                ? PendingQuestion.NONE
                : DetailQuestions.next(answered, pending, memory.questionsAsked());
        int asked = memory.questionsAsked() + (next == PendingQuestion.NONE ? 0 : 1);
        DialogueMemory after = withDetails(memory, answered, next, asked);
        String text = phrases.text(pending == PendingQuestion.NONE ? Phrases.ADDED_TO_TICKET : Phrases.NOTED, language);
        if (next != PendingQuestion.NONE) {
            return Step.reply(
                            ConversationState.QUEUED,
                            after,
                            text + "\n" + questions.text(next, language, false),
                            List.of(phrases.skip(language)),
                            DecisionTrail.of(outcome, Action.COLLECT))
                    .withTicket(new TicketChange.Update(null, null));
        }
        return Step.queued(after, text, DecisionTrail.of(outcome, Action.QUEUED), new TicketChange.Update(null, null));
    }

    /**
     * The user no longer needs an agent: the ticket is closed and Baton takes the conversation back. Not for
     * an urgent ticket: money at risk is worth a human's look even if the user thinks it settled.
     */
    private Step leaveQueue(DialogueMemory memory, Outcome outcome) {
        ReplyLanguage language = outcome.replyLanguage();
        if (memory.handoffPriority() == Priority.URGENT) {
            return Step.queued(
                    memory,
                    phrases.text(Phrases.URGENT_STAYS, language),
                    DecisionTrail.of(outcome, Action.QUEUED),
                    new TicketChange.None());
        }
        return Step.reply(
                        ConversationState.BOT,
                        memory.fresh().withTicketId(memory.ticketId()),
                        phrases.text(Phrases.LEFT_QUEUE, language),
                        List.of(),
                        DecisionTrail.of(outcome, Action.LEFT_QUEUE))
                .withTicket(new TicketChange.Abandon());
    }

    Step withAgent(DialogueMemory memory, Outcome outcome, Details found) {
        Details details = memory.details().merge(found);
        DialogueMemory next = withDetails(memory, details, memory.pending(), memory.questionsAsked());
        TicketChange change =
                found.equals(Details.NONE) ? new TicketChange.None() : new TicketChange.Update(null, null);
        if (outcome.decision() instanceof Decision.Handoff h && raises(memory, h)) {
            next = handoff(memory, details, h);
            change = new TicketChange.Update(Priority.URGENT, h.reason());
        }
        return Step.silent(next, DecisionTrail.of(outcome, Action.SILENT), change);
    }

    /**
     * Whether an urgent handoff changes a ticket already open: it raises a normal one, and an exposed secret
     * becomes the reason of any (the agent must know the user's wallet is no longer safe).
     */
    private static boolean raises(DialogueMemory memory, Decision.Handoff h) {
        if (h.priority() != Priority.URGENT) {
            return false;
        }
        boolean secretNews =
                Dialogue.SECRET_EXPOSED.equals(h.reason()) && !Dialogue.SECRET_EXPOSED.equals(memory.handoffReason());
        return memory.handoffPriority() != Priority.URGENT || secretNews;
    }

    /** An urgent handoff queues at once; the account question, if still open, is asked while the user waits. */
    private Step queueUrgently(DialogueMemory memory, Outcome outcome, String text) {
        ReplyLanguage language = outcome.replyLanguage();
        boolean ask = memory.details().accountId() == null && memory.questionsAsked() < Dialogue.MAX_QUESTIONS;
        DialogueMemory next = ask
                ? withDetails(memory, memory.details(), PendingQuestion.ACCOUNT, memory.questionsAsked() + 1)
                : withDetails(memory, memory.details(), PendingQuestion.NONE, memory.questionsAsked());
        Step queued = Step.queued(
                next,
                text,
                DecisionTrail.of(outcome, Action.HANDOFF, Priority.URGENT, memory.handoffReason()),
                new TicketChange.Open(Priority.URGENT, memory.handoffReason(), 1));
        return ask
                ? queued.askingAfterQueue(
                        questions.text(PendingQuestion.ACCOUNT, language, true), List.of(phrases.skip(language)))
                : queued;
    }

    private Step askNextOrQueue(DialogueMemory memory, Outcome outcome, String lead, PendingQuestion after) {
        PendingQuestion next = DetailQuestions.next(memory.details(), after, memory.questionsAsked());
        if (next == PendingQuestion.NONE) {
            return queue(
                    withDetails(memory, memory.details(), PendingQuestion.NONE, memory.questionsAsked()),
                    outcome,
                    lead);
        }
        ReplyLanguage language = outcome.replyLanguage();
        String q = questions.text(next, language, false);
        DialogueMemory asking = withDetails(memory, memory.details(), next, memory.questionsAsked() + 1);
        boolean first = after == PendingQuestion.NONE;
        return Step.reply(
                ConversationState.COLLECTING_DETAILS,
                asking,
                lead == null ? q : lead + "\n" + q,
                List.of(phrases.skip(language)),
                first
                        ? DecisionTrail.of(outcome, Action.HANDOFF, memory.handoffPriority(), memory.handoffReason())
                        : DecisionTrail.of(outcome, Action.COLLECT));
    }

    private Step queue(DialogueMemory memory, Outcome outcome, String lead) {
        // With no lead-in (the user skipped the last question) the queue announcement is the whole reply.
        return Step.queued(
                memory,
                lead == null ? "" : lead,
                DecisionTrail.of(outcome, Action.QUEUED, memory.handoffPriority(), memory.handoffReason()),
                new TicketChange.Open(
                        memory.handoffPriority(),
                        memory.handoffReason(),
                        Dialogue.ESCALATION_REASON.equals(memory.handoffReason()) ? 2 : 1));
    }

    /** The details with {@code text} added to the description, on a line of its own. */
    static Details said(Details details, String text) {
        return details.withDescription(details.description() == null ? text : details.description() + "\n" + text);
    }

    private static DialogueMemory handoff(DialogueMemory m, Details details, Decision.Handoff h) {
        return m.handingOff(h.priority(), h.reason()).withDetails(details);
    }

    private static DialogueMemory withDetails(DialogueMemory m, Details details, PendingQuestion pending, int asked) {
        return m.withQuestions(pending, asked).withDetails(details);
    }
}
