package dev.baton.http;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Hostile input for the fuzz test, drawn from a seeded {@link Random}: strings, JSON values and documents, XML,
 * path segments and query values that have broken servers before.
 */
final class Hostile {

    private static final List<String> STRINGS = List.of(
            "",
            " ",
            "\t\n",
            "null",
            "undefined",
            "0",
            "-1",
            "1e309",
            "' OR '1'='1'; --",
            "\"; DROP TABLE conversations; --",
            "<script>alert(1)</script>",
            "%s%n%x%d",
            "${jndi:ldap://127.0.0.1/x}",
            "../../../../etc/passwd",
            "..\\..\\windows",
            "]]>",
            "<![CDATA[",
            "&amp;",
            "\u0000",
            "a\u0000b",
            "\u0007\u001b[31m",
            "\ud800",
            "\udfff\ud800",
            "\uffff\ufffe",
            "\u202eevil",
            "\u200b\u200c\u200d\ufeff",
            "😀👨‍👩‍👧‍👦🏳️‍🌈",
            "𠜎𠜱𠝹𠱓",
            "怎么联系在线客服？",
            "我的币被盗了",
            "e\u0301\u0301\u0301",
            "Z̵̡̢̛̗̘̙̜̝̞̟̠̈́̀́̂̃̄̅̆̇̉̊̋̌",
            "abandon ability able about above absent absorb abstract absurd abuse access accident",
            "0x" + "f".repeat(64),
            "/start",
            "/start " + "x".repeat(300),
            "zh-CN",
            "c_" + "0".repeat(32),
            "\r\nX-Injected: 1");

    private final Random random;

    Hostile(Random random) {
        this.random = random;
    }

    Random random() {
        return random;
    }

    <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    /** A hostile string: a known troublemaker, a random mix of code points, or a long run of either. */
    String string() {
        return switch (random.nextInt(8)) {
            case 0, 1, 2 -> pick(STRINGS);
            case 3 -> codePoints(1 + random.nextInt(40));
            case 4 -> pick(STRINGS).repeat(1 + random.nextInt(50));
            case 5 ->
                "x"
                        .repeat(pick(List.of(
                                34, 35, 36, 60, 61, 100, 101, 199, 200, 201, 1000, 1001, 3999, 4000, 4001, 12_000)));
            case 6 -> "币".repeat(pick(List.of(100, 1000, 3999, 4000, 4001, 5000)));
            default -> pick(STRINGS) + codePoints(5) + pick(STRINGS);
        };
    }

