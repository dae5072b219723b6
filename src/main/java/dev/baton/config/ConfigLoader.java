package dev.baton.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the settings: defaults, then the YAML config file (if any), then environment variables, each
 * overriding the one before. Unknown keys and malformed values fail with a message naming the setting and
 * where it came from.
 */
public final class ConfigLoader {

    /** Every setting: its key in the file, its environment variable and its default. */
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
        DELIVERY_MAX_ATTEMPTS("delivery.maxAttempts", "BATON_DELIVERY_MAX_ATTEMPTS", "8"),
        DELIVERY_FIRST_BACKOFF("delivery.firstBackoffMillis", "BATON_DELIVERY_FIRST_BACKOFF_MILLIS", "1000"),
        DELIVERY_MAX_BACKOFF("delivery.maxBackoffSeconds", "BATON_DELIVERY_MAX_BACKOFF_SECONDS", "300"),
        DELIVERY_TIMEOUT("delivery.timeoutMillis", "BATON_DELIVERY_TIMEOUT_MILLIS", "10000"),
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

    record Value(String text, String source) {}

    private ConfigLoader() {}

    /**
     * The settings from {@code file} (optional) and {@code env}; without a {@code home} setting, the home is
     * {@link BatonHome#installed()}.
     *
     * @throws ConfigException naming the first bad setting
     */
    public static BatonConfig load(Optional<Path> file, Map<String, String> env) {
        return load(file, env, BatonHome.installed());
    }

    /**
     * The settings from {@code file} (optional) and {@code env}, with {@code defaultHome} as the home unless
     * {@code home} / {@code BATON_HOME} names one. A relative home is taken from the working directory; relative
     * data, corpus and models directories from the home.
     *
     * @throws ConfigException naming the first bad setting
     */
    public static BatonConfig load(Optional<Path> file, Map<String, String> env, Path defaultHome) {
        Map<Setting, Value> values = new LinkedHashMap<>();
        Map<String, Map<String, Value>> generic = new LinkedHashMap<>();
        for (Setting s : Setting.values()) {
            values.put(s, new Value(s.fallback, "the default"));
        }
        if (file.isPresent()) {
            readFile(file.get(), values, generic);
        }
        readEnv(env, values);
        SettingReader r = new SettingReader(values);
        String chosenHome = r.text(Setting.HOME);
        Path home = (chosenHome == null ? defaultHome : Path.of(chosenHome))
                .toAbsolutePath()
                .normalize();
        HttpConfig http = new HttpConfig(
                r.text(Setting.HOST),
                r.integer(Setting.PORT),
                r.list(Setting.CORS_ORIGINS),
                Duration.ofMillis(r.integer(Setting.STOP_DELAY)));
        StoreConfig store = new StoreConfig(
                BatonHome.resolve(home, r.path(Setting.DATA_DIR)),
                r.text(Setting.DB_URL),
                r.text(Setting.DB_USER),
                r.text(Setting.DB_PASSWORD),
                r.integer(Setting.DB_POOL_SIZE));
        LimitsConfig limits = new LimitsConfig(
                r.integer(Setting.MAX_BODY_BYTES),
                r.integer(Setting.CONVERSATION_RATE),
                r.integer(Setting.IP_RATE),
                r.seconds(Setting.BODY_READ),
                r.integer(Setting.SOCKET_UPGRADES),
                r.integer(Setting.FAILED_TOKENS),
                r.integer(Setting.SOCKETS_PER_CONVERSATION),
                r.integer(Setting.SOCKETS_PER_AGENT),
                r.seconds(Setting.EMPTY_CONVERSATION_TTL));
        NluConfig nlu = new NluConfig(
                BatonHome.resolve(home, r.path(Setting.CORPUS_DIR)),
                BatonHome.resolve(home, r.path(Setting.MODELS_DIR)));
        HandoffConfig handoff = new HandoffConfig(
                r.seconds(Setting.HANDLING_TIME),
                r.seconds(Setting.URGENT_SLA),
                r.seconds(Setting.NORMAL_SLA),
                r.integer(Setting.AGENT_CAPACITY),
                r.bool(Setting.AUTO_ASSIGN),
                r.seconds(Setting.EMAIL_OFFER_AFTER),
                r.seconds(Setting.REOPEN_WINDOW),
                r.seconds(Setting.ABANDON_AFTER),
                r.seconds(Setting.SWEEP_EVERY),
                r.seconds(Setting.OFFLINE_AFTER),
                r.seconds(Setting.PRESENCE_HEARTBEAT),
                r.seconds(Setting.ANSWER_GRACE));
        KnowledgeConfig knowledge =
                new KnowledgeConfig(r.millis(Setting.KNOWLEDGE_POLL), r.points(Setting.GATE_MARGIN) / 100);
        LearningConfig learning = new LearningConfig(r.bool(Setting.LEARNING), r.days(Setting.LEARNING_RETENTION));
        ReportConfig report = new ReportConfig(r.duration(Setting.CONTAINMENT_WINDOW));
        return new BatonConfig(
                home,
                http,
                store,
                limits,
                nlu,
                handoff,
                Channels.read(r, generic, env),
                knowledge,
                Support.read(r),
                learning,
                report,
                new MetricsConfig(r.text(Setting.METRICS_TOKEN)),
                LogFormat.read(r.text(Setting.LOG_FORMAT), r.source(Setting.LOG_FORMAT)));
    }

