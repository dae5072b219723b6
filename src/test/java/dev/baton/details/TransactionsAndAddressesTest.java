package dev.baton.details;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TransactionsAndAddressesTest {
    private static final DetailExtractor EXTRACTOR = new DetailExtractor();
    static final String ETH_TX = "0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060";
    static final String SOLANA_SIGNATURE =
            "5VERv8NMvzbJMEkV8xnrLkEaWRtSz9CosKDYjCJjBRnbJLgp8uirBgmQpjKhoR4tjF3ZpRzrFmBV6UjKdiSZkQUW";
    private static final String BARE_TX = ETH_TX.substring(2);

    @ParameterizedTest
    @CsvSource({
        "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed, ethereum, true",
        "0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed, ethereum, true",
        "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD, ethereum, false",
        "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAe, ethereum, false",
        "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2, bitcoin, true",
        "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3, bitcoin, false",
        "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy, bitcoin, true",
        "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLz, bitcoin, false",
        "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4, bitcoin, true",
        "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5, bitcoin, false",
        "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0, bitcoin, true",
        "tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sl5k7, bitcoin, true",
        "TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE, tron, true",
        "TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSF, tron, false",
        "TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLS0, tron, false"
    })
    void anAddressIsFoundWithItsChainAndWhetherItsChecksumHeld(String address, String chain, boolean verified) {
        Details details = EXTRACTOR.extract("请帮我查一下这个地址：" + address + "，谢谢");

        assertThat(details.addresses()).containsExactly(new ChainValue(address, chain, verified));
        assertThat(details.txHashes()).isEmpty();
    }

    @Test
    void anEvmHashIsATransactionNotAnAddress() {
        Details details = EXTRACTOR.extract("tx: " + ETH_TX);

        assertThat(details.txHashes()).containsExactly(new ChainValue(ETH_TX, "ethereum", true));
        assertThat(details.addresses()).isEmpty();
    }

    @Test
    void aZeroXHexOfTheWrongLengthIsKeptAsAnUnverifiedHash() {
        String short63 = ETH_TX.substring(0, 65);
        String long65 = ETH_TX + "a";

        assertThat(EXTRACTOR.extract("hash " + short63).txHashes())
                .containsExactly(new ChainValue(short63, "ethereum", false));
        assertThat(EXTRACTOR.extract("hash " + long65).txHashes())
                .containsExactly(new ChainValue(long65, "ethereum", false));
    }

    @Test
    void aBareHexHashTakesItsChainFromTheNamedNetworkElseIsUnknown() {
        assertThat(EXTRACTOR.extract("txid " + BARE_TX).txHashes())
                .containsExactly(new ChainValue(BARE_TX, "unknown", true));
        assertThat(EXTRACTOR.extract("TRC20 转账 txid " + BARE_TX).txHashes())
                .containsExactly(new ChainValue(BARE_TX, "tron", true));
        assertThat(EXTRACTOR
                        .extract("sent BTC on the bitcoin network, txid " + BARE_TX)
                        .txHashes())
                .containsExactly(new ChainValue(BARE_TX, "bitcoin", true));
        assertThat(EXTRACTOR
                        .extract("txid " + BARE_TX + " to TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE")
                        .txHashes())
                .containsExactly(new ChainValue(BARE_TX, "tron", true));
        assertThat(EXTRACTOR.extract("txid " + BARE_TX.substring(1)).txHashes())
                .containsExactly(new ChainValue(BARE_TX.substring(1), "unknown", false));
    }

    @Test
    void aSolanaSignatureIsRecognisedAnywhereAndVerifiedByItsLength() {
        assertThat(EXTRACTOR.extract("signature " + SOLANA_SIGNATURE).txHashes())
                .containsExactly(new ChainValue(SOLANA_SIGNATURE, "solana", true));
        // Signatures carry no checksum: only a typo that changes the decoded length shows.
        String typo = SOLANA_SIGNATURE + "z";
        assertThat(EXTRACTOR.extract(typo).txHashes()).containsExactly(new ChainValue(typo, "solana", false));
    }

    @Test
    void aSolanaKeypairCalledAKeyIsNotTakenForASignature() {
        assertThat(EXTRACTOR.extract("这是我的私钥 " + SOLANA_SIGNATURE + " 帮我看看").txHashes())
                .isEmpty();
        assertThat(EXTRACTOR.extract("Phantom private key: " + SOLANA_SIGNATURE).txHashes())
                .isEmpty();
    }

    @Test
    void aSolanaAddressNeedsTheMessageToNameSolana() {
        String address = "TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA";

        assertThat(EXTRACTOR.extract("转到 " + address).addresses()).isEmpty();
        assertThat(EXTRACTOR.extract("转了 2 SOL 到 " + address).addresses())
                .containsExactly(new ChainValue(address, "solana", true));
        assertThat(EXTRACTOR
                        .extract("my Phantom wallet So11111111111111111111111111111111111111112")
                        .addresses())
                .containsExactly(new ChainValue("So11111111111111111111111111111111111111112", "solana", true));
    }

    @Test
    void everyValueIsReportedOnceInTextOrder() {
        String from = "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359";
        String to = "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB";
        Details details = EXTRACTOR.extract(
                "from " + from + " to " + to + " (again: " + to + ") " + "https://etherscan.io/tx/" + ETH_TX);

        assertThat(details.addresses()).extracting(ChainValue::value).containsExactly(from, to);
        assertThat(details.txHashes()).extracting(ChainValue::value).containsExactly(ETH_TX);
    }

    @Test
    void lookalikesAreNotAddresses() {
        Details details = EXTRACTOR.extract("order 20240501123456789012345 ref ABCDEFGHIJKLMNOPQRSTUVWXYZ 0x1f nonce");

        assertThat(details.addresses()).isEmpty();
        assertThat(details.txHashes()).isEmpty();
    }
}
