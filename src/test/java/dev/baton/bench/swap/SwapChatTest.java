package dev.baton.bench.swap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.bench.load.LoadClient;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import org.junit.jupiter.api.Test;

/** A reply tells which answer of the edited entry it carries; a failed request is a failed turn, never thrown. */
class SwapChatTest {

    private static final String OPENED = "{\"conversationId\":\"c_1\",\"token\":\"t\"}";

    private final Deque<Object> replies = new ArrayDeque<>();
    private final SwapChat chat = new SwapChat(
            new Scripted(), URI.create("http://127.0.0.1:1"), new ObjectMapper(), "contact-channels", "swaptest-abc");

    @Test
    void theEditedEntrysAnswerIsNewWhenItCarriesTheMarkerAndOldOtherwise() throws SwapChat.Failure {
        SwapChat.Conversation c = open();

        assertThat(send(c, 200, reply("contact-channels", "You can reach us ... (Updated: swaptest-abc)"))
                        .answer())
                .isEqualTo(SwapTurn.Answer.NEW);
        assertThat(send(c, 200, reply("contact-channels", "You can reach us ..."))
                        .answer())
                .isEqualTo(SwapTurn.Answer.OLD);
        assertThat(send(c, 200, reply("service-hours", "We answer around the clock"))
                        .answer())
                .isEqualTo(SwapTurn.Answer.OTHER);
        assertThat(send(c, 200, "{\"reply\":null,\"decision\":{\"faqId\":null},\"state\":\"queued\"}")
                        .answer())
                .isEqualTo(SwapTurn.Answer.OTHER);
    }

    @Test
    void failedTurnsAreNamedLikeTheLoadTestsErrors() throws SwapChat.Failure {
        SwapChat.Conversation c = open();

        assertThat(send(c, 503, "{}").failure()).isEqualTo("send 503");
        assertThat(send(c, 200, "{\"reply\":null}").failure()).isEqualTo("send without state");
        assertThat(send(c, 200, "not json").failure()).isEqualTo("send not json");
        replies.add(new SocketTimeoutException("read timed out"));
        assertThat(chat.send(c, new byte[0], 0).failure()).isEqualTo("send timeout");
        replies.add(new IOException("connection reset"));
        assertThat(chat.send(c, new byte[0], 0).failure()).isEqualTo("send io");
    }

    @Test
    void aConversationIsSpentAfterItsTurnsAndAFailedOpenIsThrown() throws SwapChat.Failure {
        SwapChat.Conversation c = open();
        for (int i = 0; i < SwapChat.TURNS_PER_CONVERSATION; i++) {
            assertThat(c.spent()).isFalse();
            send(c, 200, reply("service-hours", "..."));
        }
        assertThat(c.spent()).isTrue();

        replies.add(new LoadClient.Reply(429, new byte[0]));
        assertThatThrownBy(chat::open).isInstanceOf(SwapChat.Failure.class).hasMessage("create 429");
    }

    private SwapChat.Conversation open() throws SwapChat.Failure {
        replies.add(new LoadClient.Reply(201, OPENED.getBytes(StandardCharsets.UTF_8)));
        return chat.open();
    }

    private SwapTurn send(SwapChat.Conversation c, int status, String body) {
        replies.add(new LoadClient.Reply(status, body.getBytes(StandardCharsets.UTF_8)));
        return chat.send(c, new byte[0], 0);
    }

    private static String reply(String faqId, String text) {
        return "{\"reply\":{\"text\":\"" + text + "\"},\"decision\":{\"faqId\":\"" + faqId + "\"},\"state\":\"bot\"}";
    }

    /** Answers each request with the next scripted reply, or throws the next scripted exception. */
    private final class Scripted implements LoadClient {
        @Override
        public Reply post(URI uri, String authorization, byte[] json) throws IOException {
            Object next = replies.remove();
            if (next instanceof IOException e) {
                throw e;
            }
            return (Reply) next;
        }

        @Override
        public Reply get(URI uri, String authorization) throws IOException {
            return post(uri, null, new byte[0]);
        }
    }
}
