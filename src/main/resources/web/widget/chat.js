// @ts-check
/**
 * The conversation as the widget keeps it: created on the first send, remembered for the tab, caught up from
 * the server and fed by the live stream; sending, the state bar and the notices.
 */
import { describe, isRejected } from './api.js';
import { resizeInput } from './composer.js';
import { agentMayType, shownState, statusText, subtitleFor } from './state.js';
import { ReadBack } from './readback.js';
import { parseEvent } from './stream.js';

/** @typedef {import('./api.js').Api} Api */
/** @typedef {import('./view.js').View} View */
/** @typedef {import('./strings.js').Strings} Strings */
/** @typedef {import('./storage.js').Conversation} Conversation */
/** @typedef {import('./transcript.js').Transcript} Transcript */
/** @typedef {import('./transcript.js').Message} Message */
/** @typedef {import('./typing.js').Typing} Typing */
/** @typedef {import('./connection.js').Connection} Connection */

/** The longest message the API takes. */
export const MAX_LENGTH = 4000;

export class Chat {
  /**
   * @param {object} parts
   * @param {Api} parts.api
   * @param {View} parts.view
   * @param {Strings} parts.T
   * @param {Transcript} parts.transcript
   * @param {Typing} parts.typing
   * @param {Conversation | null} parts.remembered the conversation this tab had, if any
   * @param {(conversation: Conversation | null) => void} parts.remember
   * @param {() => boolean} parts.isOpen
   */
  constructor({ api, view, T, transcript, typing, remembered, remember, isOpen }) {
    this.api = api;
    this.view = view;
    this.T = T;
    this.transcript = transcript;
    this.typing = typing;
    this.remember = remember;
    this.isOpen = isOpen;
    /** @type {Conversation | null} */
    this.conversation = remembered;
    /** @type {Promise<Conversation> | null} */
    this.creating = null;
    this.sending = false;
    // The stored messages read back (GET or socket); a catch-up starts after the last one below which none is
    // missing. POST responses don't count: they carry no stored copy of the user's text, which the server may
    // have redacted.
    this.readBack = new ReadBack();
    this.stateVersion = 0;
    this.currentState = 'bot';
    /** @type {Connection | null} set once the connection is built */
    this.connection = null;
  }

  /** @param {number} seq */
  confirm(seq) {
    this.readBack.add(seq);
  }

  /**
   * Shows a server message and what follows from it: the typing dots stop, a closed panel's launcher shows
   * a dot for news, the quick replies move under the latest bot message.
   *
   * @param {Message} message
   * @param {boolean} live pushed or answered now (not read back on a reload)
   */
  show(message, live) {
    const sender = this.transcript.render(message);
    if (sender === null) {
      return;
    }
    if (sender === 'bot') {
      this.typing.setBot(false);
    }
    if (sender === 'agent') {
      this.typing.setAgent(false);
    }
    if (live && sender !== 'user' && !this.isOpen()) {
      this.view.launcher.setAttribute('data-unread', '');
    }
    this.transcript.refreshQuickReplies(this.sending);
    this.transcript.followNewest();
  }

  /**
   * @param {unknown} state
   * @param {any} handoff
   */
  applyState(state, handoff) {
    this.stateVersion++;
    this.currentState = shownState(state);
    const text = statusText(state, handoff, this.T);
    this.view.status.textContent = text;
    this.view.status.setAttribute('data-state', this.currentState);
    this.view.status.hidden = !text;
    this.view.subtitle.textContent = subtitleFor(state, this.T);
    if (!agentMayType(state)) {
      this.typing.setAgent(false);
    }
  }

  /**
   * @param {string} text '' hides the notice
   * @param {'error' | 'info'} [kind]
   */
  showNotice(text, kind) {
    this.view.notice.textContent = text;
    this.view.notice.setAttribute('data-kind', kind || 'error');
    this.view.notice.hidden = !text;
  }

  updateControls() {
    this.view.send.disabled = this.sending;
  }

  /** @returns {Promise<Conversation>} */
  async ensureConversation() {
    if (this.conversation) {
      return this.conversation;
    }
    if (!this.creating) {
      this.creating = this.api.create().then((created) => {
        const conversation = { conversationId: String(created.conversationId), token: String(created.token) };
        this.conversation = conversation;
        this.remember(conversation);
        this.connection?.open();
        return conversation;
      }).finally(() => {
        this.creating = null;
      });
    }
    return this.creating;
  }

