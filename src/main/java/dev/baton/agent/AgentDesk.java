package dev.baton.agent;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import dev.baton.conversation.Conversation;
import dev.baton.conversation.ConversationState;
import dev.baton.conversation.ConversationStore;
import dev.baton.conversation.Message;
import dev.baton.decision.Localizer;
import dev.baton.decision.ReplyLanguage;
import dev.baton.faq.FaqCorpus;
import dev.baton.faq.Kind;
import dev.baton.handoff.Actor;
import dev.baton.handoff.AuditEntry;
import dev.baton.handoff.AuditPage;
import dev.baton.handoff.AuditQuery;
import dev.baton.handoff.AuditTrail;
import dev.baton.handoff.Note;
import dev.baton.handoff.Priority;
import dev.baton.handoff.Ticket;
import dev.baton.handoff.TicketQuery;
import dev.baton.handoff.TicketStatus;
import dev.baton.handoff.TicketStore;
import dev.baton.logging.LogContext;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The agents' side of Baton: who is asking (by token), which tickets they see, and what they do to them.
 * Reading a conversation is recorded in the audit log; every change is, by {@link HandoffService}, in the
 * same transaction as the change.
 */
public final class AgentDesk {

    /** The open statuses: what an agent's queue shows by default. */
    public static final Set<TicketStatus> OPEN =
            EnumSet.of(TicketStatus.QUEUED, TicketStatus.ASSIGNED, TicketStatus.WAITING_ON_USER);

    private static final int TRANSCRIPT_PAGE = 500;

    /** A ticket with what an agent needs beside it. */
    public record TicketView(
            Ticket ticket,
            List<Note> notes,
            ConversationState conversationState,
            ReplyLanguage language,
            String channel) {}

    /** The FAQ answers an agent can insert, in the language of the ticket's user. */
    public record CannedAnswers(ReplyLanguage language, List<Canned> answers) {}

    /** One FAQ answer an agent can insert, in the user's language. */
    public record Canned(String faqId, String title, String text) {}

    private final AgentAccounts accounts;
    private final HandoffService handoff;
    private final TicketStore tickets;
    private final ConversationStore conversations;
    private final AuditTrail audit;
    private final Supplier<FaqCorpus> corpus;
    private final Localizer localizer;
    private final int capacity;
    private final Clock clock;
    private final LoadingCache<String, String> names;

    public AgentDesk(
            AgentAccounts accounts,
            HandoffService handoff,
            TicketStore tickets,
            ConversationStore conversations,
            AuditTrail audit,
            Supplier<FaqCorpus> corpus,
            Localizer localizer,
            int capacity,
            Clock clock) {
        this.accounts = accounts;
        this.handoff = handoff;
        this.tickets = tickets;
        this.conversations = conversations;
        this.audit = audit;
        this.corpus = corpus;
        this.localizer = localizer;
        this.capacity = capacity;
        this.clock = clock;
        this.names = Caffeine.newBuilder()
                .maximumSize(10_000)
                .expireAfterWrite(Duration.ofMinutes(1))
                .recordStats()
                .build(id -> accounts.list().stream()
                        .filter(a -> a.id().equals(id))
                        .map(Agent::name)
                        .findFirst()
                        .orElse(id));
    }

    /** The agent a bearer token belongs to, or empty for a missing, malformed, wrong or revoked one. */
    public Optional<Actor> authenticate(String token) {
        return accounts.authenticate(token)
                .map(a -> new Actor(a.id(), a.name(), a.tier(), a.supervisor(), a.has(Right.EDITOR)));
    }

    public int capacity() {
        return capacity;
    }

