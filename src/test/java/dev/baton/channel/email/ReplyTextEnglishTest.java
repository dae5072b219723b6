package dev.baton.channel.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Replies as English-language clients quote: only what the user wrote this time is left. */
class ReplyTextEnglishTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void theNewPartIsKept(String client, String body, String expected) {
        assertThat(ReplyText.of(body)).isEqualTo(expected);
    }

    static Stream<Arguments> samples() {
        return Stream.of(
                Arguments.of("Gmail", """
                        Thanks, it arrived now.

                        On Tue, Dec 1, 2026 at 10:00 AM Wallet Support <support@wallet.example> wrote:

                        > Your withdrawal was processed.
                        >
                        > --
                        > Ticket [#T-3FA9C01B]
                        """, "Thanks, it arrived now."),
                Arguments.of(
                        "Gmail, attribution wrapped over two lines", """
                        Still pending, the hash is 0x9f3c...e21a.

                        On Tue, Dec 1, 2026 at 10:00 AM Wallet Support Team of Example Wallet <
                        support@wallet.example> wrote:

                        > Could you send the transaction hash?
                        """, "Still pending, the hash is 0x9f3c...e21a."),
                Arguments.of("Gmail, attribution wrapped over three lines", """
                        Yes, that is my address.

                        On Tuesday, December 1, 2026 at 10:00:00 AM UTC+8, Wallet Support Team of
                        Example Wallet Holdings Limited Customer Care Desk <support@wallet.example>
                        wrote:
                        > Is this your address?
                        """, "Yes, that is my address."),
                Arguments.of("Apple Mail", """
                        I did that, nothing changed.

                        Sent from my iPhone

                        > On Dec 1, 2026, at 10:00, Wallet Support <support@wallet.example> wrote:
                        >
                        > Please restart the app and try again.
                        """, "I did that, nothing changed."),
                Arguments.of(
                        "Outlook desktop",
                        """
                        Hi,

                        the address starts with bc1q and ends with 7kfz.

                        Regards,
                        Anna

                        ________________________________
                        From: Wallet Support <support@wallet.example>
                        Sent: Tuesday, December 1, 2026 10:00 AM
                        To: Anna Becker <anna.becker@corp.example>
                        Subject: Your support request [#T-3FA9C01B]

                        Which address did you send it to?
                        """,
                        "Hi,\n\nthe address starts with bc1q and ends with 7kfz.\n\nRegards,\nAnna"),
                Arguments.of("Outlook, Original Message separator", """
                        Please close the ticket, solved.

                        -----Original Message-----
                        From: Wallet Support [mailto:support@wallet.example]
                        Sent: Tuesday, December 01, 2026 10:00 AM
                        To: Tom
                        Subject: RE: login problem
                        """, "Please close the ticket, solved."),
                Arguments.of("Outlook through Gmail's conversion, bold headers", """
                        Done.

                        *From:* Wallet Support <support@wallet.example>
                        *Sent:* Tuesday, December 1, 2026 10:00
                        *To:* Tom <tom@corp.example>
                        *Subject:* Re: login problem
                        """, "Done."),
                Arguments.of("Thunderbird with a signature", """
                        The app version is 4.12.0 on Android 14.

                        --\s
                        Tom Keller
                        Keller Trading GmbH

                        On 01/12/2026 10:00, Wallet Support wrote:
                        > Which app version do you use?
                        """, "The app version is 4.12.0 on Android 14."),
                Arguments.of("Yahoo", """
                        OK

                        ----- Original Message -----
                        From: Wallet Support <support@wallet.example>
                        """, "OK"),
                Arguments.of("a name with its address, without On", """
                        Got it.

                        Wallet Support <support@wallet.example> wrote:
                        > Your case was escalated.
                        """, "Got it."),
                Arguments.of(
                        "Outlook for Android sign-off",
                        "2\n\nGet Outlook for Android\n\n________________________________\nFrom: Wallet Support\nSent: "
                                + "Tuesday\nTo: me\n",
                        "2"),
                Arguments.of("answered between the quoted lines: kept whole", """
                        On Tue, Dec 1, 2026 at 10:00 AM Wallet Support <support@wallet.example> wrote:
                        > Which network did you use?
                        Ethereum mainnet
                        > And the amount?
                        0.3 ETH
                        """, """
                        On Tue, Dec 1, 2026 at 10:00 AM Wallet Support <support@wallet.example> wrote:
                        > Which network did you use?
                        Ethereum mainnet
                        > And the amount?
                        0.3 ETH"""),
                Arguments.of(
                        "a sentence that starts like a sign-off is kept",
                        """
                        Sent from my Ledger to the exchange, 2 hours ago.
                        The exchange says it never arrived.
                        """,
                        "Sent from my Ledger to the exchange, 2 hours ago.\nThe exchange says it never arrived."),
                Arguments.of(
                        "a line beginning with On is not an attribution",
                        """
                        On Monday I sent 2 BTC to my cold wallet.
                        It still says pending.
                        Zhang San <zhangsan@example.com> wrote:
                        > old text
                        """,
                        "On Monday I sent 2 BTC to my cold wallet.\nIt still says pending."),
                Arguments.of("a forwarded phishing mail is kept", """
                        Is this mail from you?

                        ---------- Forwarded message ---------
                        From: Wallet Security <security@wal1et.example>
                        Date: Mon, Nov 30, 2026 at 9:12 PM
                        Subject: Verify your wallet
                        To: <tom@corp.example>

                        Enter your recovery phrase at https://wal1et.example/verify
                        """, """
                        Is this mail from you?

                        ---------- Forwarded message ---------
                        From: Wallet Security <security@wal1et.example>
                        Date: Mon, Nov 30, 2026 at 9:12 PM
                        Subject: Verify your wallet
                        To: <tom@corp.example>

                        Enter your recovery phrase at https://wal1et.example/verify"""));
    }
}
