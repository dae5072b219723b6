package dev.baton.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The leases by which instances share the outbox and the inbound deliveries: by default the outbox's follows the
 * platform timeout and inbound's is 30 s; both can be set, and an outbox lease no longer than a send may take is
 * refused.
 */
class LeaseSettingsTest {

    @Test
    void byDefaultTheOutboxLeaseIsTwiceTheTimeoutPlusFiveSecondsAndInboundThirtySeconds() {
        ChannelsConfig.Delivery delivery =
                ConfigLoader.load(Optional.empty(), Map.of()).channels().delivery();

        assertThat(delivery.lease()).isEqualTo(Duration.ofSeconds(25));
        assertThat(delivery.inboundLease()).isEqualTo(Duration.ofSeconds(30));

        ChannelsConfig.Delivery faster = ConfigLoader.load(
                        Optional.empty(), Map.of("BATON_DELIVERY_TIMEOUT_MILLIS", "1000"))
                .channels()
                .delivery();
        assertThat(faster.lease()).isEqualTo(Duration.ofSeconds(7));
    }

    @Test
    void bothLeasesCanBeSet() {
        ChannelsConfig.Delivery delivery = ConfigLoader.load(
                        Optional.empty(),
                        Map.of(
                                "BATON_DELIVERY_TIMEOUT_MILLIS", "1000",
                                "BATON_DELIVERY_LEASE_MILLIS", "3000",
                                "BATON_INBOUND_LEASE_MILLIS", "2500"))
                .channels()
                .delivery();

        assertThat(delivery.lease()).isEqualTo(Duration.ofMillis(3000));
        assertThat(delivery.inboundLease()).isEqualTo(Duration.ofMillis(2500));
    }

    @Test
    void anOutboxLeaseNoLongerThanTheTimeoutOrALeaseThatIsNoNumberIsRefused() {
        assertThatThrownBy(() -> ConfigLoader.load(
                        Optional.empty(),
                        Map.of("BATON_DELIVERY_TIMEOUT_MILLIS", "2000", "BATON_DELIVERY_LEASE_MILLIS", "2000")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("delivery.leaseMillis (2000) must be longer than delivery.timeoutMillis (2000)");
        assertThatThrownBy(() -> ConfigLoader.load(Optional.empty(), Map.of("BATON_INBOUND_LEASE_MILLIS", "soon")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("delivery.inboundLeaseMillis");
    }
}
