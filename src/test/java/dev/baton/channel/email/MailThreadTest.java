package dev.baton.channel.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MailThreadTest {

    @Test
    void aReplyGoesBelowTheUsersMailAndBatonsNextBelowBatonsLast() {
        IncomingMail user = Mails.read("From: a@b.example\nMessage-ID: <u2@b.example>\nIn-Reply-To: <u1@b.example>\n"
                + "References: <u1@b.example>\n\nhello");

        MailThread reply = MailThread.replyTo(user);
        MailThread next = reply.after("<baton.c_1.5.x@wallet.example>");

        assertThat(reply.inReplyTo()).isEqualTo("<u2@b.example>");
        assertThat(reply.references()).containsExactly("<u1@b.example>", "<u2@b.example>");
        assertThat(next.inReplyTo()).isEqualTo("<baton.c_1.5.x@wallet.example>");
        assertThat(next.references())
                .containsExactly("<u1@b.example>", "<u2@b.example>", "<baton.c_1.5.x@wallet.example>");
        assertThat(MailThread.none().inReplyTo()).isNull();
    }

    @Test
    void aMailWithoutAnIdIsAnsweredInItsOwnThread() {
        IncomingMail user =
                Mails.read("From: a@b.example\nIn-Reply-To: <u1@b.example>\nReferences: <u1@b.example>\n\nx");

        assertThat(MailThread.replyTo(user)).isEqualTo(new MailThread("<u1@b.example>", List.of("<u1@b.example>")));
    }

    @Test
    void aLongThreadKeepsItsRootAndItsLatestIds() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            ids.add("<m" + i + "@x.example>");
        }

        MailThread thread = new MailThread("<m199@x.example>", ids);

        assertThat(thread.references()).hasSize(MailReader.MAX_REFERENCES);
        assertThat(thread.references().get(0)).isEqualTo("<m0@x.example>");
        assertThat(thread.references().get(1)).isEqualTo("<m151@x.example>");
        assertThat(thread.references().get(MailReader.MAX_REFERENCES - 1)).isEqualTo("<m199@x.example>");
    }
}