  /** The server no longer knows this conversation or token: forget it and start over on the next send. */
  abandon() {
    this.conversation = null;
    this.remember(null);
    this.connection?.close();
    this.transcript.clear();
    this.readBack.reset();
    this.applyState('bot', null);
    this.showNotice(this.T.expired, 'info');
  }

  /**
   * Fetches everything after the last stored message below which none is missing.
   *
   * @param {boolean} [live] false while restoring a conversation after a reload
   * @returns {Promise<boolean>} false when the caller should retry later
   */
  async catchUp(live) {
    const current = this.conversation;
    if (!current) {
      return false;
    }
    const version = this.stateVersion;
    try {
      const page = await this.api.messagesAfter(current, this.readBack.complete);
      if (current !== this.conversation) {
        return false;
      }
      /** @type {Message[]} */
      const messages = (page.messages || []).slice();
      messages.sort((a, b) => Number(a.seq) - Number(b.seq)).forEach((message) => {
        this.show(message, live !== false);
        this.confirm(Number(message.seq));
      });
      // A newer state pushed over the socket while this request was in flight wins.
      if (version === this.stateVersion && page.state) {
        this.applyState(page.state, page.handoff);
      }
      return true;
    } catch (e) {
      if (isRejected(e) && current === this.conversation) {
        this.abandon();
      }
      return false;
    }
  }

  /**
   * Applies one frame pushed over the stream.
   *
   * @param {unknown} data
   * @returns {string | null} the event's type
   */
  handle(data) {
    const event = parseEvent(data);
    if (!event) {
      return null;
    }
    if (event.type === 'message' && event.message) {
      this.show(event.message, true);
      this.confirm(Number(event.message.seq));
      if (this.readBack.missing()) {
        // One before it was never announced here (its instance went down after committing it): fetch it.
        void this.catchUp(true);
      }
    } else if (event.type === 'message_redacted' && event.message) {
      this.transcript.redact(Number(event.message.seq), event.message.text);
    } else if (event.type === 'state') {
      this.applyState(event.state, event.handoff);
    } else if (event.type === 'typing' && event.sender === 'agent') {
      this.typing.setAgent(event.typing === true);
    }
    return typeof event.type === 'string' ? event.type : null;
  }

  /**
   * Sends what the user typed or the quick reply they clicked.
   *
   * @param {unknown} rawText
   * @param {string | null} quickReply the quick reply's id, null for typed text
   */
  async send(rawText, quickReply) {
    const text = String(rawText || '').trim();
    if (!text || this.sending) {
      return;
    }
    if (text.length > MAX_LENGTH) {
      this.showNotice(this.T.errTooLong);
      return;
    }
    const fromInput = !quickReply;
    this.sending = true;
    this.connection?.resetTyping();
    this.showNotice('');
    if (fromInput) {
      this.setInput('');
    }
    this.transcript.showPending(text);
    this.transcript.refreshQuickReplies(this.sending);
    this.updateControls();
    // With a human in charge the bot stays silent, so there is nothing to wait for.
    this.typing.setBot(this.currentState !== 'with_agent');
    this.transcript.followNewest();
    try {
      let response;
      try {
        response = await this.api.send(await this.ensureConversation(), text, quickReply);
      } catch (e) {
        if (!isRejected(e)) {
          throw e;
        }
        this.abandon();
        response = await this.api.send(await this.ensureConversation(), text, quickReply);
      }
      if (!this.transcript.settlePending(Number(response.messageId))) {
        // No usable seq in the response: let the stored copy come back through a catch-up instead.
        this.catchUp();
      }
      if (response.reply) {
        this.show({ seq: response.reply.messageId, sender: 'bot', text: response.reply.text,
          quickReplies: response.reply.quickReplies }, false);
      }
      if (response.state) {
        this.applyState(response.state, response.handoff);
      }
    } catch (e) {
      this.transcript.dropPending();
      if (fromInput && !this.view.input.value) {
        this.setInput(text);
      }
      this.showNotice(describe(e, this.T));
    } finally {
      this.transcript.pending = null;
      this.sending = false;
      this.typing.setBot(false);
      this.updateControls();
      this.transcript.refreshQuickReplies(this.sending);
      this.transcript.followNewest();
    }
  }

  /** @param {string} value */
  setInput(value) {
    this.view.input.value = value;
    resizeInput(this.view.input);
  }
}
