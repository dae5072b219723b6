package dev.baton.logging;

import org.slf4j.MDC;

/**
 * The ids of the work in progress on this thread, in the MDC under {@value #CONVERSATION}, {@value #TICKET} and
 * {@value #AGENT}, so that every log line written meanwhile carries them (the text format appends them, the JSON
 * format has them in its {@code mdc} object). Opened around a unit of work with try-with-resources; closing it
 * puts back what the three keys held when it was opened, on success and failure alike, so nested work (a
 * webhook delivery that makes a turn) leaves its caller's ids as they were.
 *
 * <pre>{@code
 * try (LogContext log = LogContext.open().conversation(c.id()).agent(actor.id())) {
 *     ...
 *     LogContext.ticketLearnt(t.id()); // learnt along the way
 * }
 * }</pre>
 */
public final class LogContext implements AutoCloseable {

    public static final String CONVERSATION = "conversation";
    public static final String TICKET = "ticket";
    public static final String AGENT = "agent";

    private static final String[] KEYS = {CONVERSATION, TICKET, AGENT};

    private final String[] saved = new String[KEYS.length];

    private LogContext() {
        for (int i = 0; i < KEYS.length; i++) {
            saved[i] = MDC.get(KEYS[i]);
        }
    }

    /** Starts a unit of work: the keys as they are now are put back on {@link #close()}. */
    public static LogContext open() {
        return new LogContext();
    }

    /** Sets the conversation id (nothing for null) until this context closes. */
    public LogContext conversation(String id) {
        put(CONVERSATION, id);
        return this;
    }

    /** Sets the ticket id (nothing for null) until this context closes. */
    public LogContext ticket(String id) {
        put(TICKET, id);
        return this;
    }

    /** Sets the agent id (nothing for null) until this context closes. */
    public LogContext agent(String id) {
        put(AGENT, id);
        return this;
    }

    /** Sets the ticket id learnt inside work already opened (nothing for null); its context restores it. */
    public static void ticketLearnt(String id) {
        put(TICKET, id);
    }

    /** Sets the conversation id learnt inside work already opened (nothing for null); its context restores it. */
    public static void conversationLearnt(String id) {
        put(CONVERSATION, id);
    }

    @Override
    public void close() {
        for (int i = 0; i < KEYS.length; i++) {
            if (saved[i] == null) {
                MDC.remove(KEYS[i]);
            } else {
                MDC.put(KEYS[i], saved[i]);
            }
        }
    }

    private static void put(String key, String id) {
        if (id != null && !id.isBlank()) {
            MDC.put(key, id);
        }
    }
}
