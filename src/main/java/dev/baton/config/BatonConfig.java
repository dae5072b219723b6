package dev.baton.config;

/** Every setting of a Baton server, validated once at start-up. */
public record BatonConfig(HttpConfig http, StoreConfig store, LimitsConfig limits, NluConfig nlu,
                          HandoffConfig handoff, ChannelsConfig channels) {
}
