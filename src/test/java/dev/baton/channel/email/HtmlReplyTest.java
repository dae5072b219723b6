package dev.baton.channel.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** HTML-only replies as clients send them: read as text, then their quoted history cut. */
class HtmlReplyTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void theNewPartOfAnHtmlReplyIsKept(String client, String html, String expected) {
        IncomingMail mail = Mails.read("From: a@b.example\nContent-Type: text/html; charset=utf-8\n\n" + html);

        assertThat(mail.text()).isEqualTo(expected);
    }

    static Stream<Arguments> samples() {
        return Stream.of(
                Arguments.of(
                        "Outlook on the web", """
                        <html><head><style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head>
                        <body dir="ltr"><div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt;">
                        The transfer went to 0x52908400098527886E0F7030069857D2E4169EE7.</div>
                        <div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">
                        <div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">
                        <b>From:</b> Wallet Support &lt;support@wallet.example&gt;<br><b>Sent:</b> Tuesday, December 1, 2026 10:00 AM<br>
                        <b>To:</b> Anna Becker &lt;anna.becker@corp.example&gt;<br><b>Subject:</b> Your support request [#T-3FA9C01B]</font>
                        <div>&nbsp;</div></div><div>Which address did you send it to?</div></body></html>
                        """, "The transfer went to 0x52908400098527886E0F7030069857D2E4169EE7."),
                Arguments.of("QQ Mail", """
                        <div>好的，我明天再试一次。</div><div><br></div><div><br></div>
                        <div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">------------------&nbsp;原始邮件&nbsp;------------------</div>
                        <div style="font-size: 12px;background:#efefef;padding:8px;"><div><b>发件人:</b>&nbsp;"钱包客服"&lt;support@wallet.example&gt;;</div>
                        <div><b>发送时间:</b>&nbsp;2026年12月1日(星期二) 上午10:00</div><div><b>收件人:</b>&nbsp;"张三"&lt;zhangsan@qq.example&gt;;</div></div>
                        <div>请稍后再试。</div>
                        """, "好的，我明天再试一次。"),
                Arguments.of("Apple Mail", """
                        <html><body dir="auto">Did that, same error.<br><br><div dir="ltr">发自我的iPhone</div>
                        <div dir="ltr"><br><blockquote type="cite">2026年12月1日 10:00，钱包客服 &lt;support@wallet.example&gt; 写道：<br><br></blockquote></div>
                        <blockquote type="cite"><div dir="ltr">请更新到最新版本。</div></blockquote></body></html>
                        """, "Did that, same error."),
                Arguments.of("Thunderbird", """
                        <html><body><p>Version 4.12.0.</p><div class="moz-cite-prefix">On 01/12/2026 10:00, Wallet Support wrote:<br></div>
                        <blockquote type="cite" cite="mid:baton.c_1.5.x@wallet.example"><p>Which version?</p></blockquote></body></html>
                        """, "Version 4.12.0."),
                Arguments.of("NetEase 163", """
                        <div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial"><div>已经收到退款，谢谢</div>
                        <br><br><div style="position:relative;zoom:1">--<br><div>李四</div></div><br>
                        <div class="J-reply" style="background-color:#f2f2f2;color:black;padding-top:6px;padding-bottom:6px;border-radius:3px;">
                        在 2026-12-01 10:00:00，"钱包客服" &lt;support@wallet.example&gt; 写道：</div>
                        <blockquote id="isReplyContent" style="PADDING-LEFT: 1ex; MARGIN: 0px 0px 0px 0.8ex; BORDER-LEFT: #ccc 1px solid">
                        退款已发起。</blockquote></div>
                        """, "已经收到退款，谢谢"));
    }
}
