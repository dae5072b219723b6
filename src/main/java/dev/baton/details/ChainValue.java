package dev.baton.details;

import java.util.Objects;

/**
 * A transaction hash or wallet address found in a message, with the chain family its format points to.
 *
 * @param value    the string as the user wrote it
 * @param chain    {@code ethereum} (any EVM chain), {@code bitcoin}, {@code tron}, {@code solana} ... or
 *                 {@code unknown}
 * @param verified whether its checksum (EIP-55, Base58Check, Bech32/Bech32m) or length/alphabet rule held;
 *                 an unverified value is kept for the agent, marked as such
 */
public record ChainValue(String value, String chain, boolean verified) {
    public ChainValue {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(chain, "chain");
    }
}
