package dev.baton.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.faq.Kind;
import dev.baton.handoff.Actor;
import dev.baton.http.KnowledgeDtos.DraftView;
import dev.baton.http.KnowledgeDtos.Entry;
import dev.baton.http.KnowledgeDtos.EntryBody;
import dev.baton.http.KnowledgeDtos.EntryList;
import dev.baton.http.KnowledgeDtos.EntryPage;
import dev.baton.http.KnowledgeDtos.EntrySummary;
import dev.baton.http.KnowledgeDtos.LiveView;
import dev.baton.http.KnowledgeDtos.PublishBody;
import dev.baton.http.KnowledgeDtos.PublishPage;
import dev.baton.http.KnowledgeDtos.Revision;
import dev.baton.http.KnowledgeDtos.SynonymsBody;
import dev.baton.http.KnowledgeDtos.Tried;
import dev.baton.http.KnowledgeDtos.TryBody;
import dev.baton.http.KnowledgeDtos.Verdict;
import dev.baton.http.KnowledgeDtos.VersionDetail;
import dev.baton.http.KnowledgeDtos.VersionList;
import dev.baton.http.KnowledgeDtos.VersionPage;
import dev.baton.knowledge.Draft;
import dev.baton.knowledge.KnowledgeDesk;
import dev.baton.knowledge.LivePointer;
import dev.baton.knowledge.Publish;
import dev.baton.knowledge.Publisher;
import dev.baton.knowledge.SynonymGroups;
import dev.baton.knowledge.Version;
import io.javalin.http.Context;
import java.util.function.UnaryOperator;

/** The knowledge editor's endpoints under {@code /api/v1/knowledge}: agents with the editor right only. */
final class KnowledgeApi {

    static final String PATH = "/api/v1/knowledge";

    private final AgentApi agents;
    private final KnowledgeDesk desk;
    private final Publisher publisher;
    private final UnaryOperator<String> names;
    private final ObjectMapper json;

    KnowledgeApi(
            AgentApi agents, KnowledgeDesk desk, Publisher publisher, UnaryOperator<String> names, ObjectMapper json) {
        this.agents = agents;
        this.desk = desk;
        this.publisher = publisher;
        this.names = names;
        this.json = json;
    }

    /** Registers every endpoint under {@link #PATH}. */
    void routes(io.javalin.config.RoutesConfig routes) {
        String p = PATH;
        routes.get(p + "/entries", this::entries);
        routes.post(p + "/entries", this::add);
        routes.get(p + "/entries/{id}", this::entry);
        routes.put(p + "/entries/{id}", this::save);
        routes.delete(p + "/entries/{id}", this::retire);
        routes.get(p + "/synonyms", this::synonyms);
        routes.put(p + "/synonyms", this::saveSynonyms);
        routes.get(p + "/draft", this::draft);
        routes.post(p + "/draft/discard", this::discard);
        routes.post(p + "/try", this::tryIt);
        routes.post(p + "/publish", this::publish);
        routes.get(p + "/publishes/{id}", this::publishState);
        routes.get(p + "/versions", this::versions);
        routes.get(p + "/versions/{n}", this::version);
        routes.post(p + "/versions/{n}/rollback", this::rollback);
        routes.get(p + "/versions/{n}/export", this::export);
        routes.post(p + "/import", this::importArchive);
        routes.get(p + "/live", this::live);
    }

    /** The calling agent, who must hold the editor right: 401 without an agent token, 403 without the right. */
    Actor editor(Context ctx) {
        return editor(agents, ctx);
    }

    /** As {@link #editor(Context)}, for every endpoint that changes what Baton knows (the suggestions too). */
    static Actor editor(AgentApi agents, Context ctx) {
        Actor actor = agents.actor(ctx);
        if (!actor.editor()) {
            throw new ApiException(403, "editor_only", "changing what Baton knows needs the editor right");
        }
        return actor;
    }

    void entries(Context ctx) {
        editor(ctx);
        String kind = ctx.queryParam("kind");
        Draft draft = desk.draft();
        ctx.json(new EntryList(
                draft.revision(),
                draft.base(),
                desk.entries(ctx.queryParam("q"), kind == null || kind.isBlank() ? null : kind(kind)).stream()
                        .map(EntrySummary::of)
                        .toList()));
    }

    void entry(Context ctx) {
        editor(ctx);
        ctx.json(new EntryPage(desk.draft().revision(), Entry.of(desk.entry(ctx.pathParam("id")))));
    }

    void save(Context ctx) {
        Actor editor = editor(ctx);
        EntryBody body = entryBody(ctx);
        if (!body.entry().id().equals(ctx.pathParam("id"))) {
            throw new ApiException(400, "invalid_entry", "the entry's id must be the one in the path");
        }
        Draft draft = desk.save(editor, body.revision(), body.entry().toEntry(), false);
        ctx.json(
                new EntryPage(draft.revision(), Entry.of(desk.entry(body.entry().id()))));
    }

    void add(Context ctx) {
        Actor editor = editor(ctx);
        EntryBody body = entryBody(ctx);
        Draft draft = desk.save(editor, body.revision(), body.entry().toEntry(), true);
        ctx.status(201)
                .json(new EntryPage(
                        draft.revision(), Entry.of(desk.entry(body.entry().id()))));
    }

