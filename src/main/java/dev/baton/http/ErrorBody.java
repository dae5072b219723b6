package dev.baton.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;

/** The body of every error response: {@code {"error": {"code", "message"}}}. */
record ErrorBody(Detail error) {

    record Detail(String code, String message) {}

    static ErrorBody of(String code, String message) {
        return new ErrorBody(new Detail(code, message));
    }

    /** The body as bytes, for answers written below Javalin (Jetty's own refusals, bodies read before dispatch). */
    static byte[] bytes(ObjectMapper json, String code, String message) {
        try {
            return json.writeValueAsBytes(of(code, message));
        } catch (JsonProcessingException e) {
            return ("{\"error\":{\"code\":\"" + code + "\"}}").getBytes(StandardCharsets.UTF_8);
        }
    }
}
