package dev.baton.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.App;
import dev.baton.dialogue.ActionLabel;
import dev.baton.dialogue.DecisionPolicy;
import dev.baton.nlu.training.DevSplit;
import dev.baton.nlu.training.EvalCase;
import dev.baton.nlu.training.EvaluationReport;
import dev.baton.nlu.training.Evaluator;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code baton evaluate [--data FILE.jsonl] [--report FILE.html]}: scores decisions on labelled messages
 * ({@code {"text", "expect"}} per line), by default on the corpus's held-out dev lines.
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
        Args args = Args.parse(arguments, Set.of("data", "report", "corpus", "models"));
        App.Understanding understanding = App.understanding(args.path("corpus", App.defaultCorpusDir()),
                args.path("models", App.defaultModelsDir()));
        String data = args.option("data", null);
        List<EvalCase> cases = data == null ? DevSplit.cases(understanding.corpus()) : read(Path.of(data));
        if (cases.isEmpty()) {
            throw new CliException("nothing to evaluate: no valid lines in " + (data == null ? "the dev split" : data));
        }
        EvaluationReport report = new Evaluator(understanding.policy()).evaluate(cases);
        String source = data == null ? "corpus dev split" : data;
        out.print(ReportText.render(source, report));
        String html = args.option("report", null);
        if (html != null) {
            try {
                Files.writeString(Path.of(html), ReportHtml.render(source, report), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new CliException("cannot write " + html + ": " + e.getMessage(), e);
            }
            out.println("report written to " + html);
        }
        return 0;
    }

    private List<EvalCase> read(Path file) {
        List<EvalCase> cases = new ArrayList<>();
        int number = 0;
        for (JsonNode node : JsonLines.read(file, json, err)) {
            number++;
            JsonNode text = node.get("text");
            JsonNode expect = node.get("expect");
            if (text == null || expect == null || !text.isTextual() || !expect.isTextual()
                    || !ActionLabel.isValid(expect.asText())) {
                err.println(file + ": skipped record " + number
                        + ": needs string text and expect (faq:<id>, handoff:urgent, handoff:human, fallback, smalltalk)");
                continue;
            }
            if (text.asText().length() > DecisionPolicy.MAX_CHARS) {
                err.println(file + ": record " + number + " is longer than " + DecisionPolicy.MAX_CHARS
                        + " characters; analysing the first " + DecisionPolicy.MAX_CHARS);
            }
            cases.add(new EvalCase(text.asText(), expect.asText()));
        }
        return cases;
    }
}
