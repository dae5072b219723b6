package dev.baton.safety;

import dev.baton.safety.AdversarialSecrets.Channel;
import dev.baton.safety.AdversarialSecrets.LookAlike;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The look-alikes of {@link AdversarialSecrets#lookAlikes}: transaction hashes announced as such (in a
 * sentence, as an explorer link, or alone as the answer to "what is the hash?"), real addresses, order and
 * ticket numbers, and ordinary messages made of listed words. Kinds are dealt in a fixed interleaved
 * rotation of 50 turns, so that 2000 cases hold 440 "tx-context" and at least 200 of every other kind.
 */
final class AdversarialLookAlikes {

    private static final List<String> KINDS =
            List.of("tx-context", "tx-reply", "address", "order-number", "en-prose", "zh-prose", "mixed-prose");
    private static final int[] WEIGHTS = {11, 5, 6, 5, 8, 8, 7};
    private static final List<String> ROTATION = interleave(KINDS, WEIGHTS);
    private static final List<Channel> CHANNELS =
            List.of(Channel.WEB, Channel.TELEGRAM, Channel.SLACK, Channel.WECHAT, Channel.GENERIC);
    private static final List<String> HASHES = List.of("eth", "btc", "tron", "bsc", "sol");
    private static final List<String> ADDRESSES = List.of("eth", "btc1", "btc3", "bc1q", "bc1p", "tron", "sol");
    private static final List<String> NUMBERS =
            List.of("order", "exchange-id", "uuid", "ticket", "phone", "amount", "reference", "hex-order");

    private static final List<String> EN_TX = List.of(
            "my withdrawal is still pending, {h} can you check?",
            "{h} sent 3 hours ago and still not confirmed",
            "sent 500 USDT to my exchange, {h}, nothing arrived",
            "why is this stuck? {h}",
            "{h}",
            "the exchange asked me for proof: {h}",
            "{h} — the recipient says it never came");
    private static final List<String> EN_TX_CUES =
            List.of("tx: ", "txid ", "tx hash ", "hash ", "TxID: ", "tx hash: ", "transaction hash ", "TXID ");
    private static final List<String> ZHS_TX =
            List.of("转账一直没到账，{h} 帮忙查一下", "{h}，已经过了两个小时还是没到账", "提币到交易所没到，{h}", "{h} 这笔显示成功了但是对方没收到", "客服你好，{h}");
    private static final List<String> ZHS_TX_CUES = List.of("交易哈希：", "交易哈希是 ", "哈希 ", "交易ID ", "txid：", "交易哈希 ");
    private static final List<String> ZHT_TX =
            List.of("轉帳一直沒到帳，{h} 請幫忙查一下", "{h}，已經過了兩個小時還是沒到帳", "提幣到交易所沒到，{h}", "{h} 這筆顯示成功了但是對方沒收到");
    private static final List<String> ZHT_TX_CUES = List.of("交易哈希：", "交易ID：", "哈希值 ", "TxID ", "交易哈希是 ");
    private static final List<String> SOL_CUES = List.of("signature ", "tx signature: ", "签名 ", "交易签名：", "Signature: ");
    private static final List<String> LINKS = List.of(
            "look: {u}",
            "it shows success here {u} but the exchange says nothing received",
            "{u}",
            "{u} 这笔还没到",
            "浏览器上显示成功了 {u}",
            "{u} 這筆還沒到",
            "pls check {u}");
    private static final List<String> COMPLAINTS = List.of(
            "我转了 {n} USDT 到交易所还没到账",
            "I sent {n} USDT to my exchange account two hours ago and it's not there",
            "提現到錢包三個小時了還沒到帳",
            "my withdrawal of {n} TRX has not arrived yet",
            "转账显示成功但是对方没收到",
            "deposit still not credited after {n} minutes",
            "我從交易所提了 {n} USDT，到現在還沒到");
    private static final List<String> ADDRESS_SENTENCES = List.of(
            "I sent it to {a} but it never arrived",
            "is {a} my deposit address?",
            "please whitelist {a}",
            "my receiving address is {a}, is it correct?",
            "can I send USDT to {a}?",
            "收款地址 {a} 对吗",
            "收款地址是 {a}，转错链了怎么办",
            "我的充值地址 {a}",
            "这个地址 {a} 是我的吗",
            "收款地址 {a} 對嗎",
            "我的充值地址是 {a}，請確認",
            "{a}");

    private AdversarialLookAlikes() {}

