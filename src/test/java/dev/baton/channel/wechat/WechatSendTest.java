package dev.baton.channel.wechat;

import static dev.baton.channel.wechat.WechatApiFixtures.ACCESS_TOKEN;
import static dev.baton.channel.wechat.WechatApiFixtures.APP_ID;
import static dev.baton.channel.wechat.WechatApiFixtures.OK;
import static dev.baton.channel.wechat.WechatApiFixtures.OPENID;
import static dev.baton.channel.wechat.WechatApiFixtures.SECRET;
import static dev.baton.channel.wechat.WechatApiFixtures.TOKEN;
import static dev.baton.channel.wechat.WechatApiFixtures.delivery;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.channel.DeliveryResult;
import dev.baton.channel.ExpiringHttpClient;
import dev.baton.channel.FakePlatform;
import dev.baton.channel.FakePlatform.Answer;
import dev.baton.channel.FakePlatform.Call;
import dev.baton.config.ChannelsConfig;
import dev.baton.testing.HandClock;
import dev.baton.testing.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Replies sent through WeChat's customer-service API: the message as WeChat reads it, and which answers are
 * retried, which fail and which are harmless.
 */
@IntegrationTest
class WechatSendTest {

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final HandClock clock = new HandClock(Instant.ofEpochSecond(1_700_000_000L));
    private final FakePlatform wechat = FakePlatform.start();

    @AfterEach
    void stop() {
        wechat.close();
    }

