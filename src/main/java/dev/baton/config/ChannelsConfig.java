package dev.baton.config;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The messaging platforms Baton serves. A platform whose secret is not configured is absent: its webhook
 * answers 404 and nothing is ever sent to it.
 *
 * @param generic signed generic webhooks by integration name ({@code /webhooks/generic/{name}})
 */
public record ChannelsConfig(
        Optional<Telegram> telegram,
        Optional<Slack> slack,
        Optional<Wechat> wechat,
        Optional<Whatsapp> whatsapp,
        Map<String, Generic> generic,
        Optional<EmailConfig> email,
        Delivery delivery) {

    /** Integration names: what may appear in {@code /webhooks/generic/{name}}. */
    public static final Pattern INTEGRATION = Pattern.compile("[a-z0-9][a-z0-9-]{0,23}");

    public ChannelsConfig {
        generic = Map.copyOf(generic);
        email = email == null ? Optional.empty() : email;
        for (String name : generic.keySet()) {
            if (!INTEGRATION.matcher(name).matches()) {
                throw new ConfigException(
                        "generic integration name '" + name + "' must be 1-24 lower-case letters, digits or '-'");
            }
        }
    }

    /** Telegram Bot API: the webhook's secret token, the bot token for sendMessage, the API base URL. */
    public record Telegram(String secret, String botToken, URI apiUrl) {}

    /** Slack Events API: the signing secret, the bot token for chat.postMessage, the API base URL. */
    public record Slack(String signingSecret, String botToken, URI apiUrl) {}

    /**
     * WeChat Official Account: the token of the signature; the app id and secret for the customer-service
     * message API (without them, only passive replies are possible); and the EncodingAESKey, which turns safe
     * mode (安全模式) on: messages and passive replies are then encrypted, and the app id is required, as each
     * message names the AppId it is for.
     */
    public record Wechat(
            String token,
            String appId,
            String appSecret,
            String encodingAesKey,
            URI apiUrl,
            java.time.Duration passiveReply) {

        /** WeChat's EncodingAESKey: the base64 of a 32-byte AES key without its trailing {@code =}. */
        private static final Pattern AES_KEY = Pattern.compile("[A-Za-z0-9+/]{43}");

        public Wechat {
            if (passiveReply == null || passiveReply.isNegative() || passiveReply.toMillis() > 4800) {
                throw new ConfigException("wechat.passiveReplyMillis must be 0 to 4800 (WeChat waits 5 s)");
            }
            // The key is never quoted back: only its length and what is wrong with it.
            if (encodingAesKey != null && !AES_KEY.matcher(encodingAesKey).matches()) {
                throw new ConfigException("wechat.encodingAesKey must be the account's 43-character EncodingAESKey "
                        + "(基本配置 → 服务器配置; base64 without its trailing '='), but the value given has "
                        + encodingAesKey.length() + " characters"
                        + (encodingAesKey.length() == 43 ? ", not all of them letters, digits, '+' or '/'" : ""));
            }
            if (encodingAesKey != null && appId == null) {
                throw new ConfigException("wechat.appId must be set when wechat.encodingAesKey is: in safe mode each "
                        + "message names the AppId it is for, and Baton checks it");
            }
        }

        public boolean canPush() {
            return appId != null && appSecret != null;
        }

        /** Whether messages and passive replies are encrypted (安全模式, or 兼容模式 read as safe mode). */
        public boolean safeMode() {
            return encodingAesKey != null;
        }

        /** Never the token, the app secret or the key: a config printed in a log shows only which are set. */
        @Override
        public String toString() {
            return "Wechat[token=set, appId=" + appId + ", appSecret=" + (appSecret == null ? "unset" : "set")
                    + ", encodingAesKey=" + (encodingAesKey == null ? "unset" : "set") + ", apiUrl=" + apiUrl
                    + ", passiveReply=" + passiveReply + "]";
        }
    }

    /**
     * WhatsApp Cloud API: the token Meta echoes when the webhook is checked, the app secret its calls are signed
     * with, the access token and business phone number id Baton sends with, the Graph API base URL, and the
     * approved template (no parameters) sent instead of a reply outside the 24-hour window, or null.
     */
    public record Whatsapp(
            String verifyToken,
            String appSecret,
            String accessToken,
            String phoneNumberId,
            URI apiUrl,
            String template) {

        private static final Pattern PHONE_NUMBER_ID = Pattern.compile("\\d{1,30}");
        private static final Pattern TEMPLATE = Pattern.compile("[a-z0-9_]{1,512}");

        public Whatsapp {
            // Never echo a value: the phone number id goes into a URL path, the others are secrets.
            if (phoneNumberId == null
                    || !PHONE_NUMBER_ID.matcher(phoneNumberId.strip()).matches()) {
                throw new ConfigException("whatsapp.phoneNumberId must be the number id Meta shows (digits only),"
                        + " not the phone number itself");
            }
            phoneNumberId = phoneNumberId.strip();
            if (template != null && !TEMPLATE.matcher(template.strip()).matches()) {
                throw new ConfigException(
                        "whatsapp.template must be a template name: lower-case letters, digits and _");
            }
            template = template == null ? null : template.strip();
        }

        /** Never the secrets themselves: a config printed in a log or an error shows only what is set. */
        @Override
        public String toString() {
            return "Whatsapp[verifyToken=set, appSecret=set, accessToken=set, phoneNumberId=" + phoneNumberId
                    + ", apiUrl=" + apiUrl + ", template=" + (template == null ? "unset" : template) + "]";
        }
    }

    /** A company's own app: the HMAC secret both ways and where outbound messages are posted. */
    public record Generic(String secret, URI callbackUrl) {}

    /**
     * Outbound delivery: tries before a message is dead-lettered, the first retry's delay (doubling, with
     * jitter, up to {@code maxBackoff}), and how long a platform call may take; and the leases by which
     * instances share the work: how long an instance holds the outbox messages it took ({@code lease}, null for
     * twice the timeout plus 5 s) and the inbound deliveries it took ({@code inboundLease}). An instance killed
     * while holding them leaves them to the others when the lease runs out.
     */
    public record Delivery(
            int maxAttempts,
            java.time.Duration firstBackoff,
            java.time.Duration maxBackoff,
            java.time.Duration timeout,
            java.time.Duration lease,
            java.time.Duration inboundLease) {

        /** The inbound lease when none is set. */
        public static final java.time.Duration INBOUND_LEASE = java.time.Duration.ofSeconds(30);

        public Delivery {
            if (maxAttempts < 1 || maxAttempts > 100) {
                throw new ConfigException("channels.maxAttempts must be 1 to 100: " + maxAttempts);
            }
            lease = lease == null ? timeout.multipliedBy(2).plusSeconds(5) : lease;
            // A lease that ran out during a send would let another instance send the same message meanwhile.
            if (lease.compareTo(timeout) <= 0) {
                throw new ConfigException("delivery.leaseMillis (" + lease.toMillis()
                        + ") must be longer than delivery.timeoutMillis (" + timeout.toMillis() + ")");
            }
            inboundLease = inboundLease == null ? INBOUND_LEASE : inboundLease;
        }

        /** The default leases: twice the timeout plus 5 s for the outbox, 30 s for inbound deliveries. */
        public Delivery(
                int maxAttempts,
                java.time.Duration firstBackoff,
                java.time.Duration maxBackoff,
                java.time.Duration timeout) {
            this(maxAttempts, firstBackoff, maxBackoff, timeout, null, null);
        }
    }
}
