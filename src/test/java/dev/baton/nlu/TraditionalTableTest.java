package dev.baton.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Transliterator;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped Traditional-to-Simplified table is exactly what ICU4J's transliterator says, character by character. */
class TraditionalTableTest {

    @Test
    void theTableMatchesIcu() throws Exception {
        Transliterator t2s = Transliterator.getInstance("Traditional-Simplified");
        StringBuilder all = new StringBuilder();
        for (int c = IcuTextNormalizer.FIRST; c <= IcuTextNormalizer.LAST; c++) {
            all.append((char) c).append('\n');
        }
        String[] converted = t2s.transliterate(all.toString()).split("\n", -1);
        List<String> expected = new ArrayList<>();
        for (int c = IcuTextNormalizer.FIRST; c <= IcuTextNormalizer.LAST; c++) {
            String s = converted[c - IcuTextNormalizer.FIRST];
            if (s.length() == 1 && s.charAt(0) != c) {
                expected.add("" + (char) c + s.charAt(0));
            }
        }
        List<String> shipped = new ArrayList<>();
        try (InputStream in = IcuTextNormalizer.class.getResourceAsStream(IcuTextNormalizer.TABLE)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.startsWith("#") && !line.isEmpty()) {
                    shipped.add(line);
                }
            }
        }
        assertThat(shipped)
                .as("regenerate %s from ICU", IcuTextNormalizer.TABLE)
                .isEqualTo(expected);
    }
}
