package dev.baton.safety;

import static dev.baton.safety.RiskVocabulary.SECRET_EN;
import static dev.baton.safety.RiskVocabulary.SECRET_ZH;
import static dev.baton.safety.RiskVocabulary.SOMEONE_EN;
import static dev.baton.safety.RiskVocabulary.SOMEONE_ZH;

import java.util.List;

/** Funds at risk because a recovery phrase or key was exposed, or the user fell for phishing or signed a trap. */
final class SecretLeakedTable {
    private static final String SEEN = "(看到|看见|知道|拿到|偷看|拍到?|偷走?|截图|截屏)";

    private SecretLeakedTable() {}

    static RiskTable create() {
        return RiskTable.of(
                RiskKind.SECRET_LEAKED,
                // reports
                List.of(
                        SECRET_ZH + ".{0,12}(泄露了|泄漏了|外泄了|暴露了|发给了|给了|告诉了|截图了|拍照了|输入了|填了|填写了|上传了"
                                + "|粘贴到|导入了|被盗了|被偷了|输到了|填到了|不安全了)",
                        SECRET_ZH + ".{0,6}(被|让).{0,4}" + SEEN + "了",
                        "(输入了|输了|填了|填写了|导入了|发给了|泄露了|粘贴了).{0,10}" + SECRET_ZH,
                        SOMEONE_ZH + ".{0,6}" + SEEN + "了.{0,8}" + SECRET_ZH,
                        SOMEONE_ZH + ".{0,6}" + SEEN + ".{0,8}" + SECRET_ZH + "了",
                        SECRET_ZH + ".{0,20}(手机|电脑).{0,6}(丢了|被偷|被人?拿走|中毒|被黑)",
                        "(手机|电脑).{0,6}(丢了|被偷|被人?拿走|中毒了|被黑).{0,20}" + SECRET_ZH,
                        "(签了|签名了|授权了|授权给了).{0,10}(奇怪|陌生|不明|可疑|恶意|假)",
                        "(链接|二维码|网站|空投).{0,12}(签名了|授权了|签了)",
                        "\\b(entered|typed|pasted|submitted|gave|shared|imported|input|inputted|leaked|posted|revealed|exposed"
                                + "|sent|uploaded)\\b (in |out )?(my|the|our)( whole| entire| full)? " + SECRET_EN,
                        SECRET_EN
                                + ".{0,30}\\b(was|were|is|are|got|has been|have been|been)\\b.{0,10}\\b(leaked|exposed|stolen"
                                + "|compromised|shared|seen|revealed|posted|visible|shown|public|photographed|not secret)\\b",
                        SECRET_EN + ".{0,12}\\b(leaked|compromised|exposed)\\b",
                        "\\b(leaked|compromised|exposed)\\b.{0,6}" + SECRET_EN,
                        SOMEONE_EN
                                + ".{0,12}\\b(saw|has seen|seen|knows|has|got|took a (photo|picture) of|photographed|found)\\b"
                                + ".{0,6}\\bmy " + SECRET_EN,
                        "\\b(asked|asking) for my " + SECRET_EN + ".{0,20}\\b(entered|typed|gave|sent|did)\\b",
                        SECRET_EN
                                + ".{0,50}\\b(phone|laptop|computer|pc|cloud|icloud|drive|notes)\\b.{0,30}\\b(stolen|hacked"
                                + "|malware|virus|compromised|lost)\\b",
                        "\\b(malware|virus|hacked|stolen)\\b.{0,40}" + SECRET_EN,
                        "\\b(signed|approved|authori[sz]ed|connected my wallet to)\\b.{0,30}\\b(weird|strange|shady|malicious"
                                + "|scam|phishing|fake|suspicious|unknown|drainer)\\b",
                        "\\b(clicked|scanned|fell for|opened)\\b.{0,30}\\b(phishing|scam|fake|malicious|suspicious|approv\\w*"
                                + "|signed|connected)\\b",
                        "\\bphished\\b",
                        SECRET_EN
                                + ".{0,10}\\b(visible|showing|on screen)\\b|\\b(shared my screen|screen ?shar\\w*|live ?stream\\w*)"
                                + ".{0,30}" + SECRET_EN,
                        "\\bhere['’]?s my " + SECRET_EN + "|\\bhere (is|are) my " + SECRET_EN),
                // mentions
                List.of(
                        SECRET_ZH + ".{0,12}(泄露|泄漏|外泄|暴露|被(别)?人?看到|发给|截图|输入|填写|上传|不安全)",
                        "(把|将)" + SECRET_ZH + ".{0,10}(发|给|输入|填|告诉|截图|拍|上传|粘贴|导入|贴)",
                        "钓鱼",
                        "假(?![如设期日])的?.{0,4}(网站|app|钱包|链接|插件|空投)",
                        "(网站|链接|app|钱包|页面).{0,6}是假的",
                        "山寨(app|钱包|网站)",
                        "恶意(授权|合约|链接|网站|签名)",
                        "\\bphishing\\b",
                        "\\bfake (site|website|app|wallet|link|airdrop|extension|dapp|token|version|copy|clone)s?\\b",
                        "\\bmalicious (approval|contract|link|site|website|dapp|signature)s?\\b",
                        "\\bscam (site|website|link|app|token|airdrop)s?\\b",
                        "\\bdrainer\\b"));
    }
}
