package dev.baton.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

/**
 * HTTP/1.1 over a plain socket, for requests an HTTP client refuses to send: lying lengths, broken chunks,
 * malformed request lines. One request per connection.
 */
final class RawHttp {

    /** How a raw exchange ended. */
    enum Ending {
        ANSWERED,
        CLOSED_SILENTLY,
        RESET,
        TIMED_OUT
    }

    /** The server's answer: its status (0 when there was none), head and body as text. */
    record Answer(Ending ending, int status, String head, String body) {
        boolean answered() {
            return ending == Ending.ANSWERED;
        }

        /** A header's value from the head (any case), or null. */
        String header(String name) {
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).strip().equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).strip();
                }
            }
            return null;
        }
    }

    private static final int MAX_ANSWER = 1 << 20;

    private RawHttp() {}

    /**
     * Sends {@code request} as is, half-closes when {@code halfClose} (a client that gives up on the rest of
     * its body), and reads one answer within {@code timeout}.
     */
    static Answer exchange(int port, byte[] request, boolean halfClose, Duration timeout) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout((int) timeout.toMillis());
            try {
                socket.getOutputStream().write(request);
                socket.getOutputStream().flush();
                if (halfClose) {
                    socket.shutdownOutput();
                }
            } catch (SocketException e) {
                // The server may refuse early and close while the request is still being written; its answer
                // may still be readable.
            }
            return read(socket.getInputStream());
        } catch (SocketTimeoutException e) {
            return new Answer(Ending.TIMED_OUT, 0, "", "");
        } catch (IOException e) {
            return new Answer(Ending.RESET, 0, "", e.toString());
        }
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static Answer read(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        int b;
        while (matched < 4 && (b = in.read()) != -1) {
            head.write(b);
            matched = (b == (matched % 2 == 0 ? '\r' : '\n')) ? matched + 1 : (b == '\r' ? 1 : 0);
            if (head.size() > MAX_ANSWER) {
                throw new IOException("an answer's head over 1 MiB");
            }
        }
        if (head.size() == 0) {
            return new Answer(Ending.CLOSED_SILENTLY, 0, "", "");
        }
        String headText = head.toString(StandardCharsets.ISO_8859_1);
        if (matched < 4 || !headText.startsWith("HTTP/1.")) {
            throw new IOException(
                    "not an HTTP answer: " + headText.lines().findFirst().orElse(""));
        }
        int status = Integer.parseInt(headText.substring(9, 12));
        Answer partial = new Answer(Ending.ANSWERED, status, headText, "");
        String length = partial.header("Content-Length");
        String encoding = partial.header("Transfer-Encoding");
        byte[] body;
        if (length != null) {
            body = in.readNBytes(Integer.parseInt(length));
        } else if (encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked")) {
            body = chunks(in);
        } else if (status == 204 || status == 304 || status / 100 == 1) {
            body = new byte[0];
        } else {
            body = in.readNBytes(MAX_ANSWER);
        }
        return new Answer(Ending.ANSWERED, status, headText, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] chunks(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String size = line(in);
            int semicolon = size.indexOf(';');
            int n = Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).strip(), 16);
            if (n == 0) {
                while (!line(in).isEmpty()) {
                    // trailers
                }
                return body.toByteArray();
            }
            body.write(in.readNBytes(n));
            line(in);
            if (body.size() > MAX_ANSWER) {
                throw new IOException("an answer's body over 1 MiB");
            }
        }
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            if (b != '\r') {
                line.append((char) b);
            }
        }
        if (b == -1) {
            throw new IOException("the answer ended inside a chunk");
        }
        return line.toString();
    }
}
