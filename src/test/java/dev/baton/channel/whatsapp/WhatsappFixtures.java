package dev.baton.channel.whatsapp;

import dev.baton.channel.Delivery;
import dev.baton.channel.DeliveryResult;
import dev.baton.channel.WebhookRequest;
import dev.baton.config.ChannelsConfig;
import dev.baton.decision.ReplyLanguage;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** WhatsApp's side for the channel's tests: the credentials, calls signed as Meta signs them, and their bodies. */
final class WhatsappFixtures {

    static final String APP_SECRET = "5a1f3c9e0b7d42e8a6c1f09b3d7e2a64";
    static final String VERIFY_TOKEN = "baton-verify-7Qx2";
    static final String ACCESS_TOKEN = "EAAJB3a9ZCZBzUBO7xkZAqvT2pLr0WhAtS3cr3tT0k3n";
    static final String PHONE_NUMBER_ID = "106540352242922";
    static final Instant NOW = Instant.parse("2025-06-02T09:30:00Z");

    private WhatsappFixtures() {}

    static ChannelsConfig.Whatsapp config(URI api, String template) {
        return new ChannelsConfig.Whatsapp(VERIFY_TOKEN, APP_SECRET, ACCESS_TOKEN, PHONE_NUMBER_ID, api, template);
    }

    static WhatsappChannel channel(URI api, String template, Clock clock, WhatsappChats chats) {
        return new WhatsappChannel(
                config(api, template), HttpClient.newHttpClient(), Duration.ofSeconds(5), clock, chats);
    }

    /** Chats whose last messages and conversations' languages a test sets. */
    static final class Chats implements WhatsappChats {
        final Map<String, Instant> last = new ConcurrentHashMap<>();
        final Map<String, ReplyLanguage> languages = new ConcurrentHashMap<>();
        final Map<String, String> addresses = new ConcurrentHashMap<>();
        final List<Delivery> mailed = new CopyOnWriteArrayList<>();

        /** The conversation's user left {@code address}: messages outside the window are "mailed" here. */
        Chats leftAddress(String conversationId, String address) {
            addresses.put(conversationId, address);
            return this;
        }

        @Override
        public Optional<DeliveryResult> byEmail(Delivery delivery) {
            String address = addresses.get(delivery.conversationId());
            if (address == null) {
                return Optional.empty();
            }
            mailed.add(delivery);
            return Optional.of(new DeliveryResult.Delivered());
        }

        Chats wrote(String chatId, Instant at) {
            last.put(chatId, at);
            return this;
        }

        Chats speaks(String conversationId, ReplyLanguage language) {
            languages.put(conversationId, language);
            return this;
        }

        @Override
        public Optional<Instant> lastInbound(String chatId) {
            return Optional.ofNullable(last.get(chatId));
        }

        @Override
        public Optional<ReplyLanguage> language(String conversationId) {
            return Optional.ofNullable(languages.get(conversationId));
        }
    }

    /** A POST as Meta sends it, signed with {@code secret} (no signature header when null). */
    static WebhookRequest post(String body, String secret) {
        Map<String, String> headers = new HashMap<>();
        headers.put("content-type", "application/json");
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (secret != null) {
            headers.put("x-hub-signature-256", new HubSignature(secret).sign(bytes));
        }
        return new WebhookRequest("POST", headers, Map.of(), bytes, null, NOW);
    }

    static WebhookRequest signed(String body) {
        return post(body, APP_SECRET);
    }

    static WebhookRequest get(Map<String, String> query) {
        return new WebhookRequest("GET", Map.of(), query, new byte[0], null, NOW);
    }

    /** One change of the {@code messages} field around {@code value}'s inner JSON (without braces). */
    static String call(String value) {
        return """
                {"object": "whatsapp_business_account",
                 "entry": [{"id": "102290129340398",
                            "changes": [{"field": "messages",
                                         "value": {"messaging_product": "whatsapp",
                                                   "metadata": {"display_phone_number": "15550783881",
                                                                "phone_number_id": "%s"},
                                                   %s}}]}]}
                """.formatted(PHONE_NUMBER_ID, value);
    }

    /** A user's text message as the inner JSON of {@code messages[]}. */
    static String text(String wamid, String from, String body) {
        return """
                {"from": "%s", "id": "%s", "timestamp": "1749115200", "type": "text", "text": {"body": "%s"}}
                """.formatted(from, wamid, body);
    }

    /** A tap on a reply button ({@code button_reply}) or a list row ({@code list_reply}). */
    static String tap(String wamid, String from, String kind, String id, String title) {
        return """
                {"context": {"from": "15550783881", "id": "wamid.HBgLMTU1NTA3ODM4ODEVAgARGBI5QTNDQTVCM0Q0Q0Q2RTY3RTcA"},
                 "from": "%s", "id": "%s", "timestamp": "1749115260", "type": "interactive",
                 "interactive": {"type": "%s", "%s": {"id": "%s", "title": "%s"}}}
                """.formatted(from, wamid, kind, kind, id, title);
    }

    static String contactsAndMessages(String from, String... messages) {
        return "\"contacts\": [{\"profile\": {\"name\": \"Li Wei\"}, \"wa_id\": \"" + from + "\"}], \"messages\": ["
                + String.join(",", messages) + "]";
    }
}
