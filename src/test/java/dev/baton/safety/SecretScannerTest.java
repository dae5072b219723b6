package dev.baton.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class SecretScannerTest {
    private static final SecretScanner SCANNER = SecretScanner.withBundledWordlists();
    private static final String PHRASE = "abandon ".repeat(11) + "about";
    private static final String WIF = "5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ";
    private static final String HEX = "0c28fca386c7a227600b2fe50b7cae11ec86d3bf1fbe471be89827e19d72aa1d";

    @Test
    void everySecretInAMessageIsRedactedInTextOrder() {
        String text = "it is: " + PHRASE + "\nwif: " + WIF + "\nkey: 0x" + HEX + "\n助记词 的 一 是 在 不 了 有 和 人 这 中 大";
        SecretScan scan = SCANNER.scan(text);

        assertThat(scan.findings())
                .extracting(SecretFinding::kind)
                .containsExactly(
                        SecretKind.RECOVERY_PHRASE,
                        SecretKind.WIF_KEY,
                        SecretKind.PRIVATE_KEY,
                        SecretKind.RECOVERY_PHRASE);
        assertThat(scan.redacted())
                .isEqualTo("it is: [redacted: recovery phrase]\nwif: [redacted: private key]\n"
                        + "key: [redacted: private key]\n助记词 [redacted: recovery phrase]");
        for (SecretFinding f : scan.findings()) {
            assertThat(text.substring(f.start(), f.end())).doesNotStartWith(" ").doesNotEndWith(" ");
        }
    }

    @Test
    void textWithoutSecretsComesBackAsIs() {
        String text = "where is my withdrawal?";
        SecretScan scan = SCANNER.scan(text);

        assertThat(scan.found()).isFalse();
        assertThat(scan.redacted()).isSameAs(text);
        assertThat(SCANNER.scan("").redacted()).isEmpty();
    }

    @Test
    void overlappingFindingsAreMergedIntoTheFirst() {
        SecretDetector first =
                (text, context, out) -> out.add(new SecretFinding(SecretKind.RECOVERY_PHRASE, 2, 8, false));
        SecretDetector second = (text, context, out) -> out.add(new SecretFinding(SecretKind.PRIVATE_KEY, 5, 12, true));
        SecretDetector inside = (text, context, out) -> out.add(new SecretFinding(SecretKind.WIF_KEY, 3, 4, true));
        SecretScan scan = new SecretScanner(List.of(second, inside, first)).scan("0123456789abcdef");

        assertThat(scan.findings()).containsExactly(new SecretFinding(SecretKind.RECOVERY_PHRASE, 2, 12, true));
        assertThat(scan.redacted()).isEqualTo("01[redacted: recovery phrase]cdef");
    }

    @Test
    void findingRejectsAnEmptyOrNegativeSpan() {
        assertThatThrownBy(() -> new SecretFinding(SecretKind.PRIVATE_KEY, 3, 3, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SecretFinding(SecretKind.PRIVATE_KEY, -1, 3, false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void labelsAreWhatRedactionShows() {
        assertThat(SecretKind.RECOVERY_PHRASE.label()).isEqualTo("recovery phrase");
        assertThat(SecretKind.PRIVATE_KEY.label()).isEqualTo("private key");
        assertThat(SecretKind.WIF_KEY.label()).isEqualTo("private key");
        assertThat(SecretKind.EXTENDED_PRIVATE_KEY.label()).isEqualTo("extended private key");
    }

    @Test
    void oneScannerGivesTheSameAnswersFromManyThreads() throws Exception {
        List<String> texts = List.of(
                "my words: " + PHRASE + " thanks",
                "key " + WIF,
                "nothing to see here",
                "助记词是的一是在不了有和人这中大为",
                "hex " + HEX);
        List<SecretScan> expected = texts.stream().map(SCANNER::scan).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Boolean>> jobs = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                jobs.add(() -> {
                    for (int round = 0; round < 300; round++) {
                        int i = round % texts.size();
                        if (!SCANNER.scan(texts.get(i)).equals(expected.get(i))) {
                            return false;
                        }
                    }
                    return true;
                });
            }
            for (Future<Boolean> result : pool.invokeAll(jobs)) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aMessageRedactedOnArrivalStillSaysItHeldASecret() {
        String redacted = SecretScanner.withBundledWordlists()
                .scan(
                        "my phrase is abandon ability able about above absent absorb abstract absurd abuse access accident")
                .redacted();

        org.assertj.core.api.Assertions.assertThat(SecretScanner.redactedBefore(redacted))
                .isTrue();
        org.assertj.core.api.Assertions.assertThat(SecretScanner.redactedBefore("[redacted: nothing known]"))
                .isFalse();
        org.assertj.core.api.Assertions.assertThat(SecretScanner.redactedBefore("an ordinary message"))
                .isFalse();
    }
}
