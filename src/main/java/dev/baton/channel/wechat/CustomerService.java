package dev.baton.channel.wechat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.channel.DeliveryResult;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * WeChat's customer-service message API ({@code POST /cgi-bin/message/custom/send}): how Baton writes to a
 * user outside the five seconds of a passive reply, within 48 hours of the user's last message. Error texts
 * name WeChat's errcode and errmsg but never the app secret or the access token.
 */
final class CustomerService {

    private static final String WHAT = "WeChat custom/send";
    // invalid credential, access token expired, invalid access token: a fresh token should do
    private static final Set<Integer> TOKEN_REJECTED = Set.of(40001, 42001, 40014);
    // system busy, API quota, too many customer-service messages for now
    private static final Set<Integer> TRY_LATER = Set.of(-1, 45009, 45047);

    private final URI sendUri;
    private final String appSecret;
    private final AccessTokens tokens;
    private final WechatApi api;
    private final ObjectMapper json;

    CustomerService(URI apiUrl, String appSecret, AccessTokens tokens, WechatApi api, ObjectMapper json) {
        this.sendUri = URI.create(apiUrl + "/cgi-bin/message/custom/send");
        this.appSecret = appSecret;
        this.tokens = tokens;
        this.api = api;
        this.json = json;
    }

    /** How a call went, and WeChat's errcode when it answered with one that is not 0. */
    record Sent(DeliveryResult result, Integer errcode) {}

    DeliveryResult sendText(String openid, String text) {
        return send(new WechatJson.CustomText(openid, text)).result();
    }

    /** Sends {@code message}, one of {@link WechatJson}'s customer-service messages. */
    Sent send(Object message) {
        AccessTokens.Lookup lookup = tokens.current();
        if (lookup instanceof AccessTokens.Lookup.Unavailable unavailable) {
            return new Sent(scrubbed(unavailable.result(), null), null);
        }
        String token = ((AccessTokens.Lookup.Token) lookup).value();
        Sent sent = send(token, message);
        return new Sent(scrubbed(sent.result(), token), sent.errcode());
    }

    private Sent send(String token, Object message) {
        String body;
        try {
            body = json.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            return new Sent(new DeliveryResult.Failed(WHAT + ": the message cannot be written as JSON"), null);
        }
        URI uri = URI.create(sendUri + "?access_token=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
        WechatApi.Outcome outcome = api.postJson(uri, body, WHAT);
        if (outcome instanceof WechatApi.Outcome.Unavailable unavailable) {
            return new Sent(unavailable.result(), null);
        }
        WechatJson.Status status;
        try {
            status = json.readValue(((WechatApi.Outcome.Answer) outcome).body(), WechatJson.Status.class);
        } catch (JsonProcessingException e) {
            return new Sent(new DeliveryResult.Retry(WHAT + ": the answer is not JSON", null), null);
        }
        if (status == null) {
            return new Sent(new DeliveryResult.Retry(WHAT + ": the answer is empty", null), null);
        }
        if (status.ok()) {
            return new Sent(new DeliveryResult.Delivered(), null);
        }
        String error = WHAT + ": errcode " + status.errcode() + " " + status.errmsg();
        if (TOKEN_REJECTED.contains(status.errcode())) {
            tokens.invalidate(token);
            return new Sent(new DeliveryResult.Retry(error, null), status.errcode());
        }
        if (TRY_LATER.contains(status.errcode())) {
            return new Sent(new DeliveryResult.Retry(error, null), status.errcode());
        }
        return new Sent(new DeliveryResult.Failed(error), status.errcode());
    }

    private DeliveryResult scrubbed(DeliveryResult result, String token) {
        if (result instanceof DeliveryResult.Retry retry) {
            return new DeliveryResult.Retry(scrub(retry.error(), token), retry.after());
        }
        if (result instanceof DeliveryResult.Failed failed) {
            return new DeliveryResult.Failed(scrub(failed.error(), token));
        }
        return result;
    }

    // WeChat's errmsg and I/O messages are not ours: make sure neither secret travels on in them.
    private String scrub(String error, String token) {
        String clean = appSecret.isEmpty() ? error : error.replace(appSecret, "[app secret]");
        return token == null || token.isEmpty() ? clean : clean.replace(token, "[access token]");
    }
}
