package dev.baton.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;

/**
 * A token bucket per key (a client address, a conversation): {@code perMinute} requests a minute on
 * average, bursting up to {@code burst}. Buckets live in a bounded Caffeine cache and expire when idle, so
 * memory stays flat whatever the number of clients. Time comes from a {@link Ticker} so tests can fake it.
 */
final class RateLimiter {

    private final double refillPerNano;
    private final double burst;
    private final Ticker ticker;
    private final Cache<String, Bucket> buckets;

    RateLimiter(int perMinute, int burst, Ticker ticker) {
        this.refillPerNano = perMinute / (double) Duration.ofMinutes(1).toNanos();
        this.burst = burst;
        this.ticker = ticker;
        this.buckets = Caffeine.newBuilder()
                .maximumSize(100_000)
                .expireAfterAccess(Duration.ofMinutes(10))
                .ticker(ticker)
                .recordStats()
                .executor(Runnable::run)
                .build();
    }

    /** Takes one request for {@code key}: 0 if allowed, else how many seconds until one more is. */
    long acquire(String key) {
        return take(buckets.get(key, k -> new Bucket(burst, ticker.read())), true);
    }

    /** Like {@link #acquire} without taking anything: 0 while {@code key} has a request left. */
    long waiting(String key) {
        Bucket bucket = buckets.getIfPresent(key);
        return bucket == null ? 0 : take(bucket, false);
    }

    private long take(Bucket bucket, boolean take) {
        synchronized (bucket) {
            long now = ticker.read();
            bucket.tokens = Math.min(burst, bucket.tokens + (now - bucket.at) * refillPerNano);
            bucket.at = now;
            if (bucket.tokens >= 1) {
                if (take) {
                    bucket.tokens -= 1;
                }
                return 0;
            }
            double nanos = (1 - bucket.tokens) / refillPerNano;
            return Math.max(1, (long) Math.ceil(nanos / 1e9));
        }
    }

    private static final class Bucket {
        double tokens;
        long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }
    }
}
