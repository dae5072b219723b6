package dev.baton.details;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.safety.SecretScanner;
import org.junit.jupiter.api.Test;

/** The extractor reads text the safety package has redacted; placeholders must never turn into values. */
class RedactedTextTest {
    private static final SecretScanner SCANNER = SecretScanner.withBundledWordlists();
    private static final DetailExtractor EXTRACTOR = new DetailExtractor();
    private static final String KEY = "0c28fca386c7a227600b2fe50b7cae11ec86d3bf1fbe471be89827e19d72aa1d";
    private static final String PHRASE = "abandon ".repeat(11) + "about";

    @Test
    void aRedactedSecretLeavesTheOtherDetailsAndNoValue() {
        String redacted = SCANNER.scan(
                        "我的助记词是 " + PHRASE + "，私钥 " + KEY + "，转了200 USDT 到 " + "TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE")
                .redacted();
        Details details = EXTRACTOR.extract(redacted);

        assertThat(redacted)
                .contains("[redacted: recovery phrase]", "[redacted: private key]")
                .doesNotContain(KEY);
        assertThat(details.amount()).isEqualTo("200 USDT");
        assertThat(details.addresses())
                .extracting(ChainValue::value)
                .containsExactly("TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE");
        assertThat(details.txHashes()).isEmpty();
        assertThat(details.errorMessage()).isNull();
        assertThat(details.time()).isNull();
    }

    @Test
    void aHashAnnouncedAsSuchSurvivesRedactionAndIsExtracted() {
        String redacted = SCANNER.scan("txid: " + KEY).redacted();

        assertThat(EXTRACTOR.extract(redacted).txHashes()).containsExactly(new ChainValue(KEY, "unknown", true));
    }

    @Test
    void aMessageThatIsOnlyAPlaceholderHasNoDetails() {
        String redacted = SCANNER.scan(PHRASE).redacted();

        assertThat(EXTRACTOR.extract(redacted)).isEqualTo(Details.NONE);
        assertThat(AccountIds.accountId(redacted)).isEmpty();
    }
}