    /** The ids of the agents whose accounts are active now (one read of the accounts). */
    public java.util.Set<String> activeAgentIds() {
        return accounts.list().stream()
                .filter(Agent::active)
                .map(Agent::id)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** An agent's display name, for assignees and notes. */
    public String name(String agentId) {
        return agentId == null ? null : names.get(agentId);
    }

    /**
     * The tickets {@code actor} sees: by default the queued ones at their tier plus their own open ones
     * (a supervisor: every open one). Tier-2 agents see tier-2 tickets first.
     */
    public List<Ticket> queue(Actor actor, Set<TicketStatus> statuses, Integer tier, Priority priority, int limit) {
        Set<TicketStatus> wanted = statuses == null || statuses.isEmpty() ? OPEN : statuses;
        TicketQuery query =
                new TicketQuery(wanted, tier, priority, null, actor.tier() == 2 || actor.supervisor(), limit);
        return tickets.list(query).stream().filter(actor::maySee).toList();
    }

    public TicketView ticket(String ticketId, Actor actor) {
        return view(handoff.visible(ticketId, actor));
    }

    /** The ticket as an action left it (which the actor may no longer see: an escalation hands it on). */
    private TicketView view(Ticket ticket) {
        Conversation conversation = conversations.find(ticket.conversationId()).orElseThrow();
        return new TicketView(
                ticket,
                tickets.notes(ticket.id()),
                conversation.state(),
                conversation.language(),
                conversation.channel());
    }

    /** The redacted transcript, with Baton's decision on each of its replies; reading it is audited. */
    public List<Message> transcript(String ticketId, Actor actor, long after) {
        Ticket ticket = handoff.visible(ticketId, actor);
        audit.record(new AuditEntry(
                clock.instant().truncatedTo(ChronoUnit.MILLIS),
                actor.id(),
                "view",
                ticketId,
                ticket.conversationId(),
                after > 0 ? "after " + after : null));
        return conversations.messages(ticket.conversationId(), after, TRANSCRIPT_PAGE);
    }

    /** The latest ticket of a conversation, if it has one (whichever agent holds it). */
    public Optional<Ticket> currentTicket(String conversationId) {
        return conversations
                .find(conversationId)
                .map(c -> c.memory().ticketId())
                .flatMap(tickets::find);
    }

    /** Every FAQ answer, in the language the ticket's user writes. */
    public CannedAnswers canned(String ticketId, Actor actor) {
        Ticket ticket = handoff.visible(ticketId, actor);
        ReplyLanguage language = conversations
                .find(ticket.conversationId())
                .map(Conversation::language)
                .orElse(ReplyLanguage.SIMPLIFIED);
        return new CannedAnswers(
                language,
                corpus.get().ofKind(Kind.FAQ).stream()
                        .map(e -> new Canned(
                                e.id(), localizer.text(e.title(), language), localizer.text(e.answer(), language)))
                        .toList());
    }

    /** The ticket, if {@code actor} may see it (nothing else read). */
    public Ticket visible(String ticketId, Actor actor) {
        return handoff.visible(ticketId, actor);
    }

    public TicketView claim(String ticketId, Actor actor) {
        return as(actor, ticketId, () -> view(handoff.claim(ticketId, actor, capacity)));
    }

    public Message reply(String ticketId, Actor actor, String text) {
        return as(actor, ticketId, () -> handoff.reply(ticketId, actor, text));
    }

    public Note note(String ticketId, Actor actor, String text) {
        return as(actor, ticketId, () -> handoff.note(ticketId, actor, text));
    }

    public TicketView escalate(String ticketId, Actor actor, String why) {
        return as(actor, ticketId, () -> view(handoff.escalate(ticketId, actor, why)));
    }

    public TicketView resolve(String ticketId, Actor actor) {
        return as(actor, ticketId, () -> view(handoff.resolve(ticketId, actor)));
    }

    /** An agent's action on a ticket, with both ids on every line logged meanwhile. */
    private static <T> T as(Actor actor, String ticketId, Supplier<T> action) {
        try (LogContext log = LogContext.open().agent(actor.id()).ticket(ticketId)) {
            return action.get();
        }
    }

    /**
     * A page of the audit log, for supervisors (the caller checks the right). An agent filter that is an
     * account's name stands for that account's id.
     */
    public AuditPage audit(AuditQuery query) {
        String agent = query.agentId();
        if (agent == null) {
            return audit.search(query);
        }
        String id = accounts.list().stream()
                .filter(a -> a.name().equals(agent))
                .map(Agent::id)
                .findFirst()
                .orElse(agent);
        return audit.search(new AuditQuery(
                id, query.ticketId(), query.action(), query.from(), query.to(), query.before(), query.limit()));
    }

    /** Agents' names by id, for a page of tickets. */
    public Map<String, String> names(List<Ticket> page) {
        return page.stream()
                .map(Ticket::assignee)
                .filter(a -> a != null)
                .distinct()
                .collect(Collectors.toMap(Function.identity(), this::name));
    }
}
