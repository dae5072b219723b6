package dev.baton.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.channel.email.TicketReference;
import dev.baton.http.ApiClient.Chat;
import dev.baton.http.ApiClient.Reply;
import dev.baton.testing.IntegrationTest;
import dev.baton.testing.Poll;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Email follow-up end to end against a real mail server: a widget user leaves an address, the agent's reply
 * reaches it by mail, and the user's answer to that mail comes back into the conversation (console and widget,
 * in order, once), across a restart of Baton and an outage of its connections to the mail server.
 */
@IntegrationTest
class EmailFollowUpTest {

    static final String USER = "li@example.com";

    @TempDir
    Path data;

    MailDesk desk;
    BatonTestServer server;
    ApiClient api;
    String ann;

    @BeforeEach
    void start() {
        desk = new MailDesk();
        server = baton();
        ann = server.addAgent("ann", 1, false);
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        desk.close();
    }

    BatonTestServer baton() {
        BatonTestServer s = BatonTestServer.start(data, desk.settings());
        api = new ApiClient(s.baseUrl());
        return s;
    }

    @Test
    void anAgentsReplyIsMailedAndTheUsersAnswerComesBackOnceInOrder() throws Exception {
        Chat chat = api.open();
        String ticket = followUpByEmail(chat);

        agentSays(ticket, "您好，我是客服小安。请问转账是从哪个平台发出的？");
        MimeMessage mailed = desk.mailsTo(USER, 1).get(0);
        assertThat(mailed.getRecipients(Message.RecipientType.TO))
                .extracting(Object::toString)
                .containsExactly(USER);
        assertThat(mailed.getSubject()).contains(TicketReference.of(chat.id()).toString());
        assertThat(MailDesk.text(mailed)).contains("请问转账是从哪个平台发出的");

        desk.answer(USER, mailed, "从币安提出来的，昨天下午三点。", "m1");

        awaitUserMessage(chat, "从币安提出来的，昨天下午三点。");
        assertThat(userTexts(chat))
                .as("the answer without the quoted mail, once")
                .containsOnlyOnce("从币安提出来的，昨天下午三点。")
                .noneMatch(t -> t.contains("请问转账是从哪个平台发出的"));
        assertThat(consoleTexts(ticket)).containsSubsequence("您好，我是客服小安。请问转账是从哪个平台发出的？", "从币安提出来的，昨天下午三点。");
    }

    @Test
    void aRestartInTheMiddleLosesAndDuplicatesNothing() throws Exception {
        Chat chat = api.open();
        String ticket = followUpByEmail(chat);
        agentSays(ticket, "请把交易哈希发给我们。");
        MimeMessage first = desk.mailsTo(USER, 1).get(0);

        server.close();
        server = null;
        desk.answer(USER, first, "哈希我晚点找，先谢谢。", "m2");
        server = baton();

        awaitUserMessage(chat, "哈希我晚点找，先谢谢。");
        agentSays(ticket, "好的，找到后直接回复这封邮件即可。");
        List<MimeMessage> both = desk.mailsTo(USER, 2);
        assertThat(MailDesk.text(both.get(1))).contains("找到后直接回复这封邮件即可");

        server.close();
        server = baton();
        desk.answer(USER, both.get(1), "找到了，已经发到了。", "m3");
        awaitUserMessage(chat, "找到了，已经发到了。");
        assertThat(userTexts(chat)).containsOnlyOnce("哈希我晚点找，先谢谢。", "找到了，已经发到了。");
        assertThat(desk.count(USER)).as("nothing mailed twice").isEqualTo(2);
    }

    @Test
    void aMailServerThatIsDownAndComesBackDeliversEverything() throws Exception {
        Chat chat = api.open();
        String ticket = followUpByEmail(chat);
        agentSays(ticket, "第一条：我们在查。");
        MimeMessage first = desk.mailsTo(USER, 1).get(0);

        desk.down();
        agentSays(ticket, "第二条：还在查。");
        agentSays(ticket, "第三条：查到了，已退回。");
        desk.answer(USER, first, "好的，我等你们消息。", "m4");
        Poll.until(
                "the outbox has tried while the server was unreachable",
                MailDesk.WAIT,
                () -> triedUnsent() > 0 ? true : null);
        assertThat(desk.count(USER)).isEqualTo(1);
        assertThat(userTexts(chat)).doesNotContain("好的，我等你们消息。");
        desk.up();

        List<MimeMessage> all = desk.mailsTo(USER, 3);
        assertThat(all.get(1).getSubject()).isEqualTo(all.get(0).getSubject());
        assertThat(MailDesk.text(all.get(1))).contains("第二条");
        assertThat(MailDesk.text(all.get(2))).contains("第三条");
        awaitUserMessage(chat, "好的，我等你们消息。");
        assertThat(userTexts(chat)).containsOnlyOnce("好的，我等你们消息。");
    }

    /** Hands the widget user off with nobody available and gives the address Baton asks for. */
    private String followUpByEmail(Chat chat) {
        Reply queued = api.send(chat, "我要人工客服");
        for (int i = 0; i < 3 && !queued.json().path("state").asText().equals("queued"); i++) {
            queued = api.send(chat, "跳过", "skip");
        }
        assertThat(queued.json().path("state").asText()).isEqualTo("queued");
        String ticket = queued.json().path("handoff").path("ticketId").asText();
        Reply noted = api.send(chat, USER);
        assertThat(noted.json().path("reply").path("text").asText()).contains(USER);
        return ticket;
    }

    private void agentSays(String ticket, String text) {
        Reply claimed = api.request("POST", "/api/v1/agent/tickets/" + ticket + "/claim", ann, null, null);
        assertThat(claimed.status()).isIn(200, 409);
        Reply sent = api.request(
                "POST",
                "/api/v1/agent/tickets/" + ticket + "/messages",
                ann,
                "application/json",
                "{\"text\":" + new ObjectMapper().valueToTree(text) + "}");
        assertThat(sent.status()).as(sent.body()).isBetween(200, 201);
    }

    private void awaitUserMessage(Chat chat, String text) {
        Poll.until(
                "the emailed answer in the conversation",
                MailDesk.WAIT,
                () -> userTexts(chat).contains(text) ? true : null);
    }

    private List<String> userTexts(Chat chat) {
        List<String> texts = new ArrayList<>();
        for (JsonNode m : api.transcript(chat, 0).json().path("messages")) {
            if (m.path("sender").asText().equals("user")) {
                texts.add(m.path("text").asText());
            }
        }
        return texts;
    }

    private List<String> consoleTexts(String ticket) {
        List<String> texts = new ArrayList<>();
        Reply transcript = api.request("GET", "/api/v1/agent/tickets/" + ticket + "/transcript", ann, null, null);
        for (JsonNode m : transcript.json().path("messages")) {
            texts.add(m.path("text").asText());
        }
        return texts;
    }

    /** Outbox messages tried and not yet sent. */
    private long triedUnsent() {
        long tried = 0;
        for (JsonNode d : api.request("GET", "/api/v1/agent/deliveries?status=pending", ann, null, null)
                .json()
                .path("deliveries")) {
            tried += d.path("attempts").asInt() > 0 ? 1 : 0;
        }
        return tried;
    }
}
