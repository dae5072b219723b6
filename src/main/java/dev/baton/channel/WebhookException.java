package dev.baton.channel;

/**
 * A webhook call refused before anything was stored: a bad or missing signature (401), an expired timestamp
 * (401) or a body that cannot be read (400). The code is stable for clients.
 */
public final class WebhookException extends RuntimeException {

    private final int status;
    private final String code;

    public WebhookException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public static WebhookException unauthorized(String message) {
        return new WebhookException(401, "invalid_signature", message);
    }

    public static WebhookException malformed(String message) {
        return new WebhookException(400, "malformed_body", message);
    }

    /**
     * Where a body failed to parse (", at line 1, column 9"), for the message of a 400: the parser's own
     * wording names its internals, so it stays inside.
     */
    public static String at(com.fasterxml.jackson.core.JsonProcessingException e) {
        if (e.getLocation() == null || e.getLocation().getLineNr() < 1) {
            return "";
        }
        return ", at line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr();
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
