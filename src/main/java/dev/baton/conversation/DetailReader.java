package dev.baton.conversation;

import dev.baton.details.Details;
import java.util.Optional;

/** Reads what support needs out of a user's (already redacted) words. */
public interface DetailReader {

    /** Whatever the text gives away unasked: hashes, addresses, amount, chain, time, error, email. */
    Details extract(String text);

    /** The account email or username in an answer to "what is your account?", if there is one. */
    Optional<String> accountId(String answer);

    /** Whether the text declines the question ("skip", "跳过" ...). */
    boolean isSkip(String text);
}
