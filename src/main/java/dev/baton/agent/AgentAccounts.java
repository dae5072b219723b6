package dev.baton.agent;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Creates agents, issues their API tokens and checks them. A token ({@code agt_<id>.<secret>}) is returned
 * once; the store keeps a random salt and SHA-256(salt, secret) only. The secret has 256 random bits, so a
 * fast salted hash is enough (it is not a password anyone chose).
 */
public final class AgentAccounts {

    /** A new agent and its token, shown once. */
    public record Issued(Agent agent, String token) {}

    private static final String PREFIX = "agt_";
    /** What a token naming no agent is checked against: a hash no secret produces in practice. */
    private static final AgentStore.Credentials DECOY =
            new AgentStore.Credentials(null, "00000000000000000000000000000000", "0".repeat(64));

    private final AgentStore store;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public AgentAccounts(AgentStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Creates an agent.
     *
     * @throws AgentException {@code agent_exists} when the name is taken, {@code invalid_agent} for a bad
     *                        name or tier
     */
    public Issued add(String name, int tier, Set<Right> rights) {
        Agent agent;
        try {
            agent = new Agent(
                    HexFormat.of().formatHex(bytes(12)),
                    name,
                    tier,
                    rights.contains(Right.SUPERVISOR),
                    rights.contains(Right.EDITOR),
                    clock.instant().truncatedTo(ChronoUnit.MILLIS),
                    null);
        } catch (IllegalArgumentException e) {
            throw new AgentException("invalid_agent", e.getMessage());
        }
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(32));
        String salt = HexFormat.of().formatHex(bytes(16));
        store.add(agent, salt, hash(salt, secret));
        return new Issued(agent, PREFIX + agent.id() + "." + secret);
    }

    /**
     * Revokes an agent's token: it opens nothing from then on.
     *
     * @throws AgentException {@code agent_not_found}
     */
    public Agent revoke(String name) {
        if (!store.revoke(name, clock.instant().truncatedTo(ChronoUnit.MILLIS))) {
            throw new AgentException("agent_not_found", "no agent named '" + name + "'");
        }
        return store.byName(name).orElseThrow();
    }

    /**
     * Grants ({@code held}) or withdraws {@code right}; doing either twice changes nothing.
     *
     * @throws AgentException {@code agent_not_found}
     */
    public Agent setRight(String name, Right right, boolean held) {
        Agent agent = store.byName(name)
                .orElseThrow(() -> new AgentException("agent_not_found", "no agent named '" + name + "'"));
        Agent changed = agent.with(right, held);
        if (!changed.equals(agent) && !store.setRights(changed)) {
            throw new AgentException("agent_not_found", "no agent named '" + name + "'");
        }
        return changed;
    }

    /** The active agent a token belongs to, or empty for a malformed, unknown, wrong or revoked token. */
    public Optional<Agent> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String id = token.substring(PREFIX.length(), dot);
        String secret = token.substring(dot + 1);
        Optional<AgentStore.Credentials> found = store.byId(id);
        // The secret is hashed and compared whether or not the id exists, so the time a refusal takes does not
        // tell which agent ids do.
        AgentStore.Credentials against = found.orElse(DECOY);
        boolean matches = MessageDigest.isEqual(
                against.hash().getBytes(StandardCharsets.US_ASCII),
                hash(against.salt(), secret).getBytes(StandardCharsets.US_ASCII));
        return found.filter(c -> matches && c.agent().active()).map(AgentStore.Credentials::agent);
    }

    public List<Agent> list() {
        return store.all();
    }

    private byte[] bytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    static String hash(String salt, String secret) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(HexFormat.of().parseHex(salt));
            return HexFormat.of().formatHex(sha.digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
