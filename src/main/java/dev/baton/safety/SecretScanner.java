package dev.baton.safety;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Finds wallet secrets in a user's message and redacts them before the message is stored, logged or
 * shown to anyone: BIP-39 recovery phrases (English, Simplified and Traditional Chinese), 64-hex private
 * keys, WIF keys and extended private keys, and whatever the user says is their phrase or key.
 *
 * <p>Immutable and thread-safe: build one at start-up and share it. A scan makes one pass per detector over
 * the text with no regular expressions, so its cost grows linearly with the text.
 */
public final class SecretScanner {

    private static final String MARK = "[redacted: ";
    private static final Comparator<SecretFinding> TEXT_ORDER = Comparator.comparingInt(SecretFinding::start)
            .thenComparing(Comparator.comparingInt(SecretFinding::end).reversed());

    private final List<SecretDetector> detectors;

    SecretScanner(List<SecretDetector> detectors) {
        this.detectors = List.copyOf(detectors);
    }

    /**
     * A scanner using the BIP-39 wordlists shipped in this package's resources.
     *
     * @throws IllegalStateException when a wordlist is missing or does not hold 2048 distinct words
     */
    public static SecretScanner withBundledWordlists() {
        Bip39Wordlist english = Bip39Wordlist.load("english");
        Bip39Wordlist simplified = Bip39Wordlist.load("chinese_simplified");
        Bip39Wordlist traditional = Bip39Wordlist.load("chinese_traditional");
        return new SecretScanner(List.of(
                new EnglishPhraseDetector(english),
                new ChinesePhraseDetector(simplified, traditional),
                new KeyDetector(),
                new DeclaredSecretDetector()));
    }

    /**
     * Whether {@code text} carries a redaction this scanner made earlier: a message redacted as it arrived (a
     * platform's webhook is stored redacted) still reports the secret it held.
     */
    public static boolean redactedBefore(String text) {
        int at = text.indexOf(MARK);
        while (at >= 0) {
            for (SecretKind kind : SecretKind.values()) {
                if (text.startsWith(kind.label() + "]", at + MARK.length())) {
                    return true;
                }
            }
            at = text.indexOf(MARK, at + 1);
        }
        return false;
    }

    /**
     * Scans {@code text}. Overlapping findings are merged into one that keeps the earliest finding's kind, and each finding is
     * replaced in {@link SecretScan#redacted()} by {@code [redacted: <label>]}.
     */
    public SecretScan scan(String text) {
        Objects.requireNonNull(text, "text");
        List<SecretFinding> raw = new ArrayList<>(2);
        for (SecretDetector detector : detectors) {
            detector.detect(text, raw);
        }
        if (raw.isEmpty()) {
            return new SecretScan(text, List.of());
        }
        raw.sort(TEXT_ORDER);
        List<SecretFinding> kept = new ArrayList<>(raw.size());
        for (SecretFinding finding : raw) {
            SecretFinding last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
            if (last == null || !last.overlaps(finding)) {
                kept.add(finding);
            } else if (finding.end() > last.end()) {
                kept.set(kept.size() - 1, new SecretFinding(last.kind(), last.start(), finding.end(),
                        last.certain() || finding.certain()));
            }
        }
        StringBuilder redacted = new StringBuilder(text.length());
        int copied = 0;
        for (SecretFinding finding : kept) {
            redacted.append(text, copied, finding.start())
                    .append(MARK).append(finding.kind().label()).append(']');
            copied = finding.end();
        }
        redacted.append(text, copied, text.length());
        return new SecretScan(redacted.toString(), kept);
    }
}
