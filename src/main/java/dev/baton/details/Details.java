package dev.baton.details;

import java.util.ArrayList;
import java.util.List;

/**
 * What support needs to act on a case, as collected from the conversation. Every field may be missing
 * (null or empty). Never holds a recovery phrase or private key: it is built from redacted text only.
 *
 * @param accountId    the email or username of the user's account
 * @param description  the problem in the user's words
 * @param amount       amount and coin as written, e.g. {@code 200 USDT}
 * @param chain        the network named in the conversation, e.g. {@code TRC20}, {@code ERC20}
 * @param time         when it happened, as written
 * @param errorMessage an error message the user quoted
 * @param email        an address for email follow-up
 */
public record Details(
        String accountId,
        String description,
        List<ChainValue> txHashes,
        List<ChainValue> addresses,
        String amount,
        String chain,
        String time,
        String errorMessage,
        String email) {

    public static final Details NONE = new Details(null, null, List.of(), List.of(), null, null, null, null, null);

    public Details {
        txHashes = txHashes == null ? List.of() : List.copyOf(txHashes);
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
    }

    /** These details completed by {@code later}: fields already known are kept, lists are united. */
    public Details merge(Details later) {
        return new Details(
                first(accountId, later.accountId),
                first(description, later.description),
                union(txHashes, later.txHashes),
                union(addresses, later.addresses),
                first(amount, later.amount),
                first(chain, later.chain),
                first(time, later.time),
                first(errorMessage, later.errorMessage),
                first(email, later.email));
    }

    public Details withAccountId(String value) {
        return new Details(value, description, txHashes, addresses, amount, chain, time, errorMessage, email);
    }

    /**
     * These details with {@code before} replaced by {@code after} wherever the user's words were kept (the
     * description, a quoted error): a message redacted after the fact is redacted here too.
     */
    public Details replace(String before, String after) {
        return new Details(
                accountId,
                swap(description, before, after),
                txHashes,
                addresses,
                amount,
                chain,
                time,
                swap(errorMessage, before, after),
                email);
    }

    private static String swap(String field, String before, String after) {
        return field == null || before.isEmpty() ? field : field.replace(before, after);
    }

    public Details withDescription(String value) {
        return new Details(accountId, value, txHashes, addresses, amount, chain, time, errorMessage, email);
    }

    public Details withEmail(String value) {
        return new Details(accountId, description, txHashes, addresses, amount, chain, time, errorMessage, value);
    }

    private static String first(String known, String later) {
        return known != null && !known.isBlank() ? known : later;
    }

    private static List<ChainValue> union(List<ChainValue> a, List<ChainValue> b) {
        List<ChainValue> out = new ArrayList<>(a);
        for (ChainValue v : b) {
            if (out.stream().noneMatch(x -> x.value().equals(v.value()))) {
                out.add(v);
            }
        }
        return out;
    }
}
