package dev.baton.details;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds the first amount with its coin, e.g. {@code 200 USDT}, {@code 0.5个ETH}, {@code 转了1000u},
 * {@code 五百U}, {@code $300}, and writes it as {@code <number as written> <COIN>}. Common aliases map to
 * tickers ({@code u} and {@code 泰达币} to {@code USDT}, {@code 以太坊} to {@code ETH} ...). A bare number
 * without a coin is not an amount.
 */
final class Amounts {
    private static final Map<String, String> COINS = coins();
    /** Tickers that are also ordinary words, so only count when written in capitals. */
    private static final Set<String> CAPITALS_ONLY = Set.of("op", "ton", "dot", "link", "uni", "ada", "pol", "arb");

    private static final String NUMBER =
            "(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\.\\d+)" + "(?:[kKwW](?![A-Za-z])|[万萬千亿億])?";
    private static final String CHINESE_NUMBER = "[零〇一二两兩三四五六七八九十百千万萬亿億]+(?:[点點][零〇一二三四五六七八九]+)?";
    private static final Pattern AMOUNT = Pattern.compile(
            "(?<![A-Za-z0-9._\\-])(?<!\\d,)(?<number>" + NUMBER + "|" + CHINESE_NUMBER + ")\\s*(?:个|個|枚|颗|顆)?\\s*"
                    + "(?<coin>" + alternatives() + ")(?![A-Za-z0-9])"
                    + "|(?<![A-Za-z])(?:US)?\\$\\s?(?<dollars>" + NUMBER + ")",
            Pattern.CASE_INSENSITIVE);
    private static final Starts STARTS = new Starts("0123456789.零〇一二两兩三四五六七八九十百千万萬亿億$u");

    private Amounts() {}

    /** The first amount in {@code text}, normalised, if any. */
    static Optional<String> find(String text) {
        Matcher m = Starts.matcher(AMOUNT, text);
        for (boolean found = STARTS.find(m, text, 0); found; found = STARTS.find(m, text, m.start() + 1)) {
            if (m.group("dollars") != null) {
                return Optional.of(m.group("dollars") + " USD");
            }
            String coin = m.group("coin");
            String key = coin.toLowerCase(Locale.ROOT);
            if (CAPITALS_ONLY.contains(key) && !coin.equals(coin.toUpperCase(Locale.ROOT))) {
                continue;
            }
            return Optional.of(m.group("number") + " " + COINS.get(key));
        }
        return Optional.empty();
    }

    private static String alternatives() {
        return COINS.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
    }

    private static Map<String, String> coins() {
        Map<String, String> m = new LinkedHashMap<>();
        for (String ticker : new String[] {
            "usdt", "usdc", "dai", "busd", "fdusd", "tusd", "eth", "weth", "btc", "wbtc", "trx", "bnb", "sol", "matic",
            "pol", "arb", "op", "avax", "doge", "ltc", "xrp", "ada", "dot", "ton", "shib", "link", "uni", "usd"
        }) {
            m.put(ticker, ticker.toUpperCase(Locale.ROOT));
        }
        put(m, "USDT", "u", "泰达币", "泰達幣", "tether");
        put(m, "ETH", "以太坊", "以太币", "以太幣", "ether", "ethereum");
        put(m, "BTC", "比特币", "比特幣", "bitcoin");
        put(m, "TRX", "波场", "波場", "波场币", "波場幣");
        put(m, "USD", "美元", "美金", "刀");
        return Map.copyOf(m);
    }

    private static void put(Map<String, String> m, String ticker, String... aliases) {
        for (String alias : aliases) {
            m.put(alias, ticker);
        }
    }
}
