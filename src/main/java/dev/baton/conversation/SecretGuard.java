package dev.baton.conversation;

import dev.baton.conversation.DialogueMemory.PendingQuestion;
import dev.baton.safety.HeldParts;
import dev.baton.safety.ScanContext;
import dev.baton.safety.SecretFinding;
import dev.baton.safety.SecretKind;
import dev.baton.safety.SecretScan;
import dev.baton.safety.SecretScanner;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Keeps a secret sent in pieces out of storage. One message may hold only part of a recovery phrase or a
 * key; the scanner holds such parts back (they are never written in clear) and says how much they held. The
 * guard adds up the parts in the user's recent messages, at most {@value #WINDOW_MESSAGES} messages within
 * {@link #WINDOW}: when they make a whole secret (twelve words, 64 hex digits) the secret is exposed and the
 * turn hands off urgently. While parts are open, a single list word, or a few everyday ones, is a part too,
 * and a short part written earlier in clear (too few or too ordinary words to hold on their own) is redacted
 * after the fact when the secret completes.
 *
 * <p>Reads the conversation's recent messages only when a message holds a part, so an ordinary turn costs
 * nothing more than the scan. Stateless and thread-safe.
 */
final class SecretGuard {

    /** How far back parts are added up: a phrase copied from paper in pieces takes minutes, not hours. */
    static final Duration WINDOW = Duration.ofMinutes(10);
    /** How many of the user's recent messages are added up. */
    static final int WINDOW_MESSAGES = 6;

    static final int PHRASE_WORDS = 12;
    static final int KEY_DIGITS = 64;

    private final SecretScanner scanner;
    private final ConversationStore store;
    private final Predicate<String> asksForHash;

    /** @param asksForHash whether Baton's reply for an entry id or handoff reason asks for a transaction hash */
    SecretGuard(SecretScanner scanner, ConversationStore store, Predicate<String> asksForHash) {
        this.scanner = scanner;
        this.store = store;
        this.asksForHash = asksForHash;
    }

    /**
     * What a user's message is stored as.
     *
     * @param text     the message redacted: whole secrets, held parts, and parts completing a secret as the
     *                 secret they complete
     * @param context  what the policy scans the screened text with: the parts are all redacted by now
     * @param rewrites earlier messages to redact after the fact
     */
    record Screened(String text, ScanContext context, List<Rewrite> rewrites) {}

    /** Screens {@code text}, a message of {@code conversation}, arriving {@code now}. */
    Screened screen(Conversation conversation, String text, Instant now) {
        ScanContext alone = new ScanContext(false, hashAsked(conversation));
        ScanContext open = new ScanContext(true, alone.hashAsked());
        SecretScan scan = scanner.scan(text, open);
        // A platform's delivery arrives with its parts already held (it was stored redacted).
        HeldParts arrived = SecretScanner.heldParts(text);
        boolean arrivedParts = arrived.phraseWords() > 0 || arrived.keyDigits() > 0;
        if (!arrivedParts && scan.findings().stream().noneMatch(SecretGuard::countedPart)) {
            return new Screened(scan.redacted(), alone, List.of());
        }
        List<Message> window = recentUserMessages(conversation, now);
        HeldParts held = HeldParts.NONE;
        List<Message> clear = new ArrayList<>();
        List<SecretScan> clearScans = new ArrayList<>();
        for (Message m : window) {
            held = held.plus(SecretScanner.heldParts(m.text()));
            SecretScan earlier = scanner.scan(m.text(), open);
            if (earlier.findings().stream().anyMatch(SecretGuard::countedPart)) {
                clear.add(m);
                clearScans.add(earlier);
            }
        }
        SecretScan own = scanner.scan(text, alone);
        boolean strongNow = arrivedParts || own.findings().stream().anyMatch(SecretGuard::countedPart);
        boolean partsOpen = held.phraseWords() > 0 || held.keyDigits() > 0 || strongNow;
        if (!partsOpen) {
            // A few list words, with nothing held before, that read as an ordinary message on their own.
            return new Screened(own.redacted(), alone, List.of());
        }
        int words = held.phraseWords() + arrived.phraseWords() + units(scan, SecretKind.PHRASE_PART);
        int digits = held.keyDigits() + arrived.keyDigits() + units(scan, SecretKind.KEY_PART);
        for (SecretScan earlier : clearScans) {
            words += units(earlier, SecretKind.PHRASE_PART);
            digits += units(earlier, SecretKind.KEY_PART);
        }
        if (words < PHRASE_WORDS && digits < KEY_DIGITS) {
            return new Screened(scan.redacted(), alone, List.of());
        }
        List<Rewrite> rewrites = new ArrayList<>();
        for (Message m : window) {
            int c = clear.indexOf(m);
            String base = c >= 0
                    ? SecretScanner.redact(m.text(), completed(clearScans.get(c).findings()))
                    : m.text();
            String after = SecretScanner.completeHeld(base);
            if (!after.equals(m.text())) {
                rewrites.add(new Rewrite(m, after));
            }
        }
        String whole = SecretScanner.completeHeld(SecretScanner.redact(text, completed(scan.findings())));
        return new Screened(whole, alone, rewrites);
    }

    /**
     * {@code text} as a platform delivery of {@code conversation} is stored before its turn: whole secrets
     * redacted, and parts held as the turn would hold them (so no part is kept in clear in the delivery).
     * The turn adds the parts up.
     */
    String held(Conversation conversation, String text, Instant now) {
        ScanContext alone = context(conversation);
        SecretScan open = scanner.scan(text, new ScanContext(true, alone.hashAsked()));
        SecretScan own = scanner.scan(text, alone);
        if (open.findings().stream().noneMatch(SecretGuard::countedPart)
                || own.findings().stream().anyMatch(SecretGuard::countedPart)) {
            return open.findings().stream().anyMatch(SecretGuard::countedPart) ? open.redacted() : own.redacted();
        }
        HeldParts held = HeldParts.NONE;
        for (Message m : recentUserMessages(conversation, now)) {
            held = held.plus(SecretScanner.heldParts(m.text()));
        }
        return held.phraseWords() > 0 || held.keyDigits() > 0 ? open.redacted() : own.redacted();
    }

    /** Whether {@code text} holds part of a secret when other parts are open (the cheap test before a lookup). */
    boolean mayHoldPart(String text) {
        return scanner.scan(text, new ScanContext(true, false)).findings().stream()
                .anyMatch(SecretGuard::countedPart);
    }

    /** What a message of {@code conversation} is scanned with when it holds no part of a secret. */
    ScanContext context(Conversation conversation) {
        return new ScanContext(false, hashAsked(conversation));
    }

    /**
     * Whether Baton asked for a transaction hash last: its question for the problem does, and so do the answer
     * it gave last and the guidance of the handoff under way when they list the hash among what to send.
     */
    private boolean hashAsked(Conversation conversation) {
        DialogueMemory memory = conversation.memory();
        return memory.pending() == PendingQuestion.DESCRIPTION
                || asksForHash.test(memory.lastFaq())
                || conversation.state() != ConversationState.BOT && asksForHash.test(memory.handoffReason());
    }

    private List<Message> recentUserMessages(Conversation conversation, Instant now) {
        long from = Math.max(0, conversation.lastSeq() - 3L * WINDOW_MESSAGES);
        List<Message> recent = store.messages(conversation.id(), from, 3 * WINDOW_MESSAGES);
        Instant since = now.minus(WINDOW);
        List<Message> users = recent.stream()
                .filter(m -> m.sender() == Sender.USER && !m.createdAt().isBefore(since))
                .toList();
        return users.subList(Math.max(0, users.size() - WINDOW_MESSAGES), users.size());
    }

    private static boolean countedPart(SecretFinding f) {
        return f.kind() == SecretKind.PHRASE_PART || f.kind() == SecretKind.KEY_PART;
    }

    private static int units(SecretScan scan, SecretKind kind) {
        return scan.findings().stream()
                .filter(f -> f.kind() == kind)
                .mapToInt(SecretFinding::units)
                .sum();
    }

    /** The findings with every part taken for the whole secret it turned out to complete. */
    private static List<SecretFinding> completed(List<SecretFinding> findings) {
        return findings.stream()
                .map(f -> switch (f.kind()) {
                    case PHRASE_PART -> new SecretFinding(SecretKind.RECOVERY_PHRASE, f.start(), f.end(), false);
                    case KEY_PART -> new SecretFinding(SecretKind.PRIVATE_KEY, f.start(), f.end(), false);
                    default -> f;
                })
                .toList();
    }
}
