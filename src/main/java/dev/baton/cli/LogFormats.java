package dev.baton.cli;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import dev.baton.config.LogFormat;
import java.net.URL;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

/**
 * Puts the configured log format into effect. Logback reads {@code logback.xml} when the first logger is made,
 * before the config file is read: it picks its appender from {@code -Dbaton.log.format} or
 * {@code BATON_LOG_FORMAT} then. When the config file's {@code log.format} names the other format, the
 * property is set and {@code logback.xml} read again. A logging configuration of the operator's own
 * ({@code -Dlogback.configurationFile}) is left alone.
 */
final class LogFormats {

    private LogFormats() {}

    /** @return whether the configuration was read again */
    static boolean apply(LogFormat format) {
        System.setProperty(LogFormat.PROPERTY, format.wire());
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        URL ours = LogFormats.class.getResource("/logback.xml");
        if (!(factory instanceof LoggerContext context)
                || ours == null
                || System.getProperty("logback.configurationFile") != null) {
            return false;
        }
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        if (root.getAppender(format.wire()) != null) {
            return false;
        }
        return reload(context, ours);
    }

    /** Reads {@code config} again into {@code context}, as at start (now with the property set). */
    static boolean reload(LoggerContext context, URL config) {
        context.reset();
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        try {
            configurator.doConfigure(config);
            return true;
        } catch (JoranException e) {
            throw new CliException("cannot read the logging configuration " + config + ": " + e.getMessage());
        }
    }
}
