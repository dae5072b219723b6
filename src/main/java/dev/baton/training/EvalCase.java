package dev.baton.training;

import java.util.Objects;

/**
 * A message and the label Baton's decision should get ({@code faq:<id>}, {@code handoff:urgent} ...), with
 * the language its author wrote it in ({@code zh}, {@code zh-Hant}, {@code en}, {@code mixed}) where the set
 * says so; otherwise null, and the evaluation reports the language Baton detected.
 */
public record EvalCase(String text, String expect, String language) {
    public EvalCase {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(expect, "expect");
    }

    public EvalCase(String text, String expect) {
        this(text, expect, null);
    }
}