    /**
     * The corpus and models directories for the commands that read no config file ({@code train},
     * {@code decide} ...): {@code BATON_CORPUS_DIR} and {@code BATON_MODELS_DIR} from {@code env}, else the
     * defaults, against {@code home}.
     *
     * @throws ConfigException when one is set but empty
     */
    public static NluConfig nlu(Map<String, String> env, Path home) {
        Map<Setting, Value> values = new LinkedHashMap<>();
        for (Setting s : List.of(Setting.CORPUS_DIR, Setting.MODELS_DIR)) {
            values.put(s, new Value(s.fallback, "the default"));
        }
        readEnv(env, values);
        SettingReader r = new SettingReader(values);
        return new NluConfig(
                BatonHome.resolve(home, r.path(Setting.CORPUS_DIR)),
                BatonHome.resolve(home, r.path(Setting.MODELS_DIR)));
    }

    /**
     * The support team's contact details for the commands that read no config file ({@code decide}):
     * {@code BATON_SUPPORT_*} from {@code env}, so their replies read as a server's would.
     *
     * @throws ConfigException naming the first bad setting
     */
    public static SupportConfig support(Map<String, String> env) {
        Map<Setting, Value> values = new LinkedHashMap<>();
        for (Setting s : Support.SETTINGS) {
            values.put(s, new Value(s.fallback, "the default"));
        }
        readEnv(env, values);
        return Support.read(new SettingReader(values));
    }

    /** Puts the settings of {@code values} that {@code env} sets (not blank) over what they were. */
    private static void readEnv(Map<String, String> env, Map<Setting, Value> values) {
        for (Setting s : values.keySet()) {
            String v = env.get(s.env);
            if (v != null && !v.isBlank()) {
                values.put(s, new Value(v.strip(), "environment variable " + s.env));
            }
        }
    }

    private static void readFile(Path file, Map<Setting, Value> values, Map<String, Map<String, Value>> generic) {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(file));
        } catch (IOException e) {
            throw new ConfigException("cannot read config file " + file + ": "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return;
        }
        if (!root.isObject()) {
            throw new ConfigException("config file " + file + " must be a YAML mapping of sections");
        }
        for (Iterator<Map.Entry<String, JsonNode>> sections = root.fields(); sections.hasNext(); ) {
            Map.Entry<String, JsonNode> section = sections.next();
            if (Setting.HOME.key.equals(section.getKey())) {
                JsonNode node = section.getValue();
                if (!node.isValueNode()) {
                    throw new ConfigException("'home' in " + file + " must be a directory path");
                }
                values.put(Setting.HOME, new Value(node.isNull() ? null : node.asText(), "home in " + file));
                continue;
            }
            if (!section.getValue().isObject()) {
                throw new ConfigException("'" + section.getKey() + "' in " + file + " must be a mapping");
            }
            if ("generic".equals(section.getKey())) {
                Channels.readGeneric(section.getValue(), file, generic);
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = section.getValue().fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String key = section.getKey() + "." + field.getKey();
                Setting setting = Arrays.stream(Setting.values())
                        .filter(s -> s.key.equals(key))
                        .findFirst()
                        .orElseThrow(() -> new ConfigException("unknown setting '" + key + "' in " + file));
                JsonNode node = field.getValue();
                String text = node.asText();
                if (node.isArray()) {
                    StringBuilder joined = new StringBuilder();
                    node.forEach(
                            n -> joined.append(joined.length() == 0 ? "" : ",").append(n.asText()));
                    text = joined.toString();
                } else if (node.isObject()) {
                    // A mapping of names to values (support.community): read as the list "name=value,...".
                    StringBuilder joined = new StringBuilder();
                    node.fields()
                            .forEachRemaining(f -> joined.append(joined.length() == 0 ? "" : ",")
                                    .append(f.getKey())
                                    .append('=')
                                    .append(f.getValue().asText()));
                    text = joined.toString();
                }
                values.put(setting, new Value(node.isNull() ? null : text, key + " in " + file));
            }
        }
    }
}
