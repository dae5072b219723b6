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
                r.seconds(Setting.EMAIL_SLA),
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
