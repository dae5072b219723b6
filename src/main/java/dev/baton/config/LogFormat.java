package dev.baton.config;

import java.util.Arrays;
import java.util.Locale;

/**
 * How Baton writes its log lines to standard error: {@code text} (the default), one readable line each, or
 * {@code json}, one JSON object each (Logback's own {@code JsonEncoder}) for log collectors. Either way the
 * conversation, ticket and agent ids of the work in progress come with each line (see
 * {@code dev.baton.logging.LogContext}). The name is also the name of the appender {@code logback.xml} picks.
 */
public enum LogFormat {
    TEXT,
    JSON;

    /** The system property {@code logback.xml} reads the format from, before {@code BATON_LOG_FORMAT}. */
    public static final String PROPERTY = "baton.log.format";

    /** {@code text} or {@code json}: the setting's value and the appender's name. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    static LogFormat read(String value, String source) {
        String wanted = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(f -> f.wire().equals(wanted))
                .findFirst()
                .orElseThrow(() ->
                        new ConfigException("log.format must be text or json, but " + source + " is '" + value + "'"));
    }
}
