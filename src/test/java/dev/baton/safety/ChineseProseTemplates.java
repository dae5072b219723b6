package dev.baton.safety;

import java.util.List;
import java.util.Map;

/**
 * The Chinese templates and slots of {@link AdversarialProse}: Simplified and Traditional help-desk messages
 * that are almost all listed characters, and Chinese with English words in it, as many users write.
 */
final class ChineseProseTemplates {

    static final List<String> SIMPLIFIED = List.of(
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
    static final Map<String, List<String>> SIMPLIFIED_SLOTS = Map.ofEntries(
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

    static final List<String> TRADITIONAL = List.of(
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
    static final Map<String, List<String>> TRADITIONAL_SLOTS = Map.ofEntries(
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

    static final List<String> MIXED = List.of(
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
    static final Map<String, List<String>> MIXED_SLOTS = Map.ofEntries(
            Map.entry("exchange", List.of("Binance", "OKX", "Bybit", "Coinbase", "Kraken", "Bitget", "HTX")),
            Map.entry("net", List.of("TRC20", "ERC20", "BEP20", "Arbitrum", "Polygon", "Solana")),
            Map.entry("coin", List.of("USDT", "ETH", "BTC", "TRX", "SOL", "USDC")),
            Map.entry("coin2", List.of("USDT", "ETH", "USDC", "BNB")),
            Map.entry("phone", List.of("iPhone 15", "Pixel 8", "Galaxy S24", "小米 14", "华为 Mate 60")));

    private ChineseProseTemplates() {}
}
