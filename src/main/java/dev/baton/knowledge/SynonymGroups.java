package dev.baton.knowledge;

import java.util.List;

/** The corpus's synonym groups as written, per language. */
public record SynonymGroups(List<List<String>> zh, List<List<String>> en) {

    public static final SynonymGroups NONE = new SynonymGroups(List.of(), List.of());

    public SynonymGroups {
        zh = zh == null ? List.of() : zh.stream().map(List::copyOf).toList();
        en = en == null ? List.of() : en.stream().map(List::copyOf).toList();
    }

    public boolean isEmpty() {
        return zh.isEmpty() && en.isEmpty();
    }
}
