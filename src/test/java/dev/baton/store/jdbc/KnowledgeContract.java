package dev.baton.store.jdbc;

import static dev.baton.store.jdbc.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.knowledge.CorpusFiles;
import dev.baton.knowledge.KnowledgeException;
import dev.baton.knowledge.KnowledgeStore;
import dev.baton.knowledge.LivePointer;
import dev.baton.knowledge.NewVersion;
import dev.baton.knowledge.Publish;
import dev.baton.knowledge.Version;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The part of {@link StoreContract} on what Baton knows: one draft saved only over the revision it was made on,
 * versions numbered in order with their models kept byte for byte, a live pointer whose sequence only grows,
 * and publishes recorded as they go.
 */
interface KnowledgeContract {

    /** The knowledge store, on a database emptied before each test. */
    KnowledgeStore knowledge();

    CorpusFiles FILES = new CorpusFiles(Map.of("faq/a.yaml", "id: a\n", "synonyms.yaml", "zh: []\nen: []\n"));

    @Test
    default void theDraftIsSavedOnlyOverTheRevisionItWasMadeOn() {
        assertThat(knowledge().draft()).isEmpty();
        assertThat(knowledge().saveDraft(0, 1, FILES, "erin", T0).revision()).isEqualTo(1);
        assertThatThrownBy(() -> knowledge().saveDraft(0, 1, FILES, "tom", T0))
                .isInstanceOf(KnowledgeException.class)
                .hasMessageContaining("revision 0");
        CorpusFiles edited = new CorpusFiles(Map.of("faq/a.yaml", "id: a\nkind: faq\n"));
        assertThat(knowledge().saveDraft(1, 1, edited, "tom", T0.plusSeconds(1)).revision())
                .isEqualTo(2);
        assertThatThrownBy(() -> knowledge().saveDraft(1, 1, FILES, "erin", T0))
                .isInstanceOf(KnowledgeException.class)
                .satisfies(e -> assertThat(((KnowledgeException) e).code()).isEqualTo("stale_draft"));
        assertThat(knowledge().draft()).hasValueSatisfying(d -> {
            assertThat(d.revision()).isEqualTo(2);
            assertThat(d.files()).isEqualTo(edited);
            assertThat(d.updatedBy()).isEqualTo("tom");
        });
    }

    @Test
    default void versionsAreNumberedInOrderAndKeepTheirModelsByteForByte() {
        byte[] model = new byte[3_200_000];
        Arrays.fill(model, (byte) 7);
        model[0] = -1;
        Version first = knowledge().addVersion(version("shipped", "h1", model), true, T0);
        Version second = knowledge().addVersion(version("erin", "h2", new byte[] {1, 2}), false, T0.plusSeconds(5));

        assertThat(first.number()).isEqualTo(1);
        assertThat(second.number()).isEqualTo(2);
        assertThat(knowledge().model(1)).hasValueSatisfying(m -> assertThat(m).isEqualTo(model));
        assertThat(knowledge().versionWithHash("h2")).contains(2L);
        assertThat(knowledge().versionWithHash("nope")).isEmpty();
        assertThat(knowledge().versions()).extracting(Version::number).containsExactly(2L, 1L);
        assertThat(knowledge().version(2)).hasValueSatisfying(v -> {
            assertThat(v.files()).isEqualTo(FILES);
            assertThat(v.gate()).isEqualTo("{\"passed\":true}");
            assertThat(v.author()).isEqualTo("erin");
        });
        assertThat(knowledge().live()).contains(new LivePointer(1, 1, T0));
    }

    @Test
    default void theLiveSequenceOnlyGrowsAndOnlyRecordedVersionsGoLive() {
        knowledge().addVersion(version("shipped", "h1", new byte[] {1}), true, T0);
        knowledge().addVersion(version("erin", "h2", new byte[] {2}), true, T0.plusSeconds(1));
        LivePointer back = knowledge().makeLive(1, T0.plusSeconds(2));

        assertThat(back).isEqualTo(new LivePointer(1, 3, T0.plusSeconds(2)));
        assertThatThrownBy(() -> knowledge().makeLive(9, T0))
                .isInstanceOf(KnowledgeException.class)
                .satisfies(e -> assertThat(((KnowledgeException) e).code()).isEqualTo("unknown_version"));
        assertThat(knowledge().live()).contains(back);
    }

    @Test
    default void aPublishIsRecordedAsItGoes() {
        Publish started = knowledge().startPublish("erin", "clearer answers", T0);
        assertThat(knowledge().publish(started.id())).contains(started);

        knowledge().updatePublish(started.withState(Publish.State.CHECKING, T0.plusSeconds(3)));
        assertThat(knowledge().publish(started.id()))
                .hasValueSatisfying(p -> assertThat(p.state()).isEqualTo(Publish.State.CHECKING));
        Publish refused = started.refused("{\"passed\":false}", T0.plusSeconds(9));
        knowledge().updatePublish(refused);

        assertThat(knowledge().publish(started.id())).contains(refused);
        assertThat(knowledge().publish(started.id() + 1)).isEmpty();
    }

    private static NewVersion version(String author, String hash, byte[] model) {
        return new NewVersion(
                author, "note", FILES, hash, model, "{}", author.equals("shipped") ? null : "{\"passed\":true}", "[]");
    }
}
