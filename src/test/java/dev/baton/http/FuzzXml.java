package dev.baton.http;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** Hostile WeChat XML: real messages with hostile fields, entity bombs, external entities, deep nesting. */
final class FuzzXml {

    private static final String LAUGHS = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
            + "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
            + "<!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">"
            + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>"
            + "<xml><ToUserName>gh</ToUserName><FromUserName>o1</FromUserName><CreateTime>1</CreateTime>"
            + "<MsgType>text</MsgType><Content>&lol3;</Content><MsgId>1</MsgId></xml>";
    private static final String EXTERNAL = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM "
            + "\"file:///etc/passwd\">]><xml><ToUserName>gh</ToUserName><FromUserName>o1</FromUserName>"
            + "<CreateTime>1</CreateTime><MsgType>text</MsgType><Content>&e;</Content><MsgId>2</MsgId></xml>";

    private final Hostile hostile;

    FuzzXml(Hostile hostile) {
        this.hostile = hostile;
    }

    /** A pushed message body: mostly well-formed with hostile fields, else an attack or garbage. */
    byte[] message() {
        return switch (hostile.random().nextInt(12)) {
            case 0 -> hostile.pick(List.of(LAUGHS, EXTERNAL)).getBytes(StandardCharsets.UTF_8);
            case 1 -> deep(hostile.pick(List.of(1_000, 10_000, 30_000)));
            case 2 ->
                hostile.utf8(hostile.pick(List.of(
                        "",
                        "<xml>",
                        "<xml/>",
                        "<notxml></notxml>",
                        "not xml at all",
                        "<?xml version=\"1.0\" encoding=\"UTF-16\"?><xml></xml>",
                        "<xml><MsgType>text</MsgType></xml>",
                        "<xml><Encrypt>abc</Encrypt></xml>",
                        "<?xml-stylesheet href=\"x\"?><xml/>",
                        "<xml>" + "<a>".repeat(5_000),
                        "\ufeff<xml></xml>",
                        "<xml xmlns:x=\"urn:x\"><x:y/></xml>",
                        "<xml><![CDATA[" + "x".repeat(100) + "]]></xml>")));
            case 3 -> subscribe();
            default -> text();
        };
    }

    private String field() {
        if (hostile.chance(70)) {
            return "<![CDATA[" + hostile.string().replace("]]>", "]]]]><![CDATA[>") + "]]>";
        }
        return hostile.pick(List.of(
                "",
                "&amp;&lt;&#0;&#xD800;&#x10FFFF;",
                "&undefined;",
                "<b>nested</b>",
                "text",
                hostile.string().replace("<", "&lt;").replace("&", "&amp;")));
    }

    private byte[] text() {
        String openid = hostile.chance(70) ? "oUser" + hostile.random().nextInt(20) : field();
        String createTime = hostile.chance(80)
                ? "1764115200"
                : hostile.pick(List.of("", "abc", "-1", "99999999999999999999", " 1 ", "1.5"));
        String msgId = hostile.chance(75)
                ? String.valueOf(6_200_000_000_000_000_000L + hostile.random().nextInt(1 << 30))
                : field();
        String xml = "<xml><ToUserName>" + (hostile.chance(80) ? "<![CDATA[gh_baton]]>" : field()) + "</ToUserName>"
                + "<FromUserName>" + openid + "</FromUserName><CreateTime>" + createTime + "</CreateTime>"
                + "<MsgType>" + (hostile.chance(85) ? "<![CDATA[text]]>" : field()) + "</MsgType>"
                + "<Content>" + field() + "</Content><MsgId>" + msgId + "</MsgId></xml>";
        return hostile.utf8(xml);
    }

    private byte[] subscribe() {
        String openid = hostile.chance(60)
                ? "oUser" + hostile.random().nextInt(20)
                : "o" + "x".repeat(hostile.pick(List.of(150, 190, 195, 199, 200, 250)));
        String xml = "<xml><ToUserName>gh_baton</ToUserName><FromUserName>" + openid + "</FromUserName>"
                + "<CreateTime>" + hostile.pick(List.of("1764115200", "9223372036854775807", "-9223372036854775808"))
                + "</CreateTime><MsgType>event</MsgType><Event>subscribe</Event></xml>";
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    /** A text message whose content is {@code depth} nested elements (a stack for recursive readers). */
    private byte[] deep(int depth) {
        String xml = "<xml><ToUserName>gh</ToUserName><FromUserName>o1</FromUserName><CreateTime>1</CreateTime>"
                + "<MsgType>text</MsgType><Content>" + "<a>".repeat(depth) + "x" + "</a>".repeat(depth)
                + "</Content><MsgId>" + hostile.random().nextInt() + "</MsgId></xml>";
        return xml.getBytes(StandardCharsets.UTF_8);
    }
}
