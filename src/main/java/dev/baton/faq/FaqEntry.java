package dev.baton.faq;

import java.util.List;
import java.util.Objects;

/**
 * One entry of {@code faq-corpus/}: a FAQ or another intent, its answers, and its example questions.
 *
 * @param reason    the handoff reason code for urgent entries, null otherwise
 * @param followUps ids offered as quick replies after the answer
 * @param examples  training examples
 * @param dev       held-out examples, never trained on
 */
public record FaqEntry(
        String id,
        Kind kind,
        String reason,
        List<String> tags,
        List<String> followUps,
        Localized title,
        Localized answer,
        Examples examples,
        Examples dev) {
    public FaqEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(answer, "answer");
        tags = tags == null ? List.of() : List.copyOf(tags);
        followUps = followUps == null ? List.of() : List.copyOf(followUps);
        examples = examples == null ? new Examples(null, null) : examples;
        dev = dev == null ? new Examples(null, null) : dev;
        if (kind == Kind.URGENT && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException(id + ": an urgent entry needs a reason code");
        }
    }
}