    void retire(Context ctx) {
        Actor editor = editor(ctx);
        long revision = revision(ctx.queryParam("revision"));
        ctx.json(new Revision(desk.retire(editor, revision, ctx.pathParam("id")).revision()));
    }

    void synonyms(Context ctx) {
        editor(ctx);
        ctx.json(SynonymsBody.of(desk.draft().revision(), desk.synonyms()));
    }

    void saveSynonyms(Context ctx) {
        Actor editor = editor(ctx);
        SynonymsBody body = Requests.body(ctx, json, SynonymsBody.class);
        if (body.revision() == null) {
            throw new ApiException(400, "invalid_request", "send the draft's revision you edited");
        }
        Draft draft = desk.saveSynonyms(editor, body.revision(), new SynonymGroups(body.zh(), body.en()));
        ctx.json(SynonymsBody.of(draft.revision(), desk.synonyms()));
    }

    void draft(Context ctx) {
        editor(ctx);
        ctx.json(DraftView.of(desk.draft(), desk.changes()));
    }

    void discard(Context ctx) {
        Actor editor = editor(ctx);
        desk.discard(editor);
        ctx.json(DraftView.of(desk.draft(), desk.changes()));
    }

    void tryIt(Context ctx) {
        editor(ctx);
        TryBody body = Requests.body(ctx, json, TryBody.class);
        if (body.text() == null || body.text().isBlank()) {
            throw new ApiException(400, "invalid_request", "send the message to try as 'text'");
        }
        KnowledgeDesk.Tried tried = desk.tryIt(body.text());
        ctx.json(new Tried(Verdict.of(tried.live()), Verdict.of(tried.draft())));
    }

    void publish(Context ctx) {
        Actor editor = editor(ctx);
        PublishBody body = Requests.body(ctx, json, PublishBody.class);
        if (body.revision() == null) {
            throw new ApiException(400, "invalid_request", "send the draft's revision you publish");
        }
        String note = body.note() == null ? "" : body.note().strip();
        if (note.length() > 500) {
            throw new ApiException(400, "invalid_request", "a publish note is at most 500 characters");
        }
        ctx.status(202).json(new PublishPage(view(publisher.publish(editor, body.revision(), note))));
    }

    void publishState(Context ctx) {
        editor(ctx);
        ctx.json(new PublishPage(view(publisher.publish(revision(ctx.pathParam("id"))))));
    }

    void versions(Context ctx) {
        editor(ctx);
        long live = desk.livePointer().map(LivePointer::version).orElse(0L);
        ctx.json(new VersionList(
                live,
                publisher.versions().stream()
                        .map(v -> KnowledgeDtos.summary(
                                v, live, publisher.changes(v).size(), names.apply(v.author())))
                        .toList()));
    }

    void version(Context ctx) {
        editor(ctx);
        Version v = publisher.version(revision(ctx.pathParam("n")));
        long live = desk.livePointer().map(LivePointer::version).orElse(0L);
        ctx.json(new VersionPage(new VersionDetail(
                v.number(),
                names.apply(v.author()),
                KnowledgeDtos.time(v.publishedAt()),
                v.note(),
                v.number() == live,
                publisher.changes(v),
                publisher.gate(v.gate()).orElse(null))));
    }

    void rollback(Context ctx) {
        Actor editor = editor(ctx);
        LivePointer pointer = publisher.rollback(editor, revision(ctx.pathParam("n")));
        ctx.json(new LiveView(pointer.version(), KnowledgeDtos.time(pointer.since())));
    }

    void live(Context ctx) {
        editor(ctx);
        LivePointer pointer = desk.livePointer().orElseThrow();
        ctx.json(new LiveView(pointer.version(), KnowledgeDtos.time(pointer.since())));
    }

    void export(Context ctx) {
        editor(ctx);
        Version v = publisher.version(revision(ctx.pathParam("n")));
        ctx.header("Content-Disposition", "attachment; filename=\"faq-corpus-v" + v.number() + ".zip\"");
        ctx.contentType("application/zip").result(v.files().zip());
    }

    void importArchive(Context ctx) {
        Actor editor = editor(ctx);
        // An import replaces the whole draft on purpose: without a revision it goes over whatever is there.
        String sent = ctx.queryParam("revision");
        long revision = sent == null ? desk.draft().revision() : revision(sent);
        Draft draft = desk.importArchive(editor, revision, ctx.bodyAsBytes());
        ctx.json(DraftView.of(draft, desk.changes()));
    }

    private KnowledgeDtos.PublishView view(Publish p) {
        return KnowledgeDtos.view(p, publisher.gate(p.gate()).orElse(null), names.apply(p.author()));
    }

    private EntryBody entryBody(Context ctx) {
        EntryBody body = Requests.body(ctx, json, EntryBody.class);
        if (body.revision() == null || body.entry() == null) {
            throw new ApiException(400, "invalid_request", "send {\"revision\": N, \"entry\": {...}}");
        }
        return body;
    }

    private static Kind kind(String code) {
        try {
            return Kind.parse(code);
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, "invalid_request", e.getMessage());
        }
    }

    private static long revision(String value) {
        try {
            long n = Long.parseLong(value == null ? "" : value.strip());
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new ApiException(400, "invalid_request", "expected a whole number, got '" + value + "'");
    }
}
