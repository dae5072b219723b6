package dev.baton.channel;

import java.time.Duration;
import java.util.Optional;

/**
 * One messaging platform: how its webhooks are verified and read, and how messages are sent back to it.
 * A channel without its secrets configured is not built at all, so its webhook answers 404.
 */
public interface Channel {

    /** The name in webhook paths and in conversations' {@code channel}: {@code telegram}, {@code slack} ... */
    String name();

    /**
     * Verifies and reads a webhook call. Must not store anything.
     *
     * @throws WebhookException 401 for a bad, missing or expired signature, 400 for an unreadable body
     */
    Received receive(WebhookRequest request);

    /** Sends one message to the platform; never throws for the platform's failures. */
    DeliveryResult send(Delivery delivery);

    /** How the platform is answered once the messages of a call are durably taken in. */
    default WebhookResponse acknowledge(Received.Messages messages) {
        return WebhookResponse.ok();
    }

    /**
     * For platforms that take the reply in the webhook's own response (WeChat's passive reply): how long the
     * call may wait for Baton's reply. Empty for the others.
     */
    default Optional<Duration> passiveReplyWindow() {
        return Optional.empty();
    }

    /** The passive reply to {@code inbound} carrying {@code reply}; only called within the window. */
    default WebhookResponse passiveReply(InboundMessage inbound, Delivery reply) {
        throw new UnsupportedOperationException(name() + " has no passive replies");
    }
}
