package dev.baton.decision;

import java.util.Objects;

/** A button the user can press instead of typing: the entry it stands for and its label. */
public record QuickReply(String id, String label) {
    public QuickReply {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
    }
}
