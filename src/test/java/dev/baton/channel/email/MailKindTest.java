package dev.baton.channel.email;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MailKindTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Auto-Submitted: auto-replied | zhangsan@example.com | AUTOMATIC",
                "Auto-Submitted: auto-generated; owner-email=x@y.example | zhangsan@example.com | AUTOMATIC",
                "Auto-Submitted: auto-notified | zhangsan@example.com | AUTOMATIC",
                "Auto-Submitted: No | zhangsan@example.com | PERSONAL",
                "X-Autoreply: yes | zhangsan@example.com | AUTOMATIC",
                "X-Autorespond: Out of office | zhangsan@example.com | AUTOMATIC",
                "Precedence: auto_reply | zhangsan@example.com | AUTOMATIC",
                "Precedence: bulk | news@exchange.example | BULK",
                "Precedence: junk | zhangsan@example.com | BULK",
                "Precedence: list | zhangsan@example.com | BULK",
                "List-Id: Wallet users <users.lists.example> | zhangsan@example.com | BULK",
                "List-Unsubscribe: <mailto:leave@lists.example> | news@lists.example | BULK",
                "Return-Path: <> | zhangsan@example.com | BOUNCE",
                "X-Mailer: Foxmail 7.2 | MAILER-DAEMON@mx.qq.example | BOUNCE",
                "X-Mailer: Outlook | postmaster@outlook.example | BOUNCE",
                "Return-Path: <zhangsan@example.com> | zhangsan@example.com | PERSONAL",
                "Precedence: first-class | zhangsan@example.com | PERSONAL",
            })
    void machinesAreToldFromPeople(String header, String from, MailKind kind) {
        IncomingMail mail = Mails.read("From: " + from + "\n" + header + "\nSubject: x\n\nI'm away until Monday.");

        assertThat(mail.kind()).isEqualTo(kind);
        assertThat(mail.kind().makesTurn()).isEqualTo(kind == MailKind.PERSONAL);
    }

    @ParameterizedTest
    @CsvSource({"delivery-status", "disposition-notification"})
    void deliveryReportsAndReadReceiptsAreBounces(String reportType) {
        IncomingMail mail = Mails.read("""
                From: Mail Delivery System <notices@mx.example>
                Content-Type: multipart/report; report-type=%s; boundary="r"

                --r
                Content-Type: text/plain

                Your message could not be delivered.
                --r
                Content-Type: message/%s

                Reporting-MTA: dns; mx.example
                --r--
                """.formatted(reportType, reportType));

        assertThat(mail.kind()).isEqualTo(MailKind.BOUNCE);
        assertThat(mail.text()).isEqualTo("Your message could not be delivered.");
    }
}
