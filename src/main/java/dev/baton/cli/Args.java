package dev.baton.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Parsed command-line arguments: positionals and {@code --name value} options from a known set. */
final class Args {

    private final List<String> positionals = new ArrayList<>();
    private final Map<String, List<String>> options = new HashMap<>();

    private Args() {}

    /** Parses; an unknown option or one without a value is a {@link CliException}. */
    static Args parse(List<String> args, Set<String> known) {
        Args parsed = new Args();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith("--")) {
                String name = arg.substring(2);
                if (!known.contains(name)) {
                    throw new CliException("unknown option " + arg + " (known: "
                            + String.join(
                                    ", ",
                                    known.stream().sorted().map(k -> "--" + k).toList()) + ")");
                }
                if (i + 1 >= args.size()) {
                    throw new CliException("option " + arg + " needs a value");
                }
                parsed.options.computeIfAbsent(name, k -> new ArrayList<>()).add(args.get(++i));
            } else {
                parsed.positionals.add(arg);
            }
        }
        return parsed;
    }

    List<String> positionals() {
        return positionals;
    }

    /** The option's value (its last, when given more than once), or {@code fallback}. */
    String option(String name, String fallback) {
        List<String> values = options.get(name);
        return values == null ? fallback : values.get(values.size() - 1);
    }

    /** Every value of an option that may be given more than once, in order; empty when not given. */
    List<String> all(String name) {
        return List.copyOf(options.getOrDefault(name, List.of()));
    }

    Path path(String name, Path fallback) {
        String value = option(name, null);
        return value == null ? fallback : Path.of(value);
    }

    int integer(String name, int fallback) {
        String value = option(name, null);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new CliException("--" + name + " must be a whole number, not '" + value + "'");
        }
    }
}
