package dev.baton.store.jdbc;

import static dev.baton.store.jdbc.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.handoff.AuditEntry;
import dev.baton.handoff.AuditPage;
import dev.baton.handoff.AuditQuery;
import dev.baton.handoff.AuditTrail;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The part of {@link StoreContract} on reading the audit log: newest first, every filter alone and together,
 * and pages that follow each other without a gap or a repeat, also while lines are written between them.
 */
interface AuditContract {

    Database database();

    AuditTrail audit();

    @BeforeEach
    default void emptyAuditLog() throws SQLException {
        try (Connection c = database().dataSource().getConnection();
                Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM audit_log");
        }
    }

    /** Ten lines, one a minute from T0: ann and bob in turn on tickets t1 and t2, claim, reply, resolve... */
    private List<AuditEntry> written() {
        String[] actions = {"claim", "reply", "resolve", "view", "note"};
        List<AuditEntry> entries = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            AuditEntry e = new AuditEntry(
                    T0.plusSeconds(60L * i),
                    i % 2 == 0 ? "a_ann" : "a_bob",
                    actions[i % actions.length],
                    i < 5 ? "t1" : "t2",
                    i < 5 ? "c1" : "c2",
                    i == 0 ? "was queued" : null);
            audit().record(e);
            entries.add(e);
        }
        return entries;
    }

    private static List<AuditEntry> newestFirst(List<AuditEntry> entries) {
        List<AuditEntry> reversed = new ArrayList<>(entries);
        Collections.reverse(reversed);
        return reversed;
    }

    private static List<AuditEntry> entries(AuditPage page) {
        return page.lines().stream().map(AuditPage.Line::entry).toList();
    }

    @Test
    default void theLogIsReadNewestFirstAsItWasWritten() {
        List<AuditEntry> written = written();

        AuditPage page = audit().search(AuditQuery.latest(50));

        assertThat(entries(page)).containsExactlyElementsOf(newestFirst(written));
        assertThat(page.next()).isNull();
        assertThat(page.lines()).extracting(AuditPage.Line::id).isSortedAccordingTo((a, b) -> Long.compare(b, a));
    }

    @Test
    default void eachFilterSelectsItsLinesAndTheyCombine() {
        List<AuditEntry> written = written();

        assertThat(entries(audit().search(new AuditQuery("a_ann", null, null, null, null, null, 50))))
                .containsExactly(written.get(8), written.get(6), written.get(4), written.get(2), written.get(0));
        assertThat(entries(audit().search(new AuditQuery(null, "t1", null, null, null, null, 50))))
                .containsExactlyElementsOf(newestFirst(written.subList(0, 5)));
        assertThat(entries(audit().search(new AuditQuery(null, null, "claim", null, null, null, 50))))
                .containsExactly(written.get(5), written.get(0));
        // from is inclusive, to exclusive: minutes 3, 4 and 5.
        assertThat(entries(audit().search(
                                new AuditQuery(null, null, null, T0.plusSeconds(180), T0.plusSeconds(360), null, 50))))
                .containsExactly(written.get(5), written.get(4), written.get(3));
        assertThat(entries(audit().search(new AuditQuery("a_bob", "t2", null, T0.plusSeconds(300), null, null, 50))))
                .containsExactly(written.get(9), written.get(7), written.get(5));
        assertThat(entries(audit().search(new AuditQuery("a_nobody", null, null, null, null, null, 50))))
                .isEmpty();
    }

    @Test
    default void pagesFollowEachOtherByTheNextCursorWithoutGapOrRepeat() {
        List<AuditEntry> written = written();

        AuditPage first = audit().search(AuditQuery.latest(4));
        // Written between two pages: newer than every line paged, so it never shifts them.
        audit().record(new AuditEntry(T0.plusSeconds(3600), "a_ann", "claim", "t3", "c3", null));
        AuditPage second = audit().search(new AuditQuery(null, null, null, null, null, first.next(), 4));
        AuditPage third = audit().search(new AuditQuery(null, null, null, null, null, second.next(), 4));

        assertThat(entries(first)).containsExactlyElementsOf(newestFirst(written.subList(6, 10)));
        assertThat(entries(second)).containsExactlyElementsOf(newestFirst(written.subList(2, 6)));
        assertThat(entries(third)).containsExactlyElementsOf(newestFirst(written.subList(0, 2)));
        assertThat(first.next()).isEqualTo(first.lines().get(3).id());
        assertThat(third.next()).as("the last page").isNull();
    }

    @Test
    default void aPageExactlyAsLongAsWhatIsLeftIsTheLast() {
        written();

        AuditPage page = audit().search(new AuditQuery(null, "t1", null, null, null, null, 5));

        assertThat(page.lines()).hasSize(5);
        assertThat(page.next()).isNull();
    }

    @Test
    default void filtersAndTheCursorCombineAcrossPages() {
        List<AuditEntry> written = written();

        AuditPage first = audit().search(new AuditQuery("a_ann", null, null, null, null, null, 2));
        AuditPage second = audit().search(new AuditQuery("a_ann", null, null, null, null, first.next(), 2));

        assertThat(entries(first)).containsExactly(written.get(8), written.get(6));
        assertThat(entries(second)).containsExactly(written.get(4), written.get(2));
        assertThat(second.next()).isNotNull();
    }
}
