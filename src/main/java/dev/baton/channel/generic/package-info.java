/**
 * A company's own app as a channel: signed JSON webhooks both ways
 * ({@link dev.baton.channel.generic.GenericChannel}, {@link dev.baton.channel.generic.GenericSignature}).
 */
package dev.baton.channel.generic;
