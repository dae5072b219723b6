package dev.baton.cli;

import dev.baton.training.EvaluationReport;
import java.util.Map;
import java.util.TreeSet;

/** A self-contained HTML page of an evaluation report. Every text is escaped. */
final class ReportHtml {

    private ReportHtml() {}

    /** One page with a section per evaluated set, in the given order. */
    static String render(Map<String, EvaluationReport> reports) {
        StringBuilder h = new StringBuilder();
        h.append("<!doctype html><html><head><meta charset=\"utf-8\"><title>Baton evaluation</title><style>")
                .append("body{font-family:system-ui,sans-serif;margin:2em;color:#222}table{border-collapse:collapse;")
                .append("margin:1em 0}td,th{border:1px solid #ccc;padding:4px 8px;text-align:right}")
                .append("th:first-child,td:first-child{text-align:left}.diag{background:#dfd}.off{background:#fdd}")
                .append("</style></head><body><h1>Baton evaluation</h1>");
        reports.forEach((source, report) -> section(h, source, report));
        return h.append("</body></html>\n").toString();
    }

    static String render(String source, EvaluationReport r) {
        return render(Map.of(source, r));
    }

    private static void section(StringBuilder h, String source, EvaluationReport r) {
        h.append("<h2>")
                .append(esc(source))
                .append("</h2><p>")
                .append(esc(source))
                .append(": ")
                .append(r.cases())
                .append(" messages</p><ul>");
        h.append(item("Action accuracy", String.format("%.2f%%", r.actionAccuracy() * 100)));
        h.append(item(
                "Urgent recall", r.urgentRecall() == null ? "n/a" : String.format("%.2f%%", r.urgentRecall() * 100)));
        h.append(item(
                "False-answer rate on fallback lines",
                r.falseAnswerRate() == null ? "n/a" : String.format("%.2f%%", r.falseAnswerRate() * 100)));
        h.append(item(
                "False urgent rate on other lines",
                r.falseUrgentRate() == null ? "n/a" : String.format("%.2f%%", r.falseUrgentRate() * 100)));
        h.append(item(
                "Latency per decision",
                "median " + r.latencyMedianMicros() + " µs, p99 " + r.latencyP99Micros() + " µs"));
        h.append("</ul><h3>Per language</h3><table><tr><th>language</th><th>accuracy</th><th>messages</th></tr>");
        r.perLanguage()
                .forEach((language, s) -> h.append(String.format(
                        "<tr><td>%s</td><td>%.3f</td><td>%d</td></tr>", esc(language), s.actionAccuracy(), s.cases())));
        h.append("</table><h3>Per label</h3><table><tr><th>label</th><th>precision</th><th>recall</th><th>F1</th>")
                .append("<th>support</th></tr>");
        r.perLabel()
                .forEach((label, s) -> h.append(String.format(
                        "<tr><td>%s</td><td>%.3f</td><td>%.3f</td><td>%.3f</td><td>%d</td></tr>",
                        esc(label), s.precision(), s.recall(), s.f1(), s.support())));
        h.append("</table><h3>Confusion matrix</h3><p>Rows: expected; columns: decided.</p><table><tr><th></th>");
        TreeSet<String> labels = new TreeSet<>(r.perLabel().keySet());
        labels.forEach(l -> h.append("<th>").append(esc(l)).append("</th>"));
        h.append("</tr>");
        for (String expected : labels) {
            Map<String, Integer> row = r.confusion().getOrDefault(expected, Map.of());
            h.append("<tr><th>").append(esc(expected)).append("</th>");
            for (String decided : labels) {
                int n = row.getOrDefault(decided, 0);
                String cls = n == 0 ? "" : decided.equals(expected) ? " class=\"diag\"" : " class=\"off\"";
                h.append("<td").append(cls).append('>').append(n == 0 ? "" : n).append("</td>");
            }
            h.append("</tr>");
        }
        h.append("</table><h3>Mistakes</h3><table><tr><th>message</th><th>expected</th><th>decided</th>")
                .append("<th>intent</th><th>confidence</th></tr>");
        for (EvaluationReport.Mistake m : r.mistakes()) {
            h.append(String.format(
                    "<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%.2f</td></tr>",
                    esc(m.text()), esc(m.expect()), esc(m.actual()), esc(m.intent()), m.confidence()));
        }
        h.append("</table>");
    }

    private static String item(String name, String value) {
        return "<li>" + esc(name) + ": <b>" + esc(value) + "</b></li>";
    }

    static String esc(String s) {
        return s.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
