package dev.baton.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The refusals Jetty makes before Baton sees a request (one it cannot parse, an ambiguous path such as
 * {@code /%2e%2e/}, headers or a URI too long) in Baton's JSON error shape, with a stable code. Jetty closes
 * the connection after them; {@code Connection: close} says so, or a client would send its next request on
 * the dead connection and lose it.
 */
final class JettyErrors extends ErrorHandler {

    private final ObjectMapper json;

    JettyErrors(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected void generateResponse(
            Request request, Response response, int status, String message, Throwable cause, Callback callback) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        if (HttpStatus.isClientError(status)) {
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
        }
        response.write(true, ByteBuffer.wrap(body(status)), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "application/json");
        return ByteBuffer.wrap(body(status));
    }

    private byte[] body(int status) {
        String code = switch (status) {
            case 400 -> "malformed_request";
            case 414 -> "uri_too_long";
            case 431 -> "headers_too_large";
            case 505 -> "http_version_not_supported";
            default -> HttpErrors.code(status);
        };
        String message = switch (status) {
            case 400 -> "the request is not valid HTTP/1.1, or its path is ambiguous (an encoded '/', '..' or NUL)";
            case 414 -> "the request's path and query are too long";
            case 431 -> "the request's headers are too large";
            case 505 -> "only HTTP/1.0 and HTTP/1.1 are spoken here";
            default -> HttpStatus.getMessage(status);
        };
        return ErrorBody.bytes(json, code, message);
    }
}
