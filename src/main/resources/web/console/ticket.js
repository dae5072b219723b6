// @ts-check
/** The open ticket: opening and closing it, its header, and the actions its status allows. */
import { api } from './api.js';
import { hideEscalate, renderCanned, loadCanned, stopTyping } from './composer.js';
import { renderDetails, renderNotes } from './details.js';
import { attrs, fill, setBadge, timeNode } from './dom.js';
import { lang, t } from './i18n.js';
import { badgeLabel, channelLabel, conversationLabel, languageLabel, ticketTitle } from './labels.js';
import { applyTicket, assigneeText, renderQueue, setSla } from './queue.js';
import { state } from './state.js';
import { allowedActions, isNewer } from './tickets.js';
import { appendMessages, scrollTranscript, setUserTyping } from './transcript.js';
import { showError, view } from './view.js';

/** @typedef {import('./tickets.js').Ticket} Ticket */
/** @typedef {import('./state.js').OpenTicket} OpenTicket */

/**
 * Opens ticket `id`: header from the queue's copy at once, then the full ticket and its transcript.
 * @param {string} id
 */
export async function openTicket(id) {
  if (state.open && state.open.id === id && state.open.full) {
    return;
  }
  closeTicket();
  /** @type {OpenTicket} */
  const open = { id, ticket: state.seen.get(id) || null, full: false, lastSeq: 0, nodes: new Map(), canned: [] };
  state.open = open;
  state.unread.delete(id);
  renderQueue();
  view.replyText.value = state.drafts.get(id) || '';
  renderOpenHeader();
  renderOpenBody();
  try {
    const [ticket, transcript] = await Promise.all([api.ticket(id), api.transcript(id, 0)]);
    if (state.open !== open) {
      return;
    }
    acceptTicket(ticket);
    appendMessages(transcript.messages);
    scrollTranscript(true);
  } catch (e) {
    if (state.open === open) {
      showError(e);
    }
  }
  loadCanned(open);
}

export function closeTicket() {
  stopTyping();
  setUserTyping(false);
  state.open = null;
  view.open.hidden = true;
  view.noTicket.hidden = false;
  attrs(view.console, { 'data-ticket-open': null });
  attrs(view.open, { 'data-open-ticket-id': null, 'data-status': null, 'data-priority': null, 'data-flash': null });
  for (const node of [view.transcript, view.details, view.notes]) {
    node.textContent = '';
  }
  view.replyText.value = '';
  view.noteText.value = '';
  hideEscalate();
  renderCanned([]);
}

/** Back to the queue (narrow screens show one or the other). */
export function backToQueue() {
  const id = state.open && state.open.id;
  closeTicket();
  renderQueue();
  const row = id && state.queueNodes.get(id);
  if (row) {
    row.focus();
  }
}

/**
 * A full Ticket from a GET or an action replaces the open one (unless older) and updates the queue.
 * @param {Ticket | null | undefined} ticket
 */
export function acceptTicket(ticket) {
  if (!ticket || !ticket.id) {
    return;
  }
  const open = state.open;
  if (open && open.id === ticket.id && !isNewer(open.ticket, ticket)) {
    Object.assign(open, { ticket, full: true });
    renderOpenHeader();
    renderOpenBody();
  }
  applyTicket(ticket);
}

/**
 * A summary (queue row or live event) merges over the open ticket; a change may bring new details.
 * @param {Ticket} summary
 * @param {boolean} refetch
 */
export function updateOpenSummary(summary, refetch) {
  const open = state.open;
  if (!open || (open.ticket && isNewer(open.ticket, summary))) {
    return;
  }
  const changed = !open.ticket || open.ticket.updatedAt !== summary.updatedAt;
  open.ticket = { ...open.ticket, ...summary };
  renderOpenHeader();
  if (refetch && changed && open.full) {
    refreshOpen(open);
  }
}

/**
 * Re-reads the open ticket quietly (details and notes are not part of a summary).
 * @param {OpenTicket} open
 */