    static List<LookAlike> make(long seed, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        // A stream of its own: the disguised secrets start from the same seed, and a hash must not repeat the
        // bytes of a key.
        SplittableRandom rng = new SplittableRandom(seed).split();
        ProseLookAlikes prose = new ProseLookAlikes();
        int[] dealt = new int[3];
        List<LookAlike> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String kind = ROTATION.get(i % ROTATION.size());
            Channel channel = CHANNELS.get(i % CHANNELS.size());
            String prefix = String.format(Locale.ROOT, "l%04d-%s", i + 1, kind);
            out.add(
                    switch (kind) {
                        case "tx-context" -> txContext(prefix, channel, HASHES.get(dealt[0]++ % HASHES.size()), rng);
                        case "tx-reply" -> txReply(prefix, channel, rng);
                        case "address" -> address(prefix, channel, ADDRESSES.get(dealt[1]++ % ADDRESSES.size()), rng);
                        case "order-number" -> number(prefix, channel, NUMBERS.get(dealt[2]++ % NUMBERS.size()), rng);
                        default -> prose.next(prefix, kind, channel, rng);
                    });
        }
        return out;
    }

    /** Kinds spread evenly over one turn of the rotation, each as often as its weight (smooth weighted round robin). */
    private static List<String> interleave(List<String> names, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int[] current = new int[weights.length];
        List<String> out = new ArrayList<>();
        for (int step = 0; step < total; step++) {
            int best = 0;
            for (int i = 0; i < weights.length; i++) {
                current[i] += weights[i];
                if (current[i] > current[best]) {
                    best = i;
                }
            }
            current[best] -= total;
            out.add(names.get(best));
        }
        return out;
    }

    // ------------------------------------------------------------------------------------ transactions

    private static LookAlike txContext(String prefix, Channel channel, String chain, SplittableRandom rng) {
        String hash = hash(chain, rng);
        String text;
        if (rng.nextInt(10) < 3) {
            String url = switch (chain) {
                case "eth" -> "https://etherscan.io/tx/" + hash;
                case "bsc" -> "https://bscscan.com/tx/" + hash;
                case "tron" -> "https://tronscan.org/#/transaction/" + hash;
                case "btc" -> "https://www.blockchain.com/explorer/transactions/btc/" + hash;
                default -> "https://solscan.io/tx/" + hash;
            };
            text = pick(LINKS, rng).replace("{u}", url);
        } else {
            int voice = rng.nextInt(10);
            List<String> sentences = voice < 5 ? EN_TX : voice < 8 ? ZHS_TX : ZHT_TX;
            List<String> cues =
                    chain.equals("sol") ? SOL_CUES : voice < 5 ? EN_TX_CUES : voice < 8 ? ZHS_TX_CUES : ZHT_TX_CUES;
            text = pick(sentences, rng).replace("{h}", pick(cues, rng) + hash);
        }
        return new LookAlike(prefix + "-" + chain, "tx-context", channel, List.of(text), List.of(hash));
    }

    /** A complaint, then (once asked for it) the bare hash as the whole next message. */
    private static LookAlike txReply(String prefix, Channel channel, SplittableRandom rng) {
        String chain = HASHES.get(rng.nextInt(HASHES.size()));
        String hash = hash(chain, rng);
        String amount = pick(List.of("20", "200", "45", "1500", "90"), rng);
        String complaint = pick(COMPLAINTS, rng).replace("{n}", amount);
        return new LookAlike(prefix + "-" + chain, "tx-reply", channel, List.of(complaint, hash), List.of(hash));
    }

    /** A transaction id as its explorer shows it: hex, "0x"-prefixed on EVM chains, a Base58 signature on Solana. */
    private static String hash(String chain, SplittableRandom rng) {
        return switch (chain) {
            case "eth", "bsc" -> "0x" + hex(rng, 32);
            case "sol" -> {
                String signature;
                do {
                    signature = Base58TestEncoder.encode(WalletSecrets.bytes(rng, 64));
                } while (signature.length() < 87);
                yield signature;
            }
            default -> hex(rng, 32);
        };
    }

    // ---------------------------------------------------------------------------------------- addresses

    private static LookAlike address(String prefix, Channel channel, String type, SplittableRandom rng) {
        String address = switch (type) {
            case "eth" ->
                rng.nextInt(3) == 0 ? "0x" + hex(rng, 20) : AddressTestEncoder.eip55(WalletSecrets.bytes(rng, 20));
            case "btc1" -> AddressTestEncoder.base58Check(0x00, WalletSecrets.bytes(rng, 20));
            case "btc3" -> AddressTestEncoder.base58Check(0x05, WalletSecrets.bytes(rng, 20));
            case "bc1q" -> AddressTestEncoder.segwit(0, WalletSecrets.bytes(rng, 20));
            case "bc1p" -> AddressTestEncoder.segwit(1, WalletSecrets.bytes(rng, 32));
            case "tron" -> AddressTestEncoder.base58Check(0x41, WalletSecrets.bytes(rng, 20));
            default -> Base58TestEncoder.encode(WalletSecrets.bytes(rng, 32));
        };
        String text = pick(ADDRESS_SENTENCES, rng).replace("{a}", address);
        return new LookAlike(prefix + "-" + type, "address", channel, List.of(text), List.of(address));
    }

    // ------------------------------------------------------------------------------------------ numbers

    private static LookAlike number(String prefix, Channel channel, String type, SplittableRandom rng) {
        String date = String.format(
                Locale.ROOT, "%d-%02d-%02d", 2025 + rng.nextInt(2), 1 + rng.nextInt(12), 1 + rng.nextInt(28));
        String text;
        List<String> keep;
        switch (type) {
            case "order" -> {
                String n = date.replace("-", "") + digits(rng, 10);
                text = pick(
                                List.of(
                                        "订单号 {n}",
                                        "訂單編號：{n}，還沒處理",
                                        "order number {n} not delivered",
                                        "我的订单号是 {n}，钱扣了但是没到"),
                                rng)
                        .replace("{n}", n);
                keep = List.of(n);
            }
            case "exchange-id" -> {
                String n = (1 + rng.nextInt(9)) + digits(rng, 17 + rng.nextInt(2));
                text = pick(
                                List.of(
                                        "Binance withdrawal ID {n}",
                                        "提现ID {n} 一直在处理中",
                                        "OKX ordId {n}",
                                        "withdrawal id: {n}, status completed but nothing arrived"),
                                rng)
                        .replace("{n}", n);
                keep = List.of(n);
            }
            case "uuid" -> {
                String hex = hex(rng, 16);
                String n = hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-4" + hex.substring(13, 16) + "-a"
                        + hex.substring(17, 20) + "-" + hex.substring(20);
                text = pick(List.of("withdrawal ID {n}", "提现单号 {n}", "request id {n} failed", "申請編號 {n}"), rng)
                        .replace("{n}", n);
                keep = List.of(n);
            }
            case "ticket" -> {
                String n = "#" + (10000 + rng.nextInt(90000));
                text = pick(List.of("ticket {n}", "工单 {n} 还没人回复", "any update on ticket {n}?", "案件編號 {n}"), rng)
                        .replace("{n}", n);
                keep = List.of(n);
            }
            case "phone" -> {
                String n = pick(
                        List.of(
                                "+86 1" + (3 + rng.nextInt(7)) + digits(rng, 1) + " " + digits(rng, 4) + " "
                                        + digits(rng, 4),
                                "1" + (3 + rng.nextInt(7)) + digits(rng, 9),
                                "+1 415-555-0" + digits(rng, 3),
                                "+886 9" + digits(rng, 2) + " " + digits(rng, 3) + " " + digits(rng, 3)),
                        rng);
                text = pick(
                                List.of(
                                        "my phone is {n}, please call",
                                        "手机号 {n} 收不到验证码",
                                        "電話 {n}",
                                        "changed my number to {n}"),
                                rng)
                        .replace("{n}", n);
                keep = List.of(n);
            }
            case "amount" -> {
                String amount = pick(List.of("0.05 BTC", "1.25 ETH", "500 USDT", "3,000 TRX", "12.5 SOL"), rng);
                text = pick(List.of("金额 {m} {d}", "on {d} I sent {m}", "{d} 转了 {m} 到现在还没到", "{d} 提領 {m}"), rng)
                        .replace("{m}", amount)
                        .replace("{d}", date);
                keep = List.of(amount, date);
            }
            case "reference" -> {
                String n = "BTN-" + date.substring(0, 4) + "-" + digits(rng, 7);
                text = pick(List.of("reference code {n}", "bank transfer ref {n}", "付款备注 {n}"), rng)
                        .replace("{n}", n);
                keep = List.of(n);
            }
            default -> {
                String n = hex(rng, 16);
                text = pick(List.of("order id {n} stuck", "订单ID {n}", "my order {n} shows failed"), rng)
                        .replace("{n}", n);
                keep = List.of(n);
            }
        }
        return new LookAlike(prefix + "-" + type, "order-number", channel, List.of(text), keep);
    }

    private static String hex(SplittableRandom rng, int bytes) {
        return HexFormat.of().formatHex(WalletSecrets.bytes(rng, bytes));
    }

    private static String digits(SplittableRandom rng, int n) {
        StringBuilder out = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            out.append((char) ('0' + rng.nextInt(10)));
        }
        return out.toString();
    }

    private static <T> T pick(List<T> options, SplittableRandom rng) {
        return options.get(rng.nextInt(options.size()));
    }
}
