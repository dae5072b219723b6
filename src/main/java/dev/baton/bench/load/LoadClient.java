package dev.baton.bench.load;

import java.io.IOException;
import java.net.URI;

/** How the load generator speaks HTTP: one JSON POST (or a GET) and the reply's status and bytes. */
public interface LoadClient {

    /** A reply: its status and body. */
    record Reply(int status, byte[] body) {}

    /** POSTs {@code json}; {@code authorization} is the whole header value, or null. */
    Reply post(URI uri, String authorization, byte[] json) throws IOException;

    /** GETs; {@code authorization} is the whole header value, or null. */
    Reply get(URI uri, String authorization) throws IOException;

    default Reply get(URI uri) throws IOException {
        return get(uri, null);
    }
}
