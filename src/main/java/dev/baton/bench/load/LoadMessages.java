package dev.baton.bench.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * What the load generator's users say: mostly questions about reaching the wallet's online customer service,
 * Simplified Chinese first, some Traditional, some English, colloquial and with typos. 5% ask for a human
 * ({@code 转人工}; {@code 人工客服在哪}, 2% more, reads the same way to the bot) and 2% report stolen funds, so
 * conversations end up in every state: over {@value LoadUser#TURNS_PER_CONVERSATION} turns most get handed off
 * and keep talking to the bot while queued. Weights are per hundred messages.
 */
public final class LoadMessages {

    record Weighted(String text, int weight) {}

    static final List<Weighted> MIX = List.of(
            new Weighted("怎么联系在线客服", 11),
            new Weighted("客服多久回复啊", 8),
            new Weighted("人工客服在哪", 2),
            new Weighted("找客服要提供什么信息", 5),
            new Weighted("客服解决不了怎么办", 4),
            new Weighted("客服几点上班", 4),
            new Weighted("怎么联糸客服啊", 3),
            new Weighted("联系不上客服 急", 3),
            new Weighted("客服是真人吗", 3),
            new Weighted("有没有官方客服微信群", 3),
            new Weighted("提币一直没到账怎么找客服", 4),
            new Weighted("客服电话是多少", 3),
            new Weighted("我要投诉", 2),
            new Weighted("你好", 6),
            new Weighted("谢谢", 5),
            new Weighted("好的", 2),
            new Weighted("在線客服怎麼聯繫", 5),
            new Weighted("客服會要我的助記詞嗎", 4),
            new Weighted("官方客服會私訊我嗎", 3),
            new Weighted("how do i contact support", 7),
            new Weighted("how long does support take to reply", 3),
            new Weighted("is there live chat", 3),
            new Weighted("转人工", 5),
            new Weighted("我的币被盗了", 2));

    /** Every conversation's opening request. */
    public static final String CREATE_BODY = "{\"locale\":\"zh-CN\",\"channel\":\"web\"}";

    private final byte[][] bodies;

    /** Encodes every message body once, so a turn only picks one. */
    public LoadMessages(ObjectMapper json) {
        List<byte[]> slots = new ArrayList<>();
        for (Weighted w : MIX) {
            byte[] body = encode(json, w.text());
            for (int i = 0; i < w.weight(); i++) {
                slots.add(body);
            }
        }
        this.bodies = slots.toArray(byte[][]::new);
    }

    /** A message body drawn by weight. */
    public byte[] pick(SplittableRandom random) {
        return bodies[random.nextInt(bodies.length)];
    }

    int slots() {
        return bodies.length;
    }

    private static byte[] encode(ObjectMapper json, String text) {
        try {
            return json.writeValueAsBytes(new TextBody(text));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode a load message", e);
        }
    }

    private record TextBody(String text) {}
}
