package dev.baton.safety;

import dev.baton.safety.DisguiseWriter.Drafted;
import dev.baton.safety.WalletSecrets.Secret;
import dev.baton.safety.WalletSecrets.Source;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What must never be found in clear of a disguised secret, in order without repeats: the secret as typed in
 * each message and windows of it, and the secret's words or key as the wallet wrote them. One too short to
 * mean anything on its own (under 12 chars, or under 6 CJK chars) is left out, since ordinary text could
 * hold it.
 */
final class Needles {

    /** A message with at most this many chars around its secret is a needle as a whole. */
    private static final int SHORT_WRAPPER = 24;

    private final Set<String> needles = new LinkedHashSet<>();

    private Needles() {}

    /** The needles of a phrase typed in {@code drafted}, which the user remembered as {@code said}. */
    static List<String> ofPhrase(List<Drafted> drafted, Secret secret, List<String> said) {
        Needles needles = new Needles();
        Source source = secret.source();
        needles.typed(drafted, source.chinese() ? 6 : 4, 1);
        needles.words(said, source);
        if (said.size() == secret.words().size() && !said.equals(secret.words())) {
            needles.words(secret.words(), source);
        }
        return needles.list();
    }

    /** The needles of a key typed in {@code drafted}, which the user wrote as {@code said}. */
    static List<String> ofKey(List<Drafted> drafted, Secret secret, String said) {
        Needles needles = new Needles();
        needles.typed(drafted, 16, 16);
        boolean hex = secret.type().equals("hex");
        for (String canonical : List.of(secret.key(), hex ? said.toLowerCase(Locale.ROOT) : said)) {
            needles.add(canonical);
            for (int i = 0; i + 16 <= canonical.length(); i += 16) {
                needles.add(canonical.substring(i, i + 16));
            }
        }
        return needles.list();
    }

    private void words(List<String> words, Source source) {
        add(String.join(source.separator(), words));
        add(String.join(" ", words));
        if (source.latin()) {
            add(String.join("", words));
        }
        int width = source.chinese() ? 6 : 4;
        for (int i = 0; i + width <= words.size(); i++) {
            List<String> window = words.subList(i, i + width);
            add(String.join(" ", window));
            add(String.join(source.separator(), window));
            if (source.chinese()) {
                add(String.join("", window));
            }
        }
    }

    /** Each message's secret as typed, the whole message when little else is in it, and windows of it. */
    private void typed(List<Drafted> drafted, int width, int step) {
        for (Drafted d : drafted) {
            TypedSecret typed = d.typed();
            add(typed.text());
            if (d.text().length() - typed.text().length() <= SHORT_WRAPPER) {
                add(d.text());
            }
            int start = (typed.first() + step - 1) / step * step;
            for (int i = start; i + width <= typed.end(); i += step) {
                add(typed.window(i, i + width));
            }
        }
    }

    private void add(String needle) {
        if (needle.length() >= 12 || AdversarialSecrets.cjk(needle) >= 6) {
            needles.add(needle);
        }
    }

    private List<String> list() {
        return List.copyOf(needles);
    }
}
