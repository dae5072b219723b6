/**
 * WhatsApp Cloud API: webhook calls signed with the app secret ({@code X-Hub-Signature-256}), the
 * {@code hub.challenge} handshake, replies with {@code POST /{phone-number-id}/messages}, quick replies as reply
 * buttons or a list whose ids carry the option's label, and the 24-hour customer-service window (a configured
 * template outside it).
 */
package dev.baton.channel.whatsapp;
