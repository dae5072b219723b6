package dev.baton.knowledge;

import java.time.Instant;

/**
 * Which version is live.
 *
 * @param sequence how many times the live version has changed: instances swap only forward
 */
public record LivePointer(long version, long sequence, Instant since) {}
