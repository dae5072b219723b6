package dev.baton.safety;

import static dev.baton.safety.RiskVocabulary.NOT_EN;
import static dev.baton.safety.RiskVocabulary.SOMEONE_ZH;

import java.util.List;

/** Funds at risk because money left the wallet without the user: theft, a drained wallet, a hacked account. */
final class UnauthorizedTransferTable {
    private static final String ASSET_ZH = "(币|钱|资产|资金|余额|usdt|eth|btc|trx|代币|nft|u)";
    private static final String HOLDER_ZH = "(钱包|账户|帐户|账号|资产|余额)";
    private static final String ASSET_EN = "\\b(wallet|account|funds|coins|tokens|balance|money|assets|crypto|usdt|usdc"
            + "|eth|btc|bnb|bitcoin|nfts?)\\b";
    private static final String TX_EN =
            "\\b(transfer|transaction|withdrawal|payment|tx|send|transfers|transactions)\\b";

    private UnauthorizedTransferTable() {}

    static RiskTable create() {
        return RiskTable.of(
                RiskKind.UNAUTHORIZED_TRANSFER,
                // reports
                List.of(
                        "被(人|别人|黑客)?(盗|偷|黑|转走|盗走|偷走|划走|提走|清空|洗劫|洗|转空|转跑|操作|动)了",
                        "被 ?(drain|drained|hack|hacked|steal|stolen|盗) ?了",
                        ASSET_ZH + "(都|全|全部)?(没了|不见了|消失了|被转走|被转出)",
                        "(全|都|全部)被?转(出去|走|出|空)了",
                        HOLDER_ZH + ".{0,4}(空了|清零了|归零|变成0|变成零|成了0)",
                        "不是我(本人)?(转|操作|提|发起|授权|干|弄|做)的",
                        "(莫名其妙|莫名|无缘无故|突然).{0,8}(少了|没了|转出|转走|不见|空了)",
                        "我(没|没有)(转账|转|操作|动|转过|提过|授权).{0,12}(转出|少了|没了|不见|一笔|空了)",
                        "(少了|转出|没了|不见了|空了).{0,12}我(没|没有)(转|操作|动|授权)",
                        SOMEONE_ZH + ".{0,4}(偷了|盗了|动了|拿走了|操作了|把我的?.{0,4}转走)",
                        "被转(到|去)了?.{0,12}(陌生|不认识|未知)",
                        "(陌生|未知|不认识的?)地址.{0,10}(转走|转出|提走)",
                        "未经(我的?)?(授权|允许|同意).{0,10}(转|提|交易)",
                        "未授权的?(提币|转账|转出|交易|提现)",
                        "(不认识|陌生|未知|可疑)的?(转出|交易记录|提币)",
                        "\\b(been|got|was|were|get) (totally |completely |just )?(hacked|robbed|drained|scammed)\\b",
                        ASSET_EN
                                + ".{0,15}\\b(was|were|got|has been|have been|is|are|been)\\b.{0,8}\\b(stolen|drained|hacked"
                                + "|emptied|wiped|compromised|gone|robbed|swiped|taken|moved out|missing)\\b",
                        ASSET_EN + ".{0,12}\\b(gone|disappeared|vanished|emptied|wiped out|drained|stolen)\\b",
                        "\\bmissing from (my|the) (wallet|account)\\b",
                        "\\b(wallet|balance|account)\\b.{0,12}\\b(empty|dropped to (0|zero)|went to (0|zero)|gone to (0|zero))\\b",
                        "\\b(someone|somebody|someones|hacker|thief|scammer)\\b.{0,20}\\b(stole|stealing|took|taking|transferred"
                                + "|sent|moved|moving|withdrew|drained|draining|emptied|accessed|got into)\\b",
                        NOT_EN + ".{0,10}\\b(make|made|authori[sz]e|send|sent|do|approve|initiate)\\b.{0,20}"
                                + "\\b(this|that|these|the|it|anything|them)?\\s?(transfer|transaction|withdrawal|payment|tx|anything"
                                + "|it)\\b",
                        TX_EN + ".{0,12}\\b(i|we) " + NOT_EN + "\\b",
                        "\\b(wasn['’]?t|was not|isn['’]?t|is not|not) me\\b",
                        "\\bwithout (my )?(permission|consent|authori[sz]ation|approval)\\b|\\bwithout me (doing|knowing)",
                        "\\bunauthori[sz]ed\\b.{0,20}" + TX_EN,
                        "\\bto an? (address|wallet) i (don['’]?t|do not|dont) (know|recogni[sz]e)"),
                // mentions
                List.of(
                        "被盗|被偷|被黑|被转走|盗币|(资产|币|钱)不见",
                        "(今天|现在|突然|醒来).{0,6}(没了|空了|不见了)",
                        "\\bstolen\\b",
                        "\\bdrained\\b",
                        "\\bhacked\\b",
                        "\\bunauthori[sz]ed\\b",
                        "\\b(unknown|unrecogni[sz]ed|strange|suspicious) (outgoing )?" + TX_EN));
    }
}
