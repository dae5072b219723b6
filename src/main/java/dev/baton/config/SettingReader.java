package dev.baton.config;

import dev.baton.config.ConfigLoader.Value;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses values, naming the setting and its source on failure. */
record SettingReader(Map<Setting, ConfigLoader.Value> values) {
    private static final Pattern DURATION = Pattern.compile("(\\d{1,9})\\s*([smhd])?");

    String text(Setting s) {
        String v = values.get(s).text();
        return v == null || v.isBlank() ? null : v;
    }

    /** Where the value of {@code s} came from, for an error message. */
    String source(Setting s) {
        return values.get(s).source();
    }

    int integer(Setting s) {
        Value v = values.get(s);
        try {
            return Integer.parseInt(v.text().strip());
        } catch (NumberFormatException | NullPointerException e) {
            throw new ConfigException(s.key + " must be a whole number, but " + v.source() + " is '" + v.text() + "'");
        }
    }

    /** A number of percentage points from 0 to 100, decimals allowed. */
    double points(Setting s) {
        Value v = values.get(s);
        try {
            double points = Double.parseDouble(v.text().strip());
            if (points >= 0 && points <= 100) {
                return points;
            }
        } catch (NumberFormatException | NullPointerException e) {
            // reported below
        }
        throw new ConfigException(s.key + " must be a number of percentage points from 0 to 100, but " + v.source()
                + " is '" + v.text() + "'");
    }

    Duration seconds(Setting s) {
        return Duration.ofSeconds(positive(s));
    }

    Duration days(Setting s) {
        return Duration.ofDays(positive(s));
    }

    Duration millis(Setting s) {
        return Duration.ofMillis(positive(s));
    }

    /**
     * A length of time: a whole number with a unit, {@code 90m}, {@code 24h}, {@code 7d}, or {@code s} for
     * seconds; a bare number is seconds.
     */
    Duration duration(Setting s) {
        Value v = values.get(s);
        Matcher m = DURATION.matcher(v.text() == null ? "" : v.text().strip().toLowerCase(Locale.ROOT));
        if (m.matches()) {
            try {
                long n = Long.parseLong(m.group(1));
                String unit = m.group(2);
                return switch (unit == null ? "s" : unit) {
                    case "m" -> Duration.ofMinutes(n);
                    case "h" -> Duration.ofHours(n);
                    case "d" -> Duration.ofDays(n);
                    default -> Duration.ofSeconds(n);
                };
            } catch (NumberFormatException | ArithmeticException e) {
                // reported below
            }
        }
        throw new ConfigException(s.key + " must be a length of time such as 90m, 24h or 7d, but " + v.source()
                + " is '" + v.text() + "'");
    }

    private int positive(Setting s) {
        int n = integer(s);
        if (n < 1) {
            throw new ConfigException(
                    s.key + " must be at least 1, but " + values.get(s).source() + " is " + n);
        }
        return n;
    }

    boolean bool(Setting s) {
        Value v = values.get(s);
        String t = v.text() == null ? "" : v.text().strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "true", "yes", "on", "1" -> true;
            case "false", "no", "off", "0" -> false;
            default ->
                throw new ConfigException(
                        s.key + " must be true or false, but " + v.source() + " is '" + v.text() + "'");
        };
    }

    Path path(Setting s) {
        String v = text(s);
        if (v == null) {
            throw new ConfigException(
                    s.key + " must not be empty (" + values.get(s).source() + ")");
        }
        return Path.of(v);
    }

    List<String> list(Setting s) {
        String v = text(s);
        return v == null
                ? List.of()
                : Arrays.stream(v.split(","))
                        .map(String::strip)
                        .filter(x -> !x.isEmpty())
                        .toList();
    }
}
