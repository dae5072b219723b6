package dev.baton.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.config.ConfigLoader.Value;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the messaging channels' settings. A platform is on when its secret is set; then the credentials it
 * needs to answer must be set too. Generic integrations come from a {@code generic:} mapping in the file
 * ({@code generic: {acme: {secret: ..., callbackUrl: ...}}}) and from {@code BATON_GENERIC_<NAME>_SECRET}
 * and {@code BATON_GENERIC_<NAME>_CALLBACK_URL}.
 */
final class Channels {

    private static final String GENERIC_PREFIX = "BATON_GENERIC_";

    private Channels() {}

    static ChannelsConfig read(SettingReader r, Map<String, Map<String, Value>> generic, Map<String, String> env) {
        Optional<ChannelsConfig.Telegram> telegram = Optional.ofNullable(r.text(Setting.TELEGRAM_SECRET))
                .map(secret -> new ChannelsConfig.Telegram(
                        secret,
                        required(r, Setting.TELEGRAM_BOT_TOKEN, "telegram.secret"),
                        url(r, Setting.TELEGRAM_API_URL)));
        Optional<ChannelsConfig.Slack> slack = Optional.ofNullable(r.text(Setting.SLACK_SIGNING_SECRET))
                .map(secret -> new ChannelsConfig.Slack(
                        secret,
                        required(r, Setting.SLACK_BOT_TOKEN, "slack.signingSecret"),
                        url(r, Setting.SLACK_API_URL)));
        Optional<ChannelsConfig.Wechat> wechat = Optional.ofNullable(r.text(Setting.WECHAT_TOKEN))
                .map(token -> new ChannelsConfig.Wechat(
                        token,
                        r.text(Setting.WECHAT_APP_ID),
                        r.text(Setting.WECHAT_APP_SECRET),
                        stripped(r.text(Setting.WECHAT_AES_KEY)),
                        url(r, Setting.WECHAT_API_URL),
                        Duration.ofMillis(r.integer(Setting.WECHAT_PASSIVE_REPLY))));
        wechat.filter(Channels::halfCredentials).ifPresent(w -> {
            throw new ConfigException("wechat.appId and wechat.appSecret go together: set both or neither "
                    + "(the app id alone only with wechat.encodingAesKey)");
        });
        Optional<ChannelsConfig.Whatsapp> whatsapp = whatsapp(r);
        ChannelsConfig.Delivery delivery = new ChannelsConfig.Delivery(
                r.integer(Setting.DELIVERY_MAX_ATTEMPTS),
                r.millis(Setting.DELIVERY_FIRST_BACKOFF),
                r.seconds(Setting.DELIVERY_MAX_BACKOFF),
                r.millis(Setting.DELIVERY_TIMEOUT),
                r.text(Setting.DELIVERY_LEASE) == null ? null : r.millis(Setting.DELIVERY_LEASE),
                r.millis(Setting.INBOUND_LEASE));
        return new ChannelsConfig(telegram, slack, wechat, whatsapp, generic(generic, env), email(r), delivery);
    }

    /** Email: on when {@code smtp.host} is set; reading a mailbox or a webhook needs it. */
    private static Optional<EmailConfig> email(SettingReader r) {
        String smtpHost = r.text(Setting.SMTP_HOST);
        String imapHost = r.text(Setting.IMAP_HOST);
        String webhookSecret = r.text(Setting.EMAIL_WEBHOOK_SECRET);
        if (smtpHost == null) {
            if (imapHost != null || webhookSecret != null) {
                throw new ConfigException(
                        "smtp.host must be set when " + (imapHost != null ? "imap.host" : "email.webhookSecret")
                                + " is: replies to mail go out by SMTP");
            }
            return Optional.empty();
        }
        EmailConfig.Security smtpSecurity =
                EmailConfig.Security.read(r.text(Setting.SMTP_SECURITY), Setting.SMTP_SECURITY.key);
        EmailConfig.Smtp smtp = new EmailConfig.Smtp(
                smtpHost,
                r.text(Setting.SMTP_PORT) == null ? smtpSecurity.smtpPort() : r.integer(Setting.SMTP_PORT),
                r.text(Setting.SMTP_USER),
                r.text(Setting.SMTP_PASSWORD),
                r.text(Setting.SMTP_FROM),
                smtpSecurity);
        Optional<EmailConfig.Imap> imap = Optional.ofNullable(imapHost).map(host -> {
            EmailConfig.Security security =
                    EmailConfig.Security.read(r.text(Setting.IMAP_SECURITY), Setting.IMAP_SECURITY.key);
            return new EmailConfig.Imap(
                    host,
                    r.text(Setting.IMAP_PORT) == null ? security.imapPort() : r.integer(Setting.IMAP_PORT),
                    r.text(Setting.IMAP_USER),
                    r.text(Setting.IMAP_PASSWORD),
                    security,
                    r.seconds(Setting.IMAP_POLL));
        });
        return Optional.of(new EmailConfig(smtp, imap, webhookSecret));
    }

