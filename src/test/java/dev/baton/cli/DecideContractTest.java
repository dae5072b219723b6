package dev.baton.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code baton decide} with the shipped model: the output contract outside evaluations rely on. */
class DecideContractTest {

    private static final List<String> FIELDS =
            List.of("text", "language", "action", "faqId", "intent", "confidence", "priority", "reason", "reply");
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void oneJsonObjectPerNonEmptyLineWithExactlyTheContractFields() throws Exception {
        CliRun run = CliRun.of("客服几点上班\n\n   \nhi\n转人工\n", "decide");
        assertThat(run.status()).isZero();
        List<JsonNode> lines = lines(run.out());
        assertThat(lines).hasSize(3);
        for (JsonNode line : lines) {
            List<String> names = new ArrayList<>();
            line.fieldNames().forEachRemaining(names::add);
            assertThat(names).containsExactlyElementsOf(FIELDS);
            assertThat(line.get("action").asText()).isIn("answer", "clarify", "handoff", "smalltalk");
            assertThat(line.get("language").asText()).isIn("zh", "en", "mixed");
            assertThat(line.get("confidence").isNumber()).isTrue();
            assertThat(line.get("reply").asText()).isNotBlank();
        }
        assertThat(lines.get(0).get("action").asText()).isEqualTo("answer");
        assertThat(lines.get(0).get("faqId").asText()).isEqualTo("service-hours");
        assertThat(lines.get(0).get("priority").isNull()).isTrue();
        assertThat(lines.get(1).get("action").asText()).isEqualTo("smalltalk");
        assertThat(lines.get(2).get("action").asText()).isEqualTo("handoff");
        assertThat(lines.get(2).get("priority").asText()).isEqualTo("normal");
        assertThat(lines.get(2).get("reason").asText()).isEqualTo("human_requested");
    }

    @Test
    void aPastedRecoveryPhraseIsRedactedInTextAndReplyAndHandedOffUrgently() throws Exception {
        String phrase = "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about";
        CliRun run = CliRun.of("my words are " + phrase + " help\n", "decide");
        JsonNode line = lines(run.out()).get(0);
        assertThat(run.out()).doesNotContain("abandon");
        assertThat(line.get("text").asText()).contains("[redacted: recovery phrase]");
        assertThat(line.get("action").asText()).isEqualTo("handoff");
        assertThat(line.get("priority").asText()).isEqualTo("urgent");
        assertThat(line.get("reason").asText()).isEqualTo("secret_exposed");
    }

    @Test
    void fundsAtRiskIsUrgentAndTheReplyIsInTheUsersLanguage() throws Exception {
        List<JsonNode> lines = lines(CliRun.of("我的币被盗了 怎么办\nI sent USDT to the wrong address\n", "decide")
                .out());
        assertThat(lines).allSatisfy(l -> assertThat(l.get("priority").asText()).isEqualTo("urgent"));
        assertThat(lines.get(0).get("reason").asText()).startsWith("funds_at_risk.");
        assertThat(lines.get(0).get("reply").asText()).containsPattern("\\p{IsHan}");
        assertThat(lines.get(1).get("reply").asText()).doesNotContainPattern("\\p{IsHan}");
    }

    @Test
    void aTooLongMessageIsAnalysedUpToTheLimitAndSaysSo() throws Exception {
        CliRun run = CliRun.of("客服".repeat(2_500) + "\n", "decide");
        assertThat(run.status()).isZero();
        assertThat(run.err()).contains("stdin:1").contains("4000");
        assertThat(lines(run.out()).get(0).get("text").asText()).hasSize(4_000);
    }

    @Test
    void invalidUtf8StopsWithAOneLineMessageAfterTheGoodLines() throws Exception {
        byte[] input = {'h', 'i', '\n', (byte) 0xC3, (byte) 0x28, '\n'};
        CliRun run = CliRun.of(input, "decide");
        assertThat(run.status()).isEqualTo(2);
        assertThat(lines(run.out())).hasSize(1);
        assertThat(run.err().strip()).isEqualTo("baton: stdin:2: invalid UTF-8");
    }

    private List<JsonNode> lines(String out) throws Exception {
        List<JsonNode> nodes = new ArrayList<>();
        Iterator<String> it = out.lines().iterator();
        while (it.hasNext()) {
            nodes.add(json.readTree(it.next()));
        }
        return nodes;
    }
}
