package dev.baton.web;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Starts the machine's headless Chromium through its own chromedriver. Paths are fixed (overridable with
 * {@code -Dbaton.chromium} / {@code -Dbaton.chromedriver}) so Selenium never downloads a driver.
 */
final class Chromium {
    static final Path BINARY = Path.of(System.getProperty("baton.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("baton.chromedriver", "/usr/bin/chromedriver"));

    private Chromium() {}

    /**
     * A fresh browser whose profile lives in {@code profile} and whose preferred language is {@code language}.
     * Without Chromium or chromedriver this fails, saying what to install or how to skip the browser tests.
     */
    static WebDriver start(Path profile, String language) {
        if (!Files.isExecutable(BINARY) || !Files.isExecutable(DRIVER)) {
            throw new IllegalStateException("The browser tests need Chromium (" + BINARY + ") and chromedriver ("
                    + DRIVER + "): install them with `" + BrowserTests.INSTALL + "` (as root; .ci/run does it), "
                    + "or skip these tests on purpose with -D" + BrowserTests.PROPERTY + "=skip");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
                "--user-data-dir=" + profile.toAbsolutePath(),
                "--lang=" + language,
                "--window-size=1280,900");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER.toString()))
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }
}
