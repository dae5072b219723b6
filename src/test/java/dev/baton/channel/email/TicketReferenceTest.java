package dev.baton.channel.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TicketReferenceTest {

    @Test
    void aBatonIdGivesItsFirstEightCharactersInCapitals() {
        assertThat(TicketReference.of("c_3fa9c01b22d4e5f60718293a4b5c6d7e")).hasToString("[#T-3FA9C01B]");
        assertThat(TicketReference.of("t_0a1b2c3d4e5f60718293")).isEqualTo(new TicketReference("0A1B2C3D"));
        assertThatThrownBy(() -> TicketReference.of("c_12")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TicketReference("3fa9c01b")).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Re: 你的工单 [#T-3FA9C01B]",
                "回复：你的工單 [#T-3FA9C01B]",
                "RE: Your support request [#t-3fa9c01b]",
                "Re: 提现没到账 【#T-3FA9C01B】",
                "AW: [ #T - 3FA9C01B ] Fwd: x",
                "Re: old [#T-00000000] new [#T-3FA9C01B]",
            })
    void theReferenceIsFoundWhereverClientsAndUsersLeaveIt(String subject) {
        assertThat(TicketReference.find(subject)).contains(new TicketReference("3FA9C01B"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Re: 你的工单", "[#T-3FA9]", "#T-3FA9C01B", "[#X-3FA9C01B]", "[#T-3FA9C01B2]"})
    void aSubjectWithoutOneHasNone(String subject) {
        assertThat(TicketReference.find(subject)).isEmpty();
    }

    @Test
    void nullHasNone() {
        assertThat(TicketReference.find(null)).isEmpty();
    }
}
