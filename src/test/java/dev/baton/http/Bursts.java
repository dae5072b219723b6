package dev.baton.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** What the webhook burst tests send: questions users ask, and deliveries with a platform's retries among them. */
final class Bursts {

    /** Questions in the three languages, asked in turn. */
    static final List<String> QUESTIONS = List.of(
            "怎么联系在线客服？",
            "客服几点上班",
            "how long does support take to reply",
            "提現一直沒到賬怎麼辦",
            "手续费怎么算",
            "need to talk to support about my account",
            "客服要我提供什么信息",
            "你好",
            "what if support can't solve my problem",
            "谢谢");

    private Bursts() {}

    /** The {@code n}th question, round and round. */
    static String question(int n) {
        return QUESTIONS.get(n % QUESTIONS.size());
    }

    /** {@code originals} with {@code repeats} of them again, each somewhere after its original, as a retry goes. */
    static <T> List<T> withRepeats(List<T> originals, int repeats, Random random) {
        List<T> burst = new ArrayList<>(originals);
        for (int i = 0; i < repeats; i++) {
            T original = originals.get(random.nextInt(originals.size()));
            int after = burst.indexOf(original) + 1;
            burst.add(after + random.nextInt(burst.size() - after + 1), original);
        }
        return burst;
    }
}