export function refreshOpen(open) {
  api.ticket(open.id).then(ticket => {
    if (state.open !== open || isNewer(open.ticket, ticket)) {
      return;
    }
    Object.assign(open, { ticket, full: true });
    renderOpenHeader();
    renderOpenBody();
  }, () => { /* the next event or refresh tries again */ });
}

export function renderOpenHeader() {
  const open = state.open;
  if (!open) {
    return;
  }
  const ticket = open.ticket;
  const flash = ticket && state.flash.get(ticket.id);
  const language = lang();
  view.noTicket.hidden = true;
  view.open.hidden = false;
  attrs(view.console, { 'data-ticket-open': true });
  attrs(view.open, { 'data-open-ticket-id': open.id, 'data-status': ticket && ticket.status,
    'data-priority': ticket && ticket.priority, 'data-flash': flash ? flash.state : null });
  renderActions();
  view.openReason.textContent = ticket ? ticketTitle(ticket.reason, language) : t('loading');
  attrs(view.openReason, { 'data-reason': ticket ? ticket.reason : null });
  if (!ticket) {
    return;
  }
  setBadge(view.openStatus, 'status', ticket.status, badgeLabel('status', ticket.status, language));
  setBadge(view.openPriority, 'priority', ticket.priority, badgeLabel('priority', ticket.priority, language));
  setBadge(view.openTier, 'tier', ticket.tier, badgeLabel('tier', ticket.tier, language));
  setSla(view.openSla, ticket);
  fill(view.openMeta, metaLine(ticket));
}

/**
 * Id, channel, language, age, assignee, conversation state, first response and rating.
 * @param {Ticket} ticket
 */
function metaLine(ticket) {
  const language = lang();
  const channel = ticket.channel ? String(ticket.channel) : '';
  const rating = ticket.rating;
  return [
    ticket.id,
    channel ? ' · ' + t('metaVia', { channel: channelLabel(channel, language) }) : null,
    ticket.language ? ' · ' + languageLabel(String(ticket.language), language) : null,
    ' · ' + t('metaCreated') + ' ', timeNode(ticket.createdAt), ' · ', assigneeText(ticket),
    ticket.conversationState
      ? ' · ' + t('metaConversation', { state: conversationLabel(String(ticket.conversationState), language) }) : null,
    ticket.firstResponseAt ? ' · ' + t('metaFirstResponse') + ' ' : null,
    ticket.firstResponseAt ? timeNode(ticket.firstResponseAt) : null,
    rating !== null && rating !== undefined ? ' · ' + t('metaRating', { rating: String(rating) }) : null
  ];
}

export function renderOpenBody() {
  const ticket = state.open && state.open.ticket;
  renderDetails(ticket && ticket.details);
  renderNotes(ticket && Array.isArray(ticket.notes) ? ticket.notes : []);
}

/** Enables exactly what the ticket's status (and ownership) allows. */
export function renderActions() {
  const ticket = state.open && state.open.ticket;
  const allowed = allowedActions(ticket, state.me);
  const busy = state.busy;
  view.claim.hidden = allowed.status !== 'queued';
  view.claim.disabled = busy || !allowed.claim;
  view.escalate.disabled = busy || !allowed.escalate;
  view.escalateConfirm.disabled = busy || !view.escalateNote.value.trim();
  view.resolve.disabled = busy || !allowed.resolve;
  view.replyText.disabled = !allowed.reply;
  view.replySend.disabled = busy || !allowed.reply;
  view.replyText.placeholder = allowed.reply ? t('replyHint') : allowed.status === 'queued' ? t('claimHint') : t('closedHint');
  view.canned.disabled = !allowed.reply || view.canned.options.length < 2;
  view.noteText.disabled = !allowed.note;
  view.noteAdd.disabled = busy || !allowed.note;
  if (view.escalate.disabled && !busy) {
    hideEscalate();
  }
}
