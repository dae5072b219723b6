package dev.baton.training;

import dev.baton.decision.ActionLabel;
import dev.baton.faq.FaqCorpus;
import dev.baton.faq.FaqEntry;
import java.util.ArrayList;
import java.util.List;

/** The corpus's held-out dev lines as evaluation cases. */
public final class DevSplit {

    private DevSplit() {}

    public static List<EvalCase> cases(FaqCorpus corpus) {
        List<EvalCase> cases = new ArrayList<>();
        for (FaqEntry entry : corpus.entries()) {
            String expect = ActionLabel.expected(entry);
            entry.dev().zh().forEach(text -> cases.add(new EvalCase(text, expect)));
            entry.dev().en().forEach(text -> cases.add(new EvalCase(text, expect)));
        }
        return cases;
    }
}
