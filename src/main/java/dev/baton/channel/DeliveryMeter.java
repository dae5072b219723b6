package dev.baton.channel;

/**
 * Told of what happens to messages between Baton and the platforms on this instance, so that it can be
 * counted: webhook intake and the outbox's sends, retries and dead letters. An implementation only counts.
 */
public interface DeliveryMeter {

    /** Counts nothing: for tests and for a server whose metrics are off. */
    DeliveryMeter NONE = new DeliveryMeter() {
        @Override
        public void received(String channel, long nanos) {}

        @Override
        public void sent(String channel) {}

        @Override
        public void retried(String channel) {}

        @Override
        public void deadLettered(String channel) {}
    };

    /** A platform's webhook request was answered after {@code nanos}. */
    void received(String channel, long nanos);

    void sent(String channel);

    /** A send failed and will be tried again later. */
    void retried(String channel);

    /** A message was given up on: refused by the platform, or out of tries. */
    void deadLettered(String channel);
}
