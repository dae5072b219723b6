package dev.baton.safety;

/** What kind of wallet secret a {@link SecretFinding} is; {@link #label()} is what redaction shows. */
public enum SecretKind {
    /** A BIP-39 mnemonic (English or Chinese wordlist). */
    RECOVERY_PHRASE("recovery phrase"),
    /** A raw 32-byte key written as 64 hex digits. */
    PRIVATE_KEY("private key"),
    /** A Base58Check private key in Wallet Import Format. */
    WIF_KEY("private key"),
    /** A BIP-32 extended private key (xprv, yprv, zprv, tprv). */
    EXTENDED_PRIVATE_KEY("extended private key");

    private final String label;

    SecretKind(String label) {
        this.label = label;
    }

    /** Human-readable name used in {@code [redacted: <label>]}. */
    public String label() {
        return label;
    }
}
