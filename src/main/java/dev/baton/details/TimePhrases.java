package dev.baton.details;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the first phrase saying when something happened, e.g. {@code 昨天晚上8点}, {@code 3小时前},
 * {@code 2024-05-01 14:30}, {@code 5月3号}, {@code yesterday}, {@code 2 hours ago}, {@code last night},
 * and keeps it as written. Chinese hours in Chinese numerals ({@code 八点}) only count after a day or part
 * of day, since {@code 一点} alone usually means "a little"; greetings such as {@code 晚上好} are no time.
 */
final class TimePhrases {
    private static final String CN_NUM = "[零〇一二两兩三四五六七八九十]";
    private static final String WEEKDAY = "[一二三四五六日天]";
    private static final String WEEK = "(?:周|週|星期|礼拜|禮拜)";
    private static final String DAY_CN = "(?:大前天|前天|昨天|昨日|今天|今日|今早|今晚|昨晚|昨夜|前晚|刚才|刚刚|剛才|剛剛"
            + "|上(?:个|個)?" + WEEK + WEEKDAY + "?|[这這](?:个|個)?" + WEEK + WEEKDAY + "?|" + WEEK + WEEKDAY
            + "|上(?:个|個)?月|(?:\\d{4}年)?\\d{1,2}月\\d{1,2}[日号號]|(?:\\d{4}年)?" + CN_NUM + "{1,2}月" + CN_NUM
            + "{1,3}[日号號])";
    private static final String PART_CN = "(?:早上|上午|中午|下午|晚上|傍晚|凌晨|半夜|夜里|夜裡|深夜|早晨|清晨|午夜)(?!好)";
    private static final String MINUTES_CN = "(?:半|一刻|三刻|\\d{1,2}分?|" + CN_NUM + "{1,3}分)?(?:钟|鐘)?(?:左右|多)?";
    private static final String HOUR_CN = "(?:\\d{1,2}|" + CN_NUM + "{1,3})[点點]" + MINUTES_CN;
    private static final String CLOCK = "\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s?(?:am|pm|a\\.m\\.|p\\.m\\.)(?![a-z]))?"
            + "|\\d{1,2}\\s?(?:am|pm|a\\.m\\.|p\\.m\\.)(?![a-z])";
    private static final String AGO_CN =
            "(?:\\d+|[一二两兩三四五六七八九十几幾半]+)(?:个|個)?多?" + "(?:小时|小時|钟头|鐘頭|分钟|分鐘|天|周|週|星期|礼拜|禮拜|月)多?(?:前|之前|以前)";
    private static final String DATE =
            "\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2})?)?" + "|\\d{1,2}/\\d{1,2}/\\d{2,4}";
    private static final String MONTH = "(?:january|february|march|april|may|june|july|august|september|october"
            + "|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?";
    private static final String DAY_EN = "(?:yesterday|today|tonight|earlier\\s+today|just\\s+now"
            + "|this\\s+(?:morning|afternoon|evening)"
            + "|last\\s+(?:night|week|month|(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
            + "|(?:on\\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day"
            + "|" + MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?"
            + "|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ")";
    private static final String AGO_EN = "(?:\\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|(?:a\\s+)?few"
            + "|several|(?:a\\s+)?couple\\s+(?:of\\s+)?)\\s*(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\s+ago";
    private static final Pattern CHINESE_OR_NUMERIC = Pattern.compile(
            String.join(
                    "|",
                    "(?:" + DATE + ")(?:\\s*" + PART_CN + ")?(?:\\s*(?:" + CLOCK + "|" + HOUR_CN + "))?",
                    DAY_CN + "(?:\\s*" + PART_CN + ")?(?:\\s*(?:" + CLOCK + "|" + HOUR_CN + "))?",
                    PART_CN + "(?:\\s*(?:" + CLOCK + "|" + HOUR_CN + "))?",
                    AGO_CN,
                    "\\d{1,2}[点點]" + MINUTES_CN,
                    "(?<![\\d:])(?:" + CLOCK + ")"),
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ENGLISH = Pattern.compile(
            "(?<![a-z])(?:" + DAY_EN
                    + "(?:\\s+(?:morning|afternoon|evening|night))?(?:\\s+(?:(?:at|around|about)\\s+)?(?:" + CLOCK
                    + "))?"
                    + "|" + AGO_EN + ")(?![a-z])",
            Pattern.CASE_INSENSITIVE);
    // Two patterns, so that an English word is never tried against the Chinese alternatives and vice versa.
    private static final Starts CHINESE_STARTS = new Starts("0123456789" + "大前昨今刚剛上这這周週星礼禮早中下晚傍凌半夜深清午零〇一二两兩三四五六七八九十几幾");
    private static final Starts ENGLISH_STARTS = new Starts("0123456789yteljoswfmnadc");

    private TimePhrases() {}

    /** The first time phrase in {@code text}, as written, if any; of two starting together, the longer. */
    static Optional<String> find(String text) {
        Matcher chinese = Starts.matcher(CHINESE_OR_NUMERIC, text);
        Matcher english = Starts.matcher(ENGLISH, text);
        boolean c = CHINESE_STARTS.find(chinese, text, 0);
        boolean e = ENGLISH_STARTS.find(english, text, 0);
        if (!c && !e) {
            return Optional.empty();
        }
        Matcher first = !e
                ? chinese
                : !c
                        ? english
                        : chinese.start() != english.start()
                                ? (chinese.start() < english.start() ? chinese : english)
                                : chinese.end() >= english.end() ? chinese : english;
        return Optional.of(first.group().trim());
    }
}
