package dev.baton.cli;

import dev.baton.App;
import dev.baton.agent.Agent;
import dev.baton.agent.AgentAccounts;
import dev.baton.agent.AgentException;
import dev.baton.agent.Right;
import dev.baton.config.BatonConfig;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * {@code baton agent add NAME [--tier 2] [--supervisor] [--editor]}, {@code agent grant|withdraw NAME RIGHT},
 * {@code agent revoke NAME}, {@code agent list}: agent
 * accounts in the configured store, whether or not a server runs on it (see {@link StoreAgents}). {@code add}
 * prints the agent's API token as the last word of its output; it is never shown again. Which database was used
 * goes to stderr.
 */
final class AgentCommand {

    private static final String USAGE = "usage: baton agent add NAME [--tier 1|2] [--supervisor] [--editor]"
            + " | agent grant NAME supervisor|editor | agent withdraw NAME supervisor|editor | agent revoke NAME"
            + " | agent list  [--config FILE] [--home DIR]";

    private final PrintStream out;
    private final PrintStream err;

    AgentCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> arguments) {
        List<String> rest = new ArrayList<>(arguments);
        Set<Right> rights = EnumSet.noneOf(Right.class);
        if (rest.remove("--supervisor")) {
            rights.add(Right.SUPERVISOR);
        }
        if (rest.remove("--editor")) {
            rights.add(Right.EDITOR);
        }
        Args args = Args.parse(rest, Set.of("tier", "config", "home"));
        List<String> words = args.positionals();
        if (words.isEmpty()) {
            throw new CliException(USAGE);
        }
        String action = words.get(0);
        try {
            return switch (action) {
                case "add" -> add(args, name(words), rights);
                case "grant" -> setRight(args, words, true);
                case "withdraw" -> setRight(args, words, false);
                case "revoke" -> revoke(args, name(words));
                case "list" -> list(args);
                default -> throw new CliException("unknown agent action '" + action + "'; " + USAGE);
            };
        } catch (AgentException e) {
            throw new CliException(e.getMessage());
        }
    }

    private int add(Args args, String name, Set<Right> rights) {
        int tier = args.integer("tier", 1);
        AgentAccounts.Issued issued = StoreAgents.with(config(args), err, agents -> agents.add(name, tier, rights));
        Agent agent = issued.agent();
        out.printf(
                "added agent %s (tier %d%s); its API token, shown only this once: %s%n",
                agent.name(), agent.tier(), rights(agent, ", "), issued.token());
        return 0;
    }

    /** {@code grant NAME RIGHT} / {@code withdraw NAME RIGHT}: doing either twice changes nothing. */
    private int setRight(Args args, List<String> words, boolean held) {
        if (words.size() != 3) {
            throw new CliException(USAGE);
        }
        Right right = Right.fromWire(words.get(2));
        Agent agent = StoreAgents.with(config(args), err, agents -> agents.setRight(words.get(1), right, held));
        out.printf("agent %s %s %s%n", agent.name(), agent.has(right) ? "holds" : "does not hold", right.wire());
        return 0;
    }

    /** The agent's rights, each after {@code separator}: {@code ", supervisor, editor"}. */
    private static String rights(Agent agent, String separator) {
        StringBuilder out = new StringBuilder();
        for (Right right : Right.values()) {
            if (agent.has(right)) {
                out.append(separator).append(right.wire());
            }
        }
        return out.toString();
    }

    private int revoke(Args args, String name) {
        Agent agent = StoreAgents.with(config(args), err, agents -> agents.revoke(name));
        out.printf("revoked the token of agent %s%n", agent.name());
        return 0;
    }

    private int list(Args args) {
        List<Agent> agents = StoreAgents.with(config(args), err, AgentOps::list);
        for (Agent a : agents) {
            out.printf(
                    "%s\ttier %d%s\t%s%n",
                    a.name(), a.tier(), rights(a, "\t"), a.active() ? "active" : "revoked " + a.revokedAt());
        }
        return 0;
    }

    private static BatonConfig config(Args args) {
        return App.config(args.path("config", null), args.path("home", null));
    }

    private static String name(List<String> words) {
        if (words.size() != 2) {
            throw new CliException(USAGE);
        }
        return words.get(1);
    }
}
