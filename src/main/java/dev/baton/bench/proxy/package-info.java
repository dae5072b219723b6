/**
 * Baton instances behind a real nginx on one PostgreSQL: {@code baton failovertest} kills one instance under load
 * and checks that no acknowledged turn is lost, that the widgets' streams reconnect through the proxy and catch up,
 * and that the killed instance's leased outbox and inbound work is taken over; {@code baton proxyloadtest} compares
 * one instance with two behind the same proxy.
 */
package dev.baton.bench.proxy;
