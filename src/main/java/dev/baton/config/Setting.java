package dev.baton.config;

/**
 * Every setting: its key in the config file, its environment variable and its default. {@link ConfigLoader}
 * reads them; the records of this package say what each means.
 */
enum Setting {
    HOME("home", "BATON_HOME", null),
    HOST("http.host", "BATON_HOST", "0.0.0.0"),
    PORT("http.port", "BATON_PORT", "7070"),
    CORS_ORIGINS("http.corsOrigins", "BATON_CORS_ORIGINS", ""),
    /** Behind a load balancer: at least its readiness poll's period, so it stops sending before the port closes. */
    STOP_DELAY("http.stopDelayMillis", "BATON_STOP_DELAY_MILLIS", "0"),
    DATA_DIR("store.dataDir", "BATON_DATA_DIR", "data"),
    DB_URL("store.url", "BATON_DB_URL", null),
    DB_USER("store.user", "BATON_DB_USER", null),
    DB_PASSWORD("store.password", "BATON_DB_PASSWORD", null),
    DB_POOL_SIZE("store.poolSize", "BATON_DB_POOL_SIZE", "10"),
    MAX_BODY_BYTES("limits.maxBodyBytes", "BATON_MAX_BODY_BYTES", "16384"),
    CONVERSATION_RATE("limits.conversationTurnsPerMinute", "BATON_CONVERSATION_TURNS_PER_MINUTE", "30"),
    IP_RATE("limits.ipRequestsPerMinute", "BATON_IP_REQUESTS_PER_MINUTE", "600"),
    BODY_READ("limits.bodyReadSeconds", "BATON_BODY_READ_SECONDS", "10"),
    SOCKET_UPGRADES("limits.socketUpgradesPerMinute", "BATON_SOCKET_UPGRADES_PER_MINUTE", "60"),
    FAILED_TOKENS("limits.failedTokensPerMinute", "BATON_FAILED_TOKENS_PER_MINUTE", "20"),
    SOCKETS_PER_CONVERSATION("limits.socketsPerConversation", "BATON_SOCKETS_PER_CONVERSATION", "5"),
    SOCKETS_PER_AGENT("limits.socketsPerAgent", "BATON_SOCKETS_PER_AGENT", "5"),
    EMPTY_CONVERSATION_TTL("limits.emptyConversationTtlSeconds", "BATON_EMPTY_CONVERSATION_TTL_SECONDS", "3600"),
    CORPUS_DIR("nlu.corpusDir", "BATON_CORPUS_DIR", "faq-corpus"),
    MODELS_DIR("nlu.modelsDir", "BATON_MODELS_DIR", "models"),
    KNOWLEDGE_POLL("knowledge.pollMillis", "BATON_KNOWLEDGE_POLL_MILLIS", "2000"),
    GATE_MARGIN("knowledge.gateMarginPoints", "BATON_KNOWLEDGE_GATE_MARGIN_POINTS", "1"),
    HANDLING_TIME("handoff.handlingTimeSeconds", "BATON_HANDLING_TIME_SECONDS", "180"),
    URGENT_SLA("handoff.urgentFirstResponseSeconds", "BATON_URGENT_FIRST_RESPONSE_SECONDS", "300"),
    NORMAL_SLA("handoff.normalFirstResponseSeconds", "BATON_NORMAL_FIRST_RESPONSE_SECONDS", "3600"),
    AGENT_CAPACITY("handoff.agentCapacity", "BATON_AGENT_CAPACITY", "3"),
    AUTO_ASSIGN("handoff.autoAssign", "BATON_AUTO_ASSIGN", "false"),
    EMAIL_OFFER_AFTER("handoff.emailOfferAfterSeconds", "BATON_EMAIL_OFFER_AFTER_SECONDS", "600"),
    REOPEN_WINDOW("handoff.reopenWindowSeconds", "BATON_REOPEN_WINDOW_SECONDS", "86400"),
    ABANDON_AFTER("handoff.abandonAfterSeconds", "BATON_ABANDON_AFTER_SECONDS", "86400"),
    SWEEP_EVERY("handoff.sweepSeconds", "BATON_HANDOFF_SWEEP_SECONDS", "5"),
    OFFLINE_AFTER("handoff.offlineAfterSeconds", "BATON_OFFLINE_AFTER_SECONDS", "60"),
    PRESENCE_HEARTBEAT("handoff.presenceHeartbeatSeconds", "BATON_PRESENCE_HEARTBEAT_SECONDS", "15"),
    ANSWER_GRACE("handoff.answerGraceSeconds", "BATON_ANSWER_GRACE_SECONDS", "120"),
    TELEGRAM_BOT_TOKEN("telegram.botToken", "BATON_TELEGRAM_BOT_TOKEN", null),
    TELEGRAM_SECRET("telegram.secret", "BATON_TELEGRAM_SECRET", null),
    TELEGRAM_API_URL("telegram.apiUrl", "BATON_TELEGRAM_API_URL", "https://api.telegram.org"),
    SLACK_SIGNING_SECRET("slack.signingSecret", "BATON_SLACK_SIGNING_SECRET", null),
    SLACK_BOT_TOKEN("slack.botToken", "BATON_SLACK_BOT_TOKEN", null),
    SLACK_API_URL("slack.apiUrl", "BATON_SLACK_API_URL", "https://slack.com/api"),
    WECHAT_TOKEN("wechat.token", "BATON_WECHAT_TOKEN", null),
    WECHAT_APP_ID("wechat.appId", "BATON_WECHAT_APP_ID", null),
    WECHAT_APP_SECRET("wechat.appSecret", "BATON_WECHAT_APP_SECRET", null),
    WECHAT_API_URL("wechat.apiUrl", "BATON_WECHAT_API_URL", "https://api.weixin.qq.com"),
    /** WeChat gives up on a webhook after 5 s: a reply not ready by then goes by the API instead. */
    WECHAT_PASSIVE_REPLY("wechat.passiveReplyMillis", "BATON_WECHAT_PASSIVE_REPLY_MILLIS", "4500"),
    SMTP_HOST("smtp.host", "BATON_SMTP_HOST", null),
    SMTP_PORT("smtp.port", "BATON_SMTP_PORT", null),
    SMTP_USER("smtp.user", "BATON_SMTP_USER", null),
    SMTP_PASSWORD("smtp.password", "BATON_SMTP_PASSWORD", null),
    SMTP_FROM("smtp.from", "BATON_SMTP_FROM", null),
    /** {@code none}, {@code starttls} or {@code tls}. */
    SMTP_SECURITY("smtp.security", "BATON_SMTP_SECURITY", "starttls"),
    IMAP_HOST("imap.host", "BATON_IMAP_HOST", null),
    IMAP_PORT("imap.port", "BATON_IMAP_PORT", null),
    IMAP_USER("imap.user", "BATON_IMAP_USER", null),
    IMAP_PASSWORD("imap.password", "BATON_IMAP_PASSWORD", null),
    IMAP_SECURITY("imap.security", "BATON_IMAP_SECURITY", "tls"),
    /** How often the mailbox is looked at when the server has no IDLE (and how soon a lost IDLE is renewed). */
    IMAP_POLL("imap.pollSeconds", "BATON_IMAP_POLL_SECONDS", "30"),
    /** The signing secret of the inbound-mail webhook ({@code /webhooks/email}); off when unset. */
    EMAIL_WEBHOOK_SECRET("email.webhookSecret", "BATON_EMAIL_WEBHOOK_SECRET", null),
    /** The first-response deadline of a ticket that came in by email: the seed's help desk promises a day. */
    EMAIL_SLA("handoff.emailFirstResponseSeconds", "BATON_EMAIL_FIRST_RESPONSE_SECONDS", "86400"),
    WHATSAPP_VERIFY_TOKEN("whatsapp.verifyToken", "BATON_WHATSAPP_VERIFY_TOKEN", null),
    WHATSAPP_APP_SECRET("whatsapp.appSecret", "BATON_WHATSAPP_APP_SECRET", null),
    WHATSAPP_ACCESS_TOKEN("whatsapp.accessToken", "BATON_WHATSAPP_ACCESS_TOKEN", null),
    WHATSAPP_PHONE_NUMBER_ID("whatsapp.phoneNumberId", "BATON_WHATSAPP_PHONE_NUMBER_ID", null),
    WHATSAPP_API_URL("whatsapp.apiUrl", "BATON_WHATSAPP_API_URL", "https://graph.facebook.com/v21.0"),
    /** The approved message template sent outside WhatsApp's 24-hour window; unset: only email, if given. */
    WHATSAPP_TEMPLATE("whatsapp.template", "BATON_WHATSAPP_TEMPLATE", null),
    /** The account's EncodingAESKey (43 characters): set, WeChat's safe mode is on. */
    WECHAT_AES_KEY("wechat.encodingAesKey", "BATON_WECHAT_ENCODING_AES_KEY", null),
    DELIVERY_MAX_ATTEMPTS("delivery.maxAttempts", "BATON_DELIVERY_MAX_ATTEMPTS", "8"),
    DELIVERY_FIRST_BACKOFF("delivery.firstBackoffMillis", "BATON_DELIVERY_FIRST_BACKOFF_MILLIS", "1000"),
    DELIVERY_MAX_BACKOFF("delivery.maxBackoffSeconds", "BATON_DELIVERY_MAX_BACKOFF_SECONDS", "300"),
    DELIVERY_TIMEOUT("delivery.timeoutMillis", "BATON_DELIVERY_TIMEOUT_MILLIS", "10000"),
    /** How long an instance holds outbox messages it took; unset: twice the timeout plus 5 s. */
    DELIVERY_LEASE("delivery.leaseMillis", "BATON_DELIVERY_LEASE_MILLIS", null),
    /** How long an instance holds inbound deliveries it took before another may take them over. */
    INBOUND_LEASE("delivery.inboundLeaseMillis", "BATON_INBOUND_LEASE_MILLIS", "30000"),
    SUPPORT_EMAIL("support.email", "BATON_SUPPORT_EMAIL", null),
    SUPPORT_PHONE("support.phone", "BATON_SUPPORT_PHONE", null),
    SUPPORT_WEBSITE("support.website", "BATON_SUPPORT_WEBSITE", null),
    SUPPORT_APP_PATH_ZH("support.appPathZh", "BATON_SUPPORT_APP_PATH_ZH", null),
    SUPPORT_APP_PATH_EN("support.appPathEn", "BATON_SUPPORT_APP_PATH_EN", null),
    /** {@code name=https://...} pairs, comma-separated; in the file also a mapping of name to URL. */
    SUPPORT_COMMUNITY("support.community", "BATON_SUPPORT_COMMUNITY", null),
    /** The opt-out: messages Baton could not answer are kept for editors unless this is off. */
    LEARNING("learning.capture", "BATON_LEARNING", "true"),
    LEARNING_RETENTION("learning.retentionDays", "BATON_LEARNING_RETENTION", "30"),
    /** How long after an answer a related question from the same user or chat still counts against it. */
    CONTAINMENT_WINDOW("report.containmentWindow", "BATON_CONTAINMENT_WINDOW", "24h"),
    METRICS_TOKEN("metrics.token", "BATON_METRICS_TOKEN", null),
    LOG_FORMAT("log.format", "BATON_LOG_FORMAT", "text");

    final String key;
    final String env;
    final String fallback;

    Setting(String key, String env, String fallback) {
        this.key = key;
        this.env = env;
        this.fallback = fallback;
    }
}
