package dev.baton.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.bench.BenchException;
import dev.baton.config.ConfigException;
import dev.baton.faq.CorpusException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

/**
 * Baton's command line: {@code serve}, {@code agent}, {@code train}, {@code decide}, {@code evaluate}, and the
 * measuring tools of {@code dev.baton.bench}: {@code benchmark}, {@code loadtest}, {@code handofflatency}, {@code swaptest},
 * {@code stoptest}, {@code starttest}, {@code failovertest}, {@code proxyloadtest} and {@code perfsitting}. A
 * user error prints one line and exits 2; nothing prints a stack trace.
 */
public final class Cli {

    private static final String USAGE =
            "usage: baton serve|agent|train|gate|decide|evaluate|benchmark|loadtest|handofflatency|swaptest|stoptest"
                    + "|starttest|failovertest|proxyloadtest|perfsitting [options]";

    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private final ObjectMapper json = new ObjectMapper();

    public Cli(InputStream in, PrintStream out, PrintStream err) {
        this.in = in;
        this.out = out;
        this.err = err;
    }

    /** Baton's entry point: {@code java -jar baton.jar COMMAND ...}. */
    public static void main(String[] args) {
        System.exit(new Cli(System.in, System.out, System.err).run(args));
    }

    /** Runs a command; returns the process exit status. */
    public int run(String... args) {
        if (args.length == 0) {
            err.println(USAGE);
            return 2;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        try {
            return switch (args[0]) {
                case "serve" -> new ServeCommand(out).run(rest);
                case "agent" -> new AgentCommand(out, err).run(rest);
                case "train" -> new TrainCommand(out).run(rest);
                case "gate" -> new GateCommand(out).run(rest);
                case "decide" -> new DecideCommand(in, out, err, json).run(rest);
                case "evaluate" -> new EvaluateCommand(out, err, json).run(rest);
                case "benchmark" -> new BenchmarkCommand(json, out, err).run(rest);
                case "loadtest" -> new LoadtestCommand(out, err).run(rest);
                case "handofflatency" -> new HandoffLatencyCommand(out, err).run(rest);
                case "swaptest" -> new SwapTestCommand(out, err).run(rest);
                case "stoptest" -> new StopTestCommand(out, err).run(rest);
                case "failovertest" -> new FailoverTestCommand(out, err).run(rest);
                case "proxyloadtest" -> new ProxyLoadTestCommand(out, err).run(rest);
                case "perfsitting" -> new PerfSittingCommand(out, err).run(rest);
                case "starttest" -> new StartTestCommand(out, json).run(rest);
                default -> throw new CliException("unknown command '" + args[0] + "'; " + USAGE);
            };
        } catch (CliException | BenchException e) {
            err.println("baton: " + e.getMessage());
            return 2;
        } catch (CorpusException | ConfigException | IllegalStateException | UncheckedIOException e) {
            err.println("baton: " + e.getMessage());
            return 2;
        } catch (Exception e) {
            err.println("baton: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            return 1;
        }
    }
}
