package dev.baton.channel.email;

/**
 * RFC 3676 {@code format=flowed} text as it was typed: a line ending in a space goes on in the next line of the
 * same quote depth (with {@code DelSp=yes} that space was added by the sender and is dropped), and a leading
 * space that only protected the line ("space-stuffing") is removed. Apple Mail and Thunderbird send plain
 * text so; without unflowing it the user's paragraphs arrive cut into 72-character lines.
 */
final class Flowed {

    private Flowed() {}

    static String unflow(String text, boolean delSp) {
        String[] lines = text.split("\r?\n", -1);
        StringBuilder out = new StringBuilder(text.length());
        boolean continuing = false;
        int continuedDepth = 0;
        for (String line : lines) {
            int depth = 0;
            while (depth < line.length() && line.charAt(depth) == '>') {
                depth++;
            }
            String content = line.substring(depth);
            if (content.startsWith(" ")) {
                content = content.substring(1);
            }
            boolean signature = content.equals("-- ");
            boolean soft = !signature && content.endsWith(" ");
            if (continuing && depth != continuedDepth) {
                out.append('\n'); // a quote depth change ends a flowed paragraph (RFC 3676, 4.5)
                continuing = false;
            }
            if (!continuing && depth > 0) {
                out.append(">".repeat(depth)).append(' ');
            }
            out.append(soft && delSp ? content.substring(0, content.length() - 1) : content);
            if (soft) {
                continuing = true;
                continuedDepth = depth;
            } else {
                out.append('\n');
                continuing = false;
            }
        }
        int end = out.length();
        if (end > 0 && out.charAt(end - 1) == '\n' && !text.endsWith("\n")) {
            out.setLength(end - 1);
        }
        return out.toString();
    }
}
