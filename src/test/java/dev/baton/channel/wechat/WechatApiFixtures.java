package dev.baton.channel.wechat;

import dev.baton.channel.Delivery;
import dev.baton.channel.FakePlatform;
import dev.baton.channel.FakePlatform.Answer;
import dev.baton.decision.QuickReply;
import dev.baton.testing.HandClock;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;

/** The app, the user and the answers of a stand-in WeChat API, for the tests of sending through it. */
final class WechatApiFixtures {

    static final String APP_ID = "wx1234567890abcdef";
    static final String SECRET = "3f8a9c0d1e2b4a5c6d7e8f9a0b1c2d3e";
    static final String ACCESS_TOKEN = "ACCESS_TOKEN_8xk2Jq0-Zp";
    static final String OPENID = "oWx3J5bYQ1nCkz-Xq8ZkT2a9VbcD";
    static final Answer TOKEN = Answer.json(200, "{\"access_token\":\"" + ACCESS_TOKEN + "\",\"expires_in\":7200}");
    static final Answer OK = Answer.json(200, "{\"errcode\":0,\"errmsg\":\"ok\"}");

    private WechatApiFixtures() {}

    /** A channel that sends through {@code wechat} as the app, with {@code clock} deciding when tokens expire. */
    static WechatChannel channel(FakePlatform wechat, HttpClient client, Duration timeout, HandClock clock) {
        return new WechatChannel(WechatReceiveTest.config(APP_ID, SECRET, wechat.uri()), client, timeout, clock);
    }

    static Delivery delivery(String text, List<QuickReply> replies) {
        return new Delivery(17, "wechat", OPENID, "c-1", 3, "agent", text, replies);
    }
}
