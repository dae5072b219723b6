package dev.baton.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.faq.FaqCorpus;
import dev.baton.faq.FaqCorpusLoader;
import dev.baton.faq.FaqEntry;
import dev.baton.faq.Localized;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** The corpus as its files: the same corpus and hash as the folder, written back in its own layout, zipped. */
class CorpusFilesTest {

    static final Path SHIPPED = Path.of("faq-corpus");

    @Test
    void theFilesLoadAsTheFolderDoesWithTheSameHash() {
        FaqCorpus folder = new FaqCorpusLoader().load(SHIPPED);
        FaqCorpus files = CorpusFiles.read(SHIPPED).load("test");

        assertThat(files.hash()).isEqualTo(folder.hash());
        assertThat(files.entries()).isEqualTo(folder.entries());
    }

    @Test
    void anEntryWrittenBackReadsAsTheSameEntry() {
        CorpusFiles files = CorpusFiles.read(SHIPPED);
        FaqEntry entry = files.load("test").entry("contact-channels").orElseThrow();
        FaqEntry traditional = new FaqEntry(
                entry.id(),
                entry.kind(),
                entry.reason(),
                entry.tags(),
                entry.followUps(),
                entry.title(),
                new Localized(entry.answer().zh(), entry.answer().en(), "請在 App 內聯繫我們"),
                entry.examples(),
                entry.dev());

        FaqCorpus rewritten = files.with(traditional).load("test");

        assertThat(rewritten.entry("contact-channels")).contains(traditional);
        assertThat(files.with(entry).load("test").entry("contact-channels")).contains(entry);
    }

    @Test
    void anEntryThatChangesKindMovesFolder() {
        CorpusFiles files = CorpusFiles.read(SHIPPED);
        assertThat(files.pathOf("greeting")).contains("intents/greeting.yaml");
        assertThat(CorpusFiles.pathFor("greeting", dev.baton.faq.Kind.FAQ)).isEqualTo("faq/greeting.yaml");
        assertThat(files.without("greeting").pathOf("greeting")).isEmpty();
    }

    @Test
    void aZipRoundTripsAndAnExportedFolderInsideOneIsFound() throws IOException {
        CorpusFiles files = CorpusFiles.read(SHIPPED);
        assertThat(CorpusFiles.unzip(files.zip())).isEqualTo(files);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var file : files.asMap().entrySet()) {
                zip.putNextEntry(new ZipEntry("faq-corpus/" + file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
            }
            zip.putNextEntry(new ZipEntry("faq-corpus/eval/blind-1.jsonl"));
            zip.write("{}".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(CorpusFiles.unzip(out.toByteArray())).isEqualTo(files);
    }

    @Test
    void somethingThatIsNotACorpusArchiveIsRefusedWithItsCode() {
        assertThatThrownBy(() -> CorpusFiles.unzip("plain text".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(KnowledgeException.class)
                .satisfies(e -> assertThat(((KnowledgeException) e).code()).isEqualTo("invalid_corpus"));
    }
}
