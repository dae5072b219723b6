package dev.baton.channel.wechat;

import dev.baton.channel.WebhookException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * WeChat's XML both ways: reading pushed messages with a parser that refuses any DOCTYPE (so no external or
 * expanding entities: XXE and "billion laughs" are impossible), and writing passive replies. In safe mode the
 * same parser reads the envelope and then, once decrypted, the message inside it.
 */
final class WechatXml {

    private static final ErrorHandler QUIET = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {}

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    /** The JDK parser's limit on nesting: WeChat's messages nest four deep at most (news articles). */
    private static final String MAX_ELEMENT_DEPTH = "http://www.oracle.com/xml/jaxp/properties/maxElementDepth";

    private static final int MAX_DEPTH = 16;

    private final DocumentBuilderFactory factory;

    WechatXml() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setAttribute(MAX_ELEMENT_DEPTH, MAX_DEPTH);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            f.setNamespaceAware(false);
            this.factory = f;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be configured securely", e);
        }
    }

    /** Reads a pushed message. */
    WechatMessage parse(byte[] body) {
        Map<String, String> fields = fields(document(body));
        try {
            return new WechatMessage(
                    fields.get("ToUserName"),
                    fields.get("FromUserName"),
                    createTime(fields.get("CreateTime")),
                    fields.get("MsgType"),
                    fields.get("Content"),
                    strip(fields.get("MsgId")),
                    fields.get("Event"),
                    strip(fields.get("bizmsgmenuid")));
        } catch (IllegalArgumentException e) {
            if (fields.containsKey("Encrypt") && !fields.containsKey("MsgType")) {
                throw WebhookException.malformed("the message is encrypted: set wechat.encodingAesKey to the "
                        + "account's EncodingAESKey for safe mode (安全模式), or set the account's message "
                        + "encryption mode to plain text (明文模式) or compatible mode (兼容模式)");
            }
            throw WebhookException.malformed("not a WeChat message: " + e.getMessage());
        }
    }

    /**
     * The {@code Encrypt} value of a message posted in safe or compatible mode, or null when it has none (plain
     * mode).
     */
    String encrypted(byte[] body) {
        Map<String, String> fields = fields(document(body));
        String encrypt = strip(fields.get("Encrypt"));
        return encrypt == null || encrypt.isEmpty() ? null : encrypt;
    }

    /** A safe-mode passive reply: the encrypted reply, its signature, and the timestamp and nonce signed. */
    static String encryptedReply(String encrypt, String signature, long timestamp, String nonce) {
        return "<xml>"
                + "<Encrypt>" + cdata(encrypt) + "</Encrypt>"
                + "<MsgSignature>" + cdata(signature) + "</MsgSignature>"
                + "<TimeStamp>" + timestamp + "</TimeStamp>"
                + "<Nonce>" + cdata(nonce) + "</Nonce>"
                + "</xml>";
    }

    /** A passive text reply from the account {@code fromUser} to the user {@code toUser}. */
    static String textReply(String toUser, String fromUser, long createTime, String content) {
        return "<xml>"
                + "<ToUserName>" + cdata(toUser) + "</ToUserName>"
                + "<FromUserName>" + cdata(fromUser) + "</FromUserName>"
                + "<CreateTime>" + createTime + "</CreateTime>"
                + "<MsgType><![CDATA[text]]></MsgType>"
                + "<Content>" + cdata(content) + "</Content>"
                + "</xml>";
    }

    /**
     * A CDATA section holding {@code text} exactly: a {@code ]]>} inside is split across two sections, and
     * characters XML 1.0 cannot carry at all (most control characters, lone surrogates) are dropped.
     */
    static String cdata(String text) {
        return "<![CDATA[" + xmlChars(text).replace("]]>", "]]]]><![CDATA[>") + "]]>";
    }

    private static String xmlChars(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(WechatXml::allowed).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static boolean allowed(int c) {
        return c == 0x9
                || c == 0xA
                || c == 0xD
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }

    private Document document(byte[] body) {
        if (body.length == 0) {
            throw WebhookException.malformed("the body is empty; WeChat posts an XML message");
        }
        try {
            DocumentBuilder builder;
            synchronized (factory) {
                builder = factory.newDocumentBuilder();
            }
            builder.setErrorHandler(QUIET);
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entities are not allowed");
            });
            return builder.parse(new InputSource(new ByteArrayInputStream(body)));
        } catch (SAXException e) {
            throw WebhookException.malformed("the body is not acceptable XML: " + e.getMessage());
        } catch (IOException | ParserConfigurationException e) {
            throw WebhookException.malformed("the body could not be read as XML");
        }
    }

    private static Map<String, String> fields(Document document) {
        Element root = document.getDocumentElement();
        if (!"xml".equals(root.getTagName())) {
            throw WebhookException.malformed("the root element must be <xml>, not <" + root.getTagName() + ">");
        }
        Map<String, String> fields = new HashMap<>();
        for (Node node = root.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node.getNodeType() == Node.ELEMENT_NODE) {
                fields.putIfAbsent(node.getNodeName(), text(node));
            }
        }
        return fields;
    }

    /**
     * A field's own text and CDATA, or null when it holds elements: the fields Baton reads are plain text, and
     * reading nested ones whole (as {@code getTextContent} does, recursively) is no use to it.
     */
    private static String text(Node field) {
        StringBuilder text = new StringBuilder();
        for (Node node = field.getFirstChild(); node != null; node = node.getNextSibling()) {
            switch (node.getNodeType()) {
                case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> text.append(node.getNodeValue());
                case Node.ELEMENT_NODE -> {
                    return null;
                }
                default -> {}
            }
        }
        return text.toString();
    }

    private static long createTime(String value) {
        String digits = strip(value);
        if (digits == null || digits.isEmpty()) {
            throw new IllegalArgumentException("<CreateTime> is required");
        }
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("<CreateTime> must be seconds since the epoch");
        }
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }
}
