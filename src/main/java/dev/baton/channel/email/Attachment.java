package dev.baton.channel.email;

import java.util.Objects;

/**
 * A file that came with a mail, listed so the agent knows it was sent; its content is not kept.
 *
 * @param fileName    the decoded file name, or empty when the part has none
 * @param size        its size in bytes as best known (the declared size, else estimated from the encoded
 *                    size), or -1 when unknown
 * @param contentType its MIME type in lower case, without parameters ({@code image/png})
 */
public record Attachment(String fileName, long size, String contentType) {
    public Attachment {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(contentType, "contentType");
    }
}
