package dev.baton.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Locale;

/** Reading requests the same way on every endpoint: the bearer token and a JSON body. */
final class Requests {

    private Requests() {}

    /** The token of an {@code Authorization: Bearer <token>} header, or null. */
    static String bearer(String header) {
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = header.substring(7).strip();
        return token.isEmpty() ? null : token;
    }

    /** The JSON body as {@code type}; 415 for another content type, 400 for anything unreadable. */
    /**
     * Where the body went wrong, in the client's terms (the field, the line and column), without the parser's
     * own wording, which names its internals.
     */
    private static String where(JsonProcessingException e) {
        StringBuilder where = new StringBuilder();
        if (e instanceof com.fasterxml.jackson.databind.JsonMappingException m
                && !m.getPath().isEmpty()) {
            StringBuilder field = new StringBuilder();
            for (com.fasterxml.jackson.databind.JsonMappingException.Reference r : m.getPath()) {
                if (r.getFieldName() != null) {
                    field.append(field.length() == 0 ? "" : ".").append(r.getFieldName());
                } else if (r.getIndex() >= 0) {
                    field.append('[').append(r.getIndex()).append(']');
                }
            }
            where.append(": field '").append(field).append("' is missing, unknown or of the wrong type");
        }
        if (e.getLocation() != null && e.getLocation().getLineNr() > 0) {
            where.append(where.length() == 0 ? ": " : ", ")
                    .append("at line ")
                    .append(e.getLocation().getLineNr())
                    .append(", column ")
                    .append(e.getLocation().getColumnNr());
        }
        return where.toString();
    }

    static <T> T body(Context ctx, ObjectMapper json, Class<T> type) {
        String contentType = ctx.contentType();
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw new ApiException(415, "unsupported_media_type", "send the body as Content-Type: application/json");
        }
        byte[] body = ctx.bodyAsBytes();
        if (body.length == 0) {
            throw new ApiException(400, "malformed_json", "the request body is empty; send a JSON object");
        }
        try {
            T value = json.readValue(body, type);
            if (value == null) {
                throw new ApiException(400, "malformed_json", "the request body must be a JSON object");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new ApiException(
                    400, "malformed_json", "the request body is not valid JSON for this endpoint" + where(e));
        } catch (IOException e) {
            throw new ApiException(400, "malformed_json", "the request body could not be read");
        }
    }
}
