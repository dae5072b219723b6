package dev.baton.channel.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Replies as Chinese clients quote, Simplified and Traditional: only what the user wrote this time is left. */
class ReplyTextChineseTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void theNewPartIsKept(String client, String body, String expected) {
        assertThat(ReplyText.of(body)).isEqualTo(expected);
    }

    static Stream<Arguments> samples() {
        return Stream.of(
                Arguments.of("Gmail 中文", """
                        好的，已经收到了，谢谢！

                        在 2026年12月1日周二 10:00，钱包客服 <support@wallet.example> 写道：

                        > 你的提现已经处理完成。
                        """, "好的，已经收到了，谢谢！"),
                Arguments.of("Gmail 中文, attribution wrapped", """
                        交易哈希是 0x7d2a...91bf

                        在 2026年12月1日周二 10:00，Example Wallet Holdings 钱包客服中心 <
                        support@wallet.example> 写道：
                        > 请提供交易哈希。
                        """, "交易哈希是 0x7d2a...91bf"),
                Arguments.of("Foxmail / QQ Mail", """
                        我用的是 iOS 版本 4.12.0

                        ------------------ 原始邮件 ------------------
                        发件人: "钱包客服"<support@wallet.example>;
                        发送时间: 2026年12月1日(星期二) 上午10:00
                        收件人: "张三"<zhangsan@qq.example>;
                        主题: 你的工单 [#T-3FA9C01B]

                        请问你使用的是哪个版本？
                        """, "我用的是 iOS 版本 4.12.0"),
                Arguments.of("QQ Mail with &nbsp; written out", """
                        已经解决了

                        ------------------&nbsp;Original&nbsp;------------------
                        From: &nbsp;"钱包客服"<support@wallet.example>;
                        Date: &nbsp;Tue, Dec 1, 2026 10:00 AM
                        To: &nbsp;"张三"<zhangsan@qq.example>;
                        Subject: &nbsp;你的工单 [#T-3FA9C01B]
                        """, "已经解决了"),
                Arguments.of(
                        "QQ Mail, non-breaking spaces as characters",
                        "收到\n\n------------------\u00a0原始邮件\u00a0------------------\n发件人: x\n",
                        "收到"),
                Arguments.of("NetEase 163", """
                        还是不行，截图在附件里。



                        在 2026-12-01 10:00:00，"钱包客服" <support@wallet.example> 写道：
                        >请重启应用后再试一次。
                        """, "还是不行，截图在附件里。"),
                Arguments.of("NetEase Mail Master sign-off", """
                        好的

                        发自网易邮箱大师
                        ---- 回复的原邮件 ----
                        | 发件人 | 钱包客服<support@wallet.example> |
                        """, "好的"),
                Arguments.of("Outlook 简体", """
                        地址是 TXk8...3pQ，网络是 TRC20。

                        发件人: 钱包客服 <support@wallet.example>
                        发送时间: 2026年12月1日 10:00
                        收件人: 李四 <lisi@corp.example>
                        主题: 回复: 你的工单 [#T-3FA9C01B]
                        """, "地址是 TXk8...3pQ，网络是 TRC20。"),
                Arguments.of(
                        "Outlook 简体, old separator", "谢谢\n\n-----邮件原件-----\n发件人: 钱包客服\n发送时间: 2026年12月1日 10:00\n", "谢谢"),
                Arguments.of(
                        "Outlook, -----原始邮件-----",
                        "明白了\n-----原始邮件-----\n发件人: 钱包客服 [mailto:support@wallet.example]\n",
                        "明白了"),
                Arguments.of("Outlook 繁體", """
                        我的錢包地址沒有問題。

                        寄件者: 錢包客服 <support@wallet.example>
                        寄件日期: 2026年12月1日 上午 10:00
                        收件者: 陳小明 <chen@corp.example>
                        主旨: 你的工單 [#T-3FA9C01B]
                        """, "我的錢包地址沒有問題。"),
                Arguments.of("Gmail 繁體", """
                        好的，謝謝你們。

                        錢包客服 <support@wallet.example> 於 2026年12月1日 週二 上午10:00寫道：

                        > 你的提款已處理完成。
                        """, "好的，謝謝你們。"),
                Arguments.of("於 ... 寫道", "收到了\n\n於 2026/12/1 上午10:00, 錢包客服 寫道:\n> 請確認\n", "收到了"),
                Arguments.of("Apple Mail 中文", """
                        已经按你说的做了

                        发自我的iPhone

                        > 2026年12月1日 10:00，钱包客服 <support@wallet.example> 写道：
                        >
                        > 请更新到最新版本。
                        """, "已经按你说的做了"),
                Arguments.of(
                        "iPhone 繁體 sign-off",
                        "可以了\n\n從我的 iPhone 傳送\n\n> 於 2026年12月1日 上午10:00，錢包客服 寫道：\n> 請再試一次\n",
                        "可以了"),
                Arguments.of("发自我的 iPad", "明天再试\n\n发自我的 iPad\n", "明天再试"),
                Arguments.of("发自我的华为手机", "谢谢\n\n——发自我的华为手机\n", "谢谢"),
                Arguments.of(
                        "signature after dash dash space",
                        "我的账号是 zhang***@qq.com\n\n-- \n张三\n深圳某某科技有限公司\n电话 138-0000-0000\n",
                        "我的账号是 zhang***@qq.com"),
                Arguments.of(
                        "answered inline: kept whole",
                        "在 2026年12月1日 10:00，钱包客服 <support@wallet.example> 写道：\n> 哪个网络？\nTRC20\n",
                        "在 2026年12月1日 10:00，钱包客服 <support@wallet.example> 写道：\n> 哪个网络？\nTRC20"),
                Arguments.of(
                        "a sentence ending in 写道 without a date is kept",
                        "客服在上一封邮件里写道：\n需要等待 24 小时。我已经等了三天。\n",
                        "客服在上一封邮件里写道：\n需要等待 24 小时。我已经等了三天。"),
                Arguments.of("来自 in a sentence is kept", "你好\n来自上海的用户\n", "你好\n来自上海的用户"),
                Arguments.of(
                        "Gmail 中文 forward",
                        "这封邮件是你们发的吗？\n\n---------- 转发的邮件 ---------\n发件人：钱包安全中心 <security@wal1et.example>\n"
                                + "Date: 2026年11月30日周一 21:12\nSubject: 验证你的钱包\nTo: <zhangsan@qq.example>\n\n"
                                + "请在这里输入助记词\n",
                        "这封邮件是你们发的吗？\n\n---------- 转发的邮件 ---------\n发件人：钱包安全中心 <security@wal1et.example>\n"
                                + "Date: 2026年11月30日周一 21:12\nSubject: 验证你的钱包\nTo: <zhangsan@qq.example>\n\n"
                                + "请在这里输入助记词"),
                Arguments.of(
                        "a signature above a forward: the signature goes, the forward stays",
                        "Is this you?\n\n-- \nTom\n\nBegin forwarded message:\n\nFrom: x@wal1et.example\nSubject: Verify\n"
                                + "Date: today\n\nSend your seed\n",
                        "Is this you?\n\nBegin forwarded message:\n\nFrom: x@wal1et.example\nSubject: Verify\nDate: "
                                + "today\n\nSend your seed"));
    }
}
