package dev.baton.channel.email;

import dev.baton.decision.ReplyLanguage;
import java.util.Optional;

/**
 * What the email channel asks of the store: which of an address's conversations a ticket reference in a
 * subject names, the key Baton's Message-IDs are signed with, and what a conversation's next mail needs to
 * know (its language and the user's latest mail, which it answers).
 */
public interface MailThreads {

    /**
     * The conversation linked to {@code address} whose reference is {@code ticket}: a reference alone is only
     * eight characters, so it counts only for the address the conversation's mail goes to.
     */
    Optional<String> conversationOf(TicketReference ticket, String address);

    /** What a conversation's next mail needs; empty when there is no such conversation. */
    Optional<Thread> thread(String conversationId);

    /** The secret Baton's Message-IDs are signed with, the same on every instance and after restarts. */
    byte[] messageIdKey();

    /**
     * @param language       the language the conversation is answered in
     * @param lastUserMailId the Message-ID of the user's latest mail to the conversation's address, or null
     * @param topic          that mail's subject (redacted), or null
     */
    record Thread(ReplyLanguage language, String lastUserMailId, String topic) {
        public Thread {
            language = language == null ? ReplyLanguage.SIMPLIFIED : language;
        }
    }
}
