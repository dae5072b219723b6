package dev.baton.cli;

import dev.baton.App;
import dev.baton.agent.Agent;
import dev.baton.agent.AgentAccounts;
import dev.baton.agent.AgentException;
import dev.baton.config.BatonConfig;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code baton agent add NAME [--tier 2] [--supervisor]}, {@code agent revoke NAME}, {@code agent list}: agent
 * accounts in the configured store, whether or not a server runs on it (see {@link StoreAgents}). {@code add}
 * prints the agent's API token as the last word of its output; it is never shown again. Which database was used
 * goes to stderr.
 */
final class AgentCommand {

    private static final String USAGE = "usage: baton agent add NAME [--tier 1|2] [--supervisor] | agent revoke NAME"
            + " | agent list  [--config FILE] [--home DIR]";

    private final PrintStream out;
    private final PrintStream err;

    AgentCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> arguments) {
        List<String> rest = new ArrayList<>(arguments);
        boolean supervisor = rest.remove("--supervisor");
        Args args = Args.parse(rest, Set.of("tier", "config", "home"));
        List<String> words = args.positionals();
        if (words.isEmpty()) {
            throw new CliException(USAGE);
        }
        String action = words.get(0);
        try {
            return switch (action) {
                case "add" -> add(args, name(words), supervisor);
                case "revoke" -> revoke(args, name(words));
                case "list" -> list(args);
                default -> throw new CliException("unknown agent action '" + action + "'; " + USAGE);
            };
        } catch (AgentException e) {
            throw new CliException(e.getMessage());
        }
    }

    private int add(Args args, String name, boolean supervisor) {
        int tier = args.integer("tier", 1);
        AgentAccounts.Issued issued = StoreAgents.with(config(args), err, agents -> agents.add(name, tier, supervisor));
        Agent agent = issued.agent();
        out.printf(
                "added agent %s (tier %d%s); its API token, shown only this once: %s%n",
                agent.name(), agent.tier(), agent.supervisor() ? ", supervisor" : "", issued.token());
        return 0;
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
                    a.name(),
                    a.tier(),
                    a.supervisor() ? "\tsupervisor" : "",
                    a.active() ? "active" : "revoked " + a.revokedAt());
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