    /** On with the app secret; then the verify token, access token and phone number id must be set too. */
    private static Optional<ChannelsConfig.Whatsapp> whatsapp(SettingReader r) {
        String appSecret = r.text(Setting.WHATSAPP_APP_SECRET);
        if (appSecret == null) {
            for (Setting s : new Setting[] {
                Setting.WHATSAPP_VERIFY_TOKEN, Setting.WHATSAPP_ACCESS_TOKEN, Setting.WHATSAPP_PHONE_NUMBER_ID
            }) {
                if (r.text(s) != null) {
                    throw new ConfigException(Setting.WHATSAPP_APP_SECRET.key + " must be set when " + s.key
                            + " is: without it WhatsApp's calls cannot be verified");
                }
            }
            return Optional.empty();
        }
        String because = Setting.WHATSAPP_APP_SECRET.key;
        return Optional.of(new ChannelsConfig.Whatsapp(
                required(r, Setting.WHATSAPP_VERIFY_TOKEN, because),
                appSecret,
                required(r, Setting.WHATSAPP_ACCESS_TOKEN, because),
                required(r, Setting.WHATSAPP_PHONE_NUMBER_ID, because),
                url(r, Setting.WHATSAPP_API_URL),
                r.text(Setting.WHATSAPP_TEMPLATE)));
    }

    /** The {@code generic:} section of the file: integration name to its secret and callback URL. */
    static void readGeneric(JsonNode section, Path file, Map<String, Map<String, Value>> generic) {
        for (Iterator<Map.Entry<String, JsonNode>> it = section.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> integration = it.next();
            if (!integration.getValue().isObject()) {
                throw new ConfigException("'generic." + integration.getKey() + "' in " + file
                        + " must be a mapping with secret and callbackUrl");
            }
            Map<String, Value> fields = generic.computeIfAbsent(integration.getKey(), k -> new LinkedHashMap<>());
            integration.getValue().fields().forEachRemaining(f -> {
                if (!f.getKey().equals("secret") && !f.getKey().equals("callbackUrl")) {
                    throw new ConfigException(
                            "unknown setting 'generic." + integration.getKey() + "." + f.getKey() + "' in " + file);
                }
                fields.put(
                        f.getKey(),
                        new Value(
                                f.getValue().asText(),
                                "generic." + integration.getKey() + "." + f.getKey() + " in " + file));
            });
        }
    }

    private static Map<String, ChannelsConfig.Generic> generic(
            Map<String, Map<String, Value>> fromFile, Map<String, String> env) {
        Map<String, Map<String, Value>> all = new LinkedHashMap<>();
        fromFile.forEach((name, fields) -> all.put(name, new LinkedHashMap<>(fields)));
        env.forEach((key, value) -> {
            if (!key.startsWith(GENERIC_PREFIX) || value == null || value.isBlank()) {
                return;
            }
            String rest = key.substring(GENERIC_PREFIX.length());
            String field = rest.endsWith("_CALLBACK_URL") ? "callbackUrl" : rest.endsWith("_SECRET") ? "secret" : null;
            if (field == null) {
                return;
            }
            String name = rest.substring(0, rest.length() - (field.equals("secret") ? 7 : 13))
                    .toLowerCase(Locale.ROOT)
                    .replace('_', '-');
            all.computeIfAbsent(name, k -> new LinkedHashMap<>())
                    .put(field, new Value(value.strip(), "environment variable " + key));
        });
        Map<String, ChannelsConfig.Generic> generic = new LinkedHashMap<>();
        all.forEach((name, fields) -> {
            Value secret = fields.get("secret");
            Value callback = fields.get("callbackUrl");
            if (secret == null || secret.text() == null || secret.text().isBlank()) {
                throw new ConfigException("generic integration '" + name + "' needs a secret");
            }
            if (callback == null || callback.text() == null || callback.text().isBlank()) {
                throw new ConfigException("generic integration '" + name + "' needs a callbackUrl");
            }
            generic.put(name, new ChannelsConfig.Generic(secret.text(), uri(callback.text(), callback.source())));
        });
        return generic;
    }

    private static String required(SettingReader r, Setting s, String because) {
        String v = r.text(s);
        if (v == null) {
            throw new ConfigException(s.key + " must be set when " + because + " is");
        }
        return v;
    }

    /** Safe mode needs the app id alone (for its AppId check); the API needs the id and the secret together. */
    private static boolean halfCredentials(ChannelsConfig.Wechat w) {
        if (w.appSecret() != null) {
            return w.appId() == null;
        }
        return w.appId() != null && !w.safeMode();
    }

    private static String stripped(String text) {
        return text == null ? null : text.strip();
    }

    private static URI url(SettingReader r, Setting s) {
        return uri(r.text(s), s.key);
    }

    private static URI uri(String text, String source) {
        try {
            URI uri = new URI(text == null ? "" : text.strip().replaceAll("/+$", ""));
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new ConfigException(source + " must be an http(s) URL: '" + text + "'");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new ConfigException(source + " is not a URL: '" + text + "'");
        }
    }
}
