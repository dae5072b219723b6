package dev.baton.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.App;
import dev.baton.Understanding;
import dev.baton.decision.ActionLabel;
import dev.baton.decision.DecisionPolicy;
import dev.baton.training.DevSplit;
import dev.baton.training.EvalCase;
import dev.baton.training.EvaluationReport;
import dev.baton.training.Evaluator;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code baton evaluate [--data FILE.jsonl[,FILE.jsonl...]] [--report FILE.html]}: scores decisions on
 * labelled messages ({@code {"text", "expect"}} per line, optionally {@code "lang"}), by default on the
 * corpus's held-out dev lines and every set in its {@code eval/} folder, each reported on its own and then
 * side by side.
 */
final class EvaluateCommand {

    private final PrintStream out;
    private final PrintStream err;
    private final ObjectMapper json;

    EvaluateCommand(PrintStream out, PrintStream err, ObjectMapper json) {
        this.out = out;
        this.err = err;
        this.json = json;
    }

    int run(List<String> arguments) throws Exception {
        Args args = Args.parse(arguments, Set.of("data", "report", "corpus", "models", "home"));
        Path home = App.home(args.path("home", null));
        Understanding understanding = Understanding.load(
                args.path("corpus", App.defaultCorpusDir(home)), args.path("models", App.defaultModelsDir(home)));
        String data = args.option("data", null);
        Map<String, List<EvalCase>> sets = new LinkedHashMap<>();
        if (data == null) {
            sets.put("dev", DevSplit.cases(understanding.corpus()));
            for (Path file :
                    evalFiles(args.path("corpus", App.defaultCorpusDir(home)).resolve("eval"))) {
                sets.put(name(file), read(file));
            }
        } else {
            for (String file : data.split(",")) {
                sets.put(name(Path.of(file.strip())), read(Path.of(file.strip())));
            }
        }
        Evaluator evaluator = new Evaluator(understanding.policy());
        Map<String, EvaluationReport> reports = new LinkedHashMap<>();
        for (Map.Entry<String, List<EvalCase>> set : sets.entrySet()) {
            if (set.getValue().isEmpty()) {
                throw new CliException("nothing to evaluate: no valid lines in " + set.getKey());
            }
            EvaluationReport report = evaluator.evaluate(set.getValue());
            reports.put(set.getKey(), report);
            out.print(ReportText.render(set.getKey(), report));
            out.println();
        }
        if (reports.size() > 1) {
            out.print(ReportText.summary(reports));
        }
        String htmlFile = args.option("report", null);
        if (htmlFile != null) {
            try {
                Files.writeString(Path.of(htmlFile), ReportHtml.render(reports), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new CliException("cannot write " + htmlFile + ": " + e.getMessage(), e);
            }
            out.println("report written to " + htmlFile);
        }
        return 0;
    }

    private static List<Path> evalFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jsonl"))
                    .sorted()
                    .toList();
        }
    }

    private static String name(Path file) {
        return file.getFileName().toString().replaceFirst("\\.jsonl$", "");
    }

    private List<EvalCase> read(Path file) {
        List<EvalCase> cases = new ArrayList<>();
        int number = 0;
        for (JsonNode node : JsonLines.read(file, json, err)) {
            number++;
            JsonNode text = node.get("text");
            JsonNode expect = node.get("expect");
            if (text == null
                    || expect == null
                    || !text.isTextual()
                    || !expect.isTextual()
                    || !ActionLabel.isValid(expect.asText())) {
                err.println(
                        file + ": skipped record " + number
                                + ": needs string text and expect (faq:<id>, handoff:urgent, handoff:human, fallback, smalltalk)");
                continue;
            }
            if (text.asText().length() > DecisionPolicy.MAX_CHARS) {
                err.println(file + ": record " + number + " is longer than " + DecisionPolicy.MAX_CHARS
                        + " characters; analysing the first " + DecisionPolicy.MAX_CHARS);
            }
            JsonNode language = node.get("lang");
            cases.add(new EvalCase(
                    text.asText(),
                    expect.asText(),
                    language != null && language.isTextual() ? language.asText() : null));
        }
        return cases;
    }
}
