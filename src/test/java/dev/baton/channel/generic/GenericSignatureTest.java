package dev.baton.channel.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.channel.generic.GenericSignature.Verdict;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class GenericSignatureTest {

    private static final String SECRET = "whsec-acme";
    private static final String BODY = "{\"messageId\":\"m-1\",\"userId\":\"u-42\",\"text\":\"hi\"}";
    private static final byte[] BYTES = BODY.getBytes(StandardCharsets.UTF_8);
    private static final Instant NOW = Instant.ofEpochSecond(1_700_000_000L);

    @Test
    void theHeaderCarriesTheTimestampAndTheHmacOfTimestampDotBody() {
        assertThat(GenericSignature.sign(SECRET, 1_700_000_000L, BODY))
                .isEqualTo("t=1700000000," + "v1=2f330ec7a6eeb1a995838de118249036542aba5fba938a4444980701fc1e0802");
        assertThat(GenericSignature.sign(SECRET, 1_700_000_000L, BYTES))
                .isEqualTo(GenericSignature.sign(SECRET, 1_700_000_000L, BODY));
    }

    @Test
    void aSignatureMadeNowIsValid() {
        assertThat(GenericSignature.verify(
                        SECRET, GenericSignature.sign(SECRET, NOW.getEpochSecond(), BYTES), BYTES, NOW))
                .isEqualTo(Verdict.VALID);
    }

    @Test
    void spacesAndUpperCaseHexAreTolerated() {
        String header = GenericSignature.sign(SECRET, NOW.getEpochSecond(), BYTES);
        String mac = header.substring(header.indexOf("v1=") + 3);
        String loose = " t=" + NOW.getEpochSecond() + " , v1=" + mac.toUpperCase(java.util.Locale.ROOT) + " ";

        assertThat(GenericSignature.verify(SECRET, loose, BYTES, NOW)).isEqualTo(Verdict.VALID);
    }

    @Test
    void oneMatchingSignatureOfSeveralIsEnoughWhileASecretIsRotated() {
        String old = GenericSignature.sign("old-secret", NOW.getEpochSecond(), BYTES);
        String current = GenericSignature.sign(SECRET, NOW.getEpochSecond(), BYTES);
        String both = old + "," + current.substring(current.indexOf("v1="));

        assertThat(GenericSignature.verify(SECRET, both, BYTES, NOW)).isEqualTo(Verdict.VALID);
        assertThat(GenericSignature.verify("old-secret", both, BYTES, NOW)).isEqualTo(Verdict.VALID);
    }

    @Test
    void unknownKeysAreIgnored() {
        String header = GenericSignature.sign(SECRET, NOW.getEpochSecond(), BYTES) + ",v2=abc";

        assertThat(GenericSignature.verify(SECRET, header, BYTES, NOW)).isEqualTo(Verdict.VALID);
    }

    @Test
    void aMissingHeaderIsMissing() {
        assertThat(GenericSignature.verify(SECRET, null, BYTES, NOW)).isEqualTo(Verdict.MISSING);
        assertThat(GenericSignature.verify(SECRET, " ", BYTES, NOW)).isEqualTo(Verdict.MISSING);
    }

    @Test
    void aHeaderOfTheWrongShapeIsMalformed() {
        String mac = GenericSignature.sign(SECRET, NOW.getEpochSecond(), BYTES).split(",")[1];
        for (String header : new String[] {
            "sha256=abc",
            "t=1700000000",
            mac,
            "t=soon," + mac,
            "t=1700000000,v1=xyz",
            "t=1700000000,t=1700000000," + mac,
            "t=1700000000;" + mac
        }) {
            assertThat(GenericSignature.verify(SECRET, header, BYTES, NOW))
                    .as(header)
                    .isEqualTo(Verdict.MALFORMED);
        }
    }

    @Test
    void anotherSecretBodyOrTimestampIsAMismatch() {
        String header = GenericSignature.sign(SECRET, NOW.getEpochSecond(), BYTES);

        assertThat(GenericSignature.verify("other", header, BYTES, NOW)).isEqualTo(Verdict.MISMATCH);
        assertThat(GenericSignature.verify(SECRET, header, (BODY + " ").getBytes(StandardCharsets.UTF_8), NOW))
                .isEqualTo(Verdict.MISMATCH);
        assertThat(GenericSignature.verify(SECRET, header.replace("t=1700000000", "t=1700000001"), BYTES, NOW))
                .isEqualTo(Verdict.MISMATCH);
    }

    @Test
    void aTimestampMoreThanFiveMinutesOffIsExpired() {
        long now = NOW.getEpochSecond();
        assertThat(GenericSignature.verify(SECRET, GenericSignature.sign(SECRET, now - 301, BYTES), BYTES, NOW))
                .isEqualTo(Verdict.EXPIRED);
        assertThat(GenericSignature.verify(SECRET, GenericSignature.sign(SECRET, now + 301, BYTES), BYTES, NOW))
                .isEqualTo(Verdict.EXPIRED);
        assertThat(GenericSignature.verify(SECRET, GenericSignature.sign(SECRET, now - 300, BYTES), BYTES, NOW))
                .isEqualTo(Verdict.VALID);
        assertThat(GenericSignature.verify(SECRET, GenericSignature.sign(SECRET, Long.MIN_VALUE, BYTES), BYTES, NOW))
                .isEqualTo(Verdict.EXPIRED);
    }
}
