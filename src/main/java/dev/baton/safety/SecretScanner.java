package dev.baton.safety;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Finds wallet secrets in a message and redacts them before the message is stored, logged or shown to
 * anyone: recovery phrases (BIP-39 in its ten languages, Electrum's first seeds, Monero's seeds), hex,
 * WIF, Solana and extended private keys, and whatever the user says is their phrase or key. It reads the
 * message as a person would ({@link ReadableText}: full-width letters, zero-width spaces and look-alike
 * letters do not hide a word) and redacts exactly what the user typed.
 *
 * <p>Parts of a secret, and 64-hex strings only the user can name, are held back too; see
 * {@link SecretKind#partial()}. Their redaction says how much they held ("[redacted: part of a recovery
 * phrase, 6 words]") so a conversation's guard can add parts up from the stored text alone.
 *
 * <p>Immutable and thread-safe: build one at start-up and share it. A scan makes one pass per detector over
 * the text with no regular expressions, so its cost grows linearly with the text.
 */
public final class SecretScanner {

    private static final String MARK = "[redacted: ";
    private static final Comparator<SecretFinding> TEXT_ORDER = Comparator.comparingInt(SecretFinding::start)
            .thenComparing(Comparator.comparingInt(SecretFinding::end).reversed());
    /** The BIP-39 languages other than Chinese, whose words are words. */
    private static final List<String> BIP39_WORDS =
            List.of("english", "japanese", "korean", "spanish", "french", "italian", "czech", "portuguese");

    private static final List<String> MONERO_WORDS = List.of(
            "english",
            "spanish",
            "french",
            "italian",
            "portuguese",
            "german",
            "dutch",
            "russian",
            "japanese",
            "esperanto");

    private final List<SecretDetector> detectors;

    SecretScanner(List<SecretDetector> detectors) {
        this.detectors = List.copyOf(detectors);
    }

    /**
     * A scanner using the word lists shipped in this package's resources.
     *
     * @throws IllegalStateException when a word list is missing or is not the size its standard gives
     */
    public static SecretScanner withBundledWordlists() {
        List<SeedWordlist> words = new ArrayList<>();
        BIP39_WORDS.forEach(language -> words.add(SeedWordlist.bip39(language)));
        words.add(SeedWordlist.load("electrum/old_english", SeedWordlist.Family.ELECTRUM));
        MONERO_WORDS.forEach(
                language -> words.add(SeedWordlist.load("monero/" + language, SeedWordlist.Family.MONERO)));
        List<SeedWordlist> characters = List.of(
                SeedWordlist.bip39("chinese_simplified"),
                SeedWordlist.bip39("chinese_traditional"),
                SeedWordlist.load("monero/chinese_simplified", SeedWordlist.Family.MONERO));
        // The words ordinary support messages use.
        Set<String> everyday = BundledWords.load("everyday_words.txt");
        return new SecretScanner(List.of(
                new WordListPhraseDetector(words, everyday),
                new ChinesePhraseDetector(characters),
                new KeyDetector(),
                new DeclaredSecretDetector(everyday)));
    }

    /**
     * Whether {@code text} carries a redaction of a whole secret this scanner made earlier: a message redacted
     * as it arrived (a platform's webhook is stored redacted) still reports the secret it held. Held parts do
     * not count.
     */
    public static boolean redactedBefore(String text) {
        int at = text.indexOf(MARK);
        while (at >= 0) {
            for (SecretKind kind : SecretKind.values()) {
                if (!kind.partial() && text.startsWith(kind.label() + "]", at + MARK.length())) {
                    return true;
                }
            }
            at = text.indexOf(MARK, at + 1);
        }
        return false;
    }

    /** What the parts held back in an earlier message added up to, read from its stored (redacted) text. */
    public static HeldParts heldParts(String text) {
        int words = 0;
        int digits = 0;
        int hashOrKey = 0;
        for (int at = text.indexOf(MARK); at >= 0; at = text.indexOf(MARK, at + 1)) {
            int from = at + MARK.length();
            if (text.startsWith(SecretKind.PHRASE_PART.label() + ", ", from)) {
                words += number(text, from + SecretKind.PHRASE_PART.label().length() + 2);
            } else if (text.startsWith(SecretKind.KEY_PART.label() + ", ", from)) {
                digits += number(text, from + SecretKind.KEY_PART.label().length() + 2);
            } else if (text.startsWith(SecretKind.HASH_OR_KEY.label() + "]", from)) {
                hashOrKey++;
            }
        }
        return new HeldParts(words, digits, hashOrKey);
    }

    private static int number(String text, int from) {
        int value = 0;
        for (int k = from; k < text.length() && Separators.isDigit(text.charAt(k)) && value < 10_000; k++) {
            value = value * 10 + (text.charAt(k) - '0');
        }
        return value;
    }

    /** Scans a message on its own. */
    public SecretScan scan(String text) {
        return scan(text, ScanContext.NONE);
    }

