package dev.baton.details;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The network a message names, as a canonical label. Coin names alone ({@code ETH}, {@code 以太坊},
 * {@code 比特币}) name no network, since the same coin travels on several; chain names do. Tron and 波场
 * map to {@code TRC20}, the label support uses for the Tron network.
 */
final class Networks {
    /** A canonical network label and the address family ({@link ChainTokens}) its chain uses. */
    record Network(String label, String family) {}

    private static final String W = "(?<![a-z])";
    private static final String E = "(?![a-z])";
    private static final String NET = "(?:network|mainnet|main\\s?net|chain|网络|網絡|網路|链|鏈|主网|主網)";
    private static final Pattern NETWORK = Pattern.compile(
            String.join(
                    "|",
                    "(?<TRC20>trc[-\\s]?20|波场|波場|" + W + "tron(?:link|scan)?" + E + ")",
                    "(?<ERC20>erc[-\\s]?20|以太坊" + NET + "|" + W + "eth(?:ereum)?\\s*" + NET + "|" + W
                            + "(?:on|via|over|through)\\s+ethereum" + E + "|etherscan)",
                    "(?<BEP20>bep[-\\s]?20|" + W + "bsc(?:scan)?" + E + "|币安智能链|幣安智能鏈|币安链|幣安鏈" + "|" + W
                            + "bnb\\s*(?:smart\\s*)?" + NET + "|binance\\s*smart\\s*chain)",
                    "(?<Polygon>" + W + "polygon(?:scan)?" + E + "|马蹄链|馬蹄鏈|" + W + "matic\\s*" + NET + ")",
                    "(?<Arbitrum>" + W + "arbitrum|" + W + "arb\\s*(?:one|网络|網絡|链|鏈)" + E + ")",
                    "(?<Optimism>" + W + "optimism" + E + "|" + W + "op\\s*" + NET + ")",
                    "(?<Solana>solana|索拉纳|索拉納|solscan|" + W + "sol\\s*" + NET + "|" + W + "spl" + E + ")",
                    "(?<Bitcoin>" + W + "bitcoin" + E + "|" + W + "btc\\s*" + NET + "|比特币" + NET + "|比特幣" + NET + ")"),
            Pattern.CASE_INSENSITIVE);
    private static final String[] LABELS = {
        "TRC20", "ERC20", "BEP20", "Polygon", "Arbitrum", "Optimism", "Solana", "Bitcoin"
    };
    private static final Pattern SOLANA_NAMED =
            Pattern.compile("solana|索拉纳|索拉納|phantom|solscan|(?:sol|spl)" + E, Pattern.CASE_INSENSITIVE);
    private static final Starts NETWORK_STARTS = new Starts("tebpmaos波以币幣马馬索比");
    private static final Starts SOLANA_STARTS = new Starts("sp索");

    private Networks() {}

    /** The first network named in {@code text}, if any. */
    static Optional<Network> find(String text) {
        Matcher m = Starts.matcher(NETWORK, text);
        if (!NETWORK_STARTS.find(m, text, 0)) {
            return Optional.empty();
        }
        for (String label : LABELS) {
            if (m.group(label) != null) {
                return Optional.of(new Network(label, family(label)));
            }
        }
        throw new IllegalStateException("a network alternative matched without its group: " + m.group());
    }

    /** Whether {@code text} mentions Solana, its coin or its best-known wallet. */
    static boolean namesSolana(String text) {
        return SOLANA_STARTS.find(Starts.matcher(SOLANA_NAMED, text), text, 0);
    }

    private static String family(String label) {
        return switch (label) {
            case "TRC20" -> ChainTokens.TRON;
            case "Solana" -> ChainTokens.SOLANA;
            case "Bitcoin" -> ChainTokens.BITCOIN;
            default -> ChainTokens.ETHEREUM;
        };
    }
}
