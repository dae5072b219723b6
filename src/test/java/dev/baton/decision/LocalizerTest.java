package dev.baton.decision;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.config.SupportConfig;
import dev.baton.faq.FaqCorpusLoader;
import dev.baton.faq.Localized;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Replies in the user's language with the support team's contact details put in. */
class LocalizerTest {

    private static final Localized CONTACT = new Localized(
            "你现在就在和我们对话。\n客服邮箱：{support.email}\n官网：{support.website}\nApp 里的入口：{support.app_path}\n"
                    + "官方社区：{support.community}\n请只相信这里公布的联系方式。",
            "You are talking to us now.\nEmail: {support.email}\nWebsite: {support.website}\n"
                    + "In the app: {support.app_path}\nCommunity: {support.community}\nOnly trust the details given here.");

    private static final SupportConfig SUPPORT = new SupportConfig(
            "help@wallet.example",
            "+86 400 800 8888",
            URI.create("https://wallet.example/帮助中心"),
            "我的 > 帮助与反馈",
            "Me > Help & Feedback",
            List.of(
                    new SupportConfig.Community("官方电报群", URI.create("https://t.me/wallet_cn")),
                    new SupportConfig.Community("X", URI.create("https://x.com/wallet"))));

    private final Localizer localizer = new Localizer(SUPPORT);

    @Test
    void englishRepliesNameEveryDetailInEnglish() {
        assertThat(localizer.text(CONTACT, ReplyLanguage.ENGLISH))
                .isEqualTo("You are talking to us now.\nEmail: help@wallet.example\n"
                        + "Website: https://wallet.example/帮助中心\nIn the app: Me > Help & Feedback\n"
                        + "Community: 官方电报群: https://t.me/wallet_cn; X: https://x.com/wallet\n"
                        + "Only trust the details given here.");
    }

    @Test
    void simplifiedRepliesNameEveryDetailInChinese() {
        assertThat(localizer.text(CONTACT, ReplyLanguage.SIMPLIFIED))
                .isEqualTo("你现在就在和我们对话。\n客服邮箱：help@wallet.example\n官网：https://wallet.example/帮助中心\n"
                        + "App 里的入口：我的 > 帮助与反馈\n官方社区：官方电报群：https://t.me/wallet_cn；X：https://x.com/wallet\n"
                        + "请只相信这里公布的联系方式。");
    }

    @Test
    void traditionalRepliesConvertTheWordsButNeverAnAddress() {
        String text = localizer.text(CONTACT, ReplyLanguage.TRADITIONAL);

        assertThat(text)
                .contains("客服郵箱：help@wallet.example")
                .contains("https://wallet.example/帮助中心")
                .contains("我的 > 幫助與反饋")
                .contains("官方電報群：https://t.me/wallet_cn")
                .doesNotContain("{", "邮箱", "帮助与反馈", "电报");
        assertThat(text.lines()).hasSize(6);
    }

    @Test
    void withNoDetailsSetTheirLinesAreLeftOutInEveryLanguage() {
        Localizer none = new Localizer();

        assertThat(none.text(CONTACT, ReplyLanguage.ENGLISH))
                .isEqualTo("You are talking to us now.\nOnly trust the details given here.");
        assertThat(none.text(CONTACT, ReplyLanguage.SIMPLIFIED)).isEqualTo("你现在就在和我们对话。\n请只相信这里公布的联系方式。");
        assertThat(none.text(CONTACT, ReplyLanguage.TRADITIONAL)).isEqualTo("你現在就在和我們對話。\n請只相信這裡公佈的聯繫方式。");
    }

    @Test
    void aTraditionalTextTheTeamWroteIsFilledAsItIs() {
        Localized written =
                new Localized("邮箱：{support.email}\n谢谢", "Email: {support.email}\nThanks", "電郵：{support.email}\n多謝");

        assertThat(localizer.text(written, ReplyLanguage.TRADITIONAL)).isEqualTo("電郵：help@wallet.example\n多謝");
        assertThat(new Localizer().text(written, ReplyLanguage.TRADITIONAL)).isEqualTo("多謝");
    }

    @Test
    void theShippedAnswerToHowToContactSupportNamesEveryDetailInEveryLanguage() {
        Localized answer = new FaqCorpusLoader()
                .load(Path.of("faq-corpus"))
                .entry("contact-channels")
                .orElseThrow()
                .answer();

        for (ReplyLanguage language : ReplyLanguage.values()) {
            assertThat(localizer.text(answer, language))
                    .as(language.name())
                    .contains("help@wallet.example", "+86 400 800 8888", "https://wallet.example/帮助中心")
                    .contains("https://t.me/wallet_cn", "https://x.com/wallet")
                    .doesNotContain("{");
        }
        assertThat(new Localizer().text(answer, ReplyLanguage.ENGLISH))
                .contains("email or call us")
                .doesNotContain("{", "Email:", "Phone:", "Website:");
    }

    @Test
    void anAppPathSetInOneLanguageOnlyIsLeftOutOfTheOther() {
        Localizer chineseOnly = new Localizer(new SupportConfig(null, null, null, "我的 > 客服", null, List.of()));

        assertThat(chineseOnly.text(CONTACT, ReplyLanguage.SIMPLIFIED)).contains("App 里的入口：我的 > 客服");
        assertThat(chineseOnly.text(CONTACT, ReplyLanguage.ENGLISH)).doesNotContain("In the app");
    }
}
