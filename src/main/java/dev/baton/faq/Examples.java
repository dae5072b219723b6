package dev.baton.faq;

import java.util.List;

/** Example user messages per language. */
public record Examples(List<String> zh, List<String> en) {
    public Examples {
        zh = zh == null ? List.of() : List.copyOf(zh);
        en = en == null ? List.of() : List.copyOf(en);
    }

    public int size() {
        return zh.size() + en.size();
    }
}
