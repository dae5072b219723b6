package dev.baton.channel;

import java.time.Instant;

/** An outbox row as agents see it (dead letters above all). */
public record OutboxEntry(
        long id,
        String conversationId,
        long seq,
        String channel,
        String chatId,
        String status,
        int attempts,
        String lastError,
        String text,
        Instant createdAt,
        Instant sentAt) {}
