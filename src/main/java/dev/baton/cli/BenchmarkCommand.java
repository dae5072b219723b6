package dev.baton.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.App;
import dev.baton.bench.IntentBenchmark;
import dev.baton.bench.LearningBenchmark;
import dev.baton.bench.LearningCase;
import dev.baton.bench.SpeedBenchmark;
import dev.baton.training.BenchmarkRunner.Row;
import dev.baton.training.MaxentParams;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code baton benchmark clinc150|banking77 [--data DIR] [--k K]}: the {@link IntentBenchmark} on a public
 * data set, read where it lies (nothing is copied); {@code baton benchmark decisions [--data FILE.jsonl]
 * [--rounds N]}: the {@link SpeedBenchmark}, over the dev split and, when given, an evaluation file's messages;
 * {@code baton benchmark learning --data A.jsonl --held-out B.jsonl [--cuts 1,1.5,2]}: the
 * {@link LearningBenchmark}, on two labelled sets read where they lie.
 */
final class BenchmarkCommand {

    private static final Set<String> DATASETS = Set.of("clinc150", "banking77");

    private final ObjectMapper json;
    private final PrintStream out;
    private final PrintStream err;

    BenchmarkCommand(ObjectMapper json, PrintStream out, PrintStream err) {
        this.json = json;
        this.out = out;
        this.err = err;
    }

    int run(List<String> arguments) throws Exception {
        Args args = Args.parse(
                arguments, Set.of("data", "held-out", "cuts", "k", "iterations", "rounds", "corpus", "models", "home"));
        if (args.positionals().equals(List.of("decisions"))) {
            return decisions(args);
        }
        if (args.positionals().equals(List.of("learning"))) {
            return learning(args);
        }
        if (args.positionals().size() != 1
                || !DATASETS.contains(args.positionals().get(0))) {
            throw new CliException("usage: baton benchmark clinc150|banking77 [--data DIR] [--k K]"
                    + " | baton benchmark decisions [--data FILE.jsonl] [--rounds N]"
                    + " | baton benchmark learning --data A.jsonl --held-out B.jsonl [--cuts 1,1.5,2]");
        }
        String dataset = args.positionals().get(0);
        Path dir = args.path("data", Path.of("..", "shared", "data", dataset));
        if (!Files.isDirectory(dir)) {
            throw new CliException("no benchmark data at " + dir + " (point --data at the folder with train.jsonl)");
        }
        List<Row> train = rows(dir.resolve("train.jsonl"));
        Path validFile = dir.resolve("valid.jsonl");
        List<Row> valid = Files.exists(validFile) ? rows(validFile) : null;
        List<Row> test = rows(dir.resolve("test.jsonl"));
        return new IntentBenchmark(json, out)
                .run(
                        dataset,
                        train,
                        valid,
                        test,
                        args.integer("iterations", MaxentParams.standard().iterations()),
                        args.integer("k", 10));
    }

    private int decisions(Args args) throws Exception {
        Path home = App.home(args.path("home", null));
        Path corpus = args.path("corpus", App.defaultCorpusDir(home));
        Path models = args.path("models", App.defaultModelsDir(home));
        List<String> more = new ArrayList<>();
        String data = args.option("data", null);
        if (data != null) {
            for (JsonNode node : JsonLines.read(Path.of(data), json, err)) {
                if (node.hasNonNull("text")) {
                    more.add(node.get("text").asText());
                }
            }
        }
        return new SpeedBenchmark(json, out).run(corpus, models, more, args.integer("rounds", 20));
    }

    private int learning(Args args) throws Exception {
        String data = args.option("data", null);
        String heldOut = args.option("held-out", null);
        if (data == null || heldOut == null) {
            throw new CliException("baton benchmark learning needs --data A.jsonl (the set examples are accepted from)"
                    + " and --held-out B.jsonl");
        }
        List<Double> cuts = new ArrayList<>();
        for (String cut : args.option("cuts", LearningCases.CUTS).split(",")) {
            try {
                cuts.add(Double.parseDouble(cut.strip()));
            } catch (NumberFormatException e) {
                throw new CliException("--cuts takes numbers separated by commas, not '" + cut.strip() + "'");
            }
        }
        List<LearningCase> a = LearningCases.read(Path.of(data), json, err);
        List<LearningCase> b = LearningCases.read(Path.of(heldOut), json, err);
        Path home = App.home(args.path("home", null));
        LearningBenchmark.load(
                        args.path("corpus", App.defaultCorpusDir(home)),
                        args.path("models", App.defaultModelsDir(home)),
                        json,
                        out)
                .run(LearningCases.name(Path.of(data)), a, LearningCases.name(Path.of(heldOut)), b, cuts);
        return 0;
    }

    private List<Row> rows(Path file) {
        List<Row> rows = new ArrayList<>();
        for (JsonNode node : JsonLines.read(file, json, err)) {
            JsonNode text = node.get("text");
            JsonNode label = node.get("label");
            if (text == null || label == null || !text.isTextual() || !label.isTextual()) {
                err.println(file + ": skipped a line without string fields text and label");
                continue;
            }
            rows.add(new Row(text.asText(), label.asText()));
        }
        return rows;
    }
}
