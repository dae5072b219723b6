package dev.baton.bench.stop;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;

/**
 * One offered turn as its sender saw it, on this JVM's {@link System#nanoTime()}: when it was due, when it was
 * sent (or held back), when its answer or failure came, and how it ended. An acknowledged turn keeps what the
 * server said it stored (the conversation and the user message's seq) and the body sent, to be looked for in the
 * store once the server has stopped.
 *
 * @param detail         what failed ({@code send 503}, {@code create io} ...), or null
 * @param conversationId the conversation of an acknowledged turn, else null
 * @param seq            the user message's seq the server answered with, or 0
 * @param body           the JSON body sent, for an acknowledged turn
 */
public record StopTurn(
        long due, long sent, long end, Outcome outcome, String detail, String conversationId, long seq, byte[] body) {

    /** How a turn ended. */
    public enum Outcome {
        /** Answered 2xx: the server says the user's message is stored. */
        ACKNOWLEDGED,
        /** Answered 5xx. */
        SERVER_ERROR,
        /** Answered with another status (4xx). */
        REFUSED,
        /** The connection was refused or could not be made. */
        NO_CONNECTION,
        /** Connected, then no answer within the client's timeout. */
        TIMED_OUT,
        /** Connected, then the connection broke before an answer. */
        BROKEN,
        /** Not sent: the gate had closed, as a balancer sends no more to an instance that is not ready. */
        HELD
    }

    public static StopTurn acknowledged(long due, long sent, long end, String conversationId, long seq, byte[] body) {
        return new StopTurn(due, sent, end, Outcome.ACKNOWLEDGED, null, conversationId, seq, body);
    }

    public static StopTurn failed(long due, long sent, long end, Outcome outcome, String detail) {
        return new StopTurn(due, sent, end, outcome, detail, null, 0, null);
    }

    static StopTurn held(long due, long at) {
        return new StopTurn(due, at, at, Outcome.HELD, null, null, 0, null);
    }

    /** The outcome of a reply's status: 2xx acknowledged, 5xx a server error, anything else refused. */
    public static Outcome of(int status) {
        if (status >= 200 && status < 300) {
            return Outcome.ACKNOWLEDGED;
        }
        return status >= 500 && status < 600 ? Outcome.SERVER_ERROR : Outcome.REFUSED;
    }

    /** The outcome of a request that failed without a status. */
    public static Outcome of(IOException e) {
        if (e instanceof ConnectException || e instanceof NoRouteToHostException) {
            return Outcome.NO_CONNECTION;
        }
        if (e instanceof SocketTimeoutException
                && String.valueOf(e.getMessage()).contains("connect")) {
            return Outcome.NO_CONNECTION;
        }
        return e instanceof InterruptedIOException ? Outcome.TIMED_OUT : Outcome.BROKEN;
    }

    public long latency() {
        return end - due;
    }
}
