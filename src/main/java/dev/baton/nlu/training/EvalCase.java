package dev.baton.nlu.training;

import java.util.Objects;

/** A message and the label Baton's decision should get ({@code faq:<id>}, {@code handoff:urgent} ...). */
public record EvalCase(String text, String expect) {
    public EvalCase {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(expect, "expect");
    }
}
