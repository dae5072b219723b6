package dev.baton.details;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Pulls what support needs from one user message: transaction hashes and addresses (checksum-verified),
 * amount and coin, network, time, a quoted error message and an email address. Returns only what the
 * message holds and never sets {@link Details#description()}: the caller decides what the description is.
 *
 * <p>Give it redacted text (see {@code dev.baton.safety.SecretScanner}); redaction placeholders are never
 * mistaken for values. Immutable and thread-safe, with every pattern compiled once: share one instance.
 *
 * <p>Decisions worth knowing:
 * <ul>
 *   <li>An Ethereum address in all-lowercase or all-uppercase hex carries no EIP-55 checksum; it is reported
 *       as verified, since nothing about it can be checked and wallets accept it.</li>
 *   <li>A value of the right shape with a failing checksum (a typo) is kept, with {@code verified=false}.</li>
 *   <li>A Solana address is only recognised when the message names Solana, SOL or Phantom; Solana
 *       signatures (64 bytes in Base58) are recognised anywhere.</li>
 *   <li>A 64-hex hash without {@code 0x} gets the chain family of the named network, else of the message's
 *       addresses when they agree, else {@code unknown} (Bitcoin and Tron hashes look alike).</li>
 *   <li>An email found is also the account id, since the message names no other.</li>
 * </ul>
 */
public final class DetailExtractor {

    /** Extracts the details in {@code text}; {@link Details#NONE} when there are none. */
    public Details extract(String text) {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            return Details.NONE;
        }
        Optional<Networks.Network> network = Networks.find(text);
        boolean solana =
                network.filter(n -> n.family().equals(ChainTokens.SOLANA)).isPresent() || Networks.namesSolana(text);
        List<ChainValue> addresses = new ArrayList<>(2);
        List<ChainValue> txHashes = new ArrayList<>(2);
        ChainTokens.scan(text, solana, addresses, txHashes);
        String bareHashChain = bareHashChain(network, addresses);
        txHashes.replaceAll(tx ->
                tx.chain().equals(ChainTokens.UNKNOWN) ? new ChainValue(tx.value(), bareHashChain, tx.verified()) : tx);
        String email = Emails.find(text).orElse(null);
        String amount = Amounts.find(text).orElse(null);
        String chain = network.map(Networks.Network::label).orElse(null);
        String time = TimePhrases.find(text).orElse(null);
        String error = ErrorMessages.find(text).orElse(null);
        if (email == null
                && amount == null
                && chain == null
                && time == null
                && error == null
                && addresses.isEmpty()
                && txHashes.isEmpty()) {
            return Details.NONE;
        }
        return new Details(email, null, txHashes, addresses, amount, chain, time, error, email);
    }

    /**
     * The account id in a reply to "what is your account email or username?".
     *
     * @see AccountIds#accountId(String)
     */
    public Optional<String> accountId(String answer) {
        return AccountIds.accountId(answer);
    }

    private static String bareHashChain(Optional<Networks.Network> network, List<ChainValue> addresses) {
        String family = network.map(Networks.Network::family).orElse(null);
        if (family == null
                && !addresses.isEmpty()
                && addresses.stream()
                        .allMatch(a -> a.chain().equals(addresses.get(0).chain()))) {
            family = addresses.get(0).chain();
        }
        // Solana signatures are Base58, never hex, so Solana says nothing about a hex hash.
        return family == null || family.equals(ChainTokens.SOLANA) ? ChainTokens.UNKNOWN : family;
    }
}
