package dev.baton.decision;

import java.util.List;

/**
 * Names of other companies whose support or products users ask Baton about: exchanges, other wallets,
 * decentralised exchanges and marketplaces, payment apps and banks. A
 * question about a support desk ("客服电话多少", "support email?") that names one of them is about that
 * company's desk, not this wallet's, and searches for such numbers are exactly what fake support preys on.
 * Matched on the normalised text (lowercase, Simplified).
 */
final class OtherCompanies {

    private static final List<String> NAMES = List.of(
            "binance",
            "币安",
            "okx",
            "okex",
            "欧易",
            "huobi",
            "htx",
            "火币",
            "bybit",
            "coinbase",
            "kraken",
            "kucoin",
            "库币",
            "gate.io",
            "芝麻开门",
            "bitget",
            "mexc",
            "抹茶",
            "upbit",
            "bitfinex",
            "bithumb",
            "crypto.com",
            "gemini",
            "bitstamp",
            "robinhood",
            "max交易所",
            "max 交易所",
            "bitopro",
            "币托",
            "metamask",
            "小狐狸",
            "trust wallet",
            "trustwallet",
            "imtoken",
            "tokenpocket",
            "tp钱包",
            "phantom",
            "ledger",
            "trezor",
            "exodus",
            "safepal",
            "coinbase wallet",
            "支付宝",
            "alipay",
            "微信支付",
            "wechat pay",
            "paypal",
            "revolut",
            "wise",
            "银行",
            "bank",
            "uniswap",
            "pancakeswap",
            "sushiswap",
            "opensea",
            "1inch",
            "magic eden",
            "raydium",
            "aave",
            "lido");

    private OtherCompanies() {}

    /** Whether a normalised message names another company. */
    static boolean named(String normalized) {
        for (String name : NAMES) {
            for (int at = normalized.indexOf(name); at >= 0; at = normalized.indexOf(name, at + 1)) {
                if (wordAt(normalized, at, name.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A Latin name must stand as a word among Latin letters ("wise" not in "otherwise", but "imtoken" in
     * "给个imtoken的"); Chinese names need no boundary.
     */
    private static boolean wordAt(String text, int at, int length) {
        if (!latin(text.charAt(at))) {
            return true;
        }
        int end = at + length;
        return (at == 0 || !latin(text.charAt(at - 1))) && (end >= text.length() || !latin(text.charAt(end)));
    }

    private static boolean latin(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }
}
