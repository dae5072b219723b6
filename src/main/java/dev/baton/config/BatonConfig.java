package dev.baton.config;

import java.nio.file.Path;

/**
 * Every setting of a Baton server, validated once at start-up. {@code home} is the absolute directory the
 * data, corpus and models directories were resolved against (see {@link BatonHome}); {@code log} is how log
 * lines are written (see {@link LogFormat}).
 */
public record BatonConfig(
        Path home,
        HttpConfig http,
        StoreConfig store,
        LimitsConfig limits,
        NluConfig nlu,
        HandoffConfig handoff,
        ChannelsConfig channels,
        KnowledgeConfig knowledge,
        SupportConfig support,
        LearningConfig learning,
        ReportConfig report,
        MetricsConfig metrics,
        LogFormat log) {}
