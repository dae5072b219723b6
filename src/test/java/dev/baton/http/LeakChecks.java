package dev.baton.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.safety.AdversarialSecrets.Channel;
import dev.baton.safety.AdversarialSecrets.Disguised;
import dev.baton.safety.AdversarialSecrets.LookAlike;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What a {@link SecretsRun} must show: no disguised secret kept in clear anywhere, and look-alikes kept as sent. */
final class LeakChecks {

    /** What a held bare hex string reads as in the store until the user says what it is. */
    static final String HELD_HASH = "[redacted: transaction hash or private key]";

    private LeakChecks() {}

    /**
     * No needle of a run.disguised secret in {@code stored} (the store's bytes, one char per byte), the run.logs, the run.responses, the
     * platforms' calls or the agent's live run.events; every run.disguised secret a user sent handed off urgently
     * as an exposed secret.
     */
    static void assertNothingLeaked(SecretsRun run, Iterable<String> stored, String where) {
        Map<String, Iterable<String>> haystacks = new LinkedHashMap<>();
        haystacks.put(where, stored);
        haystacks.put(
                "the run.logs",
                List.of(StoredBytes.utf8Latin1(String.join(
                        "\n",
                        run.logs.list.stream()
                                .map(e -> e.getFormattedMessage()
                                        + (e.getThrowableProxy() == null
                                                ? ""
                                                : " " + e.getThrowableProxy().getMessage()))
                                .toList()))));
        haystacks.put("the HTTP run.responses", List.of(StoredBytes.utf8Latin1(String.join("\n", run.responses))));
        haystacks.put("the platforms' calls", List.of(StoredBytes.utf8Latin1(String.join("\n", run.platformBodies))));
        haystacks.put("the live run.events", List.of(StoredBytes.utf8Latin1(String.join("\n", run.events))));
        List<String> found = new ArrayList<>();
        NeedleSearch needles = new NeedleSearch();
        for (Disguised d : run.disguised) {
            d.needles().forEach(n -> needles.add(n, d.id() + " " + d.disguise()));
        }
        haystacks.forEach((name, chunks) ->
                chunks.forEach(bytes -> needles.findIn(bytes).forEach(hit -> found.add(hit + " in " + name))));
        System.out.printf(
                "%s: %d run.disguised secrets (%d multi-part, %d written by agents): %d needles found in clear "
                        + "in the store, run.logs, run.responses, platform calls and live run.events%n",
                where,
                run.disguised.size(),
                run.disguised.stream().filter(d -> d.parts().size() > 1).count(),
                run.disguised.stream().filter(d -> d.channel() == Channel.AGENT).count(),
                found.size());
        assertThat(found).as("run.disguised secrets found in clear").isEmpty();

        List<String> notUrgent = new ArrayList<>();
        for (Disguised d : run.disguised) {
            if (d.channel() == Channel.AGENT) {
                continue;
            }
            CaseOutcomes.Outcome o = run.outcomes.get(d.id());
            if (o == null || !o.urgentReasons().contains("secret_exposed")) {
                notUrgent.add(d.id() + " " + d.disguise() + " -> " + (o == null ? "no conversation" : o));
            }
        }
        long sentByUsers =
                run.disguised.stream().filter(d -> d.channel() != Channel.AGENT).count();
        System.out.printf(
                "%s: %d of %d run.disguised secrets sent by users handed off urgently as secret_exposed%n",
                where, sentByUsers - notUrgent.size(), sentByUsers);
        notUrgent.forEach(n -> System.out.println("  not urgent: " + n));
        assertThat(notUrgent)
                .as("run.disguised secrets not handed off urgently as exposed")
                .isEmpty();
    }

    /**
     * Look-alikes: at most 0.5% redacted or handed off as an exposed secret, none of the transaction hashes
     * given with context, and what they carried (a hash, an address, a fragment of prose) stored as sent,
     * which also shows the search above reads the store's bytes.
     */
    static void assertLookAlikesKept(SecretsRun run, Iterable<String> stored, String where) {
        List<String> alarms = new ArrayList<>();
        List<String> txAlarms = new ArrayList<>();
        int kept = 0;
        int keeps = 0;
        int asked = 0;
        Set<String> wanted = new HashSet<>();
        for (LookAlike l : run.lookAlikes) {
            l.keep().forEach(k -> {
                wanted.add(StoredBytes.utf8Latin1(k));
                wanted.add(StoredBytes.h2Latin1(k));
            });
        }
        Set<String> present = new HashSet<>();
        for (String chunk : stored) {
            for (String k : wanted) {
                if (!present.contains(k) && chunk.contains(k)) {
                    present.add(k);
                }
            }
        }
        for (LookAlike l : run.lookAlikes) {
            CaseOutcomes.Outcome o = run.outcomes.get(l.id());
            // A bare hash Baton did not ask for is held and asked about: the user's answer decides.
            boolean ask = o != null
                    && l.kind().equals("tx-reply")
                    && !o.urgentReasons().contains("secret_exposed")
                    && o.userTexts().stream().anyMatch(t -> t.contains(HELD_HASH));
            asked += ask ? 1 : 0;
            boolean alarm = o == null
                    || o.urgentReasons().contains("secret_exposed")
                    || !ask && o.userTexts().stream().anyMatch(t -> t.contains("[redacted: "));
            if (alarm) {
                alarms.add(l.id() + " " + l.kind() + " " + l.parts() + " -> " + o);
                if (l.kind().startsWith("tx-")) {
                    txAlarms.add(l.id());
                }
            }
            for (String k : ask || alarm ? List.<String>of() : l.keep()) {
                keeps++;
                boolean found =
                        present.contains(StoredBytes.utf8Latin1(k)) || present.contains(StoredBytes.h2Latin1(k));
                kept += found ? 1 : 0;
                if (!found && Boolean.getBoolean("baton.secrets.verbose")) {
                    System.out.println("  not found as sent: " + l.id() + " " + k + " <- " + o);
                }
            }
        }
        Map<String, Long> byKind = new java.util.TreeMap<>();
        run.lookAlikes.forEach(l -> byKind.merge(l.kind(), 1L, Long::sum));
        System.out.printf(
                "%s: %d false alarms on %d look-alikes %s (%d on transaction hashes given with "
                        + "context); %d bare hashes Baton had not asked for held and asked about; %d of %d kept values found "
                        + "stored as sent%n",
                where, alarms.size(), run.lookAlikes.size(), byKind, txAlarms.size(), asked, kept, keeps);
        alarms.forEach(a -> System.out.println("  false alarm: " + a));
        assertThat(txAlarms)
                .as("transaction hashes given with context taken for secrets")
                .isEmpty();
        assertThat(alarms.size())
                .as("false alarms on %d look-alikes: %s", run.lookAlikes.size(), alarms)
                .isLessThanOrEqualTo(run.lookAlikes.size() / 200);
        assertThat(kept).as("look-alikes' contents found in %s", where).isEqualTo(keeps);
    }
}
