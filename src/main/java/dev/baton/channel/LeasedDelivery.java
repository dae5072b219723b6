package dev.baton.channel;

import java.util.Objects;

/** An outbox message leased to one worker for sending, with how many tries it has had. */
public record LeasedDelivery(Delivery delivery, int attempts) {
    public LeasedDelivery {
        Objects.requireNonNull(delivery, "delivery");
    }
}
