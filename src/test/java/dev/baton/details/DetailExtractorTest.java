package dev.baton.details;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DetailExtractorTest {
    private static final DetailExtractor EXTRACTOR = new DetailExtractor();
    private static final String ADDRESS = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed";
    private static final String TX = TransactionsAndAddressesTest.ETH_TX;
    private static final String TRON = "TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE";

    @Test
    void aMixedChineseMessageYieldsEveryField() {
        Details details = EXTRACTOR.extract("我昨天晚上8点往这个地址" + ADDRESS + "转了500u，TRC20，结果显示\"交易失败\"，哈希是 " + TX);

        assertThat(details.addresses()).containsExactly(new ChainValue(ADDRESS, "ethereum", true));
        assertThat(details.txHashes()).containsExactly(new ChainValue(TX, "ethereum", true));
        assertThat(details.amount()).isEqualTo("500 USDT");
        assertThat(details.chain()).isEqualTo("TRC20");
        assertThat(details.time()).isEqualTo("昨天晚上8点");
        assertThat(details.errorMessage()).isEqualTo("交易失败");
        assertThat(details.email()).isNull();
        assertThat(details.accountId()).isNull();
        assertThat(details.description()).isNull();
    }

    @Test
    void anEnglishMessageYieldsEveryField() {
        Details details = EXTRACTOR.extract("Hi, I sent 1,000.50 usdt on BSC 2 hours ago to " + TRON
                + " and it says \"insufficient funds for gas\". Reach me at zhang.san@example.com");

        assertThat(details.addresses()).containsExactly(new ChainValue(TRON, "tron", true));
        assertThat(details.amount()).isEqualTo("1,000.50 USDT");
        assertThat(details.chain()).isEqualTo("BEP20");
        assertThat(details.time()).isEqualTo("2 hours ago");
        assertThat(details.errorMessage()).isEqualTo("insufficient funds for gas");
        assertThat(details.email()).isEqualTo("zhang.san@example.com");
        assertThat(details.accountId()).isEqualTo("zhang.san@example.com");
        assertThat(details.description()).isNull();
    }

    @Test
    void aTraditionalChineseMessageYieldsItsFields() {
        Details details = EXTRACTOR.extract("我今天上午用波場轉了100 USDT，顯示「餘額不足」，地址 " + TRON);

        assertThat(details.chain()).isEqualTo("TRC20");
        assertThat(details.amount()).isEqualTo("100 USDT");
        assertThat(details.time()).isEqualTo("今天上午");
        assertThat(details.errorMessage()).isEqualTo("餘額不足");
        assertThat(details.addresses()).extracting(ChainValue::chain).containsExactly("tron");
    }

    @Test
    void aMistypedAddressIsKeptUnverified() {
        String typo = "TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSF";
        Details details = EXTRACTOR.extract("I think I pasted " + typo + " wrong, the usdt is gone");

        assertThat(details.addresses()).containsExactly(new ChainValue(typo, "tron", false));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "   ",
                "hello, how do I reset my password?",
                "你好，请问怎么备份钱包？",
                "早上好，我的币不见了",
                "我的钱好像少了一点",
                "謝謝你的幫助",
                "why is the app so slow",
                "can you help me please"
            })
    void aMessageWithNothingToExtractGivesNone(String text) {
        assertThat(EXTRACTOR.extract(text)).isEqualTo(Details.NONE);
    }

    @Test
    void mergingExtractionsFromSeveralMessagesCompletesTheDetails() {
        Details first = EXTRACTOR.extract("转了200 USDT 没到账");
        Details second = EXTRACTOR.extract("ERC20 网络, hash " + TX);

        Details merged = Details.NONE.merge(first).merge(second);

        assertThat(merged.amount()).isEqualTo("200 USDT");
        assertThat(merged.chain()).isEqualTo("ERC20");
        assertThat(merged.txHashes()).extracting(ChainValue::value).containsExactly(TX);
    }

    @Test
    void oneExtractorServesManyThreadsAlike() throws Exception {
        String text = "昨天 转了0.5个ETH 到 " + ADDRESS + " 报错：execution reverted";
        Details expected = EXTRACTOR.extract(text);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Details>> futures = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                futures.add(pool.submit(() -> EXTRACTOR.extract(text)));
            }
            for (Future<Details> f : futures) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(expected.amount()).isEqualTo("0.5 ETH");
        assertThat(expected.errorMessage()).isEqualTo("execution reverted");
    }
}
