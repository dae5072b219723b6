package dev.baton.channel.email;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void blocksBreakLinesAndParagraphsLeaveAnEmptyOne() {
        assertThat(HtmlText.of("<div>one</div><div>two<br>three</div><p>four</p>five", 1000)
                        .text())
                .isEqualTo("one\ntwo\nthree\n\nfour\n\nfive");
    }

    @Test
    void blockquotesBecomeQuotedLines() {
        String html = "<div>Yes</div><div>On Tue, X wrote:</div><blockquote><div>Question?</div>"
                + "<blockquote>Older</blockquote></blockquote>";

        assertThat(HtmlText.of(html, 1000).text()).isEqualTo("Yes\nOn Tue, X wrote:\n\n> Question?\n>\n> > Older");
    }

    @Test
    void preformattedTextKeepsItsSpacesAndListsTheirItems() {
        assertThat(HtmlText.of("<pre>a   b\n  c</pre><ul><li>x</li><li>y</li></ul>", 1000)
                        .text())
                .isEqualTo("a   b\n  c\n\n- x\n- y");
    }

    @Test
    void entitiesAreDecodedAndHiddenPartsLeftOut() {
        String html = "<head><title>t</title><style>.a{}</style></head><body>&lt;b&gt; &amp; &#x4F60;&#22909;&nbsp;!"
                + "<script>var a=1;</script><!-- comment --></body>";

        assertThat(HtmlText.of(html, 1000).text()).isEqualTo("<b> & 你好 !");
    }

    @Test
    void tablesReadRowByRow() {
        assertThat(HtmlText.of(
                                "<table><tr><td>Amount</td><td>0.5 ETH</td></tr><tr><td>Fee</td><td>0.01</td></tr>"
                                        + "</table>",
                                1000)
                        .text())
                .isEqualTo("Amount 0.5 ETH\nFee 0.01");
    }

    @Test
    void textPastTheLimitIsCut() {
        HtmlText.Text text = HtmlText.of("<p>" + "a".repeat(500) + "</p>", 100);

        assertThat(text.text()).hasSize(100);
        assertThat(text.truncated()).isTrue();
    }
}
