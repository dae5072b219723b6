package dev.baton.channel.whatsapp;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * What the Graph API answers to {@code /messages}: the accepted message's id, or
 * {@code {"error": {"message": "(#131047) Re-engagement message", "code": 131047, "error_data": {"details":
 * "..."}}}}. Meta asks that errors be handled by {@code code}; the message and details are for people.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record GraphAnswer(List<Sent> messages, Error error) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Sent(String id) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Error(
            String message,
            Integer code,
            @JsonProperty("error_data") Data errorData) {

        /** "(#131047) Re-engagement message: details", or as much of it as was given. */
        String describe() {
            String text = message == null ? "" : message;
            if (errorData != null
                    && errorData.details() != null
                    && !errorData.details().isBlank()) {
                text = text.isEmpty() ? errorData.details() : text + ": " + errorData.details();
            }
            return text;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Data(String details) {}

    boolean accepted() {
        return error == null && messages != null && !messages.isEmpty();
    }
}
