package dev.baton.channel.slack;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The part of an interactivity payload Baton reads: a {@code block_actions} click on a button of a message.
 * Other payload types (shortcuts, modals) carry other fields, unread.
 *
 * @param container where the clicked element is: for a message, its channel (a DM's {@code D...} too)
 * @param message   the message the button is on, as Slack keeps it
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record SlackInteraction(
        String type, User user, Container container, Channel channel, Message message, List<Action> actions) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record User(String id, @JsonProperty("is_bot") boolean isBot) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Container(
            String type,
            @JsonProperty("channel_id") String channelId,
            @JsonProperty("message_ts") String messageTs) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Channel(String id) {}

    /** The clicked message's author: the bot's own user when Baton posted it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Message(String user, @JsonProperty("bot_id") String botId) {}

    /** One clicked element; {@code action_ts} differs for every click. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Action(
            String type,
            @JsonProperty("action_id") String actionId,
            String value,
            @JsonProperty("action_ts") String actionTs) {}

    /** The chat a click came from: the container's channel, else the payload's. */
    String chatId() {
        if (container != null
                && container.channelId() != null
                && !container.channelId().isBlank()) {
            return container.channelId();
        }
        return channel == null ? null : channel.id();
    }

    /** Whether a bot clicked: flagged as one, or the app itself on its own message. */
    boolean byBot() {
        return user.isBot()
                || message != null && message.botId() != null && user.id().equals(message.user());
    }
}
