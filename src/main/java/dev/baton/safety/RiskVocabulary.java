package dev.baton.safety;

/** Word groups the funds-at-risk tables share, as regex alternations over normalised (lowercased) text. */
final class RiskVocabulary {
    /** A recovery phrase or key, in Chinese (zjc: the pinyin initials users type for 助记词). */
    static final String SECRET_ZH = "(助记词|私钥|秘钥|密钥|种子词|恢复短语|恢复词|zjc|keystore|private key|seed)";
    /** A recovery phrase or key, in English. */
    static final String SECRET_EN = "((seed|recovery|secret|backup|mnemonic) ?(phrase|words?)|mnemonic|private ?keys?"
            + "|privkey|\\bseed\\b|\\bkeys\\b|keystore|(12|15|18|21|24)[ -]?words?( phrase)?)";
    /** Who an impersonator claims to be, in Chinese. */
    static final String STAFF_ZH = "(客服|官方|工作人员|员工|技术支持|技术|管理员|安全中心|团队|平台|你们|客户经理" + "|support|admin)";
    /** Who an impersonator claims to be, in English. */
    static final String STAFF_EN = "(support|admin|staff|team|agent|official|employee|moderator|\\bmod\\b|customer "
            + "(service|care|support)|help ?desk|security team|from the wallet|from you|your (team|company|app))";
    /** A person who is not the user. */
    static final String SOMEONE_ZH = "(有人|有个人|别人|对方|他|她|陌生人|骗子|朋友|同事|室友|家人|friend|someone|somebody)";

    static final String SOMEONE_EN =
            "\\b(someone|somebody|someones|a guy|guy|a person|person|stranger|he|she|they|people"
                    + "|friend|roommate|coworker|scammer|hacker)\\b";
    /** A chat app an impersonator moves the conversation to. */
    static final String CHAT_APP = "(微信|qq|telegram|电报|tg|whatsapp|飞机|discord|wechat|推特|twitter)";
    /** A blockchain or token standard, for wrong-network reports. */
    static final String CHAIN = "(trc-?20|erc-?20|bep-?20|bep-?2|bsc|tron|trx|eth|ethereum|以太坊|波场|arbitrum|polygon"
            + "|matic|optimism|主网|mainnet|币安链|btc|bitcoin|比特币|bch|sol|solana|usdc|usdt|xrp|ltc|bnb)";
    /** Negated past tense: the user did not do it. */
    static final String NOT_EN = "(didn['’]?t|did not|never|wasn['’]?t|was not)";

    private RiskVocabulary() {}
}
