package dev.baton.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.nlu.IcuTextNormalizer;
import dev.baton.nlu.LuceneTokenizer;
import dev.baton.nlu.ScriptLanguageDetector;
import dev.baton.training.BenchmarkResult;
import dev.baton.training.BenchmarkRunner;
import dev.baton.training.BenchmarkRunner.Row;
import dev.baton.training.MaxentParams;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code baton benchmark clinc150|banking77 [--data DIR] [--k K]}: the intent pipeline on a public
 * benchmark. The data is read where it lies; nothing is copied.
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
        Args args = Args.parse(arguments, Set.of("data", "k", "iterations", "rounds", "corpus", "models", "home"));
        if (args.positionals().equals(List.of("decisions"))) {
            return new SpeedBenchmark(json, out, err).run(args);
        }
        if (args.positionals().size() != 1 || !DATASETS.contains(args.positionals().get(0))) {
            throw new CliException("usage: baton benchmark clinc150|banking77 [--data DIR] [--k K]"
                    + " | baton benchmark decisions [--data FILE.jsonl] [--rounds N]");
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
        out.printf("%s: train %d, valid %s, test %d rows%n", dataset, train.size(),
                valid == null ? "none" : valid.size(), test.size());
        MaxentParams standard = MaxentParams.standard();
        MaxentParams params = new MaxentParams(args.integer("iterations", standard.iterations()), standard.l2(),
                standard.cutoff(), standard.threads());
        BenchmarkRunner runner = new BenchmarkRunner(new IcuTextNormalizer(new ScriptLanguageDetector()),
                new LuceneTokenizer(), params, args.integer("k", 10), out);
        BenchmarkResult result = runner.run(dataset, train, valid, test);
        out.printf("in-scope accuracy, no rejection: %.4f%n", result.inScopeAccuracyNoReject());
        if (result.threshold() != null) {
            out.printf("at threshold %.2f: in-scope accuracy %.4f, out-of-scope recall %.4f, precision %.4f%n",
                    result.threshold(), result.inScopeAccuracy(), result.oosRecall(), result.oosPrecision());
        }
        out.println(json.writeValueAsString(result));
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
