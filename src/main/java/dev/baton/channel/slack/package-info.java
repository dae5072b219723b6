/**
 * Slack Events API and interactivity: signed event callbacks and button clicks (HMAC-SHA256 over the
 * timestamp and raw body), the {@code url_verification} handshake, replies with {@code chat.postMessage},
 * quick replies as Block Kit buttons.
 */
package dev.baton.channel.slack;
