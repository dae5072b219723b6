package dev.baton.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.http.SuggestionDtos.AcceptBody;
import dev.baton.http.SuggestionDtos.Accepted;
import dev.baton.http.SuggestionDtos.DismissBody;
import dev.baton.http.SuggestionDtos.Dismissed;
import dev.baton.http.SuggestionDtos.GroupView;
import dev.baton.http.SuggestionDtos.Groups;
import dev.baton.learning.ExampleSink;
import dev.baton.learning.Suggestions;
import io.javalin.http.Context;
import java.util.Objects;
import java.util.function.Function;

/**
 * The learning loop's endpoints for editors, under {@value #PATH}: the groups of messages Baton could not
 * answer, accepting a group's messages as examples of a draft entry, dismissing them. Every request first
 * names its editor; the refusals (401 {@code unauthorized}, 403 {@code editor_only}) are the editor check's.
 */
public final class SuggestionApi {

    static final String PATH = KnowledgeApi.PATH + "/suggestions";
    private static final int DEFAULT_LIMIT = 20;

    private final Function<Context, String> editor;
    private final ExampleSink draft;
    private final Suggestions suggestions;
    private final ObjectMapper json = BatonServer.json();

    /**
     * @param editor      the calling editor's agent id, or throws the {@link ApiException} that refuses the request
     * @param draft       where accepted messages become examples
     * @param suggestions the groups and what editors do with them
     */
    public SuggestionApi(Function<Context, String> editor, ExampleSink draft, Suggestions suggestions) {
        this.editor = Objects.requireNonNull(editor, "editor");
        this.draft = Objects.requireNonNull(draft, "draft");
        this.suggestions = Objects.requireNonNull(suggestions, "suggestions");
    }

    /** Registers the endpoints under {@link #PATH}. */
    void routes(io.javalin.config.RoutesConfig routes) {
        routes.get(PATH, this::list);
        routes.post(PATH + "/accept", this::accept);
        routes.post(PATH + "/dismiss", this::dismiss);
    }

    /** {@code GET ?limit=20}: the largest groups, the most recent first among equals. */
    private void list(Context ctx) {
        editor.apply(ctx);
        int limit = limit(ctx.queryParam("limit"));
        ctx.json(
                new Groups(suggestions.groups(limit).stream().map(GroupView::of).toList()));
    }

    /** {@code POST /accept}: the messages become examples of a draft entry; the draft's new revision back. */
    private void accept(Context ctx) {
        String agentId = editor.apply(ctx);
        AcceptBody body = Requests.body(ctx, json, AcceptBody.class);
        if (body.revision() == null) {
            throw new ApiException(400, "invalid_request", "revision is required: the draft's revision you saw");
        }
        Suggestions.Accepted done =
                suggestions.accept(body.messageIds(), body.entryId(), body.revision(), agentId, draft);
        ctx.json(new Accepted(done.revision(), done.accepted()));
    }

    /** {@code POST /dismiss}: the messages leave the list. */
    private void dismiss(Context ctx) {
        String agentId = editor.apply(ctx);
        DismissBody body = Requests.body(ctx, json, DismissBody.class);
        ctx.json(new Dismissed(suggestions.dismiss(body.messageIds(), agentId)));
    }

    private static int limit(String param) {
        if (param == null || param.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            return Integer.parseInt(param.strip());
        } catch (NumberFormatException e) {
            throw new ApiException(400, "invalid_request", "limit must be a whole number: '" + param + "'");
        }
    }
}
