package dev.baton.safety;

import java.util.List;

/** Funds-at-risk tables for scams: an exposed secret or phishing, and people posing as support. */
final class ScamTables {
    private static final String SECRET_ZH = "(助记词|私钥|秘钥|密钥|种子词|恢复短语|keystore)";
    private static final String SECRET_EN =
            "(seed|recovery|secret|backup) ?(phrase|words?)|mnemonic|private ?keys?|\\bseed\\b|keystore";
    private static final String STAFF_ZH = "(客服|官方|工作人员|员工|技术支持|管理员|团队|support|admin)";
    private static final String STAFF_EN =
            "(support|admin|staff|team|agent|official|employee|moderator|\\bmod\\b|customer service|help ?desk)";
    private static final String CHAT_APP = "(微信|qq|telegram|电报|tg|whatsapp|飞机|discord|wechat)";

    private ScamTables() {
    }

    static RiskTable secretLeaked() {
        return RiskTable.of(RiskKind.SECRET_LEAKED, List.of(
                SECRET_ZH + ".{0,12}(泄露了|泄漏了|外泄了|被(别)?人?看到了|被人拍了|发给了|给了|告诉了|截图了|拍照了"
                        + "|输入了|填了|填写了|上传了|粘贴到|导入了|被盗了|被偷了)",
                "(输入了|填了|填写了|导入了|发给了|泄露了).{0,10}" + SECRET_ZH,
                "\\b(i|we|accidentally|mistakenly)\\b.{0,25}\\b(leaked|shared|gave|sent|posted|entered|typed|pasted"
                        + "|uploaded|revealed|exposed|showed|told|imported)\\b.{0,30}(" + SECRET_EN + ")",
                "(" + SECRET_EN + ").{0,30}\\b(was|were|got|has been|have been|is|are)\\b.{0,8}\\b(leaked|exposed"
                        + "|stolen|compromised|shared|seen|revealed|posted)\\b",
                "\\b(i|we)\\b.{0,20}\\b(approved|signed|authori[sz]ed|connected my wallet to)\\b.{0,30}"
                        + "\\b(malicious|scam|phishing|fake|suspicious|unknown|drainer)\\b",
                "\\b(i|we)\\b.{0,20}\\b(clicked|fell for|opened)\\b.{0,30}\\b(phishing|scam|fake|malicious|suspicious)\\b"),
                List.of(
                SECRET_ZH + ".{0,12}(泄露|泄漏|外泄|被(别)?人?看到|发给|截图|输入|填写|上传)",
                "(把|将)" + SECRET_ZH + ".{0,10}(发|给|输入|填|告诉|截图|拍|上传|粘贴|导入|贴)",
                "钓鱼", "假的?(网站|app|钱包|链接|插件|空投)", "山寨(app|钱包|网站)", "恶意(授权|合约|链接|网站|签名)",
                "授权了.{0,10}(陌生|不明|可疑|恶意|未知)",
                "\\bphishing\\b", "\\bfake (site|website|app|wallet|link|airdrop|extension|dapp|token)s?\\b",
                "\\bmalicious (approval|contract|link|site|website|dapp|signature)s?\\b",
                "\\bscam (site|website|link|app|token|airdrop)s?\\b", "\\bdrainer\\b"));
    }

    static RiskTable impersonation() {
        return RiskTable.of(RiskKind.IMPERSONATION, List.of(
                "(自称|冒充|假冒|假装|伪装成?|冒名|装成).{0,6}" + STAFF_ZH,
                "客服.{0,8}(加了我|私信了我|私聊了我|联系了我|找了我|加我了|拉我进).{0,12}" + CHAT_APP,
                "客服.{0,8}(让我|要我|叫我|问我要|向我要|索要).{0,12}(助记词|私钥|密码|验证码|转账|转币)",
                "\\b(pretend(ing|ed|s)?|claim(ing|ed|s)?|pos(ing|ed|es)) (to be|as)\\b.{0,25}" + STAFF_EN,
                "\\bfake (support|admin|agent|staff|customer service|moderator|team)\\b",
                "\\bimpersonat(or|ors|ing|ed|es|ion)\\b",
                "\\b(support|admin|agent|staff|moderator)s?\\b.{0,25}\\b(dm['’]?d|dmed|messaged|contacted|added|called"
                        + "|texted|reached out to) me\\b",
                "\\b(support|admin|agent|staff)\\b.{0,20}\\basked (me )?(for|to)\\b.{0,20}(" + SECRET_EN
                        + "|password|2fa|code|send|transfer)"),
                List.of(
                "假的?客服|冒牌客服|假官方",
                "客服.{0,8}(加我|私信|私聊|联系|找)我?.{0,10}" + CHAT_APP,
                "客服.{0,8}(让我|要我|叫我|问我要|向我要|索要).{0,12}(助记词|私钥|验证码)",
                "\\bscammers?\\b.{0,20}\\b(support|admin|staff|agent)\\b"));
    }
}
