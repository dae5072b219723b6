package dev.baton.decision;

import dev.baton.faq.Localized;

/** Baton's own sentences that are not corpus answers. */
final class Messages {

    static final Localized SECRET_REDACTED = new Localized(
            "⚠️ 你的消息里像是有助记词或私钥，我已经把它隐藏了，没有保存也不会给任何人看。请不要再发送它。"
                    + "任何看到过它的人都可能转走你的资产：请尽快用安全的设备新建钱包（新的助记词），把剩余资产转过去。"
                    + "官方客服永远不会索要助记词或私钥。人工客服正在紧急接入。",
            "⚠️ Your message looked like it contained a recovery phrase or private key. I've hidden it: it is not "
                    + "stored and no one will see it. Please don't send it again. Anyone who saw it can move your "
                    + "funds: create a new wallet (new recovery phrase) on a safe device as soon as you can and move "
                    + "what's left there. Official support never asks for your phrase or keys. A human agent is "
                    + "joining urgently.");

    static final Localized AMBIGUOUS =
            new Localized("我想确认一下，你是想问下面哪一个？", "Just to be sure, which of these do you mean?");

    static final Localized LOW_CONFIDENCE = new Localized(
            "抱歉，我没完全明白。你是想问下面这些吗？也可以换个说法，或者说“转人工”找客服。",
            "Sorry, I didn't quite get that. Is it one of these? You can also rephrase, or say \"agent\" to "
                    + "reach a person.");

    static final Localized POSSIBLE_EMERGENCY = new Localized(
            "想先确认一下：你的资产现在有风险吗？如果是下面的情况，点一下我会立刻加急转人工；不是的话，可以说说具体想问什么。",
            "Let me check first: is your money at risk right now? If it's one of these, tap it and I'll get you "
                    + "a human agent urgently. If not, tell me a bit more about what you need.");

    static final Localized HASH_OR_KEY = new Localized(
            "这串 64 位字符是交易哈希，还是私钥？两者长得一样，为了安全我先把它隐藏了，没有保存。" + "是转账记录里的交易哈希就点“交易哈希”；如果是私钥，请点“私钥”，我会立刻加急转人工帮你保护资产。",
            "Is that 64-character string a transaction hash or a private key? They look the same, so I've hidden "
                    + "it for safety and not stored it. If it's the hash of a transfer, tap \"Transaction hash\"; "
                    + "if it's a private key, tap \"Private key\" and I'll get you a human agent urgently to protect "
                    + "your funds.");

    static final Localized HASH_LABEL = new Localized("交易哈希", "Transaction hash");

    static final Localized KEY_LABEL = new Localized("私钥", "Private key");

    static final Localized HASH_CONFIRMED = new Localized(
            "好的，是交易哈希，不是私钥，放心。为了安全刚才那串字符没有保存；请在前面加上“交易哈希”再发一次" + "（例如：交易哈希 0x…），我会把它记下来给客服核查。",
            "Thanks, a transaction hash is safe to share. For safety the string wasn't kept: please send it "
                    + "once more starting with \"tx\" (for example: tx 0x…) and I'll note it for the support team.");

    static final Localized HUMAN = new Localized("转人工", "Talk to a person");

    private Messages() {}
}
