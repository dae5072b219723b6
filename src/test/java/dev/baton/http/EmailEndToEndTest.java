package dev.baton.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.baton.channel.email.TicketReference;
import dev.baton.http.ApiClient.Chat;
import dev.baton.http.ApiClient.Reply;
import dev.baton.testing.IntegrationTest;
import dev.baton.testing.Poll;
import dev.baton.testing.TcpOutage;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Email follow-up end to end against a real mail server (GreenMail, SMTP and IMAP on loopback): a widget user
 * leaves an address, the agent's reply reaches it by mail, the user's answer to that mail comes back into the
 * conversation (console and widget, in order, once), across a restart of Baton and an outage of the mail server.
 */
@IntegrationTest
class EmailEndToEndTest {

    static final String DESK = "help@wallet.example";
    static final String USER = "li@example.com";
    static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path data;

    int smtpPort;
    int imapPort;
    GreenMail mail;
    TcpOutage smtpLink;
    TcpOutage imapLink;
    BatonTestServer server;
    ApiClient api;
    String ann;

    @BeforeEach
    void start() throws IOException {
        smtpPort = freePort();
        imapPort = freePort();
        mail = new GreenMail(new ServerSetup[] {
            new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
            new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)
        });
        mail.start();
        mail.setUser(DESK, "help", "desk-password");
        mail.setUser(USER, "li", "li-password");
        smtpLink = TcpOutage.to(smtpPort);
        imapLink = TcpOutage.to(imapPort);
        server = baton();
        ann = server.addAgent("ann", 1, false);
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        smtpLink.close();
        imapLink.close();
        mail.stop();
    }

    BatonTestServer baton() {
        return baton(Map.of());
    }

    BatonTestServer baton(Map<String, String> extra) {
        Map<String, String> settings = new java.util.HashMap<>(extra);
        settings.putAll(Map.ofEntries(
                Map.entry("BATON_SMTP_HOST", "127.0.0.1"),
                Map.entry("BATON_SMTP_PORT", String.valueOf(smtpLink.port())),
                Map.entry("BATON_SMTP_SECURITY", "none"),
                Map.entry("BATON_SMTP_FROM", DESK),
                Map.entry("BATON_IMAP_HOST", "127.0.0.1"),
                Map.entry("BATON_IMAP_PORT", String.valueOf(imapLink.port())),
                Map.entry("BATON_IMAP_SECURITY", "none"),
                Map.entry("BATON_IMAP_USER", "help"),
                Map.entry("BATON_IMAP_PASSWORD", "desk-password"),
                Map.entry("BATON_IMAP_POLL_SECONDS", "1"),
                Map.entry("BATON_DELIVERY_FIRST_BACKOFF_MILLIS", "50"),
                Map.entry("BATON_DELIVERY_MAX_BACKOFF_SECONDS", "1"),
                Map.entry("BATON_DELIVERY_MAX_ATTEMPTS", "100")));
        BatonTestServer s = BatonTestServer.start(data, settings);
        api = new ApiClient(s.baseUrl());
        return s;
    }

    @Test
    void anAgentsReplyIsMailedAndTheUsersAnswerComesBackOnceInOrder() throws Exception {
        Chat chat = api.open();
        String ticket = followUpByEmail(chat);

        agentSays(ticket, "您好，我是客服小安。请问转账是从哪个平台发出的？");
        MimeMessage mailed = mailsTo(USER, 1).get(0);
        assertThat(mailed.getRecipients(Message.RecipientType.TO))
                .extracting(Object::toString)
                .containsExactly(USER);
        assertThat(mailed.getSubject()).contains(TicketReference.of(chat.id()).toString());
        assertThat(body(mailed)).contains("请问转账是从哪个平台发出的");

        answer(mailed, "从币安提出来的，昨天下午三点。", "m1");

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
        MimeMessage first = mailsTo(USER, 1).get(0);

        server.close();
        server = null;
        answer(first, "哈希我晚点找，先谢谢。", "m2");
        server = baton();

        awaitUserMessage(chat, "哈希我晚点找，先谢谢。");
        agentSays(ticket, "好的，找到后直接回复这封邮件即可。");
        List<MimeMessage> both = mailsTo(USER, 2);
        assertThat(body(both.get(1))).contains("找到后直接回复这封邮件即可");

        server.close();
        server = baton();
        answer(both.get(1), "找到了，已经发到了。", "m3");
        awaitUserMessage(chat, "找到了，已经发到了。");
        assertThat(userTexts(chat)).containsOnlyOnce("哈希我晚点找，先谢谢。", "找到了，已经发到了。");
        assertThat(mailsTo(USER, 2)).as("nothing mailed twice").hasSize(2);
    }

    @Test
    void aMailServerThatIsDownAndComesBackDeliversEverything() throws Exception {
        Chat chat = api.open();
        String ticket = followUpByEmail(chat);
        agentSays(ticket, "第一条：我们在查。");
        MimeMessage first = mailsTo(USER, 1).get(0);

        smtpLink.down();
        imapLink.down();
        agentSays(ticket, "第二条：还在查。");
        agentSays(ticket, "第三条：查到了，已退回。");
        answer(first, "好的，我等你们消息。", "m4");
        Poll.until(
                "the outbox has tried while the server was unreachable", WAIT, () -> failedTries() > 0 ? true : null);
        assertThat(mail.getReceivedMessagesForDomain(USER)).hasSize(1);
        assertThat(userTexts(chat)).doesNotContain("好的，我等你们消息。");
        smtpLink.up();
        imapLink.up();

        List<MimeMessage> all = mailsTo(USER, 3);
        assertThat(all.get(1).getSubject()).isEqualTo(all.get(0).getSubject());
        assertThat(body(all.get(1))).contains("第二条");
        assertThat(body(all.get(2))).contains("第三条");
        awaitUserMessage(chat, "好的，我等你们消息。");
        assertThat(userTexts(chat)).containsOnlyOnce("好的，我等你们消息。");
    }

    @Test
    void aFreshMailIsAnsweredByMailAndAHandoffFromItIsDueInADay() throws Exception {
        send(mailFrom("wu@example.com", "怎么联系在线客服？", "请问你们的在线客服怎么找？", "<fresh-1@example.com>"));

        MimeMessage answer = mailsTo("wu@example.com", 1).get(0);
        assertThat(answer.getSubject()).startsWith("Re: 怎么联系在线客服？").contains("[#T-");
        assertThat(answer.getHeader("In-Reply-To")).containsExactly("<fresh-1@example.com>");
        assertThat(answer.getHeader("Auto-Submitted")).containsExactly("auto-replied");
        assertThat(body(answer)).contains("客服");

        answerFrom("wu@example.com", answer, "我要人工客服", "fresh-2");
        JsonNode ticket = Poll.until("the mailed request for a person queued", WAIT, () -> {
            for (JsonNode t : api.request("GET", "/api/v1/agent/queue", ann, null, null)
                    .json()
                    .path("tickets")) {
                JsonNode detail = api.request(
                                "GET", "/api/v1/agent/tickets/" + t.path("id").asText(), ann, null, null)
                        .json();
                if (detail.path("channel").asText().equals("email")) {
                    return detail;
                }
            }
            return null;
        });
        assertThat(java.time.Duration.between(
                        java.time.Instant.parse(ticket.path("createdAt").asText()),
                        java.time.Instant.parse(ticket.path("firstResponseDue").asText())))
                .isEqualTo(Duration.ofHours(24));
    }

    @Test
    void aRelayPostsMailToTheSignedWebhookAndAWrongSignatureStoresNothing() throws Exception {
        server.close();
        server = baton(Map.of("BATON_EMAIL_WEBHOOK_SECRET", "relay-secret-0123456789"));
        MimeMessage question = mailFrom("zhao@example.com", "提币一直没到账", "提币三个小时了还没到，怎么办？", "<relay-1@example.com>");
        java.io.ByteArrayOutputStream raw = new java.io.ByteArrayOutputStream();
        question.writeTo(raw);
        String body = raw.toString(java.nio.charset.StandardCharsets.UTF_8);

        Reply forged = relay(body, "another-secret-0123456789");
        Reply signed = relay(body, "relay-secret-0123456789");
        Reply again = relay(body, "relay-secret-0123456789");

        assertThat(forged.status()).isEqualTo(401);
        assertThat(forged.json().path("error").path("code").asText()).isEqualTo("invalid_signature");
        assertThat(signed.status()).isEqualTo(200);
        assertThat(again.status()).as("a relay's retry").isEqualTo(200);
        MimeMessage answer = mailsTo("zhao@example.com", 1).get(0);
        assertThat(answer.getSubject()).contains("提币一直没到账");
        assertThat(relay("not a mail", "relay-secret-0123456789").status()).isIn(200, 400);
        assertThat(mailsTo("zhao@example.com", 1))
                .as("the retry was answered once")
                .hasSize(1);
    }

    private Reply relay(String body, String secret) {
        return api.requestWithHeaders(
                "POST",
                "/webhooks/email",
                "message/rfc822",
                body,
                Map.of(
                        dev.baton.channel.generic.GenericSignature.HEADER,
                        dev.baton.channel.generic.GenericSignature.sign(
                                secret, java.time.Instant.now().getEpochSecond(), body)));
    }

    private MimeMessage mailFrom(String from, String subject, String text, String id) throws Exception {
        MimeMessage mail = withId(id);
        mail.setFrom(new InternetAddress(from));
        mail.setRecipient(Message.RecipientType.TO, new InternetAddress(DESK));
        mail.setSubject(subject, "UTF-8");
        mail.setText(text, "UTF-8");
        return mail;
    }

    /** A message that keeps {@code id} as its Message-ID when sent, as a mail client's does. */
    private MimeMessage withId(String id) {
        return new MimeMessage(Session.getInstance(smtpProperties())) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", id);
            }
        };
    }

    private static void send(MimeMessage mail) throws MessagingException {
        Transport.send(mail);
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
                "{\"text\":" + new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(text) + "}");
        assertThat(sent.status()).as(sent.body()).isBetween(200, 201);
    }

    /** Answers a mail as a mail client does: quoting it, threaded on its Message-ID. */
    private void answer(MimeMessage to, String text, String id) throws MessagingException, IOException {
        answerFrom(USER, to, text, id);
    }

    private Properties smtpProperties() {
        Properties props = new Properties();
        props.put("mail.smtp.host", "127.0.0.1");
        props.put("mail.smtp.port", String.valueOf(smtpPort));
        return props;
    }

    private void answerFrom(String from, MimeMessage to, String text, String id)
            throws MessagingException, IOException {
        MimeMessage reply = withId("<" + id + "." + System.nanoTime() + "@example.com>");
        reply.setFrom(new InternetAddress(from, "李先生", "UTF-8"));
        reply.setRecipient(Message.RecipientType.TO, new InternetAddress(DESK));
        reply.setSubject("回复：" + to.getSubject(), "UTF-8");
        reply.setHeader("In-Reply-To", to.getMessageID());
        reply.setHeader("References", to.getMessageID());
        String quoted = body(to).lines().map(l -> "> " + l).reduce("", (a, b) -> a + b + "\n");
        reply.setText(text + "\n\n在 2026年12月7日 10:00，钱包客服 <" + DESK + "> 写道：\n" + quoted, "UTF-8");
        Transport.send(reply);
    }

    private List<MimeMessage> mailsTo(String address, int atLeast) {
        return Poll.until(atLeast + " mails to " + address, WAIT, () -> {
            List<MimeMessage> got = new ArrayList<>(Arrays.asList(mail.getReceivedMessagesForDomain(address)));
            return got.size() >= atLeast ? got : null;
        });
    }

    private void awaitUserMessage(Chat chat, String text) {
        Poll.until(
                "the emailed answer in the conversation",
                WAIT,
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
    private long failedTries() {
        JsonNode pending = api.request("GET", "/api/v1/agent/deliveries?status=pending", ann, null, null)
                .json()
                .path("deliveries");
        long tried = 0;
        for (JsonNode d : pending) {
            tried += d.path("attempts").asInt() > 0 ? 1 : 0;
        }
        return tried;
    }

    private static String body(MimeMessage m) throws MessagingException, IOException {
        Object content = m.getContent();
        if (content instanceof String s) {
            return s;
        }
        jakarta.mail.Multipart parts = (jakarta.mail.Multipart) content;
        for (int i = 0; i < parts.getCount(); i++) {
            if (parts.getBodyPart(i).isMimeType("text/plain")) {
                return (String) parts.getBodyPart(i).getContent();
            }
        }
        return String.valueOf(parts.getBodyPart(0).getContent());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
