package dev.baton.conversation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Conversation ids and their bearer tokens: 128 random bits name a conversation, 256 open it. Only the
 * token's SHA-256 is stored, and a token is checked against it in constant time. Thread-safe.
 */
final class ConversationTokens {

    private final SecureRandom random;

    ConversationTokens(SecureRandom random) {
        this.random = random;
    }

    /** A new conversation id and the token that will open it. */
    Started issue() {
        String id = "c_" + HexFormat.of().formatHex(randomBytes(16));
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(32));
        return new Started(id, token);
    }

    /** What is stored of {@code token}. */
    String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    /** Whether {@code token} (null: none given) is the one whose hash is {@code storedHash}. */
    boolean opens(String storedHash, String token) {
        byte[] expected = storedHash.getBytes(StandardCharsets.US_ASCII);
        byte[] given = hash(token == null ? "" : token).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given);
    }

    private byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        random.nextBytes(bytes);
        return bytes;
    }
}
