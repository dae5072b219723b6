package dev.baton.channel.wechat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.baton.channel.Channel;
import dev.baton.channel.Delivery;
import dev.baton.channel.DeliveryResult;
import dev.baton.channel.InboundMessage;
import dev.baton.channel.Received;
import dev.baton.channel.WebhookException;
import dev.baton.channel.WebhookRequest;
import dev.baton.channel.WebhookResponse;
import dev.baton.config.ChannelsConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A WeChat Official Account (公众号), in plain-text mode or, with an EncodingAESKey, in safe mode.
 *
 * <p>WeChat calls {@code GET /webhooks/wechat?signature&timestamp&nonce&echostr} once to check the URL (answered
 * with {@code echostr}), then POSTs each user message as XML with the same signed query. Text messages and
 * {@code subscribe} events (as {@code /start}) are taken in; other types are acknowledged and ignored. In safe
 * mode ({@link SafeMode}) messages come encrypted under a {@code msg_signature}, an {@code echostr} that comes
 * with one is encrypted too, and passive replies go back encrypted.
 *
 * <p>A reply ready within {@link #passiveReplyWindow()} goes back as the webhook's own XML answer, as text with
 * its quick replies numbered; later replies and agents' messages go through the customer-service API, which
 * needs the app id and secret, with quick replies as a menu message where the account may send one
 * ({@link MenuMessages}).
 *
 * <p>A passive reply must name the account ({@code gh_...}) it comes from, which only the inbound XML's
 * {@code ToUserName} says and {@link InboundMessage} does not carry. The channel therefore remembers, for a
 * while, the account each openid last wrote to (a bounded cache: an openid belongs to one account, so this is
 * exact for the usual single account); an openid no longer remembered gets an empty {@code FromUserName}.
 */
public final class WechatChannel implements Channel {

    public static final String NAME = "wechat";
    static final URI DEFAULT_API = URI.create("https://api.weixin.qq.com");

    private final WechatSignature signature;
    private final WechatXml xml = new WechatXml();
    private final Cache<String, String> accountByOpenid = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterWrite(Duration.ofHours(1))
            .recordStats()
            .build();
    private final MenuMessages customerService;
    private final SafeMode safeMode;
    private final Clock clock;
    private final Duration passiveWindow;

    public WechatChannel(ChannelsConfig.Wechat config, HttpClient http, Duration timeout, Clock clock) {
        this(config, http, timeout, clock, new SecureRandom());
    }

    /** @param random the first block of each encrypted reply, and its nonce (safe mode) */
    WechatChannel(ChannelsConfig.Wechat config, HttpClient http, Duration timeout, Clock clock, SecureRandom random) {
        Objects.requireNonNull(config, "config");
        if (config.token() == null || config.token().isBlank()) {
            throw new IllegalArgumentException("the WeChat token is required");
        }
        this.signature = new WechatSignature(config.token(), clock);
        this.clock = clock;
        this.passiveWindow = config.passiveReply();
        this.safeMode = config.safeMode()
                ? new SafeMode(
                        config.token(),
                        signature,
                        new WechatCrypto(config.encodingAesKey(), config.appId()),
                        xml,
                        clock,
                        random)
                : null;
        if (config.canPush()) {
            URI apiUrl = base(config.apiUrl() == null ? DEFAULT_API : config.apiUrl());
            ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
            WechatApi api = new WechatApi(http, timeout, clock);
            AccessTokens tokens = new AccessTokens(apiUrl, config.appId(), config.appSecret(), api, json, clock);
            this.customerService =
                    new MenuMessages(new CustomerService(apiUrl, config.appSecret(), tokens, api, json), clock);
        } else {
            this.customerService = null;
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Received receive(WebhookRequest request) {
        Map<String, String> query = request.query();
        if ("GET".equalsIgnoreCase(request.method())) {
            if (safeMode != null && query.containsKey("msg_signature")) {
                return new Received.Handshake(WebhookResponse.text(safeMode.echo(query)));
            }
            signature.verify(query);
            String echostr = query.get("echostr");
            if (echostr == null || echostr.isEmpty()) {
                throw WebhookException.malformed("the URL check needs an echostr query parameter");
            }
            return new Received.Handshake(WebhookResponse.text(echostr));
        }
        if (!"POST".equalsIgnoreCase(request.method())) {
            signature.verify(query);
            throw WebhookException.malformed("WeChat calls the webhook with GET or POST, not " + request.method());
        }
        byte[] message;
        if (safeMode == null) {
            signature.verify(query);
            message = request.body();
        } else {
            message = safeMode.open(query, request.body());
        }
        return new Received.Messages(inbound(xml.parse(message)).stream().toList());
    }

    private Optional<InboundMessage> inbound(WechatMessage message) {
        InboundMessage inbound;
        if (message.isText()) {
            if (message.msgId() == null || message.msgId().isEmpty()) {
                throw WebhookException.malformed("a text message needs <MsgId>");
            }
            inbound = new InboundMessage(NAME, message.msgId(), message.fromUserName(), null, text(message), null);
        } else if (message.isSubscribe()) {
            // events have no MsgId; WeChat's retries of one event repeat the same user and CreateTime
            inbound = new InboundMessage(
                    NAME,
                    message.fromUserName() + message.createTime(),
                    message.fromUserName(),
                    null,
                    "/start",
                    "/start");
        } else {
            return Optional.empty();
        }
        accountByOpenid.put(message.fromUserName(), message.toUserName());
        return Optional.of(inbound);
    }

    /**
     * What the user wrote, or tapped in a menu message: the item's text, which is the option's label. Should a tap
     * come without it, the item's id stands in, which is the option's number.
     */
    private static String text(WechatMessage message) {
        if (message.content() != null && !message.content().isBlank()) {
            return message.content();
        }
        if (message.menuItemId() != null && !message.menuItemId().isEmpty()) {
            return message.menuItemId();
        }
        if (message.content() == null) {
            throw WebhookException.malformed("a text message needs <Content>");
        }
        return message.content();
    }

    /** WeChat's "no passive reply": the reply, if any, comes later through the customer-service API. */
    @Override
    public WebhookResponse acknowledge(Received.Messages messages) {
        return WebhookResponse.text("success");
    }

    @Override
    public Optional<Duration> passiveReplyWindow() {
        return Optional.of(passiveWindow);
    }

    @Override
    public WebhookResponse passiveReply(InboundMessage inbound, Delivery reply) {
        String account = Objects.requireNonNullElse(accountByOpenid.getIfPresent(inbound.chatId()), "");
        String body = WechatXml.textReply(
                inbound.chatId(),
                account,
                clock.instant().getEpochSecond(),
                MenuMessages.withNumberedChoices(reply.text(), reply.quickReplies()));
        return new WebhookResponse(
                200, "application/xml; charset=utf-8", safeMode == null ? body : safeMode.seal(body));
    }

    @Override
    public DeliveryResult send(Delivery delivery) {
        if (customerService == null) {
            return new DeliveryResult.Failed("customer-service API not configured");
        }
        return customerService.send(delivery);
    }

    private static URI base(URI apiUrl) {
        String text = apiUrl.toString();
        return URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
    }
}