    /**
     * Scans {@code text} as read by a person. Overlapping findings are merged into one that keeps the earliest
     * finding's kind (a whole secret's, when one of them is whole), and each finding is replaced in
     * {@link SecretScan#redacted()} by {@code [redacted: <label>]}.
     */
    public SecretScan scan(String text, ScanContext context) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(context, "context");
        ReadableText readable = ReadableText.of(text);
        String scanned = withoutMarks(readable.text());
        List<SecretFinding> raw = new ArrayList<>(2);
        for (SecretDetector detector : detectors) {
            detector.detect(scanned, context, raw);
        }
        if (raw.isEmpty()) {
            return new SecretScan(text, List.of());
        }
        raw.sort(TEXT_ORDER);
        List<SecretFinding> kept = new ArrayList<>(raw.size());
        for (SecretFinding found : raw) {
            SecretFinding finding = found.at(readable.originalStart(found.start()), readable.originalEnd(found.end()));
            SecretFinding last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
            if (last == null || !last.overlaps(finding)) {
                kept.add(finding);
            } else {
                SecretKind kind = last.kind().partial() && !finding.kind().partial() ? finding.kind() : last.kind();
                kept.set(
                        kept.size() - 1,
                        new SecretFinding(
                                kind,
                                last.start(),
                                Math.max(last.end(), finding.end()),
                                last.certain() || finding.certain(),
                                kind.partial() ? Math.max(last.units(), finding.units()) : 0));
            }
        }
        return new SecretScan(redact(text, kept), kept);
    }

    /** {@code text} with {@code findings} (in text order, not overlapping) replaced by their marks. */
    public static String redact(String text, List<SecretFinding> findings) {
        if (findings.isEmpty()) {
            return text;
        }
        StringBuilder redacted = new StringBuilder(text.length());
        int copied = 0;
        for (SecretFinding finding : findings) {
            redacted.append(text, copied, finding.start()).append(mark(finding));
            copied = finding.end();
        }
        redacted.append(text, copied, text.length());
        return redacted.toString();
    }

    /**
     * A stored text whose held parts turned out to complete a secret: each part's mark becomes the mark of the
     * secret ("[redacted: part of a recovery phrase, 4 words]" becomes "[redacted: recovery phrase]").
     */
    public static String completeHeld(String text) {
        String done = text;
        for (SecretKind part : List.of(SecretKind.PHRASE_PART, SecretKind.KEY_PART)) {
            SecretKind whole = part == SecretKind.PHRASE_PART ? SecretKind.RECOVERY_PHRASE : SecretKind.PRIVATE_KEY;
            String prefix = MARK + part.label() + ", ";
            for (int at = done.indexOf(prefix); at >= 0; at = done.indexOf(prefix, at + 1)) {
                int close = done.indexOf(']', at);
                if (close < 0) {
                    break;
                }
                done = done.substring(0, at) + MARK + whole.label() + "]" + done.substring(close + 1);
            }
        }
        return done;
    }

    /**
     * The text without the marks of held parts: what the user said around them, for understanding the message
     * (a held part is not yet a leak, and the words of its mark are Baton's, not the user's).
     */
    public static String withoutHeld(String text) {
        if (text.indexOf(MARK) < 0) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        int copied = 0;
        for (int at = text.indexOf(MARK); at >= 0; at = text.indexOf(MARK, at + 1)) {
            int close = text.indexOf(']', at);
            if (close < 0) {
                break;
            }
            boolean held = false;
            for (SecretKind kind : SecretKind.values()) {
                held |= kind.partial() && text.startsWith(kind.label(), at + MARK.length());
            }
            if (held) {
                kept.append(text, copied, at).append(' ');
                copied = close + 1;
            }
        }
        return kept.append(text, copied, text.length()).toString();
    }

    /**
     * The text with every earlier redaction mark blanked out (same length, so offsets hold): the words of a
     * mark ("part of a recovery phrase, 6 words") are Baton's, not the user's, and never count as a phrase.
     */
    private static String withoutMarks(String text) {
        int at = text.indexOf(MARK);
        if (at < 0) {
            return text;
        }
        char[] chars = text.toCharArray();
        while (at >= 0) {
            int close = text.indexOf(']', at);
            int end = close < 0 ? text.length() : close + 1;
            java.util.Arrays.fill(chars, at, end, '\u0001');
            at = text.indexOf(MARK, end);
        }
        return new String(chars);
    }

    /** What a finding is replaced by: {@code [redacted: <label>]}, with a part's size. */
    static String mark(SecretFinding finding) {
        return switch (finding.kind()) {
            case PHRASE_PART -> MARK + finding.kind().label() + ", " + finding.units() + " words]";
            case KEY_PART -> MARK + finding.kind().label() + ", " + finding.units() + " hex digits]";
            default -> MARK + finding.kind().label() + "]";
        };
    }
}
