package dev.baton.web;

import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.ChromiumDriver;

/**
 * A screen size and browser language a page is checked at. Chromium will not size a window under 500 px wide,
 * so a window of 390x844 really shows the page at 500 px: the size is set through the DevTools device metrics
 * instead, which also make a narrow screen a phone's (the page's meta viewport applies).
 */
record EmulatedScreen(int width, int height, String language) {

    /** A desktop browser and a phone, each in Chinese and in English. */
    static Stream<EmulatedScreen> desktopAndPhone() {
        return Stream.of(
                new EmulatedScreen(1280, 900, "zh-CN"),
                new EmulatedScreen(1280, 900, "en-US"),
                new EmulatedScreen(390, 844, "zh-CN"),
                new EmulatedScreen(390, 844, "en-US"));
    }

    boolean phone() {
        return width < 480;
    }

    boolean chinese() {
        return language.startsWith("zh");
    }

    /** Shows every page {@code driver} loads from now on at this size. */
    void apply(WebDriver driver) {
        ((ChromiumDriver) driver)
                .executeCdpCommand(
                        "Emulation.setDeviceMetricsOverride",
                        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", phone()));
    }

    @Override
    public String toString() {
        return width + "x" + height + " " + language;
    }
}
