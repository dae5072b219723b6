package dev.baton.channel.slack;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The part of an Events API request Baton reads: the {@code url_verification} handshake or an
 * {@code event_callback} around one event.
 *
 * @param authorizations who the app is installed as; the bot's own user id is among them
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record SlackEnvelope(
        String type,
        String challenge,
        @JsonProperty("event_id") String eventId,
        Event event,
        List<Authorization> authorizations) {

    /** A {@code message} or {@code app_mention} event; other event types carry other fields, unread. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Event(
            String type,
            String user,
            String text,
            String channel,
            String ts,
            @JsonProperty("bot_id") String botId,
            String subtype) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Authorization(
            @JsonProperty("user_id") String userId,
            @JsonProperty("is_bot") boolean isBot) {}

    /** Whether {@code user} is this app's own bot user. */
    boolean isOwnUser(String user) {
        return authorizations != null
                && authorizations.stream().anyMatch(a -> a != null && a.isBot() && user.equals(a.userId()));
    }
}
