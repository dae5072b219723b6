package dev.baton.channel.whatsapp;

import static dev.baton.channel.whatsapp.WhatsappFixtures.APP_SECRET;
import static dev.baton.channel.whatsapp.WhatsappFixtures.VERIFY_TOKEN;
import static dev.baton.channel.whatsapp.WhatsappFixtures.call;
import static dev.baton.channel.whatsapp.WhatsappFixtures.contactsAndMessages;
import static dev.baton.channel.whatsapp.WhatsappFixtures.get;
import static dev.baton.channel.whatsapp.WhatsappFixtures.post;
import static dev.baton.channel.whatsapp.WhatsappFixtures.signed;
import static dev.baton.channel.whatsapp.WhatsappFixtures.tap;
import static dev.baton.channel.whatsapp.WhatsappFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.channel.InboundMessage;
import dev.baton.channel.Received;
import dev.baton.channel.WebhookException;
import dev.baton.channel.WebhookRequest;
import dev.baton.channel.WebhookResponse;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WhatsappReceiveTest {

    private static final String USER = "8613800138000";
    private static final String TEXT =
            call(contactsAndMessages(USER, text("wamid.HBgNODYxMzgwMDEzODAwMBUCABIYFjNFQjBDMTIz", USER, "我的提现还没到账")));

    private final WhatsappChannel channel = WhatsappFixtures.channel(
            URI.create("http://127.0.0.1:9"),
            null,
            Clock.fixed(WhatsappFixtures.NOW, ZoneOffset.UTC),
            new WhatsappFixtures.Chats());

    @Test
    void theWebhookCheckIsAnsweredWithTheChallengeWhenTheVerifyTokenMatches() {
        Received received = channel.receive(
                get(Map.of("hub.mode", "subscribe", "hub.verify_token", VERIFY_TOKEN, "hub.challenge", "1158201444")));

        assertThat(received).isEqualTo(new Received.Handshake(WebhookResponse.text("1158201444")));
        assertThat(channel.name()).isEqualTo("whatsapp");
    }

    @Test
    void aWrongOrMissingVerifyTokenIsForbidden() {
        for (Map<String, String> query : List.of(
                Map.of("hub.mode", "subscribe", "hub.verify_token", VERIFY_TOKEN + "x", "hub.challenge", "42"),
                Map.of("hub.mode", "subscribe", "hub.verify_token", "", "hub.challenge", "42"),
                Map.of("hub.mode", "subscribe", "hub.challenge", "42"))) {
            assertThatThrownBy(() -> channel.receive(get(query))).isInstanceOfSatisfying(WebhookException.class, e -> {
                assertThat(e.status()).isEqualTo(403);
                assertThat(e.getMessage()).doesNotContain(VERIFY_TOKEN);
            });
        }
    }

    @Test
    void aCheckWithoutSubscribeOrChallengeIsMalformed() {
        for (Map<String, String> query : List.of(
                Map.of("hub.mode", "unsubscribe", "hub.verify_token", VERIFY_TOKEN, "hub.challenge", "42"),
                Map.of("hub.mode", "subscribe", "hub.verify_token", VERIFY_TOKEN),
                Map.<String, String>of())) {
            assertThatThrownBy(() -> channel.receive(get(query)))
                    .isInstanceOfSatisfying(
                            WebhookException.class, e -> assertThat(e.status()).isEqualTo(400));
        }
    }

    @Test
    void aSignedTextMessageBecomesAnInboundMessageKeyedByItsWamid() {
        assertThat(channel.receive(signed(TEXT)))
                .isEqualTo(new Received.Messages(List.of(new InboundMessage(
                        "whatsapp", "wamid.HBgNODYxMzgwMDEzODAwMBUCABIYFjNFQjBDMTIz", USER, null, "我的提现还没到账", null))));
    }

    @Test
    void theSignatureMayBeUpperCaseHex() {
        WebhookRequest request = signed(TEXT);
        String upper =
                request.header("x-hub-signature-256").replace("sha256=", "").toUpperCase();
        Map<String, String> headers = Map.of("x-hub-signature-256", "sha256=" + upper);

        assertThat(channel.receive(
                        new WebhookRequest("POST", headers, Map.of(), request.body(), null, request.receivedAt())))
                .isInstanceOf(Received.Messages.class);
    }

    @Test
    void aWrongMissingOrOtherSecretsSignatureIsRefused() {
        assertUnauthorized(post(TEXT, null));
        assertUnauthorized(post(TEXT, "another-apps-secret"));
        assertUnauthorized(post(TEXT, APP_SECRET.toUpperCase()));
        WebhookRequest tampered = signed(TEXT);
        assertUnauthorized(new WebhookRequest(
                "POST",
                tampered.headers(),
                Map.of(),
                TEXT.replace("我的提现还没到账", "send it all to me").getBytes(StandardCharsets.UTF_8),
                null,
                tampered.receivedAt()));
        assertUnauthorized(new WebhookRequest(
                "POST",
                Map.of("x-hub-signature-256", "sha1=abc"),
                Map.of(),
                TEXT.getBytes(StandardCharsets.UTF_8),
                null,
                tampered.receivedAt()));
    }

    @Test
    void theSignatureIsCheckedBeforeTheBodyIsRead() {
        assertUnauthorized(post("not json", "wrong"));
    }

    @Test
    void aTappedReplyButtonComesBackAsTheWholeLabelItsIdCarries() {
        String body = call(contactsAndMessages(
                USER, tap("wamid.B1", USER, "button_reply", "l:Deposit not arrived yet", "Deposit not arrived…")));

        assertThat(only(channel.receive(signed(body))))
                .extracting(InboundMessage::eventId, InboundMessage::chatId, InboundMessage::text)
                .containsExactly("wamid.B1", USER, "Deposit not arrived yet");
    }

    @Test
    void aTappedListRowComesBackAsItsLabelToo() {
        String body = call(contactsAndMessages(USER, tap("wamid.L1", USER, "list_reply", "l:提现手续费怎么算", "提现手续费怎么算")));

        assertThat(only(channel.receive(signed(body))).text()).isEqualTo("提现手续费怎么算");
    }

    @Test
    void aLabelTooLongForAnIdComesBackAsItsNumberAndAForeignIdAsTheTitle() {
        String numbered =
                call(contactsAndMessages(USER, tap("wamid.L2", USER, "list_reply", "n:7", "Something long…")));
        String foreign = call(contactsAndMessages(USER, tap("wamid.L3", USER, "button_reply", "yes-please", "Yes")));

        assertThat(only(channel.receive(signed(numbered))).text()).isEqualTo("7");
        assertThat(only(channel.receive(signed(foreign))).text()).isEqualTo("Yes");
    }

    @Test
    void everyMessageOfACallIsTakenInInOrder() {
        String body = """
                {"object": "whatsapp_business_account",
                 "entry": [{"id": "1", "changes": [{"field": "messages", "value": {"messaging_product": "whatsapp",
                             "messages": [%s, %s]}}]},
                           {"id": "2", "changes": [{"field": "messages", "value": {"messaging_product": "whatsapp",
                             "messages": [%s]}}]}]}
                """.formatted(
                text("wamid.M1", "111", "one"), text("wamid.M2", "222", "two"), text("wamid.M3", "111", "three"));

        assertThat(((Received.Messages) channel.receive(signed(body))).messages())
                .extracting(InboundMessage::eventId, InboundMessage::chatId, InboundMessage::text)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("wamid.M1", "111", "one"),
                        org.assertj.core.groups.Tuple.tuple("wamid.M2", "222", "two"),
                        org.assertj.core.groups.Tuple.tuple("wamid.M3", "111", "three"));
    }

    @Test
    void aTemplatesQuickReplyButtonIsTakenInAsItsText() {
        String body = call(contactsAndMessages(USER, """
                {"from": "%s", "id": "wamid.T1", "timestamp": "1749115300", "type": "button",
                 "button": {"payload": "Continue", "text": "Continue"}}
                """.formatted(USER)));

        assertThat(only(channel.receive(signed(body))).text()).isEqualTo("Continue");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // a status update of a message Baton sent
                "\"statuses\": [{\"id\": \"wamid.S1\", \"status\": \"delivered\", \"timestamp\": \"1749115400\","
                        + " \"recipient_id\": \"8613800138000\", \"conversation\": {\"id\": \"c1\"},"
                        + " \"pricing\": {\"billable\": true, \"category\": \"service\"}}]",
                "\"statuses\": [{\"id\": \"wamid.S2\", \"status\": \"failed\", \"recipient_id\": \"1\","
                        + " \"errors\": [{\"code\": 131047, \"title\": \"Re-engagement message\"}]}]",
                "\"messages\": [{\"from\": \"1\", \"id\": \"wamid.I1\", \"type\": \"image\","
                        + " \"image\": {\"id\": \"img1\", \"mime_type\": \"image/jpeg\"}}]",
                "\"messages\": [{\"from\": \"1\", \"id\": \"wamid.R1\", \"type\": \"reaction\","
                        + " \"reaction\": {\"message_id\": \"wamid.X\", \"emoji\": \"👍\"}}]",
                "\"messages\": [{\"from\": \"1\", \"id\": \"wamid.U1\", \"type\": \"unsupported\","
                        + " \"errors\": [{\"code\": 131051}]}]",
                "\"messages\": [{\"from\": \"1\", \"id\": \"wamid.F1\", \"type\": \"interactive\","
                        + " \"interactive\": {\"type\": \"nfm_reply\", \"nfm_reply\": {\"response_json\": \"{}\"}}}]",
                "\"messages\": []"
            })
    void statusesAndOtherKindsOfMessageAreAcknowledgedAndIgnored(String value) {
        assertThat(channel.receive(signed(call(value)))).isEqualTo(new Received.Messages(List.of()));
    }

    @Test
    void messagesForAnotherNumberOrAnotherObjectAreIgnored() {
        String otherNumber = TEXT.replace(WhatsappFixtures.PHONE_NUMBER_ID, "999999999999999");
        String otherObject = TEXT.replace("whatsapp_business_account", "page");
        String otherField = TEXT.replace("\"field\": \"messages\"", "\"field\": \"account_update\"");

        for (String body : List.of(otherNumber, otherObject, otherField)) {
            assertThat(channel.receive(signed(body))).isEqualTo(new Received.Messages(List.of()));
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "not json",
                "",
                "null",
                "[1, 2]",
                "{\"object\": \"whatsapp_business_account\", \"entry\": \"x\"}",
                "{\"object\": \"whatsapp_business_account\", \"entry\": [null]}",
                "{\"object\": \"whatsapp_business_account\", \"entry\": [{\"changes\": [{\"field\": \"messages\","
                        + " \"value\": {\"messages\": [{\"id\": \"wamid.1\", \"type\": \"text\", \"text\": {\"body\": \"hi\"}}]}}]}]}",
                "{\"object\": \"whatsapp_business_account\", \"entry\": [{\"changes\": [{\"field\": \"messages\","
                        + " \"value\": {\"messages\": [{\"from\": \"1\", \"id\": \"wamid.1\", \"type\": \"text\"}]}}]}]}",
                "{\"object\": \"whatsapp_business_account\", \"entry\": [{\"changes\": [{\"field\": \"messages\","
                        + " \"value\": {\"messages\": [{\"from\": \"1\", \"id\": \"wamid.1\", \"type\": \"interactive\","
                        + " \"interactive\": {\"type\": \"button_reply\"}}]}}]}]}",
                "{\"object\": \"whatsapp_business_account\", \"entry\": [{\"changes\": [{\"field\": \"messages\","
                        + " \"value\": {\"messages\": [null]}}]}]}"
            })
    void anUnreadableCallIsMalformed(String body) {
        assertThatThrownBy(() -> channel.receive(signed(body))).isInstanceOfSatisfying(WebhookException.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.code()).isEqualTo("malformed_body");
            assertThat(e.getMessage()).containsIgnoringCase("whatsapp");
        });
    }

    private void assertUnauthorized(WebhookRequest request) {
        assertThatThrownBy(() -> channel.receive(request)).isInstanceOfSatisfying(WebhookException.class, e -> {
            assertThat(e.status()).isEqualTo(401);
            assertThat(e.code()).isEqualTo("invalid_signature");
            assertThat(e.getMessage()).doesNotContain(APP_SECRET);
        });
    }

    private static InboundMessage only(Received received) {
        assertThat(received).isInstanceOf(Received.Messages.class);
        assertThat(((Received.Messages) received).messages()).hasSize(1);
        return ((Received.Messages) received).messages().get(0);
    }
}
