package dev.baton.cli;

import ch.qos.logback.classic.LoggerContext;
import org.slf4j.MDC;

/** The shipped logging configuration, for tests outside this package. */
public final class LogFormatsAccess {

    private LogFormatsAccess() {}

    /** Reads logback.xml into {@code context} (with the MDC of this JVM), as {@code serve} would. */
    public static void reload(LoggerContext context) {
        context.setMDCAdapter(MDC.getMDCAdapter());
        LogFormats.reload(context, LogFormats.class.getResource("/logback.xml"));
    }
}
