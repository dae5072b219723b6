package dev.baton.channel.telegram;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What the Bot API answers to every method: {@code {"ok":true,"result":...}} or
 * {@code {"ok":false,"error_code":403,"description":"Forbidden: bot was blocked by the user"}}, with
 * {@code parameters.retry_after} (seconds) on 429.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record TelegramAnswer(
        boolean ok, @JsonProperty("error_code") Integer errorCode, String description, Parameters parameters) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Parameters(@JsonProperty("retry_after") Long retryAfter) {}

    Long retryAfter() {
        return parameters == null ? null : parameters.retryAfter();
    }
}
