package dev.baton.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.http.BatonTestServer;
import dev.baton.web.ConsoleApi.Chat;
import dev.baton.web.ConsoleScreen.Size;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.WebDriver;

/**
 * What {@link ConsoleScreenBrowserTest} looks at: a server where three users wait for an agent (money stolen,
 * a transfer to a wrong address, a request for a person), supervisor mei, and a Chromium that prefers English
 * and one that prefers Chinese to show her the console in.
 */
final class ConsoleScreenFixture implements AutoCloseable {
    static final String STOLEN = "我的币被盗了，刚被转走 200 USDT";
    static final String STOLEN_DETAILS = "我的账户是 li.wei@example.com，交易哈希 "
            + "0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060，转到了地址 "
            + "0x742d35Cc6634C0532925a3b844Bc454e4438f44e，ERC20 网络，昨天晚上10点，钱包报错“余额不足”";
    private static final String WRONG_ADDRESS = "I sent 50 USDT to the wrong address on TRC20 yesterday at 14:30";
    private static final String WRONG_ADDRESS_DETAILS = "my account is sam@example.com, txid "
            + "3f1e9c1b0a6a2d4c8e7f5b3a1c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d, error: insufficient energy";
    private static final String PERSON = "Can I talk to a human agent please?";

    private final BatonTestServer server;
    private final ConsoleApi api;
    private final String token;
    private List<String> tickets = List.of();
    private final Map<String, WebDriver> browsers = new HashMap<>();
    /** The browser the running test signed in with. */
    private WebDriver used;

    private ConsoleScreenFixture(Path tmp) throws Exception {
        // One agent signs in some twenty times from two browsers; a page's socket may outlive the page a while.
        server = BatonTestServer.start(
                Files.createDirectories(tmp.resolve("data")), Map.of("BATON_SOCKETS_PER_AGENT", "100"));
        api = new ConsoleApi(server.baseUrl());
        token = server.addAgent("mei", 2, true);
    }

    /** The server, its three tickets and both browsers, with the browsers' profiles under {@code tmp}. */
    static ConsoleScreenFixture start(Path tmp) throws Exception {
        ConsoleScreenFixture fixture = new ConsoleScreenFixture(tmp);
        try {
            fixture.queueThreeUsers();
            fixture.browsers.put("en", Chromium.start(tmp.resolve("chromium-en"), "en-US"));
            fixture.browsers.put("zh", Chromium.start(tmp.resolve("chromium-zh"), "zh-CN"));
            return fixture;
        } catch (Exception | Error e) {
            fixture.close();
            throw e;
        }
    }

    private void queueThreeUsers() {
        Chat stolen = chat(STOLEN, STOLEN_DETAILS);
        Chat wrongAddress = chat(WRONG_ADDRESS, WRONG_ADDRESS_DETAILS);
        Chat person = chat(PERSON);
        for (int i = 0;
                i < 3 && !"queued".equals(api.say(person, "skip").path("state").asText());
                i++) {
            // Baton asks for details first; "skip" answers each question until the user is queued.
        }
        tickets = List.of(stolen, wrongAddress, person).stream()
                .map(c -> api.ticketOf(c.id(), token))
                .toList();
    }

    /** The tickets of the stolen money, the wrong address and the request for a person, in that order. */
    List<String> tickets() {
        return tickets;
    }

    ConsoleApi api() {
        return api;
    }

    /** Mei's token. */
    String token() {
        return token;
    }

    /** The browser the running test signed in with, or null before any did. */
    WebDriver used() {
        return used;
    }

    /** The console at {@code size} in the browser that prefers {@code language}, signed in, the tickets listed. */
    ConsolePage signedIn(String language, Size size) {
        used = browsers.get(language);
        ConsoleScreen.emulate(used, size);
        ConsolePage console = ConsolePage.openSignedOut(used, server.baseUrl()).signIn(token);
        console.awaitConnection("online");
        tickets.forEach(console::awaitTicket);
        assertThat(console.script("return document.documentElement.lang;"))
                .isEqualTo(language.equals("zh") ? "zh-CN" : "en");
        return console;
    }

    /** A web user who writes {@code messages} one after another. */
    Chat chat(String... messages) {
        Chat chat = api.openChat();
        for (String message : messages) {
            api.say(chat, message);
        }
        return chat;
    }

    @Override
    public void close() {
        try {
            browsers.values().forEach(WebDriver::quit);
        } finally {
            server.close();
        }
    }
}
