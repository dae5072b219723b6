package dev.baton.safety;

import static dev.baton.safety.RiskKind.ACCOUNT_LOCKED;
import static dev.baton.safety.RiskKind.IMPERSONATION;
import static dev.baton.safety.RiskKind.SECRET_LEAKED;
import static dev.baton.safety.RiskKind.UNAUTHORIZED_TRANSFER;
import static dev.baton.safety.RiskKind.WRONG_ADDRESS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Inputs are written as the normaliser hands them over: lowercased, NFKC, Simplified Chinese. */
class FundsAtRiskRulesTest {
    private static final FundsAtRiskRules RULES = FundsAtRiskRules.standard();

    static Stream<Arguments> reports() {
        return Stream.of(
                Arguments.of("我的助记词泄露了怎么办", SECRET_LEAKED),
                Arguments.of("刚才不小心把私钥发给了一个陌生人", SECRET_LEAKED),
                Arguments.of("我在一个网站上输入了助记词,现在很担心", SECRET_LEAKED),
                Arguments.of("助记词被别人看到了", SECRET_LEAKED),
                Arguments.of("我把助记词截图发到群里了", SECRET_LEAKED),
                Arguments.of("我点了一个钓鱼链接", SECRET_LEAKED),
                Arguments.of("下载了一个假app,里面的币还在吗", SECRET_LEAKED),
                Arguments.of("我授权了一个不明合约", SECRET_LEAKED),
                Arguments.of("钱包显示有恶意授权怎么处理", SECRET_LEAKED),
                Arguments.of(
                        "i accidentally entered my seed phrase on a website that looked like yours", SECRET_LEAKED),
                Arguments.of("i leaked my private key on github", SECRET_LEAKED),
                Arguments.of("my recovery phrase was exposed in a screenshot", SECRET_LEAKED),
                Arguments.of("i think i signed a malicious approval yesterday", SECRET_LEAKED),
                Arguments.of("got a phishing email and clicked the link", SECRET_LEAKED),
                Arguments.of("i typed my 12 words into a fake site", SECRET_LEAKED),
                Arguments.of("有人冒充客服加我微信让我转账", IMPERSONATION),
                Arguments.of("一个自称官方客服的人私聊我", IMPERSONATION),
                Arguments.of("客服加了我的telegram说要帮我升级钱包", IMPERSONATION),
                Arguments.of("假客服骗走了我的usdt", IMPERSONATION),
                Arguments.of("someone pretending to be support dm'd me on telegram", IMPERSONATION),
                Arguments.of("a guy claiming to be your admin asked for my seed phrase", IMPERSONATION),
                Arguments.of("fake support on discord wants me to verify my wallet", IMPERSONATION),
                Arguments.of("support contacted me on whatsapp, is this you?", IMPERSONATION),
                Arguments.of("there is a scammer posing as your customer service", IMPERSONATION),
                Arguments.of("我的钱包被盗了", UNAUTHORIZED_TRANSFER),
                Arguments.of("币被转走了,不是我操作的", UNAUTHORIZED_TRANSFER),
                Arguments.of("我的usdt莫名其妙少了一半", UNAUTHORIZED_TRANSFER),
                Arguments.of("账户里的资产不见了", UNAUTHORIZED_TRANSFER),
                Arguments.of("钱包里的币没了", UNAUTHORIZED_TRANSFER),
                Arguments.of("有一笔不是我转的交易", UNAUTHORIZED_TRANSFER),
                Arguments.of("我的钱包被黑了", UNAUTHORIZED_TRANSFER),
                Arguments.of("钱包被盗怎么办", UNAUTHORIZED_TRANSFER),
                Arguments.of("my wallet was drained last night", UNAUTHORIZED_TRANSFER),
                Arguments.of("i got hacked and all my eth is gone", UNAUTHORIZED_TRANSFER),
                Arguments.of("someone stole my nft", UNAUTHORIZED_TRANSFER),
                Arguments.of("i didn't make this transfer, please help", UNAUTHORIZED_TRANSFER),
                Arguments.of("there is an unauthorized withdrawal from my account", UNAUTHORIZED_TRANSFER),
                Arguments.of("my funds are missing from the wallet", UNAUTHORIZED_TRANSFER),
                Arguments.of("我转错地址了", WRONG_ADDRESS),
                Arguments.of("充错链了怎么办", WRONG_ADDRESS),
                Arguments.of("usdt转到了错误的地址", WRONG_ADDRESS),
                Arguments.of("提币的时候选错网络了", WRONG_ADDRESS),
                Arguments.of("打错地址了,币还能找回吗", WRONG_ADDRESS),
                Arguments.of("i sent usdt via trc20 to an erc20 address", WRONG_ADDRESS),
                Arguments.of("i sent eth to the wrong address", WRONG_ADDRESS),
                Arguments.of("deposited btc on the wrong network", WRONG_ADDRESS),
                Arguments.of("我的账户被冻结了,里面还有很多币", ACCOUNT_LOCKED),
                Arguments.of("无法提币,一直显示风控", ACCOUNT_LOCKED),
                Arguments.of("钱包被锁定了怎么办", ACCOUNT_LOCKED),
                Arguments.of("号被封了,钱取不出来", ACCOUNT_LOCKED),
                Arguments.of("my account is frozen and i need my funds", ACCOUNT_LOCKED),
                Arguments.of("i'm locked out of my wallet", ACCOUNT_LOCKED),
                Arguments.of("can't withdraw anything since yesterday", ACCOUNT_LOCKED),
                Arguments.of("help!! 钱包被盗了", UNAUTHORIZED_TRANSFER),
                Arguments.of("i think 我转错链了", WRONG_ADDRESS),
                Arguments.of("假客服 asked me for my seed phrase", IMPERSONATION),
                Arguments.of("我的usdt被盗了 please help", UNAUTHORIZED_TRANSFER),
                Arguments.of("my wallet got drained, how do i protect the rest?", UNAUTHORIZED_TRANSFER),
                Arguments.of("私钥泄露了,怎么防止剩下的币被转走", SECRET_LEAKED),
                Arguments.of("有个客服说帮我解冻账户 要先转一笔钱", IMPERSONATION),
                Arguments.of("a telegram admin asked for my seed", IMPERSONATION),
                Arguments.of("someone in the group chat wants my private key", IMPERSONATION),
                Arguments.of("有人说是官方客服 让我验证钱包", IMPERSONATION),
                Arguments.of("客服让我把币转到他给的地址", IMPERSONATION),
                Arguments.of("i gave my seed phrase to someone who said he was support", IMPERSONATION),
                Arguments.of("my friend 看到了我的助记词", SECRET_LEAKED),
                Arguments.of("here's my recovery phrase", SECRET_LEAKED),
                Arguments.of("i typed my 12 words into a pop up", SECRET_LEAKED),
                Arguments.of("钱包被 drain 了", UNAUTHORIZED_TRANSFER),
                Arguments.of("balance dropped to 0 and i didn't send anything", UNAUTHORIZED_TRANSFER),
                Arguments.of("theres an outgoing tx i didnt make", UNAUTHORIZED_TRANSFER),
                Arguments.of("someone is draining my wallet right now", UNAUTHORIZED_TRANSFER),
                Arguments.of("i sent my tokens on bsc instead of eth", WRONG_ADDRESS),
                Arguments.of("不小心 send 到错误 address 了", WRONG_ADDRESS),
                Arguments.of("forgot the memo when depositing xrp", WRONG_ADDRESS),
                Arguments.of("忘记填memo了", WRONG_ADDRESS),
                Arguments.of("account 被 freeze 了 急用钱", ACCOUNT_LOCKED),
                Arguments.of("funds frozen help", ACCOUNT_LOCKED),
                Arguments.of("密码输错太多次被锁了", ACCOUNT_LOCKED),
                Arguments.of("登录不了 钱急用", ACCOUNT_LOCKED));
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource("reports")
    void firstPersonReportMatchesItsKind(String normalized, RiskKind kind) {
        assertThat(RULES.match(normalized)).contains(kind);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "客服会找我要助记词吗",
                "will support ask for my seed phrase",
                "how do i avoid sending to a wrong address",
                "怎么防止被盗",
                "what is phishing",
                "怎样保护私钥",
                "what info should i give support",
                "如何避免转错地址",
                "how to avoid getting hacked",
                "助记词可以截图保存吗",
                "官方会主动私信我吗",
                "客服会加我微信吗",
                "what's the best way to keep my private key safe",
                "should i give my recovery phrase to support?",
                "how can i tell if a website is fake",
                "什么是钓鱼网站",
                "我想了解一下如何识别假客服",
                "防止私钥泄露的方法有哪些",
                "助记词会不会被别人看到",
                "冻结期是多久",
                "质押锁定期是多久",
                "how long does a withdrawal take",
                "转账要多久到账",
                "what networks do you support for usdt",
                "怎么把币从交易所转到钱包",
                "can i cancel a pending transaction?",
                "is my wallet address the same on every chain?",
                "手续费怎么这么高",
                "i want to change my password",
                "how do i protect my wallet from hackers",
                "will my account be frozen if i use a vpn",
                "how to recover a wallet with the seed phrase",
                "the app is locked behind face id, how do i turn that off",
                "客服要密码正常吗",
                "能把助记词发给客服吗",
                "要不要把私钥给你们核实一下",
                "如果助记词泄露了怎么办",
                "what if my wallet gets drained",
                "how do i move my coins to a new wallet",
                "提币要交手续费吗",
                "怎么把币转到新钱包",
                "the app says contact support",
                "support said they would reply within 24 hours",
                "how long are funds locked in staking",
                "把币发到别的地址叫什么",
                "are there any cases where support needs my seed",
                "my friend told me to send him usdt",
                "the app gave me 12 words, where do i write them",
                "买币要交税吗",
                "客服说是网络问题",
                "i never received the withdrawal",
            })
    void questionOrOrdinaryRequestDoesNotMatch(String normalized) {
        assertThat(RULES.match(normalized)).isEmpty();
    }