    /** Random code points, unpaired surrogates and controls among them. */
    String codePoints(int n) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            int c = switch (random.nextInt(5)) {
                case 0 -> random.nextInt(0x20);
                case 1 -> 0x20 + random.nextInt(0x5f);
                case 2 -> 0xd800 + random.nextInt(0x800);
                case 3 -> 0x4e00 + random.nextInt(0x5000);
                default -> random.nextInt(0x110000);
            };
            out.appendCodePoint(c);
        }
        return out.toString();
    }

    /** A string as a JSON string literal, escaped the way a JSON encoder would (lone surrogates included). */
    static String quoted(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /** A JSON value of any type where a string is expected: the right type mostly, else the wrong one. */
    String jsonValue() {
        return switch (random.nextInt(14)) {
            case 0 -> "null";
            case 1 ->
                pick(List.of(
                        "0",
                        "-0",
                        "1",
                        "-1",
                        "1e309",
                        "-1e309",
                        "9223372036854775808",
                        "99999999999999999999999999999999",
                        "0.1",
                        "1E-400",
                        "NaN",
                        "Infinity",
                        "-Infinity",
                        "01",
                        "+1"));
            case 2 -> pick(List.of("true", "false", "tru", "nul"));
            case 3 -> "[" + quoted(string()) + "]";
            case 4 -> "{\"a\":" + quoted(string()) + "}";
            case 5 -> nested(pick(List.of(100, 999, 1000, 1001, 5000, 10_000)));
            case 6 -> "'" + string().replace("'", "") + "'";
            default -> quoted(string());
        };
    }

    /** {@code depth} nested arrays or objects, closed or (sometimes) not. */
    String nested(int depth) {
        boolean arrays = random.nextBoolean();
        String open = arrays ? "[" : "{\"a\":";
        String close = arrays ? "]" : "}";
        String inner = open.repeat(depth) + "1";
        return chance(80) ? inner + close.repeat(depth) : inner;
    }

    /** A JSON object with the given fields set to hostile values, mangled now and then. */
    String object(List<String> fields) {
        StringBuilder out = new StringBuilder("{");
        for (String field : fields) {
            if (chance(15)) {
                continue;
            }
            out.append(out.length() > 1 ? "," : "")
                    .append(quoted(field))
                    .append(':')
                    .append(jsonValue());
            if (chance(5)) {
                out.append(',').append(quoted(field)).append(':').append(jsonValue()); // a duplicate key
            }
        }
        if (chance(10)) {
            out.append(out.length() > 1 ? "," : "")
                    .append(quoted(string()))
                    .append(':')
                    .append(jsonValue());
        }
        out.append('}');
        return mangled(out.toString());
    }

    /** {@code json} sometimes cut short, padded, wrapped or replaced by another document altogether. */
    String mangled(String json) {
        return switch (random.nextInt(20)) {
            case 0 -> json.substring(0, random.nextInt(json.length()));
            case 1 -> json + json;
            case 2 -> "[" + json + "]";
            case 3 ->
                pick(List.of(
                        "",
                        "null",
                        "[]",
                        "{}",
                        "\"text\"",
                        "1",
                        "{\"text\"}",
                        "{,}",
                        "{\"text\":}",
                        "\ufeff{}",
                        "/* c */{}",
                        "{\"text\":\"a\"}garbage"));
            case 4 -> nested(pick(List.of(1000, 10_000, 30_000)));
            default -> json;
        };
    }

    /** UTF-8 bytes of {@code text}, sometimes with invalid sequences spliced in. */
    byte[] utf8(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length == 0 || !chance(10)) {
            return bytes;
        }
        byte[] out = bytes.clone();
        for (int i = 0; i < 1 + random.nextInt(4); i++) {
            out[random.nextInt(out.length)] = (byte) (int) pick(List.of(0xff, 0xfe, 0xc0, 0x80, 0xed, 0xf8));
        }
        return out;
    }

    /** A path segment: mostly {@code fallback}, else escapes, dots, semicolons, unicode or a very long one. */
    String segment(String fallback) {
        if (chance(60)) {
            return fallback;
        }
        return pick(List.of(
                "",
                "%2e%2e",
                "..%2f..%2f",
                "%2F",
                ";",
                ";x=1",
                fallback + ";jsessionid=1",
                "%00",
                "%ff",
                "%e4%bd%a0%e5%a5%bd",
                "%F0%9F%98%80",
                "%ed%a0%80",
                "%25",
                "%20",
                "+",
                "c_" + "0".repeat(32),
                "c_" + "A".repeat(32),
                "x".repeat(300),
                "y".repeat(5_000),
                "%41".repeat(500),
                "-1",
                "0",
                "99999999999999999999",
                "1e3",
                "t_" + "0".repeat(32),
                "null",
                "generic",
                "generic:acme",
                "telegram",
                "..",
                "."));
    }

    /** A query value, percent-encoded or raw-safe. */
    String queryValue() {
        return pick(List.of(
                "",
                "0",
                "-1",
                "1",
                "2",
                "3",
                "500",
                "501",
                "100000",
                "9223372036854775807",
                "9223372036854775808",
                "abc",
                "1.5",
                "+1",
                "%20",
                "%00",
                "%zz",
                "%e4%bd%a0",
                "urgent",
                "normal",
                "queued,assigned",
                "queued,,",
                ",",
                "dead",
                "pending",
                "sent",
                "x".repeat(3_000),
                "%41".repeat(300)));
    }
}
