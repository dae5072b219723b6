package dev.baton.bench.load;

import dev.baton.bench.BenchException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Extra {@code BATON_*} settings for a spawned server, from repeated {@code --env NAME=VALUE} options: how a
 * benchmark measures the server with a feature on (metrics, say) against the same run without it. Only
 * {@code BATON_} names are taken, and none of those the tools set themselves (the address, the store).
 */
public record ServerEnv(Map<String, String> values) {

    /** No extra settings. */
    public static final ServerEnv NONE = new ServerEnv(Map.of());

    /** Set by the tools for every spawned server: its address and its fresh store. */
    static final Set<String> RESERVED =
            Set.of("BATON_HOST", "BATON_PORT", "BATON_DATA_DIR", "BATON_DB_URL", "BATON_DB_USER", "BATON_DB_PASSWORD");

    private static final Pattern NAME = Pattern.compile("BATON_[A-Z0-9_]+");

    public ServerEnv {
        values = Map.copyOf(values);
    }

    /**
     * Reads {@code NAME=VALUE} assignments; a malformed one, a name that is not {@code BATON_*}, one of
     * {@code reserved} (each with the option to use instead) or {@link #RESERVED} is a {@link BenchException}.
     */
    public static ServerEnv parse(List<String> assignments, Map<String, String> reserved) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String assignment : assignments) {
            int eq = assignment.indexOf('=');
            String name = eq < 0 ? assignment : assignment.substring(0, eq);
            if (eq < 0 || !NAME.matcher(name).matches()) {
                throw new BenchException("--env must look like BATON_NAME=VALUE, not '" + name + "'");
            }
            if (RESERVED.contains(name)) {
                throw new BenchException("--env " + name + ": the tool sets it for its own server (use --db-url"
                        + " and --db-user for PostgreSQL)");
            }
            if (reserved.containsKey(name)) {
                throw new BenchException("--env " + name + ": use " + reserved.get(name) + " instead");
            }
            if (values.put(name, assignment.substring(eq + 1)) != null) {
                throw new BenchException("--env " + name + " is given twice");
            }
        }
        return new ServerEnv(values);
    }

    /** The metrics token the server is given, when metrics are on. */
    public Optional<String> metricsToken() {
        return Optional.ofNullable(values.get("BATON_METRICS_TOKEN")).filter(t -> !t.isBlank());
    }

    /** The names given, for a report (never the values: a token may be among them). */
    public List<String> names() {
        return values.keySet().stream().sorted().toList();
    }
}
