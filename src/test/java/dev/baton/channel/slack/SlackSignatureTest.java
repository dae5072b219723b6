package dev.baton.channel.slack;

import static dev.baton.channel.slack.SlackRequests.MESSAGE;
import static dev.baton.channel.slack.SlackRequests.NOW;
import static dev.baton.channel.slack.SlackRequests.SIGNING_SECRET;
import static dev.baton.channel.slack.SlackRequests.channelAt;
import static dev.baton.channel.slack.SlackRequests.hmac;
import static dev.baton.channel.slack.SlackRequests.only;
import static dev.baton.channel.slack.SlackRequests.request;
import static dev.baton.channel.slack.SlackRequests.signed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.channel.WebhookRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Only requests Slack signed with the signing secret, within five minutes of the channel's clock, are read;
 * the URL verification too.
 */
class SlackSignatureTest {

    private final SlackChannel channel = channelAt(NOW);

    @Test
    void slacksPublishedSignatureExampleVerifies() {
        String body = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V"
                + "&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text="
                + "&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZ"
                + "RskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
        SlackSignature signature =
                new SlackSignature(SIGNING_SECRET, Clock.fixed(Instant.ofEpochSecond(1531420618), ZoneOffset.UTC));

        assertThat(new String(
                        signature.sign("1531420618", body.getBytes(StandardCharsets.UTF_8)), StandardCharsets.US_ASCII))
                .isEqualTo("v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503");
        signature.verify(request(
                body, "1531420618", "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503", Map.of()));
    }

    @Test
    void theUrlVerificationMustBeSignedToo() {
        assertUnauthorized(request(
                "{\"type\":\"url_verification\",\"challenge\":\"abc\"}",
                String.valueOf(NOW.getEpochSecond()),
                null,
                Map.of()));
    }

    @Test
    void aWrongSignatureIsRefused() {
        String timestamp = String.valueOf(NOW.getEpochSecond());
        assertUnauthorized(request(MESSAGE, timestamp, "v0=" + "0".repeat(64), Map.of()));
        assertUnauthorized(request(MESSAGE, timestamp, hmac("another secret", timestamp, MESSAGE), Map.of()));
        assertUnauthorized(request(
                MESSAGE, timestamp, hmac(SIGNING_SECRET, timestamp, MESSAGE).replace("v0=", "v1="), Map.of()));
        assertUnauthorized(request(MESSAGE, timestamp, "", Map.of()));
    }

    @Test
    void aBodyChangedAfterSigningIsRefused() {
        String timestamp = String.valueOf(NOW.getEpochSecond());
        String signature = hmac(SIGNING_SECRET, timestamp, MESSAGE);

        assertUnauthorized(request(MESSAGE.replace("D024BE91L", "D999999"), timestamp, signature, Map.of()));
    }

    @Test
    void aSignatureForAnotherTimestampIsRefused() {
        String timestamp = String.valueOf(NOW.getEpochSecond());
        String signature = hmac(SIGNING_SECRET, timestamp, MESSAGE);

        assertUnauthorized(request(MESSAGE, String.valueOf(NOW.getEpochSecond() - 1), signature, Map.of()));
    }

    @Test
    void aMissingSignatureOrTimestampIsRefused() {
        String timestamp = String.valueOf(NOW.getEpochSecond());
        assertUnauthorized(request(MESSAGE, timestamp, null, Map.of()));
        assertUnauthorized(request(MESSAGE, null, hmac(SIGNING_SECRET, timestamp, MESSAGE), Map.of()));
        assertUnauthorized(request(MESSAGE, "yesterday", hmac(SIGNING_SECRET, "yesterday", MESSAGE), Map.of()));
    }

    @Test
    void aRequestSignedMoreThanFiveMinutesAwayIsRefusedEitherWay() {
        assertUnauthorized(signed(MESSAGE, NOW.minusSeconds(301)));
        assertUnauthorized(signed(MESSAGE, NOW.plusSeconds(301)));
        assertUnauthorized(signed(MESSAGE, Instant.EPOCH));
    }

    @Test
    void aRequestSignedWithinFiveMinutesIsAccepted() {
        assertThat(only(channel.receive(signed(MESSAGE, NOW.minusSeconds(300)))).eventId())
                .isEqualTo("Ev0PV52K21");
        assertThat(only(channel.receive(signed(MESSAGE, NOW.plusSeconds(300)))).eventId())
                .isEqualTo("Ev0PV52K21");
    }

    @Test
    void theClockDecidesWhatIsExpired() {
        SlackChannel later = channelAt(NOW.plus(Duration.ofMinutes(6)));

        SlackRequests.assertUnauthorized(later, signed(MESSAGE, NOW));
    }

    private void assertUnauthorized(WebhookRequest request) {
        SlackRequests.assertUnauthorized(channel, request);
    }
}
