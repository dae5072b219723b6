package dev.baton.safety;

import java.util.List;

/** Funds at risk because the account or funds are frozen or locked and the user cannot get to them. */
final class AccountLockedTable {
    private static final String HOLDER_ZH = "(账户|账号|帐户|帐号|钱包|资产|资金|币|余额|钱|号|提币|提现)";
    private static final String HOLDER_EN = "\\b(acc?ount|wallet|funds|assets|balance|coins|money|withdrawals?)\\b";
    private static final String LOCKED_EN =
            "\\b(locked|lockd|frozen|suspended|restricted|disabled|blocked|banned" + "|on hold|flagged)\\b";

    private AccountLockedTable() {}

    static RiskTable create() {
        return RiskTable.of(
                RiskKind.ACCOUNT_LOCKED,
                // reports
                List.of(
                        HOLDER_ZH + "(功能)?.{0,4}被?(冻结|冻|锁定|锁住|锁|封号|封禁|封|限制|禁用|禁止)了",
                        HOLDER_ZH + "(功能)?.{0,4}被(冻结|冻|锁定|锁住|锁|封号|封禁|封|限制|禁用|禁止)",
                        "封号了|被封号",
                        "无法提币|提不出来|提不了币|不能提币|无法提现|提现不了|提不了现|取不出来|转不出来|无法转出",
                        "(登录不上|登陆不上|登不上|登不进|登录不了|登不了|进不去|打不开|无法登录).{0,12}(急|钱|资金|币|资产)",
                        "(账户|账号|帐户|帐号|钱包|account|wallet).{0,4}被 ?(暂停|停用|freeze|frozen|lock|locked|ban|banned"
                                + "|suspend|suspended)",
                        "转不了账|提不了|取不了",
                        HOLDER_EN + ".{0,15}\\b(is|was|got|has been|have been|been|are|were|gets)\\b.{0,12}"
                                + LOCKED_EN,
                        "\\b(acc?ount|wallet|withdrawals?)\\b((?!\\bbe\\b).){0,10}" + LOCKED_EN,
                        "\\bfunds (locked|frozen)\\b(?! (in|for|until|during))",
                        "\\b(blocked|restricted|banned|prevented|stopped) from withdraw",
                        "\\bfrozen (funds|account|wallet|assets)\\b|\\b(locked|frozen|suspended) (account|wallet)\\b",
                        "\\blocked out\\b",
                        "\\bfroze my\\b",
                        "\\bsecurity (lock|freeze|hold)\\b",
                        "\\b(unlock|unfreeze|unblock) my (account|wallet|funds|withdrawals?)\\b",
                        "\\btoo many (wrong |failed |password |login )*attempts\\b",
                        "\\b(can['’]?t|cannot|can not|unable to|not able to|won['’]?t let me)\\b.{0,6}\\bwithdraw",
                        "\\b(can['’]?t|cant|cannot|can not|unable to|not able to)\\b.{0,6}\\b(log ?in|login|access|get into|sign in"
                                + "|open)\\b.{0,40}\\b(need|money|funds|urgent|pay|send)"),
                // mentions
                List.of("冻结(?!期)", "被锁", "锁定(?!期)", "封号"));
    }
}
