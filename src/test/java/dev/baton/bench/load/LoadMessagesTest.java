package dev.baton.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The message mix is a hundred slots: 5% ask for a human, 2% report stolen funds, the rest is mostly FAQ. */
class LoadMessagesTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void weightsArePerHundredWithHandoffAndUrgentShares() {
        assertThat(LoadMessages.MIX.stream()
                        .mapToInt(LoadMessages.Weighted::weight)
                        .sum())
                .isEqualTo(100);
        assertThat(weight("转人工")).isEqualTo(5);
        assertThat(weight("我的币被盗了")).isEqualTo(2);
        assertThat(new LoadMessages(json).slots()).isEqualTo(100);
    }

    @Test
    void bodiesAreJsonObjectsWithTheText() throws Exception {
        LoadMessages messages = new LoadMessages(json);
        SplittableRandom random = new SplittableRandom(1);
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < 10_000; i++) {
            String text = json.readTree(messages.pick(random)).get("text").asText();
            seen.merge(text, 1, Integer::sum);
        }
        assertThat(seen.keySet()).hasSize(LoadMessages.MIX.size());
        assertThat(seen.get("转人工")).isBetween(350, 650);
        assertThat(new String(messages.pick(random), StandardCharsets.UTF_8)).startsWith("{\"text\":\"");
    }

    private static int weight(String text) {
        return LoadMessages.MIX.stream()
                .filter(w -> w.text().equals(text))
                .findFirst()
                .orElseThrow()
                .weight();
    }
}
