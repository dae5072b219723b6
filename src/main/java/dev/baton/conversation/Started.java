package dev.baton.conversation;

/** A new conversation and the bearer token that alone gives access to it (returned once, never stored). */
public record Started(String conversationId, String token) {}
