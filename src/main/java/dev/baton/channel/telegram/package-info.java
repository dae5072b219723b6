/**
 * Telegram Bot API: webhook updates verified by the secret token Telegram echoes in
 * {@code X-Telegram-Bot-Api-Secret-Token}, replies sent with {@code sendMessage}, quick replies as an inline
 * keyboard whose presses are answered in the webhook's response.
 */
package dev.baton.channel.telegram;
