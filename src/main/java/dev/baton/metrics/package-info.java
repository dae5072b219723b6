/**
 * Baton's Prometheus metrics: the counters and histograms the conversation, agent and channel code tell of
 * through their meter ports, the queue and outbox read from the store at each scrape, and Micrometer's JVM,
 * Jetty, HikariCP and Caffeine binders. Names and labels follow Prometheus conventions; no label carries user
 * text or an id.
 */
package dev.baton.metrics;
