package dev.baton.safety;

/**
 * What the parts of a secret held back in a message add up to (see {@link SecretScanner#heldParts}).
 *
 * @param phraseWords words of a recovery phrase
 * @param keyDigits   hex digits of a private key
 * @param hashOrKey   64-hex strings the user has not yet said are transaction hashes
 */
public record HeldParts(int phraseWords, int keyDigits, int hashOrKey) {
    public static final HeldParts NONE = new HeldParts(0, 0, 0);

    /** These and {@code other} together. */
    public HeldParts plus(HeldParts other) {
        return new HeldParts(phraseWords + other.phraseWords, keyDigits + other.keyDigits, hashOrKey + other.hashOrKey);
    }
}
