package dev.baton.faq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FaqCorpusLoaderTest {

    @TempDir
    Path dir;

    private final FaqCorpusLoader loader = new FaqCorpusLoader();

    @BeforeEach
    void folders() throws IOException {
        Files.createDirectories(dir.resolve("intents"));
    }

    @Test
    void loadsAnEntryAndHashesTheFiles() throws IOException {
        write("intents/greeting.yaml", entry("greeting", "smalltalk"));
        FaqCorpus corpus = loader.load(dir);
        assertThat(corpus.entry("greeting").orElseThrow().answer().en()).isEqualTo("Hi!");
        assertThat(corpus.hash()).hasSize(64);
    }

    @Test
    void theHashChangesWhenAnExampleChangesButNotWithLineEndings() throws IOException {
        write("intents/greeting.yaml", entry("greeting", "smalltalk"));
        String first = loader.load(dir).hash();
        write("intents/greeting.yaml", entry("greeting", "smalltalk").replace("\n", "\r\n"));
        assertThat(loader.load(dir).hash()).isEqualTo(first);
        write("intents/greeting.yaml", entry("greeting", "smalltalk").replace("hello", "hullo"));
        assertThat(loader.load(dir).hash()).isNotEqualTo(first);
    }

    @Test
    void anIdThatDoesNotMatchTheFileNameIsRejectedWithTheFileName() throws IOException {
        write("intents/greeting.yaml", entry("hello", "smalltalk"));
        assertThatThrownBy(() -> loader.load(dir))
                .isInstanceOf(CorpusException.class)
                .hasMessageContaining("greeting.yaml")
                .hasMessageContaining("id must be 'greeting'");
    }

    @Test
    void unknownKindsAndFieldsAreRejected() throws IOException {
        write("intents/greeting.yaml", entry("greeting", "chitchat"));
        assertThatThrownBy(() -> loader.load(dir)).hasMessageContaining("unknown kind 'chitchat'");
        write("intents/greeting.yaml", entry("greeting", "smalltalk") + "colour: blue\n");
        assertThatThrownBy(() -> loader.load(dir))
                .isInstanceOf(CorpusException.class)
                .hasMessageContaining("greeting.yaml");
    }

    @Test
    void brokenYamlIsReportedWithItsLine() throws IOException {
        write("intents/greeting.yaml", "id: greeting\nkind: [smalltalk\n");
        assertThatThrownBy(() -> loader.load(dir))
                .isInstanceOf(CorpusException.class)
                .hasMessageContaining("greeting.yaml")
                .hasMessageContaining("line");
    }

    @Test
    void anUrgentEntryNeedsAReasonAndAFaqNeedsTwentyExamplesPerLanguage() throws IOException {
        write("intents/stolen.yaml", entry("stolen", "urgent"));
        assertThatThrownBy(() -> loader.load(dir)).hasMessageContaining("reason code");
        Files.delete(dir.resolve("intents/stolen.yaml"));
        Files.createDirectories(dir.resolve("faq"));
        write("faq/hours.yaml", entry("hours", "faq"));
        assertThatThrownBy(() -> loader.load(dir)).hasMessageContaining("at least 20 examples");
    }

    @Test
    void followUpsMustNameExistingEntries() throws IOException {
        write("intents/greeting.yaml", entry("greeting", "smalltalk") + "followUps: [nowhere]\n");
        assertThatThrownBy(() -> loader.load(dir)).hasMessageContaining("follow-up 'nowhere'");
    }

    @Test
    void anUnknownPlaceholderInAnAnswerIsRejectedWithTheFileName() throws IOException {
        write("intents/greeting.yaml", entry("greeting", "smalltalk").replace("Hi!", "\"Hi!\\nFax: {support.fax}\""));
        assertThatThrownBy(() -> loader.load(dir))
                .isInstanceOf(CorpusException.class)
                .hasMessageContaining("greeting.yaml")
                .hasMessageContaining("unknown placeholder {support.fax}");
    }

    @Test
    void knownPlaceholdersLoadButATitleMayNotHoldOne() throws IOException {
        write("intents/greeting.yaml", entry("greeting", "smalltalk").replace("Hi!", "\"Hi!\\nMail {support.email}\""));
        assertThat(loader.load(dir).entry("greeting").orElseThrow().answer().en())
                .isEqualTo("Hi!\nMail {support.email}");
        write("intents/greeting.yaml", entry("greeting", "smalltalk").replace("Greeting", "\"{support.phone}\""));
        assertThatThrownBy(() -> loader.load(dir))
                .isInstanceOf(CorpusException.class)
                .hasMessageContaining("greeting.yaml")
                .hasMessageContaining("a title may not hold a placeholder");
    }

    @Test
    void aMissingFolderIsAClearError() {
        assertThatThrownBy(() -> loader.load(dir.resolve("absent")))
                .isInstanceOf(CorpusException.class)
                .hasMessageContaining("no FAQ corpus folder");
    }

    private void write(String path, String text) throws IOException {
        Files.writeString(dir.resolve(path), text);
    }

    private static String entry(String id, String kind) {
        return "id: " + id + "\nkind: " + kind + "\ntitle: {zh: 问候, en: Greeting}\n"
                + "answer: {zh: 你好！, en: Hi!}\nexamples:\n  zh: [你好]\n  en: [hello]\n";
    }
}
