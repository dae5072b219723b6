package dev.baton.config;

import java.time.Duration;

/**
 * How the support team's published knowledge reaches every instance, and how strict its quality gate is.
 *
 * @param poll       how often an instance checks the store for a newly live version (a publish or a rollback
 *                   made through another instance)
 * @param gateMargin how far action accuracy may fall on any evaluation set before a publish is refused, as a
 *                   share (0.01 is one point)
 */
public record KnowledgeConfig(Duration poll, double gateMargin) {

    public static final KnowledgeConfig DEFAULTS = new KnowledgeConfig(Duration.ofSeconds(2), 0.01);
}
