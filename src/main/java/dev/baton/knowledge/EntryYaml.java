package dev.baton.knowledge;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.baton.faq.Examples;
import dev.baton.faq.FaqEntry;
import dev.baton.faq.Localized;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes entries and synonym groups in the corpus's own YAML layout, as the repository's files are written. */
final class EntryYaml {

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .build();

    @JsonPropertyOrder({"id", "kind", "reason", "tags", "followUps", "answer", "title", "examples", "dev"})
    private record EntryFile(
            String id,
            String kind,
            String reason,
            List<String> tags,
            List<String> followUps,
            Localized answer,
            Localized title,
            Examples examples,
            Examples dev) {}

    private EntryYaml() {}

    static String write(FaqEntry e) {
        return text(new EntryFile(
                e.id(),
                e.kind().code(),
                e.reason(),
                e.tags(),
                e.followUps(),
                e.answer(),
                e.title(),
                e.examples(),
                e.dev()));
    }

    static String write(SynonymGroups synonyms) {
        Map<String, List<List<String>>> groups = new LinkedHashMap<>();
        groups.put("zh", synonyms.zh());
        groups.put("en", synonyms.en());
        return text(groups);
    }

    @SuppressWarnings("unchecked")
    static SynonymGroups synonyms(String text) {
        try {
            Map<String, List<List<String>>> groups = YAML.readValue(text, Map.class);
            return groups == null ? SynonymGroups.NONE : new SynonymGroups(groups.get("zh"), groups.get("en"));
        } catch (JsonProcessingException | ClassCastException e) {
            throw new KnowledgeException("invalid_corpus", "synonyms.yaml: expected zh: and en: lists of word groups");
        }
    }

    private static String text(Object value) {
        try {
            return YAML.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
