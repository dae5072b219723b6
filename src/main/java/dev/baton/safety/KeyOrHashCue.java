package dev.baton.safety;

import java.util.List;
import java.util.Locale;

/**
 * What the words around a string of hex or Base58 call it: a transaction ("tx", "txid", "hash", "交易哈希",
 * an explorer link), a key ("私钥", "private key"), or nothing. The nearest cue within {@value #CUE_WINDOW}
 * chars before the string wins; failing that, the nearest within {@value #AFTER_WINDOW} after it.
 */
enum KeyOrHashCue {
    TRANSACTION,
    KEY,
    NONE;

    static final int CUE_WINDOW = 40;
    static final int AFTER_WINDOW = 20;

    private static final List<String> TX_CUES = List.of(
            "txid",
            "tx id",
            "tx hash",
            "txhash",
            "tx_hash",
            "tx:",
            "tx ",
            "txn",
            "hash",
            "哈希",
            "交易id",
            "交易号",
            "交易號",
            "交易编号",
            "交易編號",
            "transaction",
            "/tx/",
            "/block/",
            "区块浏览器",
            "區塊瀏覽器",
            "signature",
            "签名",
            "簽名",
            "solscan",
            "etherscan",
            "tronscan",
            "bscscan",
            "order",
            "订单",
            "訂單",
            "单号",
            "單號",
            "工单",
            "工單",
            "ticket",
            "reference",
            "ref:",
            "uuid",
            "编号",
            "編號",
            "id:",
            "id is");
    private static final List<String> KEY_CUES = List.of(
            "private key",
            "privatekey",
            "private_key",
            "privkey",
            "priv key",
            "secret key",
            "私钥",
            "私鑰",
            "密钥",
            "密鑰",
            "key:",
            "key is",
            "key =");

    /** The cue nearest before the string {@code [from, to)} of {@code text}, or else nearest after it. */
    static KeyOrHashCue around(String text, int from, int to) {
        String before = text.substring(Math.max(0, from - CUE_WINDOW), from).toLowerCase(Locale.ROOT);
        int tx = lastIndexOfAny(before, TX_CUES);
        int key = lastIndexOfAny(before, KEY_CUES);
        if (tx >= 0 || key >= 0) {
            return key > tx ? KEY : TRANSACTION;
        }
        String after =
                text.substring(to, Math.min(text.length(), to + AFTER_WINDOW)).toLowerCase(Locale.ROOT);
        tx = firstIndexOfAny(after, TX_CUES);
        key = firstIndexOfAny(after, KEY_CUES);
        if (tx < 0 && key < 0) {
            return NONE;
        }
        return tx < 0 || (key >= 0 && key < tx) ? KEY : TRANSACTION;
    }

    private static int lastIndexOfAny(String text, List<String> cues) {
        int best = -1;
        for (String cue : cues) {
            int at = text.lastIndexOf(cue);
            if (at >= 0) {
                best = Math.max(best, at + cue.length());
            }
        }
        return best;
    }

    private static int firstIndexOfAny(String text, List<String> cues) {
        int best = -1;
        for (String cue : cues) {
            int at = text.indexOf(cue);
            if (at >= 0 && (best < 0 || at < best)) {
                best = at;
            }
        }
        return best;
    }

    /** Whether the string is part of a link ("https://etherscan.io/tx/0x…"): links carry hashes, not keys. */
    static boolean insideLink(String text, int from) {
        int start = from;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        String word = text.substring(start, from);
        return word.contains("://") || word.startsWith("www.") || word.contains(".io/") || word.contains(".com/");
    }
}
