package dev.baton.faq;

import dev.baton.nlu.LabelledText;
import dev.baton.nlu.Language;
import dev.baton.nlu.NormalizedText;
import dev.baton.nlu.TextNormalizer;
import java.util.ArrayList;
import java.util.List;

/** The normalised texts the classifier trains on and the retriever indexes, drawn from a corpus. */
public final class CorpusTexts {

    private CorpusTexts() {}

    /** Training examples of every entry, in corpus order; held-out dev lines are left out. */
    public static List<LabelledText> examples(FaqCorpus corpus, TextNormalizer normalizer) {
        List<LabelledText> out = new ArrayList<>();
        for (FaqEntry entry : corpus.entries()) {
            add(out, entry.id(), entry.examples().zh(), normalizer);
            add(out, entry.id(), entry.examples().en(), normalizer);
        }
        return out;
    }

    /**
     * The answers of FAQ entries, one text per language, for the retriever to index beside the examples; without
     * their placeholders, so the index and the model do not depend on the contact settings.
     */
    public static List<LabelledText> answers(FaqCorpus corpus, TextNormalizer normalizer) {
        List<LabelledText> out = new ArrayList<>();
        for (FaqEntry entry : corpus.ofKind(Kind.FAQ)) {
            out.add(new LabelledText(
                    entry.id(),
                    Language.ZH,
                    normalizer.normalize(Placeholder.strip(entry.answer().zh())).text()));
            out.add(new LabelledText(
                    entry.id(),
                    Language.EN,
                    normalizer.normalize(Placeholder.strip(entry.answer().en())).text()));
        }
        return out;
    }

    private static void add(List<LabelledText> out, String id, List<String> texts, TextNormalizer normalizer) {
        for (String text : texts) {
            NormalizedText n = normalizer.normalize(text);
            out.add(new LabelledText(id, n.language(), n.text()));
        }
    }
}
