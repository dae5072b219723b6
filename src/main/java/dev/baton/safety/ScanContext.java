package dev.baton.safety;

/**
 * What a conversation knows that a single message does not.
 *
 * @param partsOpen whether parts of a secret were held back in the conversation's recent messages, so a few
 *                  list words or hex digits sent now may continue them
 * @param hashAsked whether Baton's last message asked for a transaction hash, so a bare 64-hex string sent
 *                  now answers it
 */
public record ScanContext(boolean partsOpen, boolean hashAsked) {
    /** A message on its own. */
    public static final ScanContext NONE = new ScanContext(false, false);
}
