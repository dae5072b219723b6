/**
 * Telegram Bot API: webhook updates verified by the secret token Telegram echoes in
 * {@code X-Telegram-Bot-Api-Secret-Token}, replies sent with {@code sendMessage}, quick replies as a one-time
 * reply keyboard.
 */
package dev.baton.channel.telegram;
