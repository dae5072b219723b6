/**
 * What a log line says about the work it was written during: the conversation, ticket and agent ids in SLF4J's
 * MDC, set around a chat turn, an agent action or a webhook delivery and restored afterwards. Ids only, never
 * what anybody wrote.
 */
package dev.baton.logging;
