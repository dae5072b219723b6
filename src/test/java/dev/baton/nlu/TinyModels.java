package dev.baton.nlu;

import dev.baton.training.MaxentParams;
import dev.baton.training.MaxentTrainer;
import java.util.ArrayList;
import java.util.List;

/** A tiny, real model for tests: three intents, a few examples each, trained in well under a second. */
public final class TinyModels {

    public static final List<String> PROBES =
            List.of("客服在哪里", "how fast do you reply", "hello there", "邮件多久回复", "where can i find support", "嗨");

    private TinyModels() {}

    public static List<LabelledText> examples() {
        List<LabelledText> out = new ArrayList<>();
        add(out, "contact", Language.ZH, "客服在哪", "怎么联系客服", "在哪里找客服", "客服入口在哪里", "怎么找到在线客服");
        add(
                out,
                "contact",
                Language.EN,
                "where is support",
                "how do i contact support",
                "find support",
                "contact customer service",
                "where can i reach you");
        add(out, "speed", Language.ZH, "多久回复", "邮件几天回", "回复要多久", "客服回复慢", "多长时间能回");
        add(
                out,
                "speed",
                Language.EN,
                "how long to reply",
                "when will you answer",
                "reply time",
                "how fast do you respond",
                "email reply takes how long");
        add(out, "greeting", Language.ZH, "你好", "嗨", "在吗", "您好", "哈喽");
        add(out, "greeting", Language.EN, "hi", "hello", "hey there", "good morning", "hiya");
        return out;
    }

    public static MaxentIntentClassifier train() {
        return MaxentTrainer.train(examples(), new LuceneTokenizer(), new MaxentParams(50, 0.1, 1, 1));
    }

    private static void add(List<LabelledText> out, String label, Language language, String... texts) {
        for (String text : texts) {
            out.add(new LabelledText(label, language, text));
        }
    }
}
