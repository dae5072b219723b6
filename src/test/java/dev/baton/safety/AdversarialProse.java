package dev.baton.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Ordinary help-desk messages for {@link AdversarialLookAlikes}, composed from templates and slots. They are
 * written to be as close to a phrase as honest prose gets: English made mostly of BIP-39 words (which are
 * common words), lists of support topics with long runs of them, Chinese that is almost all listed
 * characters, and messages that talk about a recovery phrase or name one ("我的助记词是写在纸上的") without
 * containing it.
 */
final class AdversarialProse {

    private static final List<String> ENGLISH = List.of(
            "My {coin} balance has been wrong {time}. {ask}",
            "I sent {amount} {coin} to {place} {ago} and it has still not arrived. {ask}",
            "The network fee was very high when I tried to transfer {coin} on {net}, is that normal?",
            "After the last update {symptom} when I open the {feature} on {device}. {ask}",
            "I wrote my twelve words on paper and now the app says the phrase is invalid, what should I do?",
            "I wrote my {count} words on paper {when} and now the app says the phrase is invalid. {ask}",
            "Where do I find the recovery phrase in the settings? I want to make a second copy {where}.",
            "Is it safe to keep a photo of my seed phrase on {device}?",
            "Someone on {social} asked for my secret phrase to fix a problem with my account. Is that really your "
                    + "support team?",
            "Do you ever need my recovery phrase to unlock an account?",
            "Topics I need help with: {topics}.",
            "Quick list of my problems: {topics}.",
            "Please update the help pages about {topics}.",
            "I cannot access my account {time}, the app says the system is under maintenance. {ask}",
            "Can you explain what the network fee is for and why it changes every day?",
            "My swap from {coin} to {coin2} failed but the fee was taken anyway. {ask}",
            "I lost my phone. Can I still access my wallet on a new device with the words I wrote down?",
            "I never shared my phrase with anyone, but someone moved my {coin} to an unknown address {ago}.",
            "Please add a way to hide small balances, it would truly help a lot of people.",
            "During setup the app asked me to confirm word number {ordinal} of my phrase, but I only wrote down "
                    + "{fewer} words.",
            "Is there a problem with the {net} network today? My transfer is pending and the explorer shows nothing.",
            "How long does a bank transfer usually take to show up in my account balance?",
            "I want to stake my {coin} but the stake button is grey. Is there a minimum amount?",
            "Why do I see a different balance on {device} than on {device2}?",
            "Your app is great, but the latest update made the token list very slow to open.",
            "My recovery phrase is written on a card at home but I am abroad for a month. Can I still log in on "
                    + "{device}?",
            "I typed my seed phrase into a website that looked like yours. Is my wallet in danger, and what should "
                    + "I do first?",
            "Please tell me the steps to move my account to a new phone without losing any token.",
            "The address I copied from {place} has a different network label. Should I still send the {coin}?",
            "My seed phrase is not working when I import it on {device}, it says one word is wrong. {ask}",
            "I have a question about the {feature}: {symptom} every time, even after a restart.",
            "Can I cancel a pending transfer? I chose the wrong network and sent {amount} {coin} {ago}.",
            "The price alert for {coin} never fires, and the {feature} is also empty {time}.",
            "Thank you for the quick answer yesterday, the balance is correct again.",
            "Is it normal that a new wallet shows twelve words and the old one had twenty four?",
            "What happens to my tokens if your company closes? I want to be sure I can always recover my wallet.",
            "My mnemonic is safe in a drawer, I just want to know if I need it to update the app.",
            "Which network should I choose to receive {coin} from {place}, {net} or {net2}?",
            "{terse}, {terse}, {terse}, please help.",
            "Open issue list: {topics}.",
            "urgent: {terse} and {terse} since the update, {ask}",
            "Settings I still need to change: {topics}.");
    private static final Map<String, List<String>> ENGLISH_SLOTS = Map.ofEntries(
            Map.entry("coin", List.of("bitcoin", "ether", "USDT", "TRX", "SOL", "BNB", "USDC", "DOGE")),
            Map.entry("coin2", List.of("bitcoin", "ether", "USDT", "USDC", "SOL")),
            Map.entry("amount", List.of("20", "50", "120", "0.5", "1.2", "300", "2500", "0.03")),
            Map.entry("place", List.of("the exchange", "my Binance account", "my other wallet", "a friend",
                    "my OKX account", "my Coinbase account")),
            Map.entry("time", List.of("since yesterday", "since this morning", "for two hours", "since Monday",
                    "all week", "after the update", "since I moved to a new phone")),
            Map.entry("ago", List.of("yesterday", "this morning", "two hours ago", "on Monday", "last night",
                    "an hour ago")),
            Map.entry("net", List.of("TRC20", "ERC20", "BEP20", "Tron", "Solana", "Arbitrum", "Polygon")),
            Map.entry("net2", List.of("ERC20", "TRC20", "Base", "Optimism")),
            Map.entry("device", List.of("my phone", "my laptop", "my old phone", "the tablet", "the desktop app",
                    "the browser extension", "my Android phone", "my iPhone")),
            Map.entry("device2", List.of("the web version", "my laptop", "my tablet", "the explorer")),
            Map.entry("feature", List.of("swap page", "bridge", "stake page", "market page", "price chart",
                    "address book", "token list", "history tab")),
            Map.entry("symptom", List.of("the balance shows zero", "I get a network error", "nothing happens",
                    "the screen goes blank", "it keeps loading", "the app closes", "the button does not respond")),
            Map.entry("ask", List.of("Can you help?", "What should I do?", "Please check.", "Is this a known issue?",
                    "Any idea why?", "Please help.", "Thank you.")),
            Map.entry("count", List.of("twelve", "24", "twenty four", "12")),
            Map.entry("when", List.of("last year", "when I made the wallet", "a long time ago", "two years ago")),
            Map.entry("where", List.of("on paper", "for my family", "in a safe place", "on a steel card")),
            Map.entry("social", List.of("Telegram", "WhatsApp", "Discord", "Twitter", "Instagram")),
            Map.entry("ordinal", List.of("three", "seven", "nine", "eleven", "twelve")),
            Map.entry("fewer", List.of("eleven", "ten", "nine")));
    /**
     * Support topics, most of them made of listed words, so that a list of them is a long run of listed words;
     * "wallet", "login" and a few more are not listed and break a run, as they do in real lists.
     */
    private static final List<String> TOPICS = List.of(
            "account access", "balance", "network fee", "token swap", "bridge", "deposit", "transfer limit",
            "security", "phone number change", "gas fee", "address book", "hidden token", "update", "language",
            "market price", "exchange rate", "trade history", "reward", "price alert", "credit card", "visa card",
            "order", "ticket", "chat", "device", "screen lock", "code", "unlock", "search", "report", "message",
            "notice", "cash", "coin", "loan", "delay", "error", "question", "option", "online", "photo", "camera scan",
            "wallet access", "login", "email change", "pending transfer", "failed swap", "staking", "airdrop");
    /** Terse complaints made only of listed words, as people type them in a hurry. */
    private static final List<String> TERSE = List.of(
            "balance wrong", "transfer delay", "network error", "swap error", "account lock", "code wrong",
            "price wrong", "fee high", "deposit delay", "token error", "screen error", "bridge delay", "search error",
            "scan error", "order cancel", "receive error");

