/**
 * Email as a channel: users write to the support mailbox and Baton, or an agent, answers by email, each
 * conversation one mail thread. The classes here read and write the messages themselves, as plain values and
 * {@link jakarta.mail.internet.MimeMessage}s, with no network, store or threads: {@link MailReader} turns a
 * received mail into an {@link IncomingMail} (sender, thread headers, decoded subject, the new text without
 * quoted history or signature, attachments listed, auto-replies and bounces recognised); {@link MailWriter}
 * builds one outbound message in the conversation's language; {@link MessageIds} makes Baton's Message-IDs,
 * which name the conversation and the outbox row they were written for, and finds them again in a reply;
 * {@link TicketReference} is the ticket's mark in subjects.
 */
package dev.baton.channel.email;
