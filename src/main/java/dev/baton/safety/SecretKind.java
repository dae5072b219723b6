package dev.baton.safety;

/**
 * What kind of wallet secret a {@link SecretFinding} is; {@link #label()} is what redaction shows.
 *
 * <p>Besides whole secrets there are the shapes a secret takes while it is on its way: a message holding
 * only part of a phrase or a key (the rest may follow in the next one), and a 64-hex string that may be a
 * transaction hash or a private key. They are held back from storage like secrets, so no part of a secret
 * is ever written in clear, but they are not by themselves a leak: a conversation's guard adds the parts
 * up, and asks the user what the hex string is.
 */
public enum SecretKind {
    /** A BIP-39 mnemonic, or a seed from Electrum's or Monero's word lists. */
    RECOVERY_PHRASE("recovery phrase", false),
    /** A raw 32-byte key written as 64 hex digits. */
    PRIVATE_KEY("private key", false),
    /** A Base58Check private key in Wallet Import Format. */
    WIF_KEY("private key", false),
    /** A BIP-32 extended private key (xprv, yprv, zprv, tprv). */
    EXTENDED_PRIVATE_KEY("extended private key", false),
    /** Some words of a phrase, sent on their own: the rest may come in the next messages. */
    PHRASE_PART("part of a recovery phrase", true),
    /** Some hex digits of a key, sent on their own. */
    KEY_PART("part of a private key", true),
    /**
     * 64 hex digits (or 64 bytes in Base58) said to be neither: a transaction hash or signature, or a private
     * key, which only the user can tell.
     */
    HASH_OR_KEY("transaction hash or private key", true);

    private final String label;
    private final boolean partial;

    SecretKind(String label, boolean partial) {
        this.label = label;
        this.partial = partial;
    }

    /** Human-readable name used in {@code [redacted: <label>]}. */
    public String label() {
        return label;
    }

    /** Whether this is held back without being a leak by itself (a part, or a string only the user can name). */
    public boolean partial() {
        return partial;
    }
}