    private static final List<String> SIMPLIFIED = List.of(
            "我的钱包余额不对，{time}就这样了，{ask}",
            "转账已经过了{dur}还没到账，{ask}",
            "我转了{amount} {coin}到{place}，{dur}了还没到账",
            "手续费怎么这么高？上周转{coin}才几块钱",
            "更新以后{feature}打不开了，一直显示网络错误",
            "助记词要怎么备份？写在纸上安全吗",
            "我把助记词抄在纸上了，安全吗？",
            "助记词丢了还能找回钱包吗？{ask}",
            "有人在{social}里让我发助记词，说是你们的客服，是真的吗？",
            "我的助记词是写在纸上的，现在找不到了，钱会不会丢？",
            "换手机以后需要重新输入助记词吗？",
            "导入助记词的时候一直提示无效，是不是顺序错了？",
            "请问{feature}在哪里？更新以后找不到了",
            "我想把{coin}换成{coin2}，兑换一直失败，但是手续费已经扣了",
            "为什么同一个钱包在{device}和{device2}上显示的余额不一样？",
            "提现到银行卡要多久？已经等了{dur}",
            "账户被锁了，收不到验证码，{ask}",
            "你们的应用很好用，就是行情页面加载太慢了",
            "请问质押的收益什么时候发？这周还没有收到",
            "我不小心转错了网络，{coin}还能找回来吗？",
            "我的助记词是十二个词还是二十四个词？创建的时候没注意看",
            "客服你好，我的钱包{time}打不开，里面还有{amount} {coin}，{ask}",
            "助记词和私钥有什么区别？哪个更重要？",
            "为什么我的转账一直在等待确认，是不是网络太拥堵了？",
            "助记词：我没有抄下来，现在换了手机怎么办",
            "我朋友说把助记词存在相册里不安全，是真的吗？");
    private static final Map<String, List<String>> SIMPLIFIED_SLOTS = Map.ofEntries(
            Map.entry("time", List.of("从昨天开始", "今天早上", "更新以后", "换了手机以后", "这两天")),
            Map.entry("dur", List.of("两个小时", "半天", "三天", "一个晚上", "四十分钟", "一整天")),
            Map.entry("ask", List.of("客服能不能帮我看一下", "麻烦帮忙查一下", "请尽快处理", "怎么办", "谢谢")),
            Map.entry("place", List.of("交易所", "币安", "朋友的钱包", "另一个钱包", "欧易")),
            Map.entry("feature", List.of("兑换页面", "行情页面", "地址簿", "质押页面", "跨链桥", "设置页面")),
            Map.entry("social", List.of("微信群", "电报群", "QQ群")),
            Map.entry("device", List.of("手机", "电脑", "平板", "网页版")),
            Map.entry("device2", List.of("插件", "电脑", "旧手机")),
            Map.entry("coin", List.of("USDT", "比特币", "以太坊", "波场", "BNB", "SOL")),
            Map.entry("coin2", List.of("USDT", "比特币", "以太坊", "USDC")),
            Map.entry("amount", List.of("200", "0.5", "1000", "50", "3000")));

