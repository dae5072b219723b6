package dev.baton.bench.proxy;

import java.util.Arrays;
import java.util.List;

/**
 * One line of the proxy's access log: when the request ended (epoch ms), the status the client got, the method and
 * path, and each instance nginx tried with the status it had from it ({@code 502} from a dead one, or none).
 */
record ProxyAccess(
        long endMillis, int status, String method, String path, List<String> upstreams, List<String> upstreamStatuses) {

    /** Reads a line written with the {@code proxy} log format. */
    static ProxyAccess parse(String line) {
        String[] quoted = line.split("\"");
        String[] head = quoted[0].trim().split(" ");
        long end = Math.round(Double.parseDouble(head[0]) * 1000);
        return new ProxyAccess(
                end,
                Integer.parseInt(head[1]),
                head[2],
                head[3],
                list(quoted[1]),
                list(quoted.length > 3 ? quoted[3] : "-"));
    }

    private static List<String> list(String field) {
        return "-".equals(field.trim())
                ? List.of()
                : Arrays.stream(field.split(",")).map(String::trim).toList();
    }

    /** Whether nginx tried more than one instance: the first failed before the request was sent. */
    boolean passedOn() {
        return upstreams.size() > 1;
    }

    /** The instance that answered last (or failed last), or null. */
    String lastUpstream() {
        return upstreams.isEmpty() ? null : upstreams.get(upstreams.size() - 1);
    }
}
