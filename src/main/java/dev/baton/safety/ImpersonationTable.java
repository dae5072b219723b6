package dev.baton.safety;

import static dev.baton.safety.RiskVocabulary.CHAT_APP;
import static dev.baton.safety.RiskVocabulary.SECRET_EN;
import static dev.baton.safety.RiskVocabulary.SECRET_ZH;
import static dev.baton.safety.RiskVocabulary.SOMEONE_EN;
import static dev.baton.safety.RiskVocabulary.SOMEONE_ZH;
import static dev.baton.safety.RiskVocabulary.STAFF_EN;
import static dev.baton.safety.RiskVocabulary.STAFF_ZH;

import java.util.List;

/** Funds at risk because someone poses as support or staff, usually to get a secret or a transfer. */
final class ImpersonationTable {
    private static final String ASKER_ZH =
            "(" + SOMEONE_ZH.substring(1, SOMEONE_ZH.length() - 1) + "|客服|管理员|客户经理" + "|官方|网站|技术支持|工作人员|support|admin)";
    private static final String SECRET_OR_PASSWORD_ZH = "(" + SECRET_ZH.substring(1, SECRET_ZH.length() - 1) + "|密码)";
    private static final String STAFF_ASKER_EN =
            "\\b(support|admin|agent|mod|moderator|staff|rep|customer care" + "|help ?desk|team)\\b";
    private static final String ASKER_EN = "(" + SOMEONE_EN + "|" + STAFF_ASKER_EN + ")";
    private static final String SECRET_OR_PASSWORD_EN = "(" + SECRET_EN + "|password|keys?|recovery words)";

    private ImpersonationTable() {}

    static RiskTable create() {
        return RiskTable.of(
                RiskKind.IMPERSONATION,
                // reports
                List.of(
                        "(自称|冒充|假冒|假装|伪装成?|冒名|装成|声称).{0,6}" + STAFF_ZH,
                        "(人|他|她|对方).{0,8}说(他|她|自己)?是.{0,4}(客服|官方|工作人员|管理员|技术支持|安全中心|团队)",
                        "说是(客服|官方|工作人员|管理员|技术支持)的人",
                        "\\bunless (i|you) (share|give|send|enter|verify|provide|pay)\\b",
                        "客服.{0,8}(加了我|私信了我|私聊了我|联系了我|找了我|加我了|拉我进).{0,12}" + CHAT_APP,
                        "(转到|转入|转去|转进).{0,6}(安全账户|安全钱包|他给的地址|指定地址)",
                        "(交|付)(保证金|解冻费|验证费)",
                        "\\b(says?|said|saying|claim\\w*)\\b( that)? (he|she|they|he['’]s|she['’]s|they['’]re)( is| was| were| are"
                                + "| be)?( from)?\\b.{0,12}" + STAFF_EN,
                        "\\b(pretend(ing|ed|s)?|claim(ing|ed|s)?|pos(ing|ed|es)) (to be|as)\\b.{0,25}" + STAFF_EN,
                        "\\b(pretend(ing|ed|s)?|claim(ing|ed|s)?|pos(ing|ed|es)) (to be|as) (you|your)\\b|\\busing your (logo|name|brand)",
                        "\\bfake (tech |customer )?(support|admin|agent|staff|service|care|helpdesk|help desk|moderator|team)\\b",
                        "\\bimpersonat(or|ors|ing|ed|es|ion)\\b",
                        "(\"|“|so[- ]called )(support|admin|official|customer care|customer service|support agent|security team"
                                + "|agent|mod|moderator)",
                        "\\b(support|admin|agent|staff|moderator)s?\\b.{0,25}\\b(dm['’]?d|dmed|messaged|contacted|added|called"
                                + "|texted|reached out to) me\\b",
                        STAFF_ASKER_EN
                                + ".{0,45}\\b(asked|told|made|wanted|pushed|pushing|forced) me\\b.{0,6}\\b(to )?(connect"
                                + "|verify|validate|sync|sign|enter|type|send|move|deposit|pay|download|install|click|share|give)",
                        "\\b(told|asked|wants|wanted|instructed) me to (move|send|transfer)\\b.{0,20}\\b(safe|secure|protected)"
                                + " (wallet|vault|address|account)",
                        "\\b(verification|unlock|recovery|activation|sync|release) fee\\b|\\bfee to (unlock|recover|release|withdraw)"),
                // mentions
                List.of(
                        "假的?客服|冒牌客服|假官方",
                        "客服.{0,8}(加我|私信|私聊|联系|找)我?.{0,10}" + CHAT_APP,
                        ASKER_ZH + ".{0,14}(要|找我要|问我要|向我要|让我|叫我|要求|需要)我?的?.{0,8}" + SECRET_OR_PASSWORD_ZH,
                        "(让我|叫我|要我|要求我)(交出|提供|发|输入|输|填|给|告诉|截图|验证).{0,6}" + SECRET_OR_PASSWORD_ZH,
                        STAFF_ZH + ".{0,14}(让我|要我|叫我)先?(转账|转币|转u|交|付|下载|验证|升级|连接|授权|签名|扫码|登录)",
                        "先交(税|手续费)",
                        STAFF_ZH + ".{0,14}(要|需要)先(转|交|付)",
                        "\\b(site|link|app|website|form) (support|admin|they|he|she|the agent) sent me\\b",
                        ASKER_EN
                                + ".{0,45}\\b(asked|asking|asks|wants|wanted|needs|needed|requested|requesting|pushing|keeps)"
                                + "\\b.{0,20}\\bmy " + SECRET_OR_PASSWORD_EN,
                        ASKER_EN
                                + ".{0,45}\\b(wants|needs) me\\b.{0,6}\\b(to )?(connect|verify|validate|sync|sign|enter|type"
                                + "|send|move|deposit|pay|download|install|share|give)",
                        "\\bscammers?\\b.{0,20}\\b(support|admin|staff|agent)\\b",
                        "\\bfor a fee\\b"));
    }
}
