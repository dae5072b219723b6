// @ts-check
/** The open ticket's transcript: messages in seq order, Baton's decisions, redactions and "user is typing". */
import { api } from './api.js';
import { clockNode, el } from './dom.js';
import { parseTime, percent } from './format.js';
import { lang } from './i18n.js';
import { decisionLabel, senderLabel } from './labels.js';
import { renderQueue } from './queue.js';
import { state } from './state.js';
import { view } from './view.js';

const USER_TYPING_TIMEOUT_MS = 8000;
const SENDERS = ['user', 'bot', 'agent', 'system'];

/**
 * @typedef {{ seq: number, sender?: string, text?: string, createdAt?: string, decision?: Decision | null }} Message
 * @typedef {{ action?: string, intent?: string, confidence?: number, reason?: string, faqId?: string }} Decision
 */

/**
 * Baton's decision under its reply. The values stay the stable codes (intent, reason) agents search for.
 * @param {Decision} d
 */
function decisionNode(d) {
  const fields = [['action', d.action], ['intent', d.intent], ['confidence', percent(d.confidence)],
    ['reason', d.reason], ['faq', d.faqId]];
  return el('div', { class: 'decision', 'data-agent': 'decision', 'data-action': d.action || '' },
    fields.filter(([, value]) => value !== null && value !== undefined && value !== '').map(([name, value]) =>
      el('span', { 'data-agent': 'decision-' + name }, [el('b', {}, [decisionLabel(String(name), lang()) + (lang() === 'zh' ? '：' : ': ')]),
        String(value)])));
}

/**
 * @param {Message} m
 * @param {number} seq
 */
function messageNode(m, seq) {
  const sender = SENDERS.includes(String(m.sender)) ? String(m.sender) : 'system';
  const time = m.createdAt && parseTime(m.createdAt) !== null ? m.createdAt : null;
  return el('li', { class: 'msg', 'data-agent': 'message', 'data-sender': sender, 'data-seq': seq }, [
    el('div', { class: 'msg-meta' }, [senderLabel(sender, lang()), time === null ? null : ' · ',
      time === null ? null : clockNode(time)]),
    el('div', { class: 'msg-text', 'data-agent': 'message-text' }, [typeof m.text === 'string' ? m.text : '']),
    m.decision && (sender === 'bot' || sender === 'system') ? decisionNode(m.decision) : null
  ]);
}

function nearBottom() {
  const s = view.transcriptScroll;
  return s.scrollHeight - s.scrollTop - s.clientHeight < 80;
}

/** @param {boolean} force */
export function scrollTranscript(force) {
  if (force || nearBottom()) {
    view.transcriptScroll.scrollTop = view.transcriptScroll.scrollHeight;
  }
}

/**
 * Renders a message once, in seq order; a second copy only refreshes the text.
 * @param {Message} m
 */
export function appendMessage(m) {
  const open = state.open;
  const seq = Number(m && m.seq);
  if (!open || !Number.isInteger(seq) || seq <= 0) {
    return;
  }
  const shown = open.nodes.get(seq);
  if (shown) {
    const text = shown.querySelector('[data-agent="message-text"]');
    if (text) {
      text.textContent = typeof m.text === 'string' ? m.text : '';
    }
    return;
  }
  const stick = nearBottom();
  const node = messageNode(m, seq);
  const before = seq > open.lastSeq ? null
    : Array.from(view.transcript.children).find(child => Number(child.getAttribute('data-seq')) > seq);
  view.transcript.insertBefore(node, before || null);
  open.nodes.set(seq, node);
  open.lastSeq = Math.max(open.lastSeq, seq);
  if (m.sender === 'user') {
    setUserTyping(false);
  }
  scrollTranscript(stick || m.sender === 'agent');
}

/** @param {Message[] | undefined} messages */
export function appendMessages(messages) {
  (messages || []).slice().sort((a, b) => a.seq - b.seq).forEach(appendMessage);
}

/**
 * Fetches what the open transcript missed after `after`.
 * @param {number} after
 */
export async function catchUpTranscript(after) {
  const open = state.open;
  try {
    const data = open && await api.transcript(open.id, after);
    if (data && state.open === open) {
      appendMessages(data.messages);
    }
  } catch {
    // The next reconnect or event tries again.
  }
}

/**
 * Whether a live event is about the open ticket.
 * @param {{ ticketId?: string, conversationId?: string }} event
 */
function aboutOpen(event) {
  const open = state.open;
  return !!open && (event.ticketId === open.id
    || (!!open.ticket && event.conversationId === open.ticket.conversationId));
}

/**
 * A new message: shown if its ticket is open, else the ticket's row is marked unread.
 * @param {{ ticketId?: string, conversationId?: string, message?: Message }} event
 */
export function onMessageEvent(event) {
  const open = state.open;
  const m = event.message;
  const match = state.tickets.find(t => t.conversationId === event.conversationId);
  const ticketId = event.ticketId || (match && match.id);
  if (!m) {
    return;
  }
  if (open && (ticketId === open.id || aboutOpen(event))) {
    const last = open.lastSeq;
    appendMessage(m);
    if (last > 0 && Number(m.seq) > last + 1) {
      catchUpTranscript(last);
    }
  } else if (ticketId && m.sender !== 'agent') {
    state.unread.add(ticketId);
    renderQueue();
  }
}

/**
 * A message shown earlier turned out to hold part of a secret: its text is replaced by the redacted one.
 * @param {{ ticketId?: string, conversationId?: string, message: Message }} event
 */
export function onMessageRedacted(event) {
  if (!aboutOpen(event)) {
    return;
  }
  const node = view.transcript.querySelector('[data-agent="message"][data-seq="' + Number(event.message.seq) + '"]');
  const text = node && node.querySelector('[data-agent="message-text"]');
  if (text && typeof event.message.text === 'string') {
    text.textContent = event.message.text;
  }
}

/** @param {boolean} on */
export function setUserTyping(on) {
  clearTimeout(state.userTypingTimer);
  view.userTyping.hidden = !on;
  if (on) {
    // A lost "typing: false" must not leave the hint up forever.
    state.userTypingTimer = setTimeout(() => setUserTyping(false), USER_TYPING_TIMEOUT_MS);
    scrollTranscript(false);
  }
}
