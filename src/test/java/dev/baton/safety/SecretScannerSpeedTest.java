package dev.baton.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Guards against slow paths, with bounds far above the measured cost (an ordinary 200-char message measures a
 * few microseconds). Elapsed time still depends on the machine's load, so these run with {@code -Ptiming}.
 */
@Tag("timing")
class SecretScannerSpeedTest {
    private static final SecretScanner SCANNER = SecretScanner.withBundledWordlists();
    private static final String ORDINARY = "Hello, I sent 150 USDT from my exchange account to this wallet about "
            + "two hours ago and it still does not show up. The explorer says the transfer is confirmed. Can you "
            + "check what is going on? 谢谢!";

    @Test
    void ordinaryMessageScansInMicroseconds() {
        assertThat(ORDINARY.length()).isBetween(190, 210);
        double micros = averageMicros(ORDINARY, 20_000);

        assertThat(micros).isLessThan(200);
    }

    @Test
    void longHostileTextsStayFast() {
        List<String> words = Bip39TestPhrases.ENGLISH;
        StringBuilder listed = new StringBuilder();
        StringBuilder typos = new StringBuilder();
        StringBuilder hex = new StringBuilder();
        for (int i = 0; listed.length() < 4_000; i++) {
            listed.append(words.get(i * 7 % 2048)).append(' ');
            typos.append(words.get(i * 13 % 2048)).append(i % 5 == 0 ? "x " : " ");
            hex.append("0123456789abcdef".repeat(4)).append(i % 2 == 0 ? " " : "g");
        }
        String chinese = "的一是在不了有和人这中大为上个国".repeat(250);
        for (String text : List.of(listed.toString(), typos.toString(), hex.toString(), chinese, "a".repeat(4_000))) {
            assertThat(averageMicros(text, 50)).as(text.substring(0, 40)).isLessThan(20_000);
        }
    }

    private static double averageMicros(String text, int rounds) {
        int sink = 0;
        for (int i = 0; i < rounds; i++) {
            sink += SCANNER.scan(text).findings().size();
        }
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            sink += SCANNER.scan(text).findings().size();
        }
        double micros = (System.nanoTime() - start) / 1_000.0 / rounds;
        assertThat(sink).isGreaterThanOrEqualTo(0);
        return micros;
    }
}
