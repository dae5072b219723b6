package dev.baton.channel.wechat;

import static dev.baton.channel.wechat.WechatApiFixtures.OK;
import static dev.baton.channel.wechat.WechatApiFixtures.OPENID;
import static dev.baton.channel.wechat.WechatApiFixtures.TOKEN;
import static dev.baton.channel.wechat.WechatApiFixtures.delivery;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.channel.DeliveryResult;
import dev.baton.channel.FakePlatform;
import dev.baton.channel.FakePlatform.Answer;
import dev.baton.channel.FakePlatform.Call;
import dev.baton.decision.QuickReply;
import dev.baton.testing.HandClock;
import dev.baton.testing.IntegrationTest;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Quick replies through the customer-service API: a menu message where the account may send one, numbered text
 * where WeChat refuses menus, and the difference between a refused menu and a refused user.
 */
@IntegrationTest
class WechatMenuTest {

    private static final List<QuickReply> CHOICES =
            List.of(new QuickReply("deposit", "充值未到账"), new QuickReply("human-request", "人工客服"));
    private static final String NUMBERED = "请选择：\n\n1. 充值未到账\n2. 人工客服";

    private final ObjectMapper json = new ObjectMapper();
    private final HandClock clock = new HandClock(Instant.ofEpochSecond(1_700_000_000L));
    private final FakePlatform wechat = FakePlatform.start();
    private final WechatChannel channel =
            WechatApiFixtures.channel(wechat, HttpClient.newHttpClient(), Duration.ofSeconds(5), clock);

    @AfterEach
    void stop() {
        wechat.close();
    }

    @Test
    void quickRepliesGoAsAMenuMessageWhoseItemsAreTheLabels() throws Exception {
        wechat.answer(TOKEN, OK);

        assertThat(channel.send(delivery("请选择：", CHOICES))).isEqualTo(new DeliveryResult.Delivered());

        wechat.nextCall();
        Call menu = wechat.nextCall();
        assertThat(menu.path()).isEqualTo("/cgi-bin/message/custom/send");
        assertThat(json.readTree(menu.body())).isEqualTo(json.readTree("""
                {"touser": "%s", "msgtype": "msgmenu", "msgmenu": {
                  "head_content": "请选择：",
                  "list": [{"id": "1", "content": "充值未到账"}, {"id": "2", "content": "人工客服"}],
                  "tail_content": ""}}
                """.formatted(OPENID)));
    }

    @Test
    void aMessageWithoutQuickRepliesIsText() throws Exception {
        wechat.answer(TOKEN, OK);

        channel.send(delivery("您的提现正在处理。", List.of()));

        wechat.nextCall();
        assertThat(json.readTree(wechat.nextCall().body()).path("msgtype").asText())
                .isEqualTo("text");
    }

    @ParameterizedTest
    @ValueSource(ints = {40200, 48001})
    void aRefusedMenuGoesAtOnceAsNumberedTextAndLaterOnesStraightAsText(int errcode) throws Exception {
        wechat.answer(TOKEN, refusal(errcode), OK, OK);

        assertThat(channel.send(delivery("请选择：", CHOICES))).isEqualTo(new DeliveryResult.Delivered());
        assertThat(channel.send(delivery("请选择：", CHOICES))).isEqualTo(new DeliveryResult.Delivered());

        List<JsonNode> sent = sends();
        assertThat(sent).extracting(m -> m.path("msgtype").asText()).containsExactly("msgmenu", "text", "text");
        assertThat(sent.get(1).path("text").path("content").asText()).isEqualTo(NUMBERED);
        assertThat(sent.get(2).path("text").path("content").asText()).isEqualTo(NUMBERED);
    }

    @Test
    void menusAreTriedAgainADayAfterARefusal() throws Exception {
        wechat.answer(TOKEN, refusal(48001), OK);
        channel.send(delivery("请选择：", CHOICES));

        clock.advance(Duration.ofHours(23));
        wechat.answer(TOKEN, OK, OK); // the access token has expired meanwhile
        channel.send(delivery("请选择：", CHOICES));
        clock.advance(Duration.ofHours(1));
        channel.send(delivery("请选择：", CHOICES));

        assertThat(sends())
                .extracting(m -> m.path("msgtype").asText())
                .containsExactly("msgmenu", "text", "text", "msgmenu");
    }

    @Test
    void aUserOutsideThe48HourWindowFailsTheDeliveryAndMenusStayOn() throws Exception {
        wechat.answer(TOKEN, refusal(45015), OK);

        assertThat(channel.send(delivery("请选择：", CHOICES)))
                .isEqualTo(new DeliveryResult.Failed("WeChat custom/send: errcode 45015 refused"));
        channel.send(delivery("请选择：", CHOICES));

        assertThat(sends()).extracting(m -> m.path("msgtype").asText()).containsExactly("msgmenu", "msgmenu");
    }

    @Test
    void aRefusedTextFallbackCountsForTheDelivery() {
        wechat.answer(TOKEN, refusal(48001), refusal(48001));

        assertThat(channel.send(delivery("请选择：", CHOICES)))
                .isEqualTo(new DeliveryResult.Failed("WeChat custom/send: errcode 48001 refused"));
        assertThat(wechat.calls()).hasSize(3);
    }

    @Test
    void aBusyWechatIsRetriedAsAMenu() throws Exception {
        wechat.answer(TOKEN, refusal(-1), OK);

        assertThat(channel.send(delivery("请选择：", CHOICES))).isInstanceOf(DeliveryResult.Retry.class);
        assertThat(channel.send(delivery("请选择：", CHOICES))).isEqualTo(new DeliveryResult.Delivered());

        assertThat(sends()).extracting(m -> m.path("msgtype").asText()).containsExactly("msgmenu", "msgmenu");
    }

    @Test
    void moreChoicesThanAMenuTakesGoAsNumberedText() throws Exception {
        List<QuickReply> eleven = IntStream.rangeClosed(1, 11)
                .mapToObj(i -> new QuickReply("q" + i, "选项" + i))
                .toList();
        wechat.answer(TOKEN, OK);

        channel.send(delivery("请选择：", eleven));

        wechat.nextCall();
        JsonNode text = json.readTree(wechat.nextCall().body());
        assertThat(text.path("msgtype").asText()).isEqualTo("text");
        assertThat(text.path("text").path("content").asText()).endsWith("\n11. 选项11");
    }

    private static Answer refusal(int errcode) {
        return Answer.json(200, "{\"errcode\":" + errcode + ",\"errmsg\":\"refused\"}");
    }

    private List<JsonNode> sends() throws Exception {
        List<JsonNode> out = new java.util.ArrayList<>();
        for (Call call : wechat.calls()) {
            if (call.path().equals("/cgi-bin/message/custom/send")) {
                out.add(json.readTree(call.body()));
            }
        }
        return out;
    }
}
