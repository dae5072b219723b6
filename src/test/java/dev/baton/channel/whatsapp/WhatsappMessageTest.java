package dev.baton.channel.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.channel.Delivery;
import dev.baton.decision.QuickReply;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The bodies Baton posts to {@code /messages}, and how they keep within WhatsApp's limits. */
class WhatsappMessageTest {

    private static final String TO = "8613800138000";
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aReplyWithoutQuickRepliesIsATextMessage() throws Exception {
        assertThat(body("Your withdrawal is queued.", List.of())).isEqualTo(json.readTree("""
                {"messaging_product": "whatsapp", "recipient_type": "individual", "to": "8613800138000",
                 "type": "text", "text": {"body": "Your withdrawal is queued."}}
                """));
    }

    @Test
    void upToThreeQuickRepliesAreReplyButtonsWhoseIdsCarryTheWholeLabel() throws Exception {
        JsonNode body = body(
                "Which one?",
                List.of(
                        new QuickReply("deposit-missing", "Deposit not arrived yet"),
                        new QuickReply("kyc", "Verify identity"),
                        new QuickReply("skip", "None of these")));

        assertThat(body).isEqualTo(json.readTree("""
                {"messaging_product": "whatsapp", "recipient_type": "individual", "to": "8613800138000",
                 "type": "interactive",
                 "interactive": {"type": "button", "body": {"text": "Which one?"},
                                 "action": {"buttons": [
                                     {"type": "reply", "reply": {"id": "l:Deposit not arrived yet", "title": "Deposit not arrived…"}},
                                     {"type": "reply", "reply": {"id": "l:Verify identity", "title": "Verify identity"}},
                                     {"type": "reply", "reply": {"id": "l:None of these", "title": "None of these"}}]}}}
                """));
        assertThat(body.at("/interactive/action/buttons/0/reply/title").asText())
                .hasSize(20);
    }

    @Test
    void fourToTenQuickRepliesAreAListWhoseCutRowsShowMoreBelow() throws Exception {
        List<QuickReply> options = List.of(
                new QuickReply("a", "提现一直没到账怎么办"),
                new QuickReply("b", "How long does a withdrawal to an exchange take"),
                new QuickReply("c", "Fees"),
                new QuickReply("d", "Talk to an agent"));

        JsonNode body = body("Pick the closest:", options, "Choose");

        assertThat(body.path("type").asText()).isEqualTo("interactive");
        assertThat(body.at("/interactive/type").asText()).isEqualTo("list");
        assertThat(body.at("/interactive/body/text").asText()).isEqualTo("Pick the closest:");
        assertThat(body.at("/interactive/action/button").asText()).isEqualTo("Choose");
        JsonNode rows = body.at("/interactive/action/sections/0/rows");
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0)).isEqualTo(json.readTree("{\"id\": \"l:提现一直没到账怎么办\", \"title\": \"提现一直没到账怎么办\"}"));
        assertThat(rows.get(1)).isEqualTo(json.readTree("""
                {"id": "l:How long does a withdrawal to an exchange take", "title": "How long does a withdra…",
                 "description": "How long does a withdrawal to an exchange take"}
                """));
        assertThat(rows.get(1).path("title").asText()).hasSize(24);
    }

    @Test
    void moreThanTenQuickRepliesAreNumberedLinesUnderTheText() throws Exception {
        List<QuickReply> options = IntStream.rangeClosed(1, 11)
                .mapToObj(i -> new QuickReply("q" + i, "Option " + i))
                .toList();

        JsonNode body = body("Which?", options);

        assertThat(body.path("type").asText()).isEqualTo("text");
        assertThat(body.at("/text/body").asText())
                .startsWith("Which?\n\n1. Option 1\n2. Option 2\n")
                .endsWith("\n11. Option 11");
    }

    @Test
    void aTextTooLongForAnInteractiveBodyGoesAsNumberedTextInsteadOfBeingCut() throws Exception {
        String long1500 = "x".repeat(1_500);

        JsonNode body = body(long1500, List.of(new QuickReply("y", "Yes"), new QuickReply("n", "No")));

        assertThat(body.path("type").asText()).isEqualTo("text");
        assertThat(body.at("/text/body").asText()).isEqualTo(long1500 + "\n\n1. Yes\n2. No");
    }

    @Test
    void aTextBeyondWhatsappsLimitIsCutWithAnEllipsisAndTheOptionsKept() throws Exception {
        String plain = body("字".repeat(5_000), List.of()).at("/text/body").asText();
        String numbered = body("a".repeat(5_000), List.of(new QuickReply("y", "Yes")))
                .at("/text/body")
                .asText();

        assertThat(plain).hasSize(4_096).endsWith("字…");
        assertThat(numbered).hasSize(4_096).endsWith("a…\n\n1. Yes");
    }

    @Test
    void aCutNeverSplitsASurrogatePair() {
        String emoji = "👍".repeat(20); // 40 UTF-16 units

        String cut = Texts.cut(emoji, 20);

        assertThat(cut).hasSizeLessThanOrEqualTo(20).endsWith("👍…");
        assertThat(cut.codePoints().filter(c -> c >= 0xD800 && c <= 0xDFFF).count())
                .as("no lone surrogate")
                .isZero();
    }

    @Test
    void labelsAlikeUpToTheCutAreNumberedSoTitlesStayDifferent() {
        List<QuickReply> alike = List.of(
                new QuickReply("a", "Withdrawal pending for hours"),
                new QuickReply("b", "Withdrawal pending for days"));

        List<String> titles = Choices.titles(alike, Choices.BUTTON_TITLE);

        assertThat(titles).containsExactly("1. Withdrawal pendi…", "2. Withdrawal pendi…");
        assertThat(titles).doesNotHaveDuplicates();
    }

    @Test
    void aLabelTooLongForAnIdIsCarriedAsItsNumber() {
        QuickReply huge = new QuickReply("h", "y".repeat(300));

        assertThat(Choices.id(huge, 4, Choices.ROW_ID)).isEqualTo("n:5");
        assertThat(Choices.id(new QuickReply("s", "y".repeat(198)), 0, Choices.ROW_ID))
                .hasSize(200);
        assertThat(Choices.text("n:5", "yyy…")).isEqualTo("5");
    }

    @Test
    void aTemplateHasANameAndALanguageAndNothingElse() throws Exception {
        JsonNode template = json.valueToTree(WhatsappMessage.template(TO, "support_reply_waiting", "zh_CN"));

        assertThat(template).isEqualTo(json.readTree("""
                        {"messaging_product": "whatsapp", "recipient_type": "individual", "to": "8613800138000",
                         "type": "template",
                         "template": {"name": "support_reply_waiting", "language": {"code": "zh_CN"}}}
                        """));
    }

    @Test
    void theListButtonIsOnlyAskedForWhenAListIsSent() throws Exception {
        List<String> asked = new ArrayList<>();
        java.util.function.Supplier<String> listButton = () -> {
            asked.add("asked");
            return "Choose";
        };
        WhatsappMessage.of(delivery("Hi", List.of(new QuickReply("a", "A"))), listButton);

        assertThat(asked).isEmpty();
    }

    private JsonNode body(String text, List<QuickReply> options) {
        return body(text, options, "Choose");
    }

    private JsonNode body(String text, List<QuickReply> options, String listButton) {
        return json.valueToTree(WhatsappMessage.of(delivery(text, options), () -> listButton));
    }

    private static Delivery delivery(String text, List<QuickReply> options) {
        return new Delivery(17, "whatsapp", TO, "c-1", 3, "bot", text, options);
    }
}
