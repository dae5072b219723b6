// @ts-check
/**
 * How the queue changes: which tickets an agent sees, in which order, and which copy of a ticket wins when a
 * slow fetch and a live event cross. No DOM: plain data in, plain data out.
 */
import { parseTime } from './format.js';

/**
 * @typedef {{ id: string, name?: string, tier: number, supervisor?: boolean, editor?: boolean,
 *   availability?: string | null, chosen?: string | null }} Me
 * @typedef {{ status: string, priority: string, tier: string }} Filters
 * @typedef {{ id: string, status?: string, priority?: string, tier?: number | string, reason?: string,
 *   assignee?: { id: string, name?: string } | null, createdAt?: string, updatedAt?: string,
 *   firstResponseDue?: string | null, firstResponseAt?: string | null, conversationId?: string,
 *   [more: string]: unknown }} Ticket
 */

export const OPEN_STATUSES = ['queued', 'assigned', 'waiting_on_user'];

/**
 * Whether `a` was updated after `b`.
 * @param {Ticket | null | undefined} a
 * @param {Ticket | null | undefined} b
 */
export function isNewer(a, b) {
  return (parseTime(a && a.updatedAt) || 0) > (parseTime(b && b.updatedAt) || 0);
}

/**
 * Keeps the newest copy of every ticket seen, so a slow fetch cannot undo a live update; returns that copy.
 * @param {Map<string, Ticket>} seen
 * @param {Ticket} ticket
 */
export function remember(seen, ticket) {
  const known = seen.get(ticket.id);
  if (known && isNewer(known, ticket)) {
    return known;
  }
  seen.set(ticket.id, ticket);
  return ticket;
}

/**
 * Whether the queue, with `filters`, lists `t` for `me`: a tier-1 agent sees neither tier-2 tickets nor
 * another agent's; a supervisor sees everything.
 * @param {Ticket} t
 * @param {Filters} filters
 * @param {Me} me
 */
export function matchesFilter(t, filters, me) {
  const visible = !!me.supervisor || (Number(t.tier) <= Number(me.tier) && (!t.assignee || t.assignee.id === me.id));
  const statuses = filters.status ? filters.status.split(',') : OPEN_STATUSES;
  return visible && statuses.includes(String(t.status)) && (!filters.priority || t.priority === filters.priority)
    && (!filters.tier || String(t.tier) === filters.tier);
}

/**
 * The queue's order: tier 2 first for tier-2 agents, then urgent first, then oldest first.
 * @param {Me} me
 * @returns {(a: Ticket, b: Ticket) => number}
 */
export function compareTickets(me) {
  return (a, b) => {
    const tier = Number(me.tier) >= 2 ? Number(Number(b.tier) >= 2) - Number(Number(a.tier) >= 2) : 0;
    const urgent = Number(b.priority === 'urgent') - Number(a.priority === 'urgent');
    return tier || urgent || (parseTime(a.createdAt) || 0) - (parseTime(b.createdAt) || 0);
  };
}

/**
 * The queue after a fetch: the server decides what is listed, unless a newer live copy says a ticket has
 * moved on (then the filter decides).
 * @param {unknown[]} fetched
 * @param {Map<string, Ticket>} seen
 * @param {Filters} filters
 * @param {Me} me
 */
export function queueFromLoad(fetched, seen, filters, me) {
  const tickets = /** @type {Ticket[]} */ (fetched.filter(t => t && typeof t === 'object' && /** @type {Ticket} */ (t).id));
  return tickets.map(t => remember(seen, t)).filter((t, i) => t === tickets[i] || matchesFilter(t, filters, me))
    .sort(compareTickets(me));
}

/**
 * The queue after one ticket changed (a live event or an action): it is inserted, replaced or removed.
 * @param {Ticket[]} tickets
 * @param {Ticket} latest
 * @param {Filters} filters
 * @param {Me} me
 */
export function queueWithTicket(tickets, latest, filters, me) {
  const list = tickets.filter(t => t.id !== latest.id);
  if (matchesFilter(latest, filters, me)) {
    list.push(latest);
  }
  return list.sort(compareTickets(me));
}

/**
 * When the first response is due, or null once it was given or the ticket is closed.
 * @param {Ticket | null | undefined} t
 */
export function slaDue(t) {
  const done = !t || t.firstResponseAt || t.status === 'resolved' || t.status === 'abandoned';
  return done ? null : parseTime(t.firstResponseDue);
}

/**
 * What the open ticket allows, by its status and who holds it.
 * @param {Ticket | null | undefined} t
 * @param {Me | null} me
 */
export function allowedActions(t, me) {
  const status = t ? String(t.status || '') : '';
  const tier = Number(me ? me.tier : 0);
  const supervisor = !!(me && me.supervisor);
  const active = status === 'assigned' || status === 'waiting_on_user';
  return {
    status,
    claim: status === 'queued' && !(Number(t && t.tier) > tier && !supervisor),
    escalate: OPEN_STATUSES.includes(status) && !(Number(t && t.tier) >= 2),
    resolve: active,
    reply: active && (supervisor || !!(t && t.assignee && me && t.assignee.id === me.id)),
    note: !!t
  };
}
