package dev.baton.channel.wechat;

import dev.baton.config.ChannelsConfig;
import dev.baton.config.ConfigLoader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * WeChat's published test vectors for its message encryption, and what the safe-mode tests build on them.
 *
 * <p>Where they come from (WeChat's own WXBizMsgCrypt sample code, of which copies are public):
 * <ul>
 *   <li>{@link Official}: the Official Account sample's Java test, {@code com.qq.weixin.mp.aes.WXBizMsgCryptTest}
 *       ({@code testAesEncrypt}, {@code testAesEncrypt2}), e.g. in github.com/Wyl015/wuyiling,
 *       {@code work-test/src/main/resources/Utils/aes/WXBizMsgCryptTest.java}.
 *   <li>{@link Compatible}: the Official Account sample's Python demo ({@code Sample.py}, "测试解密接口"), a
 *       message in compatible mode, e.g. in github.com/fotock/WXbizMsgCrypt-Node, {@code README.md}.
 *   <li>{@link Work}: the WeCom (企业微信) sample, the same scheme with the CorpID for the AppId
 *       ({@code Sample.java}: {@code VerifyURL} and {@code DecryptMsg}), e.g. in github.com/pang0lin/qltest,
 *       {@code classes/com/qq/weixin/mp/aes/Sample.java}; the plaintext is the one WeCom's "加解密方案说明"
 *       documents (work.weixin.qq.com/api/doc/90000/90139/90968).
 * </ul>
 */
final class WechatVectors {

    private WechatVectors() {}

    /** Encryption with a fixed first block, ciphertexts given byte for byte. */
    static final class Official {
        static final String TOKEN = "pamtest";
        static final String KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
        static final String APP_ID = "wxb11529c136998cb6";
        static final String TIMESTAMP = "1409304348";
        static final String NONCE = "xxxxxx";
        static final byte[] RANDOM = "aaaabbbbccccdddd".getBytes(StandardCharsets.US_ASCII);
        static final String REPLY = "我是中文abcd123";
        static final String REPLY_ENCRYPTED =
                "jn1L23DB+6ELqJ+6bruv21Y6MD7KeIfP82D6gU39rmkgczbWwt5+3bnyg5K55bgVtVzd832WzZGMhkP72vVOfg==";
        static final String VIDEO = "<xml><ToUserName><![CDATA[oia2Tj我是中文jewbmiOUlr6X-1crbLOvLw]]></ToUserName>"
                + "<FromUserName><![CDATA[gh_7f083739789a]]></FromUserName><CreateTime>1407743423</CreateTime>"
                + "<MsgType><![CDATA[video]]></MsgType><Video><MediaId><![CDATA[eYJ1MbwPRJtOvIEabaxHs7TX2D-HV71s79GUxq"
                + "dUkjm6Gs2Ed1KF3ulAOA9H1xG0]]></MediaId><Title><![CDATA[testCallBackReplyVideo]]></Title><Description>"
                + "<![CDATA[testCallBackReplyVideo]]></Description></Video></xml>";
        static final String VIDEO_ENCRYPTED = "jn1L23DB+6ELqJ+6bruv23M2GmYfkv0xBh2h+XTBOKVKcgDFHle6gqcZ1cZrk3e1qjPQ1F4R"
                + "sLWzQRG9udbKWesxlkupqcEcW7ZQweImX9+wLMa0GaUzpkycA8+IamDBxn5loLgZpnS7fVAbExOkK5DYHBmv5tptA9tklE/fTII"
                + "LHR8HLXa5nQvFb3tYPKAlHF3rtTeayNf0QuM+UW/wM9enGIDIJHF7CLHiDNAYxr+r+OrJCmPQyTy8cVWlu9iSvOHPT/77bZqJuc"
                + "QHQ04sq7KZI27OcqpQNSto2OdHCoTccjggX5Z9Mma0nMJBU+jLKJ38YB1fBIz+vBzsYjrTmFQ44YfeEuZ+xRTQwr92vhA9OxchW"
                + "VINGC50qE/6lmkwWTwGX9wtQpsJKhP+oS7rvTY8+VdzETdfakjkwQ5/Xka042OlUb1/slTwo4RscuQ+RdxSGvDahxAJ6+EAjLt"
                + "9d8igHngxIbf6YyqqROxuxqIeIch3CssH/LqRs+iAcILvApYZckqmA7FNERspKA5f8GoJ9sv8xmGvZ9Yrf57cExWtnX8aCMMaBr"
                + "opU/1k+hKP5LVdzbWCG0hGwx/dQudYR/eXp3P0XxjlFiy+9DMlaFExWUZQDajPkdPrEeOwofJb";
    }

    /** A text message in compatible mode: plain fields and {@code Encrypt}, signed by {@code msg_signature}. */
    static final class Compatible {
        static final String TOKEN = "spamtest";
        static final String KEY = Official.KEY;
        static final String APP_ID = "wx2c2769f8efd9abc2";
        static final String TIMESTAMP = "1409735669";
        static final String NONCE = "1320562132";
        static final String MSG_SIGNATURE = "5d197aaffba7e9b25a30732f161a50dee96bd5fa";
        static final String ENCRYPT = "hyzAe4OzmOMbd6TvGdIOO6uBmdJoD0Fk53REIHvxYtJlE2B655HuD0m8KUePWB3+LrPXo87wzQ1Q"
                + "LvbeUgmBM4x6F8PGHQHFVAFmOD2LdJF9FrXpbUAh0B5GIItb52sn896wVsMSHGuPE328HnRGBcrS7C41IzDWyWNlZkyyXwon8T3"
                + "32jisa+h6tEDYsVticbSnyU8dKOIbgU6ux5VTjg3yt+WGzjlpKn6NPhRjpA912xMezR4kw6KWwMrCVKSVCZciVGCgavjIQ6X8tC"
                + "Op3yZbGpy0VxpAe+77TszTfRd5RJSVO/HTnifJpXgCSUdUue1v6h0EIBYYI1BD1DlD+C0CR8e6OewpusjZ4uBl9FyJvnhvQl+q5"
                + "rv1ixrcpCumEPo5MJSgM9ehVsNPfUM669WuMyVWQLCzpu9GhglF2PE=";
        static final String BODY = "<xml><ToUserName><![CDATA[gh_10f6c3c3ac5a]]></ToUserName>"
                + "<FromUserName><![CDATA[oyORnuP8q7ou2gfYjqLzSIWZf0rs]]></FromUserName>"
                + "<CreateTime>1409735668</CreateTime><MsgType><![CDATA[text]]></MsgType>"
                + "<Content><![CDATA[abcdteT]]></Content><MsgId>6054768590064713728</MsgId>"
                + "<Encrypt><![CDATA[" + ENCRYPT + "]]></Encrypt></xml>";
    }

    /** WeCom's URL check with an encrypted {@code echostr}, and an encrypted message with its plaintext. */
    static final class Work {
        static final String TOKEN = "QDG6eK";
        static final String KEY = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C";
        static final String APP_ID = "wx5823bf96d3bd56c7";
        static final String ECHO_SIGNATURE = "5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3";
        static final String ECHO_TIMESTAMP = "1409659589";
        static final String ECHO_NONCE = "263014780";
        static final String ECHOSTR =
                "P9nAzCzyDtyTWESHep1vC5X9xho/qYX3Zpb4yKa9SKld1DsH3Iyt3tP3zNdtp+4RPcs8TgAE7OaBO+FZXvnaqQ==";
        static final String ECHO = "1616140317555161061";
        static final String MSG_SIGNATURE = "477715d11cdb4164915debcba66cb864d751f3e6";
        static final String TIMESTAMP = "1409659813";
        static final String NONCE = "1372623149";
        static final String ENCRYPT = "RypEvHKD8QQKFhvQ6QleEB4J58tiPdvo+rtK1I9qca6aM/wvqnLSV5zEPeusUiX5L5X/0lWfrf0Q"
                + "ADHHhGd3QczcdCUpj911L3vg3W/sYYvuJTs3TUUkSUXxaccAS0qhxchrRYt66wiSpGLYL42aM6A8dTT+6k4aSknmPj48kzJs8qL"
                + "jvd4Xgpue06DOdnLxAUHzM6+kDZ+HMZfJYuR+LtwGc2hgf5gsijff0ekUNXZiqATP7PF5mZxZ3Izoun1s4zG4LUMnvw2r+KqCKI"
                + "w+3IQH03v+BCA9nMELNqbSf6tiWSrXJB3LAVGUcallcrw8V2t9EL4EhzJWrQUax5wLVMNS0+rUPA3k22Ncx4XXZS9o0MBH27Bo"
                + "6BpNelZpS+/uh9KsNlY6bHCmJU9p8g7m3fVKn28H3KDYA5Pl/T8Z1ptDAVe0lXdQ2YoyyH2uyPIGHBZZIs2pDBS8R07+qN+E7Q"
                + "==";
        static final String PLAINTEXT = "<xml><ToUserName><![CDATA[wx5823bf96d3bd56c7]]></ToUserName>\n"
                + "<FromUserName><![CDATA[mycreate]]></FromUserName>\n"
                + "<CreateTime>1409659813</CreateTime>\n"
                + "<MsgType><![CDATA[text]]></MsgType>\n"
                + "<Content><![CDATA[hello]]></Content>\n"
                + "<MsgId>4561255354251345929</MsgId>\n"
                + "<AgentID>218</AgentID>\n"
                + "</xml>";
    }

    /** The WeChat settings in safe mode as the server reads them from its environment. */
    static ChannelsConfig.Wechat config(String token, String key, String appId, String appSecret, URI apiUrl) {
        Map<String, String> env = new HashMap<>(Map.of(
                "BATON_WECHAT_TOKEN", token,
                "BATON_WECHAT_ENCODING_AES_KEY", key,
                "BATON_WECHAT_APP_ID", appId,
                "BATON_WECHAT_API_URL", apiUrl.toString()));
        if (appSecret != null) {
            env.put("BATON_WECHAT_APP_SECRET", appSecret);
        }
        return ConfigLoader.load(Optional.empty(), env).channels().wechat().orElseThrow();
    }

    /** A "random" source that repeats {@code bytes}, so an encrypted reply can be compared byte for byte. */
    static final class Repeating extends SecureRandom {
        private final byte[] bytes;
        private int next;

        Repeating(byte[] bytes) {
            this.bytes = bytes.clone();
        }

        @Override
        public synchronized void nextBytes(byte[] out) {
            for (int i = 0; i < out.length; i++) {
                out[i] = bytes[next++ % bytes.length];
            }
        }
    }
}
