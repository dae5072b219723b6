package dev.baton.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.ToIntFunction;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.content.ByteBufferContentSource;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.EagerContentHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Invocable;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Reads a request's whole body before any of the server's few worker threads sees the request: bytes are
 * copied as they arrive, on the network's own threads, and the request is dispatched once the body is
 * complete. A client that trickles its body (one byte every few seconds keeps the idle timeout from ever
 * firing) then holds a socket and a small buffer, not a worker, so {@code /health} and chat turns keep
 * answering while hundreds of such clients hang on.
 *
 * <p>A body must arrive in full within {@code deadline}, or the request is answered 408 and its connection
 * closed. A body longer than {@code keepLimit} is read and dropped up to {@code drainLimit} and answered
 * 413, so the refusal reaches a client that is still sending; one declaring more than {@code drainLimit} is
 * passed on unread, to be refused from its declared length. A body that ends early ({@code truncated_body})
 * or whose chunked framing is broken ({@code malformed_body}) is answered 400. These answers are written here, in the API's JSON error shape, because no
 * route has run yet.
 */
final class BodyFirst implements EagerContentHandler.ContentLoaderFactory {

    private final Duration deadline;
    private final ToIntFunction<String> keepLimit;
    private final long drainLimit;
    private final ObjectMapper json;

    private BodyFirst(Duration deadline, ToIntFunction<String> keepLimit, long drainLimit, ObjectMapper json) {
        this.deadline = deadline;
        this.keepLimit = keepLimit;
        this.drainLimit = drainLimit;
        this.json = json;
    }

    /** The Jetty handler to put in front of the application; {@code keepLimit} is per path. */
    static Handler.Wrapper handler(
            Duration deadline, ToIntFunction<String> keepLimit, long drainLimit, ObjectMapper json) {
        return new EagerContentHandler(new BodyFirst(deadline, keepLimit, drainLimit, json));
    }

    @Override
    public String getApplicableMimeType() {
        return null; // every content type
    }

    @Override
    public EagerContentHandler.ContentLoader newContentLoader(
            String contentType,
            String mimeType,
            Handler handler,
            Request request,
            Response response,
            Callback callback) {
        if (request.getLength() > drainLimit) {
            return null; // not worth reading: refused from its Content-Length, and the connection closed
        }
        return new Loader(handler, request, response, callback);
    }

    /** One request's body on its way in. Reads run one at a time (one demand at a time); the timer races them. */
    private final class Loader extends EagerContentHandler.ContentLoader implements Invocable.Task {

        private final AtomicBoolean settled = new AtomicBoolean();
        private byte[] body = new byte[256];
        private int length;
        private long received;
        private Scheduler.Task timer;
        private final int limit;

        Loader(Handler handler, Request request, Response response, Callback callback) {
            super(handler, request, response, callback);
            this.limit = keepLimit.applyAsInt(request.getHttpURI().getPath());
        }

        @Override
        protected void load() {
            timer = getRequest()
                    .getComponents()
                    .getScheduler()
                    .schedule(this::late, deadline.toMillis(), TimeUnit.MILLISECONDS);
            read(false);
        }

        @Override
        public void run() {
            read(true);
        }

        @Override
        public InvocationType getInvocationType() {
            return InvocationType.NON_BLOCKING; // copies bytes and hands the request to the pool; never blocks
        }

        private void read(boolean fromDemand) {
            while (true) {
                Content.Chunk chunk = getRequest().read();
                if (chunk == null) {
                    getRequest().demand(this);
                    return;
                }
                if (settled.get()) {
                    chunk.release();
                    return;
                }
                if (Content.Chunk.isFailure(chunk)) {
                    chunk.release();
                    ApiException fault = EdgeFailures.clientFault(chunk.getFailure())
                            .orElse(new ApiException(400, "malformed_body", "the request body could not be read"));
                    refuse(fault.status(), fault.code(), fault.getMessage());
                    return;
                }
                boolean last = chunk.isLast();
                keep(chunk);
                chunk.release();
                if (received > drainLimit) {
                    refuse(413, "body_too_large", "the request body is over " + limit + " bytes");
                    return;
                }
                if (last) {
                    complete(fromDemand);
                    return;
                }
            }
        }

        private void keep(Content.Chunk chunk) {
            ByteBuffer bytes = chunk.getByteBuffer();
            int n = bytes.remaining();
            received += n;
            if (received > limit) {
                bytes.position(bytes.limit()); // dropped: the request is refused once it has all arrived
                return;
            }
            if (length + n > body.length) {
                body = Arrays.copyOf(body, Math.max(length + n, body.length * 2));
            }
            bytes.get(body, length, n);
            length += n;
        }

        private void complete(boolean fromDemand) {
            if (!settled.compareAndSet(false, true)) {
                return;
            }
            timer.cancel();
            if (received > limit) {
                answer(
                        413,
                        "body_too_large",
                        "the request body is " + received + " bytes; at most " + limit + " are accepted",
                        false);
                return;
            }
            Request whole = new WholeBody(getRequest(), ByteBuffer.wrap(body, 0, length));
            if (fromDemand) {
                getRequest().getContext().execute(() -> handle(whole, getResponse(), getCallback()));
            } else {
                handle(whole, getResponse(), getCallback());
            }
        }

        private void late() {
            if (settled.compareAndSet(false, true)) {
                answer(
                        408,
                        "body_timeout",
                        "the request body did not arrive within " + deadline.toSeconds() + " s",
                        true);
            }
        }

        private void refuse(int status, String code, String message) {
            if (settled.compareAndSet(false, true)) {
                timer.cancel();
                answer(status, code, message, true);
            }
        }

        private void answer(int status, String code, String message, boolean close) {
            Response response = getResponse();
            response.setStatus(status);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json;charset=utf-8");
            response.getHeaders().put("X-Content-Type-Options", "nosniff");
            if (close) {
                response.getHeaders().put(HttpHeader.CONNECTION, "close");
            }
            response.write(true, ByteBuffer.wrap(ErrorBody.bytes(json, code, message)), getCallback());
        }
    }

    /** The request as the application sees it: its body already in memory. */
    private static final class WholeBody extends Request.Wrapper {

        private final ByteBufferContentSource content;

        WholeBody(Request request, ByteBuffer body) {
            super(request);
            this.content = new ByteBufferContentSource(body);
        }

        @Override
        public Content.Chunk read() {
            return content.read();
        }

        @Override
        public void demand(Runnable demandCallback) {
            content.demand(demandCallback);
        }

        @Override
        public void fail(Throwable failure) {
            content.fail(failure);
        }
    }
}
