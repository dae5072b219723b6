// @ts-check
/**
 * The conversation's live stream: one WebSocket, reconnected with backoff after a drop, with a catch-up over
 * HTTP each time so nothing committed meanwhile is missed. Takes its socket class and timers from outside,
 * so Node's tests drive it with fakes.
 */
import { REJECTED_CLOSE_CODES, reconnectDelay } from './stream.js';

/** @typedef {import('./storage.js').Conversation} Conversation */

/** The user's "typing" hint goes to the agent at most this often. */
export const TYPING_SEND_INTERVAL_MS = 3000;

/** WebSocket.OPEN, which Node's tests have no class for. */
const OPEN = 1;

/**
 * What the connection needs from the conversation it carries.
 *
 * @typedef {object} Session
 * @property {() => Conversation | null} conversation the current one, null when there is none
 * @property {() => Promise<boolean>} catchUp fetches what was missed; false when the server was not reached
 * @property {() => void} abandon the server no longer knows the conversation
 * @property {(data: unknown) => string | null} handle applies one pushed frame; returns its event type
 */

/**
 * The browser's parts the connection uses.
 *
 * @typedef {object} Environment
 * @property {(url: string) => WebSocket} open a new socket
 * @property {boolean} hasSockets false where the browser has no WebSocket: the widget then works by HTTP alone
 * @property {(handler: () => void, ms: number) => any} setTimeout
 * @property {(timer: any) => void} clearTimeout
 * @property {() => number} random
 * @property {() => number} now
 */

export class Connection {
  /**
   * @param {(conversation: Conversation) => string} streamUrl
   * @param {Session} session
   * @param {(shown: boolean) => void} showReconnecting
   * @param {Environment} env
   */
  constructor(streamUrl, session, showReconnecting, env) {
    this.streamUrl = streamUrl;
    this.session = session;
    this.showReconnecting = showReconnecting;
    this.env = env;
    /** @type {WebSocket | null} */
    this.socket = null;
    this.reconnectTimer = null;
    this.reconnectAttempt = 0;
    this.lastTypingSent = 0;
  }

  /** Whether a socket is open or opening. */
  get connected() {
    return this.socket !== null;
  }

  close() {
    this.env.clearTimeout(this.reconnectTimer);
    this.reconnectTimer = null;
    if (this.socket) {
      const old = this.socket;
      this.socket = null;
      old.close();
    }
    this.showReconnecting(false);
  }

  open() {
    this.close();
    const conversation = this.session.conversation();
    if (!conversation || !this.env.hasSockets) {
      return;
    }
    const ws = this.env.open(this.streamUrl(conversation));
    let subscribed = false;
    this.socket = ws;
    ws.onopen = () => {
      if (this.socket !== ws) {
        return;
      }
      this.reconnectAttempt = 0;
      this.showReconnecting(false);
      this.session.catchUp();
    };
    ws.onmessage = (event) => {
      if (this.socket !== ws) {
        return;
      }
      const type = this.session.handle(event.data);
      // The server greets a new subscriber with its state; the open event may precede the subscription,
      // so catch up once more to close that gap.
      if (type === 'state' && !subscribed) {
        subscribed = true;
        this.session.catchUp();
      }
    };
    ws.onclose = (event) => {
      if (this.socket !== ws) {
        return;
      }
      this.socket = null;
      if (REJECTED_CLOSE_CODES.includes(event.code)) {
        this.session.abandon();
      } else {
        this.scheduleReconnect();
      }
    };
  }

  scheduleReconnect() {
    if (!this.session.conversation() || this.reconnectTimer) {
      return;
    }
    const delay = reconnectDelay(this.reconnectAttempt, this.env.random);
    this.reconnectAttempt++;
    if (this.reconnectAttempt > 1) {
      this.showReconnecting(true);
    }
    this.reconnectTimer = this.env.setTimeout(async () => {
      this.reconnectTimer = null;
      // The GET both fills the gap and tells a dead token (401/404) from a network problem.
      if (await this.session.catchUp()) {
        this.open();
      } else {
        this.scheduleReconnect();
      }
    }, delay);
  }

  /** The network came back: try at once rather than after the backoff. */
  retryNow() {
    if (this.session.conversation() && !this.socket) {
      this.env.clearTimeout(this.reconnectTimer);
      this.reconnectTimer = null;
      this.reconnectAttempt = 0;
      this.scheduleReconnect();
    }
  }

  /** Tells the agent the user is typing, at most once per TYPING_SEND_INTERVAL_MS. */
  sendTyping() {
    const now = this.env.now();
    if (!this.socket || this.socket.readyState !== OPEN || now - this.lastTypingSent < TYPING_SEND_INTERVAL_MS) {
      return;
    }
    this.lastTypingSent = now;
    this.socket.send(JSON.stringify({ type: 'typing', typing: true }));
  }

  /** A message went out: the next keystroke raises the agent's "user is typing" hint again at once. */
  resetTyping() {
    this.lastTypingSent = 0;
  }
}
