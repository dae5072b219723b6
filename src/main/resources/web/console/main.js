// @ts-check
/**
 * Baton agent console: pick handed-off conversations out of the queue and reply live.
 * This module chooses the console's language, wires the page's controls and signs in with a remembered token.
 */
import { addNote, claim, confirmEscalate, resolve, sendReply } from './actions.js';
import { onSessionExpired } from './api.js';
import { chooseAvailability } from './availability.js';
import { hideEscalate, insertCanned, onReplyInput, showEscalate, stopTyping } from './composer.js';
import { bindAudit } from './audit/page.js';
import { retryFromList, toggleDeliveries } from './deliveries.js';
import { lang, pickLanguage, setLanguage, timeLocale } from './i18n.js';
import { bindDashboard } from './dashboard/view.js';
import { bindKnowledge } from './knowledge/shell.js';
import { loadQueue, renderQueue } from './queue.js';
import { expireSession, showSignIn, signIn, signOut, storedToken } from './session.js';
import { reconnectNow } from './socket.js';
import { state } from './state.js';
import { backToQueue, openTicket, renderActions } from './ticket.js';
import { bindView, clearError, localizePage, view } from './view.js';

const LANGUAGE_KEY = 'baton.agent.lang';

/** @param {string | null} [value] */
function storedLanguage(value) {
  try {
    if (value) {
      localStorage.setItem(LANGUAGE_KEY, value);
    }
    return localStorage.getItem(LANGUAGE_KEY);
  } catch {
    return null;
  }
}

function chooseLanguage() {
  const preferred = Array.from(navigator.languages || [navigator.language || '']);
  const chosen = pickLanguage({ query: new URLSearchParams(location.search).get('lang'), stored: storedLanguage(),
    preferred });
  setLanguage(chosen, timeLocale(chosen, preferred));
}

/** Reloads the console in the other language; the token stays in this tab, so the agent stays signed in. */
function switchLanguage() {
  const other = lang() === 'zh' ? 'en' : 'zh';
  storedLanguage(other);
  const url = new URL(location.href);
  url.searchParams.set('lang', other);
  location.assign(url.href);
}

function onFilterChange() {
  state.filters = { status: view.filterStatus.value, priority: view.filterPriority.value, tier: view.filterTier.value };
  state.tickets = [];
  renderQueue();
  loadQueue(true);
}

/** @param {Event} event */
function openFromQueue(event) {
  const item = event.target instanceof Element ? event.target.closest('[data-agent="ticket"]') : null;
  if (item) {
    openTicket(String(item.getAttribute('data-ticket-id')));
  }
}

/**
 * isComposing: an Enter that confirms a Chinese IME candidate must not send.
 * @param {KeyboardEvent} event
 */
function isEnter(event) {
  return event.key === 'Enter' && !event.isComposing && event.keyCode !== 229;
}

/**
 * @param {EventTarget} node
 * @param {string} type
 * @param {(event: any) => void} handler
 */
function on(node, type, handler) {
  node.addEventListener(type, handler);
}

/**
 * @param {EventTarget} node
 * @param {(event: KeyboardEvent) => boolean} test
 * @param {(event: KeyboardEvent) => void} action
 */
function onKey(node, test, action) {
  on(node, 'keydown', event => {
    if (test(event)) {
      event.preventDefault();
      action(event);
    }
  });
}

function bindEvents() {
  on(view.signInForm, 'submit', event => {
    event.preventDefault();
    signIn(view.token.value);
  });
  on(view.signOut, 'click', () => signOut(''));
  on(view.language, 'click', switchLanguage);
  on(view.availability, 'change', chooseAvailability);
  on(view.signInLanguage, 'click', switchLanguage);
  on(view.errorDismiss, 'click', clearError);
  on(view.refresh, 'click', () => loadQueue(true));
  on(view.deliveriesToggle, 'click', () => toggleDeliveries());
  on(view.deliveriesClose, 'click', () => toggleDeliveries(false));
  on(view.deliveryList, 'click', retryFromList);
  for (const select of [view.filterStatus, view.filterPriority, view.filterTier]) {
    on(select, 'change', onFilterChange);
  }
  on(view.queue, 'click', openFromQueue);
  onKey(view.queue, e => isEnter(e) || e.key === ' ', openFromQueue);
  on(view.back, 'click', backToQueue);
  on(view.claim, 'click', claim);
  on(view.resolve, 'click', resolve);
  on(view.escalate, 'click', showEscalate);
  on(view.escalateCancel, 'click', hideEscalate);
  on(view.escalateConfirm, 'click', confirmEscalate);
  on(view.escalateNote, 'input', renderActions);
  onKey(view.escalateNote, isEnter, confirmEscalate);
  onKey(view.escalateNote, e => e.key === 'Escape', hideEscalate);
  on(view.replySend, 'click', sendReply);
  on(view.replyText, 'input', onReplyInput);
  on(view.replyText, 'blur', stopTyping);
  onKey(view.replyText, e => isEnter(e) && !e.shiftKey, sendReply);
  on(view.canned, 'change', insertCanned);
  on(view.noteAdd, 'click', addNote);
  onKey(view.noteText, e => isEnter(e) && (e.ctrlKey || e.metaKey), addNote);
  on(window, 'online', reconnectNow);
}

function start() {
  chooseLanguage();
  bindView();
  localizePage();
  onSessionExpired(expireSession);
  bindEvents();
  bindKnowledge();
  bindDashboard();
  bindAudit();
  const token = storedToken();
  return token ? signIn(token) : showSignIn('');
}

start();
