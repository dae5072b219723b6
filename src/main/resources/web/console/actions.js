// @ts-check
/** What an agent does to the open ticket: claim, reply, note, escalate, resolve. One action at a time. */
import { api } from './api.js';
import { hideEscalate, stopTyping } from './composer.js';
import { renderNotes } from './details.js';
import { state } from './state.js';
import { acceptTicket, renderActions } from './ticket.js';
import { appendMessage, catchUpTranscript } from './transcript.js';
import { clearError, showError, view } from './view.js';

/** @typedef {import('./state.js').OpenTicket} OpenTicket */

/**
 * Runs one action on the open ticket at a time; failures go to the banner.
 * @param {(open: OpenTicket) => Promise<void>} work
 */
async function runAction(work) {
  if (state.busy || !state.open) {
    return;
  }
  state.busy = true;
  clearError();
  renderActions();
  try {
    await work(state.open);
  } catch (e) {
    showError(e);
  } finally {
    state.busy = false;
    if (state.open) {
      renderActions();
    }
  }
}

export function claim() {
  runAction(async open => {
    acceptTicket(await api.claim(open.id));
    if (state.open === open) {
      view.replyText.focus();
    }
  });
}

export function sendReply() {
  const text = view.replyText.value.trim();
  if (!text || view.replySend.disabled) {
    return;
  }
  runAction(async open => {
    const seq = Number((await api.reply(open.id, text)).seq);
    stopTyping();
    state.drafts.delete(open.id);
    if (state.open !== open) {
      return;
    }
    if (view.replyText.value.trim() === text) {
      view.replyText.value = '';
    }
    if (Number.isInteger(seq) && seq > 0) {
      appendMessage({ seq, sender: 'agent', text, createdAt: new Date().toISOString() });
    } else {
      catchUpTranscript(open.lastSeq);
    }
  });
}

export function addNote() {
  const text = view.noteText.value.trim();
  if (!text) {
    return;
  }
  runAction(async open => {
    const saved = await api.note(open.id, text);
    if (state.open !== open || !open.ticket) {
      return;
    }
    const note = saved && saved.text ? saved : { agent: state.me && state.me.name, text };
    const notes = Array.isArray(open.ticket.notes) ? open.ticket.notes : [];
    open.ticket.notes = notes.concat([note]);
    renderNotes(/** @type {any[]} */ (open.ticket.notes));
    view.noteText.value = '';
  });
}

export function confirmEscalate() {
  const note = view.escalateNote.value.trim();
  if (!note) {
    view.escalateNote.focus();
    return;
  }
  runAction(async open => {
    const ticket = await api.escalate(open.id, note);
    hideEscalate();
    acceptTicket(ticket);
  });
}

export function resolve() {
  runAction(async open => acceptTicket(await api.resolve(open.id)));
}
