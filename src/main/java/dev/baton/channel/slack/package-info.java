/**
 * Slack Events API: signed event callbacks (HMAC-SHA256 over the timestamp and raw body), the
 * {@code url_verification} handshake, replies with {@code chat.postMessage}, quick replies as a numbered list.
 */
package dev.baton.channel.slack;
