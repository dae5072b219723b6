// @ts-check
/** The queue pane: loading, live updates, the keyed list of tickets, SLA countdowns and the clock tick. */
import { api } from './api.js';
import { attrs, badge, el, fill, localTime, refreshTimes, timeNode } from './dom.js';
import { slaCountdown } from './format.js';
import { lang, t } from './i18n.js';
import { badgeLabel, ticketTitle } from './labels.js';
import { state } from './state.js';
import { renderOpenHeader, updateOpenSummary } from './ticket.js';
import { queueFromLoad, queueWithTicket, remember, slaDue } from './tickets.js';
import { showError, view } from './view.js';

const FLASH_MS = 4000;

/** @typedef {import('./tickets.js').Ticket} Ticket */

/**
 * Fetches the queue; `loud` shows a failure in the banner.
 * @param {boolean} loud
 */
export async function loadQueue(loud) {
  const me = state.me;
  if (!me) {
    return;
  }
  const load = ++state.queueLoad;
  try {
    const data = await api.queue(state.filters);
    if (load !== state.queueLoad || !state.me) {
      return;
    }
    state.tickets = queueFromLoad(data.tickets || [], state.seen, state.filters, me);
    renderQueue();
    const open = state.open && state.seen.get(state.open.id);
    if (open) {
      updateOpenSummary(open, false);
    }
  } catch (e) {
    if (loud) {
      showError(e);
    }
  }
}

/**
 * Inserts, replaces or removes one ticket after a live event or an action.
 * @param {Ticket} ticket
 */
export function applyTicket(ticket) {
  const latest = remember(state.seen, ticket);
  if (state.me) {
    state.tickets = queueWithTicket(state.tickets, latest, state.filters, state.me);
  }
  renderQueue();
  if (state.open && state.open.id === latest.id) {
    updateOpenSummary(latest, true);
  }
}

/** Keyed render: rows keep their element (and focus) and only move when the order changes. */
export function renderQueue() {
  const keep = new Set();
  state.tickets.forEach((ticket, index) => {
    let node = state.queueNodes.get(ticket.id);
    if (!node) {
      node = el('li', { class: 't-item', 'data-agent': 'ticket', role: 'button', tabindex: '0' });
      state.queueNodes.set(ticket.id, node);
    }
    fillTicketNode(node, ticket);
    if (view.queue.children[index] !== node) {
      view.queue.insertBefore(node, view.queue.children[index] || null);
    }
    keep.add(ticket.id);
  });
  state.queueNodes.forEach((node, id) => {
    if (!keep.has(id)) {
      node.remove();
      state.queueNodes.delete(id);
    }
  });
  view.queueEmpty.hidden = state.tickets.length > 0 || !state.me;
  view.queueCount.textContent = String(state.tickets.length);
}

/**
 * "Unassigned", or who holds the ticket.
 * @param {Ticket} ticket
 */
export function assigneeText(ticket) {
  if (!ticket.assignee) {
    return t('unassigned');
  }
  const mine = !!state.me && ticket.assignee.id === state.me.id;
  return t(mine ? 'assigneeMe' : 'assignee', { name: String(ticket.assignee.name || ticket.assignee.id) });
}

/**
 * @param {HTMLElement} node
 * @param {Ticket} ticket
 */
function fillTicketNode(node, ticket) {
  const flash = state.flash.get(ticket.id);
  const language = lang();
  attrs(node, { 'data-ticket-id': ticket.id, 'data-status': ticket.status || '', 'data-priority': ticket.priority || '',
    'data-tier': ticket.tier, 'data-unread': state.unread.has(ticket.id), 'data-flash': flash ? flash.state : null,
    'aria-current': !!state.open && state.open.id === ticket.id });
  fill(node, [
    el('div', { class: 't-top' }, [
      el('span', { class: 't-reason', 'data-agent': 'ticket-reason', 'data-reason': ticket.reason || '' },
        [ticketTitle(ticket.reason, language)]),
      slaDue(ticket) === null ? null : setSla(el('span', { class: 'sla', 'data-agent': 'sla' }), ticket)
    ]),
    el('div', { class: 't-badges' }, [
      badge('priority', ticket.priority, badgeLabel('priority', ticket.priority, language), 'ticket-priority'),
      badge('tier', ticket.tier, badgeLabel('tier', ticket.tier, language), 'ticket-tier'),
      badge('status', ticket.status, badgeLabel('status', ticket.status, language), 'ticket-status')
    ]),
    ticket.preview ? el('div', { class: 't-preview', 'data-agent': 'ticket-preview', title: String(ticket.preview) },
      [String(ticket.preview)]) : null,
    el('div', { class: 't-meta' }, [
      el('span', { 'data-agent': 'ticket-assignee' }, [assigneeText(ticket)]), ' · ', timeNode(ticket.createdAt)
    ])
  ]);
}

/**
 * Shows the ticket's first-response countdown in `node`, or hides it when none runs.
 * @template {HTMLElement} E
 * @param {E} node
 * @param {Ticket} ticket
 * @returns {E}
 */
export function setSla(node, ticket) {
  const due = slaDue(ticket);
  node.hidden = due === null;
  attrs(node, { 'data-due': due, 'data-state': null,
    title: due === null ? null : t('slaDue', { time: localTime(ticket.firstResponseDue) }) }).textContent = '';
  if (due !== null) {
    paintSla(node);
  }
  return node;
}

/** @param {Element} node */
function paintSla(node) {
  const countdown = slaCountdown(Number(node.getAttribute('data-due')), Date.now(), lang());
  node.textContent = countdown.text;
  node.setAttribute('data-state', countdown.state);
}

/**
 * A warning or breach from the server's SLA clock: the new due time, and the row flashes a few seconds.
 * @param {{ ticketId: string, state?: string, firstResponseDue?: string }} event
 */
export function onSlaEvent(event) {
  const id = event.ticketId;
  const open = state.open && state.open.id === id ? state.open : null;
  for (const ticket of [state.seen.get(id), open && open.ticket]) {
    if (ticket && event.firstResponseDue) {
      ticket.firstResponseDue = event.firstResponseDue;
    }
  }
  state.flash.set(id, { state: event.state || 'warning', until: Date.now() + FLASH_MS });
  renderQueue();
  if (open) {
    renderOpenHeader();
  }
}

/** Once a second: SLA countdowns, relative times, and flashes that have run their course. */
export function tick() {
  document.querySelectorAll('[data-due]').forEach(paintSla);
  refreshTimes();
  state.flash.forEach((flash, id) => {
    if (flash.until > Date.now()) {
      return;
    }
    state.flash.delete(id);
    const node = state.queueNodes.get(id);
    if (node) {
      node.removeAttribute('data-flash');
    }
    if (state.open && state.open.id === id) {
      view.open.removeAttribute('data-flash');
    }
  });
}
