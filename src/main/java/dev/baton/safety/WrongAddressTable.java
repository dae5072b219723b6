package dev.baton.safety;

import static dev.baton.safety.RiskVocabulary.CHAIN;

import java.util.List;

/** Funds at risk because the user sent them to a wrong address, over a wrong network, or without a memo. */
final class WrongAddressTable {
    private static final String SENT_ZH = "(转|打|充|提|发|send|sent) ?";
    private static final String ELSEWHERE_ZH = "(错的|错误|别人|别的|陌生|不对|以前|旧的?|其他)";
    private static final String TARGET_ZH = "(地址|链|网络|memo|备注|标签|tag)";
    private static final String SENT_EN = "\\b(sent|send|transferred|deposited|withdrew|withdrawn|moved|paid)\\b";

    private WrongAddressTable() {}

    static RiskTable create() {
        return RiskTable.of(
                RiskKind.WRONG_ADDRESS,
                // reports
                List.of(
                        "(转|打|充|提|发|选)错(了|.{1,4}了)",
                        "(我|刚才|刚刚|不小心|昨天|今天).{0,12}(转|打|充|提|发|选)错",
                        "(填|输|写|复制|抄)错.{0,3}" + TARGET_ZH + "|" + TARGET_ZH + ".{0,3}(填|输|写|复制|抄)错",
                        "地址(少|多|漏)(输|填|写|打)",
                        SENT_ZH + "到了(一个)? ?.{0,3}" + ELSEWHERE_ZH + "|" + SENT_ZH + "到(一个)? ?.{0,3}" + ELSEWHERE_ZH
                                + ".{0,10}了",
                        CHAIN + ".{0,8}" + SENT_ZH + "(到了|进了).{0,12}" + CHAIN,
                        CHAIN + ".{0,8}" + SENT_ZH + "到.{0,12}" + CHAIN + ".{0,4}(地址|链|网络)上?了",
                        "(memo|备注|标签|tag).{0,4}(没填|忘填|忘记填|忘了填|没写|漏填|没加)|(忘记|忘了|没有?)(填|写|加)(memo|备注|标签|tag)",
                        "\\b(i|we|accidentally|mistakenly)\\b.{0,30}" + SENT_EN
                                + ".{0,40}\\b(wrong|incorrect)\\b.{0,10}"
                                + "\\b(address|network|chain|wallet|blockchain|token|memo|tag)",
                        SENT_EN + ".{0,40}\\b(via|on|over|through|using)\\b.{0,6}" + CHAIN
                                + "\\b.{0,30}\\b(to|into)\\b.{0,30}" + CHAIN + "\\b",
                        SENT_EN + ".{0,25}\\bto (the |a |an )?(token )?contract( address)?\\b",
                        SENT_EN
                                + ".{0,30}\\b(by mistake|by accident)\\b|\\baccidentally (sent|chose|picked|selected|used"
                                + "|transferred)\\b|\\b(chose|picked|selected|used) .{0,12}\\bby mistake\\b",
                        "\\b(used|chose|picked|selected|sent|send|transferred)\\b.{0,20}\\b" + CHAIN + " instead of\\b",
                        "\\b(different|another|other|wrong) (chain|network|blockchain)['’]?s? address",
                        "\\b(forgot|forgotten|missed|left out|without|no)\\b.{0,12}\\b(memo|destination tag|tag)\\b",
                        "\\b(memo|tag)\\b.{0,12}\\b(blank|empty|missing|wrong|incorrect)\\b",
                        "\\b(typo|mistake|error)s? (in|with) the (address|memo|tag)\\b|\\baddress (missing|with) an? (character"
                                + "|digit|letter)"),
                // mentions
                List.of(
                        "(转|打|充|提|发|选)错",
                        "错误的?(地址|网络|链|主网)",
                        "地址(写|填|输)错",
                        SENT_ZH + "到了?.{0,8}合约地址",
                        "\\b(wrong|incorrect) (address|network|chain|wallet|blockchain|recipient|addy|adress|addres|netwrok"
                                + "|destination|memo|tag|destination tag)\\b",
                        "\\bsent (it |them |funds |money |coins |usdt )?to the wrong\\b",
                        SENT_EN + ".{0,25}\\bto an? " + CHAIN + "( only| mainnet)*( only)? (address|wallet)\\b",
                        "\\b(transferred|sent) on " + CHAIN + "\\b.{0,30}\\b(address|wallet) is on\\b"));
    }
}
