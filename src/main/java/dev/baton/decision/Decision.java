package dev.baton.decision;

import dev.baton.handoff.Priority;
import java.util.List;
import java.util.Objects;

/** What Baton does with a message. Every decision carries the reply text in the user's language. */
public sealed interface Decision {

    /** The reply shown to the user. */
    String text();

    /** {@code answer}, {@code clarify}, {@code handoff} or {@code smalltalk}. */
    String action();

    /** A FAQ answer. */
    record Answer(String faqId, String text, List<QuickReply> quickReplies) implements Decision {
        public Answer {
            Objects.requireNonNull(faqId, "faqId");
            Objects.requireNonNull(text, "text");
            quickReplies = List.copyOf(quickReplies);
        }

        @Override
        public String action() {
            return "answer";
        }
    }

    /** Why Baton asks back; {@link #code()} is the stable code agents, audits and {@code decide} see. */
    enum ClarifyReason {
        /** Two FAQ entries are close. */
        AMBIGUOUS,
        /** Nothing is confident enough. */
        LOW_CONFIDENCE,
        /** The message is outside what Baton handles. */
        OUT_OF_SCOPE,
        /** A bare 64-hex string: a transaction hash or a private key? */
        HASH_OR_KEY,
        /** A terse message that may be an emergency: which one, or a person? */
        POSSIBLE_EMERGENCY;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Baton is not sure, or the message is outside what it handles: a question back with options. */
    record Clarify(String text, List<QuickReply> options, ClarifyReason reason) implements Decision {
        public Clarify {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(reason, "reason");
            options = List.copyOf(options);
        }

        @Override
        public String action() {
            return "clarify";
        }
    }

    /** A human agent takes over; {@code reason} is a stable code such as {@code funds_at_risk.wrong_address}. */
    record Handoff(Priority priority, String reason, String text) implements Decision {
        public Handoff {
            Objects.requireNonNull(priority, "priority");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String action() {
            return "handoff";
        }
    }

    /** Greeting, thanks, goodbye, "are you a bot". */
    record SmallTalk(String intent, String text) implements Decision {
        public SmallTalk {
            Objects.requireNonNull(intent, "intent");
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String action() {
            return "smalltalk";
        }
    }
}
