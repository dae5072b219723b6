package dev.baton.channel.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MessageIdsTest {

    static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    static final String CONVERSATION = "c_3fa9c01b22d4e5f60718293a4b5c6d7e";
    static final String OTHER = "c_99990000aaaabbbbccccddddeeeeffff";
    static final MessageIds IDS = new MessageIds(KEY);

    @Test
    void anIdNamesTheConversationAndOutboxRowAndTheSendersDomain() {
        String id = IDS.of(CONVERSATION, 42, "Support@Wallet.Example");

        assertThat(id).matches("<baton\\.c_3fa9c01b22d4e5f60718293a4b5c6d7e\\.42\\.[0-9a-f]{32}@wallet\\.example>");
        assertThat(IDS.repliedTo(id, List.of())).contains(new MessageIds.RepliedTo(CONVERSATION, 42));
    }

    @Test
    void theSameRowAlwaysGetsTheSameIdAndAnotherRowAnother() {
        String first = IDS.of(CONVERSATION, 42, "support@wallet.example");

        assertThat(new MessageIds(KEY.clone()).of(CONVERSATION, 42, "support@wallet.example"))
                .isEqualTo(first);
        assertThat(IDS.of(CONVERSATION, 43, "support@wallet.example")).isNotEqualTo(first);
        assertThat(IDS.of(OTHER, 42, "support@wallet.example")).isNotEqualTo(first);
    }

    @Test
    void anIdMadeUpForAnotherConversationIsNotBelieved() {
        String mine = IDS.of(CONVERSATION, 42, "support@wallet.example");
        String mac = mine.substring(mine.indexOf('@') - 32, mine.indexOf('@'));
        String forged = "<baton." + OTHER + ".42." + mac + "@wallet.example>";
        String otherRow = "<baton." + CONVERSATION + ".41." + mac + "@wallet.example>";
        String otherKey =
                new MessageIds("another key, thirty-two bytes long".getBytes()).of(OTHER, 1, "a@wallet.example");

        assertThat(IDS.repliedTo(forged, List.of())).isEmpty();
        assertThat(IDS.repliedTo(otherRow, List.of())).isEmpty();
        assertThat(IDS.repliedTo(otherKey, List.of())).isEmpty();
        assertThat(IDS.repliedTo("<baton.c_x.1.zz@wallet.example>", List.of())).isEmpty();
    }

    @Test
    void withoutInReplyToTheLatestOfBatonsIdsInReferencesCounts() {
        String older = IDS.of(CONVERSATION, 40, "support@wallet.example");
        String newer = IDS.of(CONVERSATION, 42, "support@wallet.example");

        Optional<MessageIds.RepliedTo> found =
                IDS.repliedTo(null, List.of("<root@qq.example>", older, newer, "<user-3@qq.example>"));
        Optional<MessageIds.RepliedTo> userAnsweringThemselves =
                IDS.repliedTo("<user-3@qq.example>", List.of(older, "<user-3@qq.example>"));

        assertThat(found).contains(new MessageIds.RepliedTo(CONVERSATION, 42));
        assertThat(userAnsweringThemselves).contains(new MessageIds.RepliedTo(CONVERSATION, 40));
        assertThat(IDS.repliedTo(null, List.of("<a@b>", "<c@d>"))).isEmpty();
        assertThat(IDS.repliedTo(null, null)).isEmpty();
    }

    @Test
    void aForgedIdInReferencesIsPassedOverForAnOlderGenuineOne() {
        String genuine = IDS.of(CONVERSATION, 7, "support@wallet.example");
        String forged = "<baton." + OTHER + ".8." + "0".repeat(32) + "@wallet.example>";

        assertThat(IDS.repliedTo(forged, List.of(genuine, forged))).contains(new MessageIds.RepliedTo(CONVERSATION, 7));
    }

    @Test
    void anInternationalisedDomainIsWrittenInAscii() {
        assertThat(IDS.of(CONVERSATION, 1, "客服@钱包.example")).endsWith("@xn--uir314m.example>");
    }

    @Test
    void badInputsAndShortKeysAreRefusedAndTheKeyIsNeverPrinted() {
        assertThatThrownBy(() -> new MessageIds(new byte[16])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IDS.of("c_1.2", 1, "a@b.example")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IDS.of(CONVERSATION, -1, "a@b.example")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IDS.of(CONVERSATION, 1, "nobody")).isInstanceOf(IllegalArgumentException.class);
        assertThat(IDS.toString()).doesNotContain("0123456789abcdef").contains("***");
    }
}
