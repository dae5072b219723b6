package dev.baton.bench.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.bench.BenchException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The proxy's config and log as the failover test reads them: the instances with passive health checks, the
 * WebSocket upgrade on the streams, no retry of a POST already sent, and access lines read back with every instance
 * nginx tried; and the test's options refused when a run could not show a takeover.
 */
class ProxyNginxTest {

    @Test
    void theConfigBalancesOverTheInstancesSkipsADeadOneAndUpgradesOnlyTheStreams() {
        String config = ProxyNginx.config(Path.of("/tmp/x"), 8080, List.of(7001, 7002));

        assertThat(config)
                .contains("server 127.0.0.1:7001 max_fails=1 fail_timeout=5s;")
                .contains("server 127.0.0.1:7002 max_fails=1 fail_timeout=5s;")
                .contains("listen 127.0.0.1:8080;")
                .contains("proxy_next_upstream error timeout;")
                .doesNotContain("non_idempotent")
                .contains("location ~ ^/api/v1/(conversations/[^/]+|agent)/stream$")
                .contains("proxy_set_header Upgrade $http_upgrade;")
                .contains("pid /tmp/x/nginx.pid;");
    }

    @Test
    void anAccessLineNamesEveryInstanceTriedAndTheStatusOfEach() {
        ProxyAccess passedOn = ProxyAccess.parse(
                "1765100000.123 200 POST /api/v1/conversations \"127.0.0.1:7001, 127.0.0.1:7002\" \"502, 200\" 0.004");
        ProxyAccess died = ProxyAccess.parse(
                "1765100000.500 502 POST /api/v1/conversations/c_1/messages \"127.0.0.1:7001\" \"502\" 0.010");
        ProxyAccess none = ProxyAccess.parse("1765100001.000 502 GET /health \"-\" \"-\" 0.000");

        assertThat(passedOn.endMillis()).isEqualTo(1765100000123L);
        assertThat(passedOn.passedOn()).isTrue();
        assertThat(passedOn.lastUpstream()).isEqualTo("127.0.0.1:7002");
        assertThat(died.passedOn()).isFalse();
        assertThat(died.lastUpstream()).isEqualTo("127.0.0.1:7001");
        assertThat(died.upstreamStatuses()).containsExactly("502");
        assertThat(none.lastUpstream()).isNull();
    }

    @Test
    void optionsThatCouldNotShowATakeoverOrNeedNoPostgresAreRefused() {
        assertThatThrownBy(() -> options(4000, 8, "jdbc:postgresql://127.0.0.1/test"))
                .isInstanceOf(BenchException.class)
                .hasMessageContaining("--after-seconds (8) must be longer than twice --lease-millis (4000)");
        assertThatThrownBy(() -> options(2000, 8, "jdbc:h2:./data"))
                .isInstanceOf(BenchException.class)
                .hasMessageContaining("--db-url must be a jdbc:postgresql: URL");
        assertThatThrownBy(() -> options(1000, 8, "jdbc:postgresql://127.0.0.1/test"))
                .isInstanceOf(BenchException.class)
                .hasMessageContaining("--lease-millis must be between 1001");
    }

    private static ProxyFailoverOptions options(int lease, int after, String url) {
        return new ProxyFailoverOptions(100, 16, 12, 10, 300, 15, after, lease, 100, url, null, "256m", null, null);
    }
}
