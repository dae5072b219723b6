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

    DeliveryResult sendText(String openid, String text) {
        AccessTokens.Lookup lookup = tokens.current();
        if (lookup instanceof AccessTokens.Lookup.Unavailable unavailable) {
            return scrubbed(unavailable.result(), null);
        }
        String token = ((AccessTokens.Lookup.Token) lookup).value();
        return scrubbed(send(token, openid, text), token);
    }

    private DeliveryResult send(String token, String openid, String text) {
        String body;
        try {
            body = json.writeValueAsString(new WechatJson.CustomText(openid, text));
        } catch (JsonProcessingException e) {
            return new DeliveryResult.Failed(WHAT + ": the message cannot be written as JSON");
        }
        URI uri = URI.create(sendUri + "?access_token=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
        WechatApi.Outcome outcome = api.postJson(uri, body, WHAT);
        if (outcome instanceof WechatApi.Outcome.Unavailable unavailable) {
            return unavailable.result();
        }
        WechatJson.Status status;
        try {
            status = json.readValue(((WechatApi.Outcome.Answer) outcome).body(), WechatJson.Status.class);
        } catch (JsonProcessingException e) {
            return new DeliveryResult.Retry(WHAT + ": the answer is not JSON", null);
        }
        if (status == null) {
            return new DeliveryResult.Retry(WHAT + ": the answer is empty", null);
        }
        if (status.ok()) {
            return new DeliveryResult.Delivered();
        }
        String error = WHAT + ": errcode " + status.errcode() + " " + status.errmsg();
        if (TOKEN_REJECTED.contains(status.errcode())) {
            tokens.invalidate(token);
            return new DeliveryResult.Retry(error, null);
        }
        if (TRY_LATER.contains(status.errcode())) {
            return new DeliveryResult.Retry(error, null);
        }
        return new DeliveryResult.Failed(error);
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
