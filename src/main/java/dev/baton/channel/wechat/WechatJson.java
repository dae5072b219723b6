package dev.baton.channel.wechat;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The JSON of WeChat's server API that Baton reads and writes. */
final class WechatJson {

    private WechatJson() {}

    /** {@code GET /cgi-bin/token}: a token, or an error code. */
    record TokenResponse(
            @JsonProperty("access_token") String accessToken,
            @JsonProperty("expires_in") Long expiresIn,
            Integer errcode,
            String errmsg) {}

    /** Any call's status: {@code {"errcode":0,"errmsg":"ok"}}. */
    record Status(Integer errcode, String errmsg) {
        boolean ok() {
            return errcode == null || errcode == 0;
        }
    }

    /** {@code POST /cgi-bin/message/custom/send} for a text message. */
    record CustomText(String touser, String msgtype, Text text) {
        CustomText(String openid, String content) {
            this(openid, "text", new Text(content));
        }
    }

    record Text(String content) {}

    /**
     * {@code POST /cgi-bin/message/custom/send} for a menu message: the text, then one line per item that the
     * user can tap, which sends the item's {@code content} back as a text message carrying its id.
     */
    record CustomMenu(String touser, String msgtype, Menu msgmenu) {
        CustomMenu(String openid, Menu menu) {
            this(openid, "msgmenu", menu);
        }
    }

    record Menu(
            @JsonProperty("head_content") String headContent,
            List<MenuItem> list,
            @JsonProperty("tail_content") String tailContent) {}

    record MenuItem(String id, String content) {}
}
