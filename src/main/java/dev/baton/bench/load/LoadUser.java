package dev.baton.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.locks.LockSupport;

/**
 * One virtual user: opens a conversation, sends messages until {@value #TURNS_PER_CONVERSATION} turns, then
 * opens a new one; stops when the phases say so. Like a person chatting it waits for each reply; it then sends
 * at once or, paced, at its next slot on a fixed schedule. A reply later than the next slot is followed at once
 * and the schedule moves on from there, so a slow server shows as fewer turns per second than offered (and in
 * the latencies), not as a growing backlog. Its counts are read after its thread ends.
 */
final class LoadUser implements Runnable {

    static final int TURNS_PER_CONVERSATION = 20;
    private static final byte[] CREATE = LoadMessages.CREATE_BODY.getBytes(StandardCharsets.UTF_8);
    private static final byte[] STATE = "\"state\"".getBytes(StandardCharsets.UTF_8);

    /** An open conversation: where its messages go and the header that authorizes them. */
    private record Session(URI messages, String authorization) {}

    private final LoadClient client;
    private final URI base;
    private final URI create;
    private final LoadMessages messages;
    private final LoadPhases phases;
    private final ObjectMapper json;
    private final SplittableRandom random;
    private final long intervalNanos;
    private final Map<String, Long> errors = new TreeMap<>();
    private long[] latencies = new long[1_024];
    private int measured;
    private long warmupTurns;
    private long warmupErrors;
    private long conversationsStarted;

    /** @param intervalNanos time between this user's scheduled turns; 0 to send back to back */
    LoadUser(
            LoadClient client,
            URI base,
            LoadMessages messages,
            LoadPhases phases,
            ObjectMapper json,
            long seed,
            long intervalNanos) {
        this.client = client;
        this.base = base;
        this.create = base.resolve(base.getPath() + "/api/v1/conversations");
        this.messages = messages;
        this.phases = phases;
        this.json = json;
        this.random = new SplittableRandom(seed);
        this.intervalNanos = intervalNanos;
    }

    @Override
    public void run() {
        Session session = null;
        int turns = 0;
        long now = System.nanoTime();
        long next = intervalNanos == 0 ? 0 : now + random.nextLong(intervalNanos);
        while (phases.running(now)) {
            if (session == null || turns >= TURNS_PER_CONVERSATION) {
                session = start(now);
                now = System.nanoTime();
                turns = 0;
                if (session == null) {
                    continue;
                }
            }
            byte[] body = messages.pick(random);
            if (intervalNanos > 0 && !awaitUntil(next)) {
                break;
            }
            long start = System.nanoTime();
            String failure;
            try {
                LoadClient.Reply reply = client.post(session.messages(), session.authorization(), body);
                failure = reply.status() != 200
                        ? Integer.toString(reply.status())
                        : contains(reply.body(), STATE) ? null : "200 without state";
            } catch (InterruptedIOException e) {
                failure = "timeout";
            } catch (IOException e) {
                failure = "io";
            }
            now = System.nanoTime();
            next = Math.max(next + intervalNanos, now);
            turns++;
            if (failure != null) {
                session = null;
            }
            record(start, now, failure);
        }
    }

    /** Waits for a scheduled time; false when the run ends first. */
    private boolean awaitUntil(long at) {
        long now = System.nanoTime();
        while (now < at) {
            if (!phases.running(at)) {
                return false;
            }
            LockSupport.parkNanos(Math.min(at - now, 100_000_000L));
            now = System.nanoTime();
        }
        return phases.running(now);
    }

    private void record(long start, long end, String failure) {
        if (!phases.measured(start, end)) {
            if (start < phases.measureFrom()) {
                warmupTurns++;
                warmupErrors += failure == null ? 0 : 1;
            }
            return;
        }
        if (failure != null) {
            errors.merge(failure, 1L, Long::sum);
        } else if (phases.admit(end)) {
            if (measured == latencies.length) {
                latencies = Arrays.copyOf(latencies, latencies.length * 2);
            }
            latencies[measured++] = end - start;
        }
    }

    /** Opens a conversation, or returns null (counted as an error) when that failed. */
    private Session start(long now) {
        String failure;
        try {
            LoadClient.Reply reply = client.post(create, null, CREATE);
            if (reply.status() == 201) {
                JsonNode node = json.readTree(reply.body());
                if (node.hasNonNull("conversationId") && node.hasNonNull("token")) {
                    conversationsStarted++;
                    URI messages = base.resolve(base.getPath() + "/api/v1/conversations/"
                            + node.get("conversationId").asText() + "/messages");
                    return new Session(messages, "Bearer " + node.get("token").asText());
                }
            }
            failure = "create " + reply.status();
        } catch (InterruptedIOException e) {
            failure = "create timeout";
        } catch (IOException e) {
            failure = "create io";
        }
        if (phases.measured(now, now)) {
            errors.merge(failure, 1L, Long::sum);
        } else if (now < phases.measureFrom()) {
            warmupErrors++;
        }
        return null;
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    long[] latencies() {
        return Arrays.copyOf(latencies, measured);
    }

    Map<String, Long> errors() {
        return errors;
    }

    long warmupTurns() {
        return warmupTurns;
    }

    long warmupErrors() {
        return warmupErrors;
    }

    long conversationsStarted() {
        return conversationsStarted;
    }
}
