// @ts-check
/** Writing to the user: the reply box's draft and typing signal, the canned answers, the escalation note. */
import { api } from './api.js';
import { el, fill } from './dom.js';
import { t } from './i18n.js';
import { sendSocket } from './socket.js';
import { state } from './state.js';
import { renderActions } from './ticket.js';
import { view } from './view.js';

const TYPING_IDLE_MS = 3000;
const TYPING_RESEND_MS = 10000;

/** @typedef {import('./state.js').OpenTicket} OpenTicket */

/** "typing: true" once when typing starts (refreshed every 10 s), "typing: false" after 3 s idle. */
export function onReplyInput() {
  const open = state.open;
  const typing = state.typing;
  const empty = !view.replyText.value.trim();
  if (!open) {
    return;
  }
  state.drafts.set(open.id, view.replyText.value);
  if (typing.ticketId !== open.id || empty) {
    stopTyping();
  }
  if (empty) {
    return;
  }
  if (typing.ticketId !== open.id || Date.now() - typing.sentAt > TYPING_RESEND_MS) {
    Object.assign(typing, { ticketId: open.id, sentAt: Date.now() });
    sendSocket({ type: 'typing', ticketId: open.id, typing: true });
  }
  clearTimeout(typing.timer);
  typing.timer = setTimeout(stopTyping, TYPING_IDLE_MS);
}

export function stopTyping() {
  const typing = state.typing;
  clearTimeout(typing.timer);
  if (typing.ticketId) {
    sendSocket({ type: 'typing', ticketId: typing.ticketId, typing: false });
  }
  Object.assign(typing, { ticketId: null, sentAt: 0 });
}

/**
 * Fetches the canned answers for the open ticket (in its user's language).
 * @param {OpenTicket} open
 */
export async function loadCanned(open) {
  try {
    const data = await api.canned(open.id);
    if (state.open !== open) {
      return;
    }
    open.canned = Array.isArray(data.answers) ? data.answers : [];
    view.canned.setAttribute('data-language', String(data.language || ''));
    renderCanned(open.canned);
  } catch {
    // Canned answers are a convenience; the reply box works without them.
  }
}

/** @param {OpenTicket['canned']} answers */
export function renderCanned(answers) {
  const first = el('option', { value: '' }, [answers.length ? t('canned') : t('noCanned')]);
  fill(view.canned, [first].concat(answers.map((answer, i) =>
    el('option', { value: i, 'data-faq-id': answer.faqId }, [String(answer.title || answer.faqId || '#' + (i + 1))]))));
  view.canned.value = '';
  renderActions();
}

/** Puts the chosen answer into the reply box (at the cursor if there is a draft) for the agent to edit. */
export function insertCanned() {
  const open = state.open;
  const answer = open && open.canned[Number(view.canned.value)];
  const box = view.replyText;
  view.canned.value = '';
  if (!open || !answer || box.disabled) {
    return;
  }
  box.setRangeText(String(answer.text || ''), box.value ? box.selectionStart : 0, box.value ? box.selectionEnd : 0, 'end');
  state.drafts.set(open.id, box.value);
  box.focus();
}

export function showEscalate() {
  view.escalateBox.hidden = false;
  view.escalateNote.focus();
  renderActions();
}

export function hideEscalate() {
  view.escalateBox.hidden = true;
  view.escalateNote.value = '';
}
