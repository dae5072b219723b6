package dev.baton.bench.swap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.bench.load.LoadMessages;
import java.util.List;
import java.util.SplittableRandom;

/**
 * What the swap test's users say: one turn in five asks how to contact support, in English or Chinese, whose
 * answer the run edits; the rest are the load test's mix, in which that question comes up again in other words
 * (and in Traditional Chinese), beside thanks, greetings, requests for a human and reports of stolen funds.
 */
final class SwapMessages {

    /** The questions the edited entry answers, asked by name. */
    static final List<String> EDITED = List.of("how can I contact support?", "怎么联系客服");

    private static final int EDITED_IN = 5;

    private final LoadMessages mix;
    private final byte[][] edited;

    SwapMessages(ObjectMapper json) {
        this.mix = new LoadMessages(json);
        this.edited = EDITED.stream().map(text -> encode(json, text)).toArray(byte[][]::new);
    }

    byte[] pick(SplittableRandom random) {
        return random.nextInt(EDITED_IN) == 0 ? edited[random.nextInt(edited.length)] : mix.pick(random);
    }

    private static byte[] encode(ObjectMapper json, String text) {
        try {
            return json.writeValueAsBytes(new Text(text));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode a message", e);
        }
    }

    private record Text(String text) {}
}
