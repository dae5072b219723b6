/**
 * Messaging-platform channels. This package holds what every platform shares: the verified inbound message,
 * the webhook request and response as plain values, the {@link dev.baton.channel.Channel} port each platform
 * implements (in a sub-package with its wire format as records), exactly-once intake and the outbox worker
 * that delivers replies. No HTTP framework here: the server hands webhooks in as {@link WebhookRequest}s.
 */
package dev.baton.channel;
