package dev.baton.config;

/** A setting that is missing, malformed or out of range; the message names the setting and where it came from. */
public final class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }
}
