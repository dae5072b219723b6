package dev.baton.safety;

import java.util.List;

/** Funds-at-risk tables for money that left, went astray or cannot move: theft, wrong address, lock. */
final class TransferTables {
    private static final String ASSET_ZH = "(币|钱|资产|资金|余额|usdt|eth|btc|代币|nft)";
    private static final String ASSET_EN =
            "\\b(wallet|account|funds|coins|tokens|balance|money|assets|crypto|usdt|eth|btc|bitcoin|nfts?)\\b";
    private static final String NOT = "(didn['’]?t|did not|never)";

    private TransferTables() {
    }

    static RiskTable unauthorizedTransfer() {
        return RiskTable.of(RiskKind.UNAUTHORIZED_TRANSFER, List.of(
                "(被盗|被偷|被黑|被转走|被盗走|被偷走|被划走|被提走|被清空|被洗劫)了",
                ASSET_ZH + "(都|全)?(没了|不见了|消失了|被转走)",
                "不是我(本人)?(转|操作|提|发起|授权)的",
                "莫名其妙.{0,8}(少了|没了|转出|转走|不见)",
                "(陌生|未知|不认识的?)地址.{0,10}(转走|转出|提走)",
                "未经(我的?)?(授权|允许|同意).{0,10}(转|提|交易)",
                "\\b(i|we)( have| had|'ve|’ve)?( been| got| was| were| get)\\b.{0,6}\\b(hacked|robbed|drained|scammed)\\b",
                ASSET_EN + ".{0,15}\\b(was|were|got|has been|have been|is|are|been)\\b.{0,8}"
                        + "\\b(stolen|drained|hacked|emptied|wiped|compromised|gone|missing)\\b",
                "\\bsomeone\\b.{0,20}\\b(stole|took|transferred|sent|moved|withdrew|drained|emptied|accessed)\\b",
                NOT + ".{0,10}\\b(make|authori[sz]e|send|do|approve|initiate)\\b.{0,20}"
                        + "\\b(this|that|these|the)?\\s?(transfer|transaction|withdrawal|payment|tx)",
                "\\bunauthori[sz]ed\\b.{0,20}\\b(transfer|transaction|withdrawal|access|login|payment|tx)"),
                List.of(
                "被盗|被偷|被黑|被转走|盗币|(资产|币|钱)不见",
                "\\bstolen\\b", "\\bdrained\\b", "\\bhacked\\b", "\\bunauthori[sz]ed\\b"));
    }

    static RiskTable wrongAddress() {
        return RiskTable.of(RiskKind.WRONG_ADDRESS, List.of(
                "(转|打|充|提|发|选|填|输|复制)错(了|.{1,4}了)",
                "(我|刚才|刚刚|不小心|昨天|今天).{0,12}(转|打|充|提|发|选|填|输|复制)错",
                "(转|充|提|发)到了?(一个)?(错误|别人|陌生|不对)的",
                "\\b(i|we|accidentally|mistakenly)\\b.{0,30}\\b(sent|transferred|deposited|withdrew|moved|paid)\\b.{0,40}"
                        + "\\b(wrong|incorrect)\\b.{0,10}\\b(address|network|chain|wallet|blockchain|token|memo|tag)",
                "\\bsent\\b.{0,40}\\b(via|on|over|through|using)\\b.{0,6}\\b(trc-?20|erc-?20|bep-?20|bep-?2|tron|bsc)\\b"
                        + ".{0,30}\\b(to|into)\\b.{0,30}\\b(trc-?20|erc-?20|bep-?20|bep-?2|tron|ethereum|bsc|solana)\\b"),
                List.of(
                "(转|打|充|提|发|选|填|输)错", "错误的?(地址|网络|链|主网)", "地址(写|填|输)错",
                "\\bwrong (address|network|chain|wallet|blockchain)\\b",
                "\\bsent (it |them |funds |money |coins |usdt )?to the wrong\\b",
                "\\bincorrect (address|network|chain)\\b"));
    }

    static RiskTable accountLocked() {
        return RiskTable.of(RiskKind.ACCOUNT_LOCKED, List.of(
                "(账户|账号|钱包|资产|资金|币|余额|钱|号).{0,4}(被)?(冻结|锁定|锁住|锁|封号|封禁|封|限制)了",
                "封号了|被封号",
                "无法提币|提不出来|提不了币|不能提币|无法提现|提现不了|提不了现|取不出来|转不出来|无法转出",
                ASSET_EN + ".{0,15}\\b(is|was|got|has been|have been|been|are|were)\\b.{0,6}"
                        + "\\b(locked|frozen|suspended|restricted|disabled|blocked|banned)\\b",
                "\\blocked out of\\b", "\\bfroze my\\b",
                "\\b(can['’]?t|cannot|can not|unable to|not able to|won['’]?t let me)\\b.{0,6}\\bwithdraw"),
                List.of("冻结(?!期)", "被锁", "锁定(?!期)", "封号"));
    }
}
