package dev.baton.channel.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.channel.Delivery;
import dev.baton.decision.QuickReply;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A message with quick replies as Slack's Block Kit shows it: the text, then one button for each option. */
class SlackBlocksTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void quickRepliesAreButtonsUnderTheTextWhichKeepsTheNumberedListForNotifications() throws Exception {
        SlackPostMessage message = SlackPostMessage.of(delivery(
                "Which one?",
                List.of(new QuickReply("deposit", "Deposit missing"), new QuickReply("kyc", "Verify identity"))));

        assertThat(json.readTree(json.writeValueAsString(message))).isEqualTo(json.readTree("""
                {"channel": "C1",
                 "text": "Which one?\\n1. Deposit missing\\n2. Verify identity",
                 "blocks": [
                   {"type": "section", "text": {"type": "mrkdwn", "text": "Which one?"}},
                   {"type": "actions", "elements": [
                     {"type": "button", "text": {"type": "plain_text", "text": "Deposit missing"},
                      "action_id": "baton_option_1", "value": "Deposit missing"},
                     {"type": "button", "text": {"type": "plain_text", "text": "Verify identity"},
                      "action_id": "baton_option_2", "value": "Verify identity"}]}]}
                """));
    }

    @Test
    void aMessageWithoutQuickRepliesHasNoBlocks() throws Exception {
        JsonNode body = json.readTree(json.writeValueAsString(SlackPostMessage.of(delivery("hi", List.of()))));

        assertThat(body.has("blocks")).isFalse();
        assertThat(body.path("text").asText()).isEqualTo("hi");
    }

    @Test
    void theSectionIsEscapedSoItCannotMentionOrLinkAndTheButtonsArePlainText() throws Exception {
        SlackPostMessage message = SlackPostMessage.of(delivery(
                "Fees < 1% & <!channel> <https://evil.example|click> > 0", List.of(new QuickReply("a", "Q&A <b>"))));
        JsonNode blocks = json.readTree(json.writeValueAsString(message)).path("blocks");

        assertThat(blocks.path(0).path("text").path("text").asText())
                .isEqualTo("Fees &lt; 1% &amp; &lt;!channel&gt; &lt;https://evil.example|click&gt; &gt; 0");
        JsonNode button = blocks.path(1).path("elements").path(0);
        assertThat(button.path("text").path("type").asText()).isEqualTo("plain_text");
        assertThat(button.path("text").path("text").asText()).isEqualTo("Q&A <b>");
        assertThat(button.path("value").asText()).isEqualTo("Q&A <b>");
    }

    @Test
    void aLongLabelIsShortenedOnTheButtonButItsValueKeepsItWhole() {
        String label = "My withdrawal to an exchange has been pending for three days, what can I do about it now?";

        SlackBlocks.Button button = SlackBlocks.button(3, label);

        assertThat(label).hasSizeGreaterThan(SlackBlocks.MAX_BUTTON_TEXT);
        assertThat(button.text().text())
                .hasSizeLessThanOrEqualTo(SlackBlocks.MAX_BUTTON_TEXT)
                .endsWith("…")
                .startsWith("My withdrawal to an exchange has been pending");
        assertThat(button.value()).isEqualTo(label);
        assertThat(button.actionId()).isEqualTo("baton_option_3");
    }

    @Test
    void shorteningNeverSplitsACharacter() {
        String label = "a".repeat(73) + "😀😀😀";

        String shown = SlackBlocks.shorten(label, SlackBlocks.MAX_BUTTON_TEXT);

        assertThat(shown).hasSizeLessThanOrEqualTo(SlackBlocks.MAX_BUTTON_TEXT).endsWith("…");
        assertThat(shown.chars().filter(c -> Character.isSurrogate((char) c))).isEmpty();
        assertThat(SlackBlocks.shorten("short", 75)).isEqualTo("short");
    }

    @Test
    void aLabelTooLongForAValueIsLeftOutAndTheClickThenNamesThePosition() {
        SlackBlocks.Button button = SlackBlocks.button(2, "x".repeat(SlackBlocks.MAX_VALUE + 1));

        assertThat(button.value()).isNull();
        assertThat(SlackBlocks.position(button.actionId())).isEqualTo(OptionalInt.of(2));
        assertThat(SlackBlocks.button(1, " ").text().text()).isEqualTo("1");
    }

    @Test
    void moreThanTwentyFiveOptionsFillSeveralActionsBlocksWithUniqueActionIds() {
        List<QuickReply> replies = IntStream.rangeClosed(1, 30)
                .mapToObj(i -> new QuickReply("q" + i, "Option " + i))
                .toList();

        List<SlackBlocks.Block> blocks = SlackBlocks.of("Pick one", replies).orElseThrow();

        assertThat(blocks).hasSize(3);
        List<String> ids = new ArrayList<>();
        for (SlackBlocks.Block block : blocks.subList(1, 3)) {
            List<SlackBlocks.Button> buttons = ((SlackBlocks.Actions) block).elements();
            assertThat(buttons).hasSizeLessThanOrEqualTo(SlackBlocks.MAX_BUTTONS);
            buttons.forEach(b -> ids.add(b.actionId()));
        }
        assertThat(ids).hasSize(30).doesNotHaveDuplicates();
    }

    @Test
    void aLongTextIsCutIntoSectionsWithinSlacksLimitWithoutBreakingAnEscape() {
        String text = ("Fees & limits <see below>\n" + "x".repeat(200) + "\n").repeat(30);

        List<String> pieces = SlackBlocks.pieces(text);

        assertThat(pieces).hasSizeGreaterThan(1);
        assertThat(pieces).allSatisfy(p -> assertThat(p).hasSizeLessThanOrEqualTo(SlackBlocks.MAX_SECTION_TEXT));
        assertThat(String.join("", pieces)).isEqualTo(SlackPostMessage.escape(text));
        assertThat(pieces.get(0)).endsWith("\n");
    }

    @Test
    void aTextTooLongForAMessagesBlocksFallsBackToTheNumberedList() {
        String text = "y".repeat(SlackBlocks.MAX_SECTION_TEXT * SlackBlocks.MAX_BLOCKS);

        assertThat(SlackBlocks.of(text, List.of(new QuickReply("a", "A")))).isEmpty();
        assertThat(SlackBlocks.of("", List.of(new QuickReply("a", "A"))).orElseThrow())
                .as("no empty section")
                .hasSize(1);
    }

    @Test
    void onlyBatonsActionIdsNameAPosition() {
        assertThat(SlackBlocks.position("baton_option_12")).isEqualTo(OptionalInt.of(12));
        assertThat(SlackBlocks.position("baton_option_")).isEmpty();
        assertThat(SlackBlocks.position("baton_option_0")).isEmpty();
        assertThat(SlackBlocks.position("baton_option_-1")).isEmpty();
        assertThat(SlackBlocks.position("baton_option_99999")).isEmpty();
        assertThat(SlackBlocks.position("approve_1")).isEmpty();
        assertThat(SlackBlocks.position(null)).isEmpty();
    }

    private static Delivery delivery(String text, List<QuickReply> replies) {
        return new Delivery(23, "slack", "C1", "c-2", 4, "bot", text, replies);
    }
}
