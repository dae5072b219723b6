// @ts-check
/** Signing in and out: the token, the sign-in screen, and starting or stopping the console's timers. */
import { api } from './api.js';
import { renderAvailability } from './availability.js';
import { loadDeliveries, renderDeliveries, toggleDeliveries } from './deliveries.js';
import { attrs, el, fill } from './dom.js';
import { lang, t } from './i18n.js';
import { badgeLabel } from './labels.js';
import { loadQueue, renderQueue, tick } from './queue.js';
import { connect, setConnection } from './socket.js';
import { state } from './state.js';
import { closeTicket } from './ticket.js';
import { clearError, view } from './view.js';
import { startDashboard, stopDashboard } from './dashboard/view.js';
import { startKnowledge, stopKnowledge } from './knowledge/shell.js';
import { startAudit, stopAudit } from './audit/page.js';

const TOKEN_KEY = 'baton.agent.token';
const REFRESH_MS = 20000;

/**
 * The token lives in this tab's session storage; without storage a reload just asks again.
 * @returns {string | null}
 */
export function storedToken() {
  try {
    return sessionStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

/** @param {string | null} token */
function storeToken(token) {
  try {
    if (token) {
      sessionStorage.setItem(TOKEN_KEY, token);
    } else {
      sessionStorage.removeItem(TOKEN_KEY);
    }
  } catch {
    // Without storage the token lasts as long as the page.
  }
}

/** @param {string} message */
export function showSignIn(message) {
  view.console.hidden = true;
  view.signInScreen.hidden = false;
  view.signInError.textContent = message || '';
  view.signInError.hidden = !message;
  view.token.focus();
}

/** @param {unknown} value */
export async function signIn(value) {
  const token = String(value || '').trim();
  if (!token) {
    showSignIn(t('enterToken'));
    return;
  }
  view.signIn.disabled = true;
  try {
    state.me = await api.me(token);
    state.token = token;
    storeToken(token);
    startConsole();
  } catch (e) {
    const error = /** @type {{ status?: number, message?: string }} */ (e);
    if (error.status === 401) {
      storeToken(null);
    }
    showSignIn(error.status === 401 ? t('signInRefused', { message: error.message || t('invalidToken') })
      : error.message || t('signInFailed'));
  } finally {
    view.signIn.disabled = false;
  }
}

function startConsole() {
  const me = state.me;
  if (!me) {
    return;
  }
  clearError();
  view.signInScreen.hidden = true;
  view.console.hidden = false;
  view.token.value = '';
  fill(attrs(view.me, { 'data-tier': me.tier }), [el('b', {}, [String(me.name || me.id || '')]),
    ' · ' + badgeLabel('tier', me.tier, lang()), me.supervisor ? ' · ' + t('supervisor') : null,
    me.editor ? ' · ' + t('editor') : null]);
  renderAvailability();
  setConnection(false);
  stopTimers();
  loadQueue(true);
  loadDeliveries(false);
  connect();
  state.refreshTimer = setInterval(() => {
    loadQueue(false);
    loadDeliveries(false);
  }, REFRESH_MS);
  state.tickTimer = setInterval(tick, 1000);
  startKnowledge();
  startDashboard();
  startAudit();
}

function stopTimers() {
  clearInterval(state.refreshTimer);
  clearInterval(state.tickTimer);
  clearTimeout(state.reconnectTimer || undefined);
  state.reconnectTimer = null;
}

/** @param {string} message shown on the sign-in screen */
export function signOut(message) {
  const socket = state.socket;
  closeTicket();
  stopKnowledge();
  stopDashboard();
  stopAudit();
  stopTimers();
  state.socket = null;
  if (socket) {
    socket.close(1000, 'sign out');
  }
  storeToken(null);
  Object.assign(state, { token: null, me: null, tickets: [], reconnectAttempt: 0, deliveries: [] });
  for (const collection of [state.seen, state.unread, state.drafts, state.flash, state.retrying]) {
    collection.clear();
  }
  renderQueue();
  toggleDeliveries(false);
  renderDeliveries();
  clearError();
  showSignIn(message);
}

export function expireSession() {
  signOut(t('sessionEnded'));
}
