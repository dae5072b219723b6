package dev.baton.channel.telegram;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.channel.InboundMessage;
import dev.baton.channel.Received;
import dev.baton.channel.WebhookException;
import dev.baton.channel.WebhookResponse;
import java.util.List;
import java.util.Optional;

/**
 * Presses on inline buttons ({@code callback_query} updates). The user's client shows a spinner until the
 * query is answered, so every one is answered at once, in the webhook's own response (Telegram runs a Bot API
 * method given there), whatever becomes of the press and before any turn. A press on one of Baton's buttons is
 * also taken in as the message the user would have typed: the option's label, read from the pressed button
 * in the message's keyboard. Its event id is the query's id, unique per press and repeated when Telegram
 * delivers the update again. A press Baton cannot read - on a message too old for Telegram to include, by a
 * bot, with data that is not Baton's - is only answered.
 */
final class TelegramCallbacks {

    /** What the event id of a press starts with; the callback query's id follows. */
    static final String EVENT_PREFIX = "callback:";

    /** The body of the webhook's response that answers the query. */
    record AnswerCallbackQuery(
            String method,
            @JsonProperty("callback_query_id") String callbackQueryId) {
        AnswerCallbackQuery(String callbackQueryId) {
            this("answerCallbackQuery", callbackQueryId);
        }
    }

    private final ObjectMapper json;

    TelegramCallbacks(ObjectMapper json) {
        this.json = json;
    }

    /** The press as a message to take in, or as an answer alone; 400 when it cannot be read. */
    Received read(TelegramUpdate.CallbackQuery query) {
        if (query.id() == null || query.id().isBlank()) {
            throw WebhookException.malformed("telegram callback_query without id");
        }
        if (EVENT_PREFIX.length() + query.id().length() > InboundMessage.MAX_ID) {
            throw WebhookException.malformed("telegram callback_query id is longer than Telegram's");
        }
        if (query.from() == null) {
            throw WebhookException.malformed("telegram callback_query without from");
        }
        TelegramUpdate.Message message = query.message();
        if (message != null && (message.chat() == null || message.chat().id() == null)) {
            throw WebhookException.malformed("telegram callback_query message without chat.id");
        }
        Optional<String> label =
                message == null || message.replyMarkup() == null || query.from().isBot()
                        ? Optional.empty()
                        : message.replyMarkup().label(query.data());
        if (label.isEmpty()) {
            return new Received.Handshake(answer(query.id()));
        }
        return new Received.Messages(List.of(new InboundMessage(
                "telegram",
                EVENT_PREFIX + query.id(),
                String.valueOf(message.chat().id()),
                query.from().languageCode(),
                label.get(),
                null)));
    }

    /** The answer to the press a call's messages came from, or empty when they came from a message. */
    Optional<WebhookResponse> answering(Received.Messages messages) {
        return messages.messages().stream()
                .map(InboundMessage::eventId)
                .filter(id -> id.startsWith(EVENT_PREFIX))
                .findFirst()
                .map(id -> answer(id.substring(EVENT_PREFIX.length())));
    }

    /** {@code answerCallbackQuery} for the query, as the webhook's response. */
    WebhookResponse answer(String callbackQueryId) {
        try {
            return WebhookResponse.json(json.writeValueAsString(new AnswerCallbackQuery(callbackQueryId)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an answerCallbackQuery cannot be written", e);
        }
    }
}
