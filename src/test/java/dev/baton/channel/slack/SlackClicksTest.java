package dev.baton.channel.slack;

import static dev.baton.channel.slack.SlackRequests.CLICK;
import static dev.baton.channel.slack.SlackRequests.NOW;
import static dev.baton.channel.slack.SlackRequests.SIGNING_SECRET;
import static dev.baton.channel.slack.SlackRequests.assertUnauthorized;
import static dev.baton.channel.slack.SlackRequests.channelAt;
import static dev.baton.channel.slack.SlackRequests.clicked;
import static dev.baton.channel.slack.SlackRequests.form;
import static dev.baton.channel.slack.SlackRequests.hmac;
import static dev.baton.channel.slack.SlackRequests.only;
import static dev.baton.channel.slack.SlackRequests.request;
import static dev.baton.channel.slack.SlackRequests.sign;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.baton.channel.InboundMessage;
import dev.baton.channel.Received;
import dev.baton.channel.WebhookException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a signed click on a Slack button becomes: the option's label typed into the same chat, or nothing. */
class SlackClicksTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> FORM = Map.of("content-type", "application/x-www-form-urlencoded");

    private final SlackChannel channel = channelAt(NOW);

    @Test
    void aClickOnABatonButtonIsTheOptionsLabelInTheSameChat() {
        Received received = channel.receive(clicked(CLICK, NOW));

        assertThat(received)
                .isEqualTo(new Received.Messages(List.of(new InboundMessage(
                        "slack", "click:1714557600.123456:U2147483697", "D024BE91L", null, "Verify identity", null))));
    }

    @Test
    void theChatIsThePayloadsChannelWhenTheContainerHasNone() {
        String click = edit(CLICK, p -> ((ObjectNode) p.get("container")).remove("channel_id"));

        assertThat(only(channel.receive(clicked(click, NOW))).chatId()).isEqualTo("D024BE91L");
    }

    @Test
    void aRepeatedDeliveryIsTheSameEventAndASecondClickANewOne() {
        InboundMessage first = only(channel.receive(clicked(CLICK, NOW)));
        InboundMessage again = only(channel.receive(clicked(CLICK, NOW.plusSeconds(2))));
        InboundMessage secondClick =
                only(channel.receive(clicked(action(a -> a.put("action_ts", "1714557609.000001")), NOW)));

        assertThat(again).isEqualTo(first);
        assertThat(secondClick.eventId()).isNotEqualTo(first.eventId());
        assertThat(secondClick.text()).isEqualTo(first.text());
    }

    @Test
    void theValueIsTakenAsSentNotUnescaped() {
        String click = action(a -> a.put("value", "Fees &lt;1% & <limits>"));

        assertThat(only(channel.receive(clicked(click, NOW))).text()).isEqualTo("Fees &lt;1% & <limits>");
    }

    @Test
    void aButtonWithoutValueNamesItsPositionWhichPicksTheOptionLikeATypedNumber() {
        String click = action(a -> a.remove("value"));

        assertThat(only(channel.receive(clicked(click, NOW))).text()).isEqualTo("2");
    }

    @Test
    void theClickOnAButtonBatonSentRecoversTheFullLabelOfALongOption() throws Exception {
        String label = "How long does a withdrawal to an external wallet take when the network is congested? "
                .repeat(3)
                .strip();
        SlackBlocks.Button button = SlackBlocks.button(1, label);
        String click = action(a -> {
            a.put("action_id", button.actionId());
            a.put("value", button.value());
            a.set("text", JSON.valueToTree(button.text()));
        });

        assertThat(button.text().text()).hasSizeLessThanOrEqualTo(SlackBlocks.MAX_BUTTON_TEXT);
        assertThat(only(channel.receive(clicked(click, NOW))).text()).isEqualTo(label);
    }

    @Test
    void aClickSignedWrongOrLongAgoOrNotAtAllIsRefused() {
        String body = form(CLICK);
        String timestamp = String.valueOf(NOW.getEpochSecond());

        assertUnauthorized(channel, request(body, timestamp, hmac("another secret", timestamp, body), FORM));
        assertUnauthorized(channel, request(body, timestamp, null, FORM));
        assertUnauthorized(channel, clicked(CLICK, NOW.minus(Duration.ofMinutes(6))));
        assertUnauthorized(
                channel,
                request(
                        form(CLICK.replace("Verify identity", "Withdraw all")),
                        timestamp,
                        hmac(SIGNING_SECRET, timestamp, body),
                        FORM));
    }

    @Test
    void clicksByBotsAreIgnored() {
        String flagged = edit(CLICK, p -> ((ObjectNode) p.get("user")).put("is_bot", true));
        String ownButton = edit(CLICK, p -> ((ObjectNode) p.get("user")).put("id", "U0BOTUSER"));

        assertThat(channel.receive(clicked(flagged, NOW))).isEqualTo(new Received.Messages(List.of()));
        assertThat(channel.receive(clicked(ownButton, NOW))).isEqualTo(new Received.Messages(List.of()));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"action_id\": \"approve\", \"type\": \"button\", \"value\": \"x\", \"action_ts\": \"1.2\"}",
                "{\"action_id\": \"baton_option_x\", \"type\": \"button\", \"value\": \"x\", \"action_ts\": \"1.2\"}",
                "{\"action_id\": \"baton_option_0\", \"type\": \"button\", \"value\": \"x\", \"action_ts\": \"1.2\"}",
                "{\"action_id\": \"baton_option_1\", \"type\": \"static_select\", \"action_ts\": \"1.2\"}"
            })
    void actionsThatAreNotBatonsButtonsAreIgnored(String action) throws Exception {
        String click = edit(CLICK, p -> p.set("actions", JSON.createArrayNode().add(tree(action))));

        assertThat(channel.receive(clicked(click, NOW))).isEqualTo(new Received.Messages(List.of()));
    }

    @Test
    void otherInteractionsAreIgnored() {
        String inAView = edit(CLICK, p -> p.set("container", tree("{\"type\": \"view\", \"view_id\": \"V1\"}")));
        String shortcut = "{\"type\": \"shortcut\", \"callback_id\": \"help\", \"trigger_id\": \"1.2.3\","
                + " \"user\": {\"id\": \"U1\"}}";

        assertThat(channel.receive(clicked(inAView, NOW))).isEqualTo(new Received.Messages(List.of()));
        assertThat(channel.receive(clicked(shortcut, NOW))).isEqualTo(new Received.Messages(List.of()));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "payload=%7B%22type%22",
                "payload=%E0%A4%A",
                "payload=not%20json",
                "payload=",
                "payload=null",
                "payload=%5B%5D",
                "token=x&team_id=T1",
                "",
                "payload=%7B%22actions%22%3A%5B%5D%7D"
            })
    void anUnreadableFormIsMalformed(String body) {
        assertMalformed(sign(body, NOW, FORM));
    }

    @ParameterizedTest
    @ValueSource(strings = {"user", "user.id", "actions", "actions.0.action_ts", "channel+container.channel_id"})
    void aClickWithoutWhatItNeedsIsMalformed(String missing) {
        String click = edit(CLICK, p -> {
            for (String path : missing.split("\\+")) {
                remove(p, path);
            }
        });

        assertMalformed(clicked(click, NOW));
    }

    @Test
    void anEmptyListOfActionsIsMalformed() {
        assertMalformed(clicked(edit(CLICK, p -> p.set("actions", JSON.createArrayNode())), NOW));
    }

    private void assertMalformed(dev.baton.channel.WebhookRequest request) {
        assertThatThrownBy(() -> channel.receive(request)).isInstanceOfSatisfying(WebhookException.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.code()).isEqualTo("malformed_body");
            assertThat(e.getMessage()).startsWith("slack");
        });
    }

    /** {@link SlackRequests#CLICK} with its one action changed. */
    private static String action(Consumer<ObjectNode> change) {
        return edit(CLICK, p -> change.accept((ObjectNode) p.get("actions").get(0)));
    }

    private static String edit(String payload, Consumer<ObjectNode> change) {
        ObjectNode tree = (ObjectNode) tree(payload);
        change.accept(tree);
        return tree.toString();
    }

    private static void remove(ObjectNode tree, String path) {
        String[] parts = path.split("\\.");
        com.fasterxml.jackson.databind.JsonNode node = tree;
        for (int i = 0; i < parts.length - 1; i++) {
            node = parts[i].matches("\\d+") ? node.get(Integer.parseInt(parts[i])) : node.get(parts[i]);
        }
        ((ObjectNode) node).remove(parts[parts.length - 1]);
    }

    private static com.fasterxml.jackson.databind.JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }
}
