// @ts-check
/** The agent stream: live tickets, messages, typing and SLA events; it reconnects by itself. */
import { BASE } from './api.js';
import { attrs } from './dom.js';
import { reconnectDelay } from './backoff.js';
import { t } from './i18n.js';
import { applyTicket, loadQueue, onSlaEvent } from './queue.js';
import { expireSession } from './session.js';
import { state } from './state.js';
import { refreshOpen } from './ticket.js';
import { catchUpTranscript, onMessageEvent, onMessageRedacted, setUserTyping } from './transcript.js';
import { view } from './view.js';

/** The close code with which the server refuses a token that is invalid or was revoked. */
const REFUSED = 4401;

/** @param {boolean} online */
export function setConnection(online) {
  view.connection.textContent = online ? t('online') : t('offline');
  attrs(view.connection, { 'data-state': online ? 'online' : 'offline' });
}

/** @param {unknown} payload */
export function sendSocket(payload) {
  const ws = state.socket;
  if (ws && ws.readyState === WebSocket.OPEN) {
    ws.send(JSON.stringify(payload));
  }
}

export function connect() {
  if (!state.token || typeof WebSocket !== 'function') {
    return;
  }
  const url = new URL('api/v1/agent/stream', BASE);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  url.search = '?token=' + encodeURIComponent(state.token);
  const ws = new WebSocket(url.href);
  state.socket = ws;
  ws.onopen = () => {
    if (state.socket !== ws) {
      return;
    }
    state.reconnectAttempt = 0;
    setConnection(true);
    resync();
  };
  ws.onmessage = event => {
    if (state.socket === ws) {
      handleEvent(event.data);
    }
  };
  ws.onclose = event => {
    if (state.socket !== ws) {
      return;
    }
    state.socket = null;
    setConnection(false);
    if (event.code === REFUSED) {
      expireSession();
    } else {
      scheduleReconnect();
    }
  };
}

/** Waits longer after each failure in a row (see backoff.js); reset once a connection opens. */
function scheduleReconnect() {
  if (!state.token || state.reconnectTimer) {
    return;
  }
  const delay = reconnectDelay(state.reconnectAttempt++);
  state.reconnectTimer = setTimeout(() => {
    state.reconnectTimer = null;
    if (state.token && !state.socket) {
      connect();
    }
  }, delay);
}

/** The network is back: try at once instead of waiting out the backoff. */
export function reconnectNow() {
  if (!state.token || state.socket) {
    return;
  }
  clearTimeout(state.reconnectTimer || undefined);
  Object.assign(state, { reconnectTimer: null, reconnectAttempt: 0 });
  connect();
}

/** On every (re)connect, whatever happened while the socket was down comes back through plain GETs. */
function resync() {
  loadQueue(false);
  if (state.open) {
    catchUpTranscript(state.open.lastSeq);
    refreshOpen(state.open);
  }
}

/** @param {unknown} data */
function handleEvent(data) {
  let event = null;
  try {
    event = JSON.parse(String(data));
  } catch {
    return;
  }
  if (!event || typeof event !== 'object') {
    return;
  }
  if (event.type === 'ticket' && event.ticket && event.ticket.id) {
    applyTicket(event.ticket);
  } else if (event.type === 'message') {
    onMessageEvent(event);
  } else if (event.type === 'message_redacted' && event.message) {
    onMessageRedacted(event);
  } else if (event.type === 'typing' && state.open && event.ticketId === state.open.id) {
    setUserTyping(event.typing === true);
  } else if (event.type === 'sla' && event.ticketId) {
    onSlaEvent(event);
  }
  // Unknown event types are ignored so the server can add new ones.
}