    private static final List<String> TRADITIONAL = List.of(
            "我的錢包餘額不對，{time}就這樣了，{ask}",
            "轉帳已經過了{dur}還沒到帳，{ask}",
            "我轉了{amount} {coin}到{place}，{dur}了還沒到帳",
            "手續費怎麼這麼高？上週轉{coin}才幾塊錢",
            "更新以後{feature}打不開了，一直顯示網路錯誤",
            "助記詞要怎麼備份？寫在紙上安全嗎",
            "我把助記詞抄在紙上了，安全嗎？",
            "助記詞丟了還能找回錢包嗎？{ask}",
            "有人在{social}裡讓我發助記詞，說是你們的客服，是真的嗎？",
            "我的助記詞是寫在紙上的，現在找不到了，錢會不會丟？",
            "換手機以後需要重新輸入助記詞嗎？",
            "匯入助記詞的時候一直提示無效，是不是順序錯了？",
            "請問{feature}在哪裡？更新以後找不到了",
            "我想把{coin}換成{coin2}，兌換一直失敗，但是手續費已經扣了",
            "為什麼同一個錢包在{device}和{device2}上顯示的餘額不一樣？",
            "提現到銀行卡要多久？已經等了{dur}",
            "帳戶被鎖了，收不到驗證碼，{ask}",
            "你們的應用很好用，就是行情頁面載入太慢了",
            "請問質押的收益什麼時候發？這週還沒有收到",
            "我不小心轉錯了網路，{coin}還能找回來嗎？",
            "我的助記詞是十二個詞還是二十四個詞？建立的時候沒注意看",
            "客服你好，我的錢包{time}打不開，裡面還有{amount} {coin}，{ask}",
            "助記詞和私鑰有什麼區別？哪個更重要？");
    private static final Map<String, List<String>> TRADITIONAL_SLOTS = Map.ofEntries(
            Map.entry("time", List.of("從昨天開始", "今天早上", "更新以後", "換了手機以後", "這兩天")),
            Map.entry("dur", List.of("兩個小時", "半天", "三天", "一個晚上", "四十分鐘", "一整天")),
            Map.entry("ask", List.of("客服能不能幫我看一下", "麻煩幫忙查一下", "請盡快處理", "怎麼辦", "謝謝")),
            Map.entry("place", List.of("交易所", "幣安", "朋友的錢包", "另一個錢包", "歐易")),
            Map.entry("feature", List.of("兌換頁面", "行情頁面", "地址簿", "質押頁面", "跨鏈橋", "設定頁面")),
            Map.entry("social", List.of("LINE群", "電報群", "微信群")),
            Map.entry("device", List.of("手機", "電腦", "平板", "網頁版")),
            Map.entry("device2", List.of("擴充功能", "電腦", "舊手機")),
            Map.entry("coin", List.of("USDT", "比特幣", "以太坊", "波場", "BNB", "SOL")),
            Map.entry("coin2", List.of("USDT", "比特幣", "以太坊", "USDC")),
            Map.entry("amount", List.of("200", "0.5", "1000", "50", "3000")));

