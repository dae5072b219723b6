package dev.baton.conversation;

import dev.baton.conversation.DialogueMemory.PendingQuestion;
import dev.baton.decision.ReplyLanguage;
import dev.baton.details.Details;
import java.util.Optional;

/**
 * The questions Baton asks before a handoff so that support has what it needs (the account, then a
 * description of the problem, at most {@value Dialogue#MAX_QUESTIONS} in all): which comes next, what an
 * answer adds to the details, and how each is asked.
 */
final class DetailQuestions {

    private final DetailReader reader;
    private final Phrases phrases;

    DetailQuestions(DetailReader reader, Phrases phrases) {
        this.reader = reader;
        this.phrases = phrases;
    }

    /** The next question after {@code after}, in the fixed order account then description, if still needed. */
    static PendingQuestion next(Details details, PendingQuestion after, int asked) {
        if (asked >= Dialogue.MAX_QUESTIONS) {
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

    /** What an answer to {@code pending} adds to the details (nothing when the user skipped it). */
    Details answer(PendingQuestion pending, Details details, String text, boolean skip) {
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
        return HandoffSteps.said(details, text);
    }

    /** How {@code question} is asked; {@code waiting}: while the user already waits in the queue. */
    String text(PendingQuestion question, ReplyLanguage language, boolean waiting) {
        return switch (question) {
            case ACCOUNT -> phrases.text(waiting ? Phrases.ASK_ACCOUNT_WHILE_WAITING : Phrases.ASK_ACCOUNT, language);
            case DESCRIPTION -> phrases.text(Phrases.ASK_DESCRIPTION, language);
            case NONE, EMAIL, RATING -> throw new IllegalArgumentException("not a detail question: " + question);
        };
    }
}
