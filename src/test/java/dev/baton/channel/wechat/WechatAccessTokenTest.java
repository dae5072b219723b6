package dev.baton.channel.wechat;

import static dev.baton.channel.wechat.WechatApiFixtures.ACCESS_TOKEN;
import static dev.baton.channel.wechat.WechatApiFixtures.OK;
import static dev.baton.channel.wechat.WechatApiFixtures.SECRET;
import static dev.baton.channel.wechat.WechatApiFixtures.TOKEN;
import static dev.baton.channel.wechat.WechatApiFixtures.delivery;
import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.channel.DeliveryResult;
import dev.baton.channel.FakePlatform;
import dev.baton.channel.FakePlatform.Answer;
import dev.baton.channel.FakePlatform.Call;
import dev.baton.testing.HandClock;
import dev.baton.testing.IntegrationTest;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The access token WeChat's customer-service API asks for: fetched with the app's id and secret, kept until
 * five minutes before it expires, dropped when refused, and never named in an outcome, nor the secret.
 */
@IntegrationTest
class WechatAccessTokenTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private final HandClock clock = new HandClock(Instant.ofEpochSecond(1_700_000_000L));
    private final FakePlatform wechat = FakePlatform.start();

    @AfterEach
    void stop() {
        wechat.close();
    }

    @Test
    void withoutAppIdAndSecretNothingCanBePushed() {
        WechatChannel channel = new WechatChannel(
                WechatReceiveTest.config(null, null, wechat.uri()), http, Duration.ofSeconds(5), clock);

        assertThat(channel.send(delivery("hi", List.of())))
                .isEqualTo(new DeliveryResult.Failed("customer-service API not configured"));
        assertThat(wechat.calls()).isEmpty();
    }

    @Test
    void theAccessTokenIsKeptUntilFiveMinutesBeforeItExpires() {
        wechat.answer(TOKEN, OK, OK, Answer.json(200, "{\"access_token\":\"SECOND\",\"expires_in\":7200}"), OK);
        WechatChannel channel = channel(Duration.ofSeconds(5));

        channel.send(delivery("one", List.of()));
        clock.advance(Duration.ofSeconds(7200 - 300 - 1));
        channel.send(delivery("two", List.of()));
        clock.advance(Duration.ofSeconds(1));
        channel.send(delivery("three", List.of()));

        assertThat(wechat.calls())
                .extracting(Call::path)
                .containsExactly(
                        "/cgi-bin/token",
                        "/cgi-bin/message/custom/send",
                        "/cgi-bin/message/custom/send",
                        "/cgi-bin/token",
                        "/cgi-bin/message/custom/send");
        assertThat(wechat.calls().get(4).queryParam("access_token")).isEqualTo("SECOND");
    }

    @ParameterizedTest
    @ValueSource(ints = {40001, 42001, 40014})
    void aRejectedAccessTokenIsDroppedAndTheMessageRetried(int errcode) {
        wechat.answer(
                TOKEN,
                Answer.json(200, "{\"errcode\":" + errcode + ",\"errmsg\":\"access_token expired\"}"),
                Answer.json(200, "{\"access_token\":\"SECOND\",\"expires_in\":7200}"),
                OK);
        WechatChannel channel = channel(Duration.ofSeconds(5));

        DeliveryResult first = channel.send(delivery("hi", List.of()));
        DeliveryResult second = channel.send(delivery("hi", List.of()));

        assertThat(first)
                .isInstanceOfSatisfying(
                        DeliveryResult.Retry.class,
                        retry -> assertThat(retry.error()).contains(Integer.toString(errcode)));
        assertThat(second).isEqualTo(new DeliveryResult.Delivered());
        assertThat(wechat.calls())
                .extracting(Call::path)
                .containsExactly(
                        "/cgi-bin/token",
                        "/cgi-bin/message/custom/send",
                        "/cgi-bin/token",
                        "/cgi-bin/message/custom/send");
    }

    @Test
    void aRefusedAppSecretFailsWithoutTryingToSend() {
        wechat.answer(Answer.json(200, "{\"errcode\":40125,\"errmsg\":\"invalid appsecret\"}"));

        assertThat(channel(Duration.ofSeconds(5)).send(delivery("hi", List.of())))
                .isEqualTo(new DeliveryResult.Failed("WeChat access token: errcode 40125 invalid appsecret"));
        assertThat(wechat.calls()).hasSize(1);
    }

    @Test
    void aBusyTokenEndpointIsRetried() {
        wechat.answer(
                Answer.json(200, "{\"errcode\":-1,\"errmsg\":\"system error\"}"),
                Answer.json(503, ""),
                Answer.json(200, "{\"expires_in\":7200}"));
        WechatChannel channel = channel(Duration.ofSeconds(5));

        for (int i = 0; i < 3; i++) {
            assertThat(channel.send(delivery("hi", List.of()))).isInstanceOf(DeliveryResult.Retry.class);
        }
        assertThat(wechat.calls()).extracting(Call::path).containsOnly("/cgi-bin/token");
    }

    @Test
    void noOutcomeMentionsTheAppSecretOrTheAccessToken() {
        wechat.answer(
                Answer.json(200, "{\"errcode\":40164,\"errmsg\":\"invalid ip, secret " + SECRET + "\"}"),
                TOKEN,
                Answer.json(200, "{\"errcode\":45015,\"errmsg\":\"token " + ACCESS_TOKEN + " secret " + SECRET + "\"}"),
                Answer.json(429, "{}"),
                Answer.json(500, "{}"),
                Answer.json(403, "{}"));
        WechatChannel channel = channel(Duration.ofSeconds(5));
        List<DeliveryResult> results = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            results.add(channel.send(delivery("hi", List.of())));
        }
        wechat.close();
        results.add(channel.send(delivery("hi", List.of())));

        assertThat(results)
                .hasSize(6)
                .extracting(Object::toString)
                .allSatisfy(text -> assertThat(text)
                        .doesNotContain(SECRET)
                        .doesNotContain(ACCESS_TOKEN)
                        .doesNotContain("cgi-bin"));
        assertThat(results.get(0).toString()).contains("40164").contains("[app secret]");
    }

    private WechatChannel channel(Duration timeout) {
        return WechatApiFixtures.channel(wechat, http, timeout, clock);
    }
}
