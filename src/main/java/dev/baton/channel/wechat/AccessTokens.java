package dev.baton.channel.wechat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.channel.DeliveryResult;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * The account's access token for the server API, fetched with the app id and secret and kept until shortly
 * before it expires. Fetches are serialised: each new token WeChat issues retires the previous one, and the
 * account may fetch only so many a day.
 */
final class AccessTokens {

    /** A token to call with, or why there is none. */
    sealed interface Lookup {
        record Token(String value) implements Lookup {}

        record Unavailable(DeliveryResult result) implements Lookup {}
    }

    private static final String WHAT = "WeChat access token";
    private static final long DEFAULT_LIFETIME_SECONDS = 7200;
    private static final Duration MARGIN = Duration.ofMinutes(5);
    // system busy, and the daily quota of token fetches: both pass
    private static final Set<Integer> TRY_LATER = Set.of(-1, 45009);

    private record Cached(String value, Instant refreshAt) {}

    private final URI tokenUri;
    private final WechatApi api;
    private final ObjectMapper json;
    private final Clock clock;
    private Cached cached;

    AccessTokens(URI apiUrl, String appId, String appSecret, WechatApi api, ObjectMapper json, Clock clock) {
        this.tokenUri = URI.create(apiUrl + "/cgi-bin/token?grant_type=client_credential&appid="
                + URLEncoder.encode(appId, StandardCharsets.UTF_8)
                + "&secret=" + URLEncoder.encode(appSecret, StandardCharsets.UTF_8));
        this.api = api;
        this.json = json;
        this.clock = clock;
    }

    synchronized Lookup current() {
        Instant now = clock.instant();
        if (cached != null && now.isBefore(cached.refreshAt())) {
            return new Lookup.Token(cached.value());
        }
        cached = null;
        WechatApi.Outcome outcome = api.get(tokenUri, WHAT);
        if (outcome instanceof WechatApi.Outcome.Unavailable unavailable) {
            return new Lookup.Unavailable(unavailable.result());
        }
        WechatJson.TokenResponse answer;
        try {
            answer = json.readValue(((WechatApi.Outcome.Answer) outcome).body(), WechatJson.TokenResponse.class);
        } catch (JsonProcessingException e) {
            return unavailable(new DeliveryResult.Retry(WHAT + ": the answer is not JSON", null));
        }
        if (answer != null
                && answer.accessToken() != null
                && !answer.accessToken().isBlank()
                && (answer.errcode() == null || answer.errcode() == 0)) {
            long lifetime = answer.expiresIn() == null || answer.expiresIn() <= 0
                    ? DEFAULT_LIFETIME_SECONDS
                    : answer.expiresIn();
            long margin = Math.min(MARGIN.toSeconds(), lifetime / 2);
            cached = new Cached(answer.accessToken(), now.plusSeconds(lifetime - margin));
            return new Lookup.Token(cached.value());
        }
        if (answer == null || answer.errcode() == null) {
            return unavailable(
                    new DeliveryResult.Retry(WHAT + ": the answer has neither a token nor an errcode", null));
        }
        String error = WHAT + ": errcode " + answer.errcode() + " " + answer.errmsg();
        return unavailable(
                TRY_LATER.contains(answer.errcode())
                        ? new DeliveryResult.Retry(error, null)
                        : new DeliveryResult.Failed(error));
    }

    /** Forgets {@code value} if it is still the one kept: WeChat said it is invalid or expired. */
    synchronized void invalidate(String value) {
        if (cached != null && cached.value().equals(value)) {
            cached = null;
        }
    }

    private static Lookup unavailable(DeliveryResult result) {
        return new Lookup.Unavailable(result);
    }
}