    @Test
    void higherPriorityKindWinsWhenSeveralMatch() {
        assertThat(RULES.match("假客服让我输入了助记词,然后币被盗了")).contains(IMPERSONATION);
        assertThat(RULES.match("我的助记词泄露了,然后币被盗了")).contains(SECRET_LEAKED);
        assertThat(RULES.match("有人冒充客服,我的钱包被盗了")).contains(IMPERSONATION);
        assertThat(RULES.match("转错地址了,而且账户也被冻结了")).contains(WRONG_ADDRESS);
    }

    @Test
    void reasonsAreStableCodes() {
        assertThat(Stream.of(RiskKind.values()).map(RiskKind::reason))
                .containsExactly(
                        "funds_at_risk.unauthorized_transfer",
                        "funds_at_risk.wrong_address",
                        "funds_at_risk.secret_leaked",
                        "funds_at_risk.impersonation",
                        "funds_at_risk.account_locked");
    }

    @Test
    void aRiskAtTheEndOfALongTextIsFound() {
        assertThat(RULES.match("我的钱包".repeat(1_000) + "被盗了")).contains(UNAUTHORIZED_TRANSFER);
    }

    @Test
    @Tag("timing")
    void longTextIsMatchedQuickly() {
        String text = "我的钱包".repeat(1_000) + "被盗了";
        long start = System.nanoTime();
        for (int i = 0; i < 100; i++) {
            assertThat(RULES.match(text)).contains(UNAUTHORIZED_TRANSFER);
        }
        assertThat((System.nanoTime() - start) / 100 / 1_000_000).isLessThan(50);
    }
}
