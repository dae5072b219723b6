package dev.baton.safety;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Everyday help-desk messages must pass through the scanner untouched. */
class OrdinaryMessagesTest {
    private static final SecretScanner SCANNER = SecretScanner.withBundledWordlists();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Hello, I have a problem with my wallet. Yesterday I tried to transfer some USDT to an exchange address "
                        + "but the transaction is still pending after five hours. Can you please check what happened? "
                        + "Thank you for your help.",
                "Hi there! I just installed the app on my new phone and I want to restore my account from the old one. "
                        + "What should I do first? I still have the old phone, it is working fine, and I also wrote down "
                        + "everything on paper when I created the wallet last year. Please tell me the steps.",
                "why is the network fee so high today? last week it was much cheaper to send ETH to my friend",
                "I can't find the swap button after the update, where did it go?",
                "My balance shows zero but I received 200 USDT on TRC20 this morning, the explorer says it is confirmed. "
                        + "I checked the address twice and it matches the one in the app. Is there a delay on your side "
                        + "or do I need to add the token manually? Also the price chart does not load at all.",
                "account balance transfer wallet address",
                "Please help, the app keeps crashing when I open the market page on Android 14.",
                "How do I change the language of the app to English? Right now everything is in Chinese.",
                "Can you explain the difference between a hot wallet and a cold wallet and which one is better "
                        + "for long term storage of bitcoin and ethereum?",
                "Great service, thank you so much for the quick answer, everything works again now!",
                "I would like to close my account and delete all my personal data according to GDPR.",
                "Is it safe to connect my hardware wallet to the browser extension? I am worried about security "
                        + "because a friend of mine lost money last month after he clicked a strange link in an email.",
                "what about the staking rewards? they were supposed to arrive every monday but this week nothing came",
                "Again and again the same error: network timeout, please retry. Also my battery drains fast.",
                "gas limit too low, what value should i use for a simple token approve on arbitrum?",
                "Dear support team, I am writing to report a problem with the fiat deposit. I paid 500 EUR by bank "
                        + "transfer on Monday with the correct reference code, my bank confirmed the payment left my "
                        + "account, yet nothing has been credited so far. Could you look into it and let me know how "
                        + "long it usually takes? I have attached the receipt. Best regards, Maria",
                "The 12 words backup screen did not show up during setup, is that normal?",
                "This is the third time I ask: when will the airdrop be distributed to early users?",
                "Ethereum address 0x742d35Cc6634C0532925a3b844Bc454e4438f44e is mine, why no tokens?",
                "btc address 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa and 3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy and "
                        + "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq are all in my address book",
                "txid: 4a5e1e4baab89f3a32518a88c31bc87f618f76673e2cc77ab2127b7afdeda33b still unconfirmed",
                "tx hash 0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060 failed, why?",
                "https://etherscan.io/tx/0x88df016429689c079f3b2f6ad39fa052532c56795b733da78a91ebe6a713944b",
                "交易哈希：a1075db55d416d3ca199f55b6084e2115b9345e16c5cf302fc80e9d5fbf5d48d 一直没到账",
                "my order id is 4f3c2a1b9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d and nothing happened",
                "5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTX is not my key, it's a typo test",
                "xpub6CUGRUonZSQ4TWtTMmzXdrXDtypWKiKrhko4egpiMZbpiaQL2jkwSB1icqYh2cfDfVxdx4df189oLKnC5fSwqPfgyP3hooxujYzAu3fDVmz",
                "I lost my phone, can I still access my funds with the recovery phrase I wrote down?",
            })
    void ordinaryEnglishMessageIsNotRedacted(String text) {
        SecretScan scan = SCANNER.scan(text);

        assertThat(scan.findings()).isEmpty();
        assertThat(scan.redacted()).isSameAs(text);
    }
}
