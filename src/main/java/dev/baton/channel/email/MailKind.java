package dev.baton.channel.email;

/**
 * What sort of mail came in. Only a person's own mail makes a conversation turn: answering an out-of-office
 * reply, a bounce or a mailing list would start a loop between two machines or write to a list.
 */
public enum MailKind {
    /** Written by a person. */
    PERSONAL,
    /** Sent by a machine on its own: an out-of-office or other auto-reply, a notice ({@code Auto-Submitted}). */
    AUTOMATIC,
    /** A report about another mail: a bounce, a delivery or read receipt, from {@code MAILER-DAEMON} and the like. */
    BOUNCE,
    /** Mail to many: a mailing list or bulk sender ({@code List-Id}, {@code Precedence: bulk}). */
    BULK;

    /** Whether the mail may make a conversation turn. */
    public boolean makesTurn() {
        return this == PERSONAL;
    }
}
