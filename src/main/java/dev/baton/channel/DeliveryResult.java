package dev.baton.channel;

import java.time.Duration;

/** How sending one message to a platform went. */
public sealed interface DeliveryResult {

    /** The platform took it. */
    record Delivered() implements DeliveryResult {}

    /**
     * Not now: a network error, a timeout, 429 or 5xx. Tried again later, after {@code after} when the
     * platform said (429 Retry-After), else after the outbox's backoff.
     */
    record Retry(String error, Duration after) implements DeliveryResult {}

    /** Never: the platform refused the message itself (4xx other than 429). */
    record Failed(String error) implements DeliveryResult {}
}
