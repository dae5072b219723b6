package dev.baton.knowledge;

/**
 * A refused knowledge change, with a stable code for the API: {@code invalid_entry}, {@code unknown_entry},
 * {@code entry_exists}, {@code stale_draft}, {@code invalid_corpus}, {@code unknown_version},
 * {@code unknown_publish}, {@code publish_running}, {@code nothing_to_publish}.
 */
public final class KnowledgeException extends RuntimeException {

    private final String code;

    public KnowledgeException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