    @Test
    void aMessageIsSentWithAFreshAccessToken() throws Exception {
        wechat.answer(TOKEN, OK);

        DeliveryResult result = channel(Duration.ofSeconds(5)).send(delivery("您的提现正在处理。", List.of()));

        assertThat(result).isEqualTo(new DeliveryResult.Delivered());
        Call token = wechat.nextCall();
        assertThat(token.method()).isEqualTo("GET");
        assertThat(token.path()).isEqualTo("/cgi-bin/token");
        assertThat(token.queryParam("grant_type")).isEqualTo("client_credential");
        assertThat(token.queryParam("appid")).isEqualTo(APP_ID);
        assertThat(token.queryParam("secret")).isEqualTo(SECRET);
        Call send = wechat.nextCall();
        assertThat(send.method()).isEqualTo("POST");
        assertThat(send.path()).isEqualTo("/cgi-bin/message/custom/send");
        assertThat(send.queryParam("access_token")).isEqualTo(ACCESS_TOKEN);
        assertThat(send.header("Content-Type")).startsWith("application/json");
        assertThat(json.readTree(send.body())).isEqualTo(json.readTree("""
                {"touser": "%s", "msgtype": "text", "text": {"content": "您的提现正在处理。"}}
                """.formatted(OPENID)));
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 45009, 45047})
    void busyAndRateLimitCodesAreRetriedWithTheSameToken(int errcode) {
        wechat.answer(TOKEN, Answer.json(200, "{\"errcode\":" + errcode + ",\"errmsg\":\"try later\"}"), OK);
        WechatChannel channel = channel(Duration.ofSeconds(5));

        assertThat(channel.send(delivery("hi", List.of())))
                .isEqualTo(new DeliveryResult.Retry("WeChat custom/send: errcode " + errcode + " try later", null));
        assertThat(channel.send(delivery("hi", List.of()))).isEqualTo(new DeliveryResult.Delivered());
        assertThat(wechat.calls())
                .filteredOn(c -> c.path().equals("/cgi-bin/token"))
                .hasSize(1);
    }

    @Test
    void aUserSilentForMoreThan48HoursCannotBeReached() {
        wechat.answer(TOKEN, Answer.json(200, "{\"errcode\":45015,\"errmsg\":\"response out of time limit\"}"));

        assertThat(channel(Duration.ofSeconds(5)).send(delivery("hi", List.of())))
                .isEqualTo(new DeliveryResult.Failed("WeChat custom/send: errcode 45015 response out of time limit"));
    }

    @Test
    void otherErrorCodesFail() {
        wechat.answer(TOKEN, Answer.json(200, "{\"errcode\":40003,\"errmsg\":\"invalid openid\"}"));

        assertThat(channel(Duration.ofSeconds(5)).send(delivery("hi", List.of())))
                .isEqualTo(new DeliveryResult.Failed("WeChat custom/send: errcode 40003 invalid openid"));
    }

    @Test
    void tooManyRequestsIsRetriedAfterTheSecondsGiven() {
        wechat.answer(TOKEN, Answer.json(429, "{}").withHeader("Retry-After", "7"));

        assertThat(channel(Duration.ofSeconds(5)).send(delivery("hi", List.of())))
                .isEqualTo(new DeliveryResult.Retry("WeChat custom/send: HTTP 429", Duration.ofSeconds(7)));
    }

    @Test
    void serverErrorsAreRetriedAndOtherClientErrorsFail() {
        wechat.answer(TOKEN, Answer.json(502, "<html>Bad Gateway</html>"), Answer.json(404, "not found"));
        WechatChannel channel = channel(Duration.ofSeconds(5));

        assertThat(channel.send(delivery("hi", List.of())))
                .isEqualTo(new DeliveryResult.Retry("WeChat custom/send: HTTP 502", null));
        assertThat(channel.send(delivery("hi", List.of())))
                .isEqualTo(new DeliveryResult.Failed("WeChat custom/send: HTTP 404"));
    }

    @Test
    void anAnswerThatIsNotJsonIsRetried() {
        wechat.answer(TOKEN, new Answer(200, java.util.Map.of("Content-Type", "text/html"), "<html>portal</html>"));

        assertThat(channel(Duration.ofSeconds(5)).send(delivery("hi", List.of())))
                .isInstanceOf(DeliveryResult.Retry.class);
    }

    @Test
    void aWechatThatDoesNotAnswerInTimeIsRetried() {
        wechat.answer(TOKEN, OK);
        ExpiringHttpClient late = new ExpiringHttpClient(wechat);
        WechatChannel channel = channel(late, Duration.ofSeconds(5));
        assertThat(channel.send(delivery("warm up", List.of()))).isEqualTo(new DeliveryResult.Delivered());
        wechat.hold();
        late.expire();

        DeliveryResult result = channel.send(delivery("hi", List.of()));

        assertThat(result).isInstanceOfSatisfying(DeliveryResult.Retry.class, retry -> {
            assertThat(retry.error()).contains("timed out after 5000 ms");
            assertThat(retry.after()).isNull();
        });
        assertThat(late.timeouts()).hasSize(3).containsOnly(Optional.of(Duration.ofSeconds(5)));
        assertThat(wechat.calls()).hasSize(3);
    }

    @Test
    void anUnreachableWechatIsRetried() {
        WechatChannel channel = channel(Duration.ofSeconds(5));
        wechat.close();

        assertThat(channel.send(delivery("hi", List.of()))).isInstanceOf(DeliveryResult.Retry.class);
    }

    @Test
    void aTrailingSlashOnTheApiUrlIsHarmless() {
        wechat.answer(TOKEN, OK);

        ChannelsConfig.Wechat slashed = new ChannelsConfig.Wechat(
                "t", APP_ID, SECRET, null, URI.create(wechat.uri() + "/"), Duration.ofMillis(4500));
        new WechatChannel(slashed, http, Duration.ofSeconds(5), clock).send(delivery("hi", List.of()));

        assertThat(wechat.calls())
                .extracting(Call::path)
                .containsExactly("/cgi-bin/token", "/cgi-bin/message/custom/send");
    }

    private WechatChannel channel(Duration timeout) {
        return channel(http, timeout);
    }

    private WechatChannel channel(HttpClient client, Duration timeout) {
        return WechatApiFixtures.channel(wechat, client, timeout, clock);
    }
}