    private static final List<String> MIXED = List.of(
            "我的 {coin} 转到 {exchange} 一直 pending，gas fee 也扣了",
            "App 更新以后 balance 显示 0，怎么回事？",
            "withdraw 到 {exchange} 的 {coin} 还没到，network 选的是 {net}",
            "我想 swap {coin} to {coin2}，但是一直 failed",
            "請問 staking reward 什麼時候發？",
            "钱包里的 NFT 不见了，是不是 bug？",
            "我的助记词 is on paper at home，现在人在国外怎么 login？",
            "seed phrase 要怎么 backup 比较安全？",
            "transfer 显示 success，但是 {exchange} 说没收到",
            "為什麼 network fee 這麼高？昨天才 1 USDT",
            "bridge 到 {net} 之後 token 不見了",
            "我用的是 {phone}，app 一打开就 crash",
            "KYC 审核要多久？已经 submit 三天了",
            "二次验证的 code 收不到，SMS 和 email 都没有",
            "please help，我的 account 被 lock 了",
            "approve 了一个 contract 之后 {coin} 少了，是不是被盗了？",
            "{exchange} 提币到这个 wallet 要选 {net} 还是 ERC20？",
            "deposit 的 {coin} 已经 confirmed 了，但是 balance 没有变",
            "助記詞 import 的時候一直 invalid，是不是 app 的 bug",
            "gas fee 不够，transfer 一直 failed，怎么加 gas？");
    private static final Map<String, List<String>> MIXED_SLOTS = Map.ofEntries(
            Map.entry("exchange", List.of("Binance", "OKX", "Bybit", "Coinbase", "Kraken", "Bitget", "HTX")),
            Map.entry("net", List.of("TRC20", "ERC20", "BEP20", "Arbitrum", "Polygon", "Solana")),
            Map.entry("coin", List.of("USDT", "ETH", "BTC", "TRX", "SOL", "USDC")),
            Map.entry("coin2", List.of("USDT", "ETH", "USDC", "BNB")),
            Map.entry("phone", List.of("iPhone 15", "Pixel 8", "Galaxy S24", "小米 14", "华为 Mate 60")));

    private AdversarialProse() {
    }

    /** One to three English sentences, 8 to 40 words in all. */
    static String english(SplittableRandom rng) {
        while (true) {
            int sentences = rng.nextInt(20) < 11 ? 1 : rng.nextInt(20) < 16 ? 2 : 3;
            String text = String.join(" ", compose(ENGLISH, ENGLISH_SLOTS, sentences, rng));
            int words = text.split(" ").length;
            if (words >= 8 && words <= 40) {
                return text;
            }
        }
    }

    /** One or two Chinese sentences, Simplified or Traditional. */
    static String chinese(SplittableRandom rng, boolean traditional) {
        List<String> sentences = traditional ? compose(TRADITIONAL, TRADITIONAL_SLOTS, 1 + rng.nextInt(2), rng)
                : compose(SIMPLIFIED, SIMPLIFIED_SLOTS, 1 + rng.nextInt(2), rng);
        return joinChinese(sentences);
    }

    /** Chinese with English words in it, as many users write. */
    static String mixed(SplittableRandom rng) {
        return joinChinese(compose(MIXED, MIXED_SLOTS, 1 + rng.nextInt(2), rng));
    }

    private static String joinChinese(List<String> sentences) {
        StringBuilder out = new StringBuilder(sentences.get(0));
        for (int i = 1; i < sentences.size(); i++) {
            char last = out.charAt(out.length() - 1);
            out.append(last == '？' || last == '。' || last == '！' ? "" : "。").append(sentences.get(i));
        }
        return out.toString();
    }

    private static List<String> compose(List<String> templates, Map<String, List<String>> slots, int sentences,
                                        SplittableRandom rng) {
        List<String> remaining = new ArrayList<>(templates);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < sentences; i++) {
            out.add(fill(remaining.remove(rng.nextInt(remaining.size())), slots, rng));
        }
        return out;
    }

    /**
     * The template with each "{slot}" replaced by one of its fillers; "{topics}" by a list of support topics
     * and "{terse}" by a terse complaint.
     */
    private static String fill(String template, Map<String, List<String>> slots, SplittableRandom rng) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                out.append(template, i, template.length());
                break;
            }
            int close = template.indexOf('}', open);
            out.append(template, i, open);
            String name = template.substring(open + 1, close);
            if (name.equals("topics")) {
                out.append(topics(rng));
            } else if (name.equals("terse")) {
                out.append(TERSE.get(rng.nextInt(TERSE.size())));
            } else {
                List<String> fillers = slots.get(name);
                out.append(fillers.get(rng.nextInt(fillers.size())));
            }
            i = close + 1;
        }
        return out.toString();
    }

    /** Four to nine distinct topics: "wallet access, balance, network fee and token swap". */
    private static String topics(SplittableRandom rng) {
        List<String> remaining = new ArrayList<>(TOPICS);
        int n = 4 + rng.nextInt(6);
        StringBuilder out = new StringBuilder();
        boolean and = rng.nextBoolean();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                out.append(and && i == n - 1 ? " and " : ", ");
            }
            out.append(remaining.remove(rng.nextInt(remaining.size())));
        }
        return out.toString();
    }
}
