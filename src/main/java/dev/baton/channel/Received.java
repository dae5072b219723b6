package dev.baton.channel;

import java.util.List;
import java.util.Objects;

/** What a platform's webhook call amounts to, once verified. */
public sealed interface Received {

    /** User messages to take in (possibly none: an update type Baton ignores). */
    record Messages(List<InboundMessage> messages) implements Received {
        public Messages {
            messages = List.copyOf(messages);
        }
    }

    /** A handshake the platform expects answered as is (Slack's challenge, WeChat's echostr). */
    record Handshake(WebhookResponse response) implements Received {
        public Handshake {
            Objects.requireNonNull(response, "response");
        }
    }
}
