package dev.baton.config;

/** A setting's text as read, and where it came from (the default, a file, a variable), for error messages. */
record SettingValue(String text, String source) {}
