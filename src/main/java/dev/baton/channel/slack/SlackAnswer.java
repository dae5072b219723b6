package dev.baton.channel.slack;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Set;

/** What the Web API answers, always with HTTP 200: {@code {"ok":true,...}} or {@code {"ok":false,"error":"..."}}. */
@JsonIgnoreProperties(ignoreUnknown = true)
record SlackAnswer(boolean ok, String error) {

    /** Errors that say "not now" rather than "never". */
    private static final Set<String> TRANSIENT = Set.of(
            "ratelimited", "rate_limited", "internal_error", "fatal_error", "service_unavailable", "request_timeout");

    boolean isTransient() {
        return error != null && TRANSIENT.contains(error);
    }
}
