package dev.baton.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The changes between two corpora, as editors read them. */
class ChangesTest {

    @Test
    void addedEditedAndRetiredEntriesAreListedWithWhatChanged() {
        List<String> hours = new ArrayList<>(TinyKnowledge.HOURS);
        hours.remove(0);
        hours.add("open at christmas?");
        hours.add("open on new year?");

        List<Changes.Change> changes =
                Changes.between(TinyKnowledge.corpus(), TinyKnowledge.corpus(hours, TinyKnowledge.VANISHED));

        assertThat(changes).containsExactly(new Changes.Change("hours", "edited", List.of("examples.en (+2 -1)")));
    }

    @Test
    void theSameCorpusHasNoChanges() {
        assertThat(Changes.between(TinyKnowledge.corpus(), TinyKnowledge.corpus()))
                .isEmpty();
    }
}
