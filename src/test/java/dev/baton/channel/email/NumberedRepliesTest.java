package dev.baton.channel.email;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.decision.QuickReply;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberedRepliesTest {

    static final List<QuickReply> OFFERED =
            List.of(new QuickReply("rate:1", "1 ★"), new QuickReply("handoff", "转人工"), new QuickReply("skip", "Skip"));

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "2 | handoff",
                "2. | handoff",
                "２ | handoff",
                "3、 | skip",
                "#1 | rate:1",
                "' 3 \n\nThanks' | skip",
                "转人工 | handoff",
                "SKIP | skip",
                "4 | ",
                "0 | ",
                "2 BTC went missing | ",
                "I chose 2 | ",
                "'' | ",
            })
    void aNumberOrALabelOnTheFirstLineChooses(String reply, String id) {
        assertThat(NumberedReplies.chosen(reply, OFFERED).map(QuickReply::id).orElse(null))
                .isEqualTo(id);
    }
}
