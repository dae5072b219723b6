package dev.baton.safety;

import java.util.List;
import java.util.Map;

/**
 * The English templates and slots of {@link AdversarialProse}: help-desk messages made mostly of BIP-39 words
 * (which are common words), some that talk about a recovery phrase without containing one, and the support
 * topics and terse complaints that "{topics}" and "{terse}" stand for.
 */
final class EnglishProseTemplates {

    static final List<String> TEMPLATES = List.of(
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
    static final Map<String, List<String>> SLOTS = Map.ofEntries(
            Map.entry("coin", List.of("bitcoin", "ether", "USDT", "TRX", "SOL", "BNB", "USDC", "DOGE")),
            Map.entry("coin2", List.of("bitcoin", "ether", "USDT", "USDC", "SOL")),
            Map.entry("amount", List.of("20", "50", "120", "0.5", "1.2", "300", "2500", "0.03")),
            Map.entry(
                    "place",
                    List.of(
                            "the exchange",
                            "my Binance account",
                            "my other wallet",
                            "a friend",
                            "my OKX account",
                            "my Coinbase account")),
            Map.entry(
                    "time",
                    List.of(
                            "since yesterday",
                            "since this morning",
                            "for two hours",
                            "since Monday",
                            "all week",
                            "after the update",
                            "since I moved to a new phone")),
            Map.entry(
                    "ago",
                    List.of("yesterday", "this morning", "two hours ago", "on Monday", "last night", "an hour ago")),
            Map.entry("net", List.of("TRC20", "ERC20", "BEP20", "Tron", "Solana", "Arbitrum", "Polygon")),
            Map.entry("net2", List.of("ERC20", "TRC20", "Base", "Optimism")),
            Map.entry(
                    "device",
                    List.of(
                            "my phone",
                            "my laptop",
                            "my old phone",
                            "the tablet",
                            "the desktop app",
                            "the browser extension",
                            "my Android phone",
                            "my iPhone")),
            Map.entry("device2", List.of("the web version", "my laptop", "my tablet", "the explorer")),
            Map.entry(
                    "feature",
                    List.of(
                            "swap page",
                            "bridge",
                            "stake page",
                            "market page",
                            "price chart",
                            "address book",
                            "token list",
                            "history tab")),
            Map.entry(
                    "symptom",
                    List.of(
                            "the balance shows zero",
                            "I get a network error",
                            "nothing happens",
                            "the screen goes blank",
                            "it keeps loading",
                            "the app closes",
                            "the button does not respond")),
            Map.entry(
                    "ask",
                    List.of(
                            "Can you help?",
                            "What should I do?",
                            "Please check.",
                            "Is this a known issue?",
                            "Any idea why?",
                            "Please help.",
                            "Thank you.")),
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
    static final List<String> TOPICS = List.of(
            "account access",
            "balance",
            "network fee",
            "token swap",
            "bridge",
            "deposit",
            "transfer limit",
            "security",
            "phone number change",
            "gas fee",
            "address book",
            "hidden token",
            "update",
            "language",
            "market price",
            "exchange rate",
            "trade history",
            "reward",
            "price alert",
            "credit card",
            "visa card",
            "order",
            "ticket",
            "chat",
            "device",
            "screen lock",
            "code",
            "unlock",
            "search",
            "report",
            "message",
            "notice",
            "cash",
            "coin",
            "loan",
            "delay",
            "error",
            "question",
            "option",
            "online",
            "photo",
            "camera scan",
            "wallet access",
            "login",
            "email change",
            "pending transfer",
            "failed swap",
            "staking",
            "airdrop");
    /** Terse complaints made only of listed words, as people type them in a hurry. */
    static final List<String> TERSE = List.of(
            "balance wrong",
            "transfer delay",
            "network error",
            "swap error",
            "account lock",
            "code wrong",
            "price wrong",
            "fee high",
            "deposit delay",
            "token error",
            "screen error",
            "bridge delay",
            "search error",
            "scan error",
            "order cancel",
            "receive error");

    private EnglishProseTemplates() {}
}
