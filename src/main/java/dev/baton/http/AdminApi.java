package dev.baton.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.agent.AgentAccounts;
import dev.baton.agent.Right;
import dev.baton.http.AdminDtos.Added;
import dev.baton.http.AdminDtos.AgentView;
import dev.baton.http.AdminDtos.Agents;
import dev.baton.http.AdminDtos.NewAgent;
import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.EnumSet;
import java.util.Set;

/**
 * The admin path under {@code /api/v1/admin}: agent accounts for {@code baton agent} while the server holds the
 * embedded store. Only callers on this machine's loopback, not relayed by a proxy, with the token of the admin
 * file get in.
 */
final class AdminApi {

    static final String PATH = "/api/v1/admin";
    static final String AGENTS = PATH + "/agents";

    private final AgentAccounts accounts;
    private final byte[] token;
    private final ObjectMapper json;

    AdminApi(AgentAccounts accounts, String token, ObjectMapper json) {
        this.accounts = accounts;
        this.token = token.getBytes(StandardCharsets.UTF_8);
        this.json = json;
    }

    /** Refuses the request unless {@link #check} lets it in. */
    void guard(Context ctx) {
        boolean relayed = ctx.header("X-Forwarded-For") != null || ctx.header("Forwarded") != null;
        check(ctx.req().getRemoteAddr(), relayed, ctx.header("Authorization"));
    }

    /**
     * 403 {@code forbidden} for a caller not on loopback or relayed by a proxy (which itself may sit on
     * loopback), 401 {@code unauthorized} for a missing or wrong token; tokens compare in constant time.
     */
    void check(String remoteAddress, boolean relayed, String authorization) {
        if (relayed || !loopback(remoteAddress)) {
            throw new ApiException(403, "forbidden", "the admin path answers only on this machine's loopback");
        }
        String given = Requests.bearer(authorization);
        if (given == null || !MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8))) {
            throw new ApiException(
                    401,
                    "unauthorized",
                    "send the token of the data directory's " + AdminFile.NAME + " as 'Authorization: Bearer <token>'");
        }
    }

    void list(Context ctx) {
        ctx.json(new Agents(accounts.list().stream().map(AgentView::of).toList()));
    }

    void add(Context ctx) {
        NewAgent body = Requests.body(ctx, json, NewAgent.class);
        Set<Right> rights = EnumSet.noneOf(Right.class);
        if (Boolean.TRUE.equals(body.supervisor())) {
            rights.add(Right.SUPERVISOR);
        }
        if (Boolean.TRUE.equals(body.editor())) {
            rights.add(Right.EDITOR);
        }
        AgentAccounts.Issued issued = accounts.add(body.name(), body.tier() == null ? 1 : body.tier(), rights);
        ctx.status(201).json(new Added(AgentView.of(issued.agent()), issued.token()));
    }

    void revoke(Context ctx) {
        ctx.json(AgentView.of(accounts.revoke(ctx.pathParam("name"))));
    }

    /** {@code PUT .../agents/{name}/rights/{right}}: grants the right; granting it again changes nothing. */
    void grant(Context ctx) {
        setRight(ctx, true);
    }

    /** {@code DELETE .../agents/{name}/rights/{right}}: withdraws the right. */
    void withdraw(Context ctx) {
        setRight(ctx, false);
    }

    private void setRight(Context ctx, boolean held) {
        Right right = Right.fromWire(ctx.pathParam("right"));
        ctx.json(AgentView.of(accounts.setRight(ctx.pathParam("name"), right, held)));
    }

    private static boolean loopback(String address) {
        if (address == null || address.isBlank() || !address.matches("[0-9A-Fa-f.:%\\[\\]]+")) {
            return false;
        }
        try {
            // A literal address: no name lookup happens.
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
