package dev.baton.report;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/** A span the supervisor report covers, up to now, and how finely it shows the queue's depth over it. */
public enum Period {
    /** The last 24 hours, the queue hour by hour. */
    DAY("24h", Duration.ofHours(24), Duration.ofHours(1)),
    /** The last 7 days, the queue in 6-hour steps. */
    WEEK("7d", Duration.ofDays(7), Duration.ofHours(6));

    private final String code;
    private final Duration length;
    private final Duration bucket;

    Period(String code, Duration length, Duration bucket) {
        this.code = code;
        this.length = length;
        this.bucket = bucket;
    }

    /** How a request names it: {@code 24h} or {@code 7d}. */
    public String code() {
        return code;
    }

    public Duration length() {
        return length;
    }

    /** One step of the queue-depth series. */
    public Duration bucket() {
        return bucket;
    }

    /** The period a request names, if it names one. */
    public static Optional<Period> of(String code) {
        return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst();
    }
}
