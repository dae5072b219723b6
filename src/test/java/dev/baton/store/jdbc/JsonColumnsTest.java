package dev.baton.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.conversation.DecisionTrail;
import dev.baton.conversation.DialogueMemory;
import dev.baton.decision.QuickReply;
import dev.baton.details.Details;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonColumnsTest {

    private final JsonColumns json = new JsonColumns();

    @Test
    void aFullMemoryRoundTrips() {
        DialogueMemory memory = Fixtures.memory();

        assertThat(json.memory(json.memory(memory))).isEqualTo(memory);
    }

    @Test
    void emptyMemoryAndDetailsRoundTripWithoutNulls() {
        assertThat(json.memory(json.memory(DialogueMemory.EMPTY))).isEqualTo(DialogueMemory.EMPTY);
        assertThat(json.details(json.details(Details.NONE))).isEqualTo(Details.NONE);
        assertThat(json.details("{}").txHashes()).isEmpty();
    }

    @Test
    void noQuickRepliesAndNoDecisionAreSqlNull() {
        assertThat(json.quickReplies(List.of())).isNull();
        assertThat(json.quickReplies((String) null)).isEmpty();
        assertThat(json.decision((DecisionTrail) null)).isNull();
        assertThat(json.decision((String) null)).isNull();
    }

    @Test
    void quickRepliesAndDecisionsRoundTrip() {
        List<QuickReply> replies = List.of(new QuickReply("a", "是 ✅"), new QuickReply("b", "no"));
        DecisionTrail decision = new DecisionTrail("handoff", null, "withdraw", 0.4, "urgent", "funds_at_risk.x");

        assertThat(json.quickReplies(json.quickReplies(replies))).isEqualTo(replies);
        assertThat(json.decision(json.decision(decision))).isEqualTo(decision);
    }

    @Test
    void fieldsUnknownToThisVersionAreIgnored() {
        assertThat(json.decision("{\"action\":\"answer\",\"addedLater\":[1,2]}"))
                .isEqualTo(new DecisionTrail("answer", null, null, 0, null, null));
    }
}
