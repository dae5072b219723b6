package dev.baton.conversation;

import dev.baton.decision.QuickReply;
import dev.baton.decision.ReplyLanguage;
import dev.baton.details.Details;
import dev.baton.handoff.Priority;
import java.util.List;

/**
 * What Baton remembers between turns of one conversation.
 *
 * @param offered         the options Baton offered last (a clarifying question's, an answer's quick replies, a
 *                        rating's stars); the next message may pick one
 * @param unclearStreak   how many messages in a row Baton could not place
 * @param pending         the question waiting for an answer, if any
 * @param questionsAsked  how many detail questions this handoff has asked (at most two)
 * @param details         what is known for the ticket
 * @param handoffPriority the priority of the decided handoff, or null
 * @param handoffReason   its reason code, or null
 * @param ticketId        the conversation's latest ticket, or null
 * @param lastFaq         the FAQ Baton answered last, or null (a second "that didn't help" escalates)
 * @param emailOffered    whether email follow-up was offered while this ticket waited
 * @param language        the language of the user's last message, or null before the first
 */
public record DialogueMemory(
        List<QuickReply> offered,
        int unclearStreak,
        PendingQuestion pending,
        int questionsAsked,
        Details details,
        Priority handoffPriority,
        String handoffReason,
        String ticketId,
        String lastFaq,
        boolean emailOffered,
        ReplyLanguage language) {

    public static final DialogueMemory EMPTY = new DialogueMemory(
            List.of(), 0, PendingQuestion.NONE, 0, Details.NONE, null, null, null, null, false, null);

    public DialogueMemory {
        offered = offered == null ? List.of() : List.copyOf(offered);
        pending = pending == null ? PendingQuestion.NONE : pending;
        details = details == null ? Details.NONE : details;
        if (unclearStreak < 0 || questionsAsked < 0) {
            throw new IllegalArgumentException("counters cannot be negative");
        }
    }

    /** The memory of a handoff-free conversation, as in {@code EMPTY}, keeping the user's language. */
    public DialogueMemory fresh() {
        return EMPTY.withLanguage(language);
    }

    public DialogueMemory withDetails(Details value) {
        return new DialogueMemory(
                offered,
                unclearStreak,
                pending,
                questionsAsked,
                value,
                handoffPriority,
                handoffReason,
                ticketId,
                lastFaq,
                emailOffered,
                language);
    }

    public DialogueMemory withTicketId(String id) {
        return new DialogueMemory(
                offered,
                unclearStreak,
                pending,
                questionsAsked,
                details,
                handoffPriority,
                handoffReason,
                id,
                lastFaq,
                emailOffered,
                language);
    }

    public DialogueMemory withLanguage(ReplyLanguage value) {
        return new DialogueMemory(
                offered,
                unclearStreak,
                pending,
                questionsAsked,
                details,
                handoffPriority,
                handoffReason,
                ticketId,
                lastFaq,
                emailOffered,
                value);
    }

    /**
     * As a conversation by email is remembered: the mail is the description, so no detail questions are asked one
     * reply at a time (a round trip by mail takes hours), and email follow-up is never offered.
     */
    public DialogueMemory byMail() {
        return new DialogueMemory(
                offered,
                unclearStreak,
                pending,
                Math.max(questionsAsked, Dialogue.MAX_QUESTIONS),
                details,
                handoffPriority,
                handoffReason,
                ticketId,
                lastFaq,
                true,
                language);
    }

    public DialogueMemory withLastFaq(String faqId) {
        return new DialogueMemory(
                offered,
                unclearStreak,
                pending,
                questionsAsked,
                details,
                handoffPriority,
                handoffReason,
                ticketId,
                faqId,
                emailOffered,
                language);
    }

    /**
     * Handing off at {@code priority} for {@code reason}: nothing is on offer, the unclear streak and the last
     * FAQ are forgotten; the questions, the ticket and the email offer stay.
     */
    public DialogueMemory handingOff(Priority priority, String reason) {
        return new DialogueMemory(
                List.of(),
                0,
                pending,
                questionsAsked,
                details,
                priority,
                reason,
                ticketId,
                null,
                emailOffered,
                language);
    }

    /**
     * Waiting on {@code question} ({@code NONE}: on nothing) after {@code asked} detail questions, with nothing
     * on offer and no unclear streak.
     */
    public DialogueMemory withQuestions(PendingQuestion question, int asked) {
        return new DialogueMemory(
                List.of(),
                0,
                question,
                asked,
                details,
                handoffPriority,
                handoffReason,
                ticketId,
                lastFaq,
                emailOffered,
                language);
    }

    /** With {@code options} on offer after {@code streak} messages in a row Baton could not place. */
    public DialogueMemory offering(List<QuickReply> options, int streak) {
        return new DialogueMemory(
                options,
                streak,
                pending,
                questionsAsked,
                details,
                handoffPriority,
                handoffReason,
                ticketId,
                lastFaq,
                emailOffered,
                language);
    }

    /** Waiting on {@code question}, with {@code options} on offer. */
    public DialogueMemory asking(PendingQuestion question, List<QuickReply> options) {
        return new DialogueMemory(
                options,
                unclearStreak,
                question,
                questionsAsked,
                details,
                handoffPriority,
                handoffReason,
                ticketId,
                lastFaq,
                emailOffered || question == PendingQuestion.EMAIL,
                language);
    }

    /** The questions Baton may be waiting on. */
    public enum PendingQuestion {
        NONE,
        /** The account's email or username, for a handoff. */
        ACCOUNT,
        /** The problem in the user's words, for a handoff. */
        DESCRIPTION,
        /** An address for email follow-up, offered after a long wait. */
        EMAIL,
        /** A 1-5 satisfaction rating, asked when an agent resolves the conversation. */
        RATING
    }
}
