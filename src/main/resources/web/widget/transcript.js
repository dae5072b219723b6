// @ts-check
/** The messages on screen, in the server's seq order, and the quick replies under the latest bot message. */
import { el } from './dom.js';
import { ScrollKeeper } from './scroll.js';

/** @typedef {import('./view.js').View} View */
/** @typedef {import('./strings.js').Strings} Strings */
/** @typedef {{id?: unknown, label?: unknown}} QuickReply */
/**
 * A message as the API sends it.
 *
 * @typedef {{seq?: unknown, sender?: unknown, text?: unknown, createdAt?: unknown, quickReplies?: unknown}} Message
 */

const SENDERS = ['user', 'bot', 'agent', 'system'];

export class Transcript {
  /**
   * @param {View} view
   * @param {Strings} T
   * @param {string} locale
   * @param {(label: string, id: string | null) => void} onQuickReply
   */
  constructor(view, T, locale, onQuickReply) {
    this.view = view;
    this.T = T;
    this.locale = locale;
    this.onQuickReply = onQuickReply;
    /** @type {Map<number, HTMLElement>} */
    this.bySeq = new Map();
    /** @type {Map<number, QuickReply[]>} */
    this.quickRepliesBySeq = new Map();
    /**
     * The user's message shown before the server answered the send; it becomes the stored one.
     * @type {HTMLElement | null}
     */
    this.pending = null;
    this.scroller = new ScrollKeeper(view.scroll, [view.scroll, view.transcript, view.typing]);
  }

  /**
   * @param {string} sender
   * @param {string} text
   */
  messageNode(sender, text) {
    const node = el('div', { class: 'baton-msg', 'data-baton': 'message', 'data-sender': sender });
    if (sender === 'agent') {
      node.appendChild(el('div', { class: 'baton-label' }, [this.T.agent]));
    }
    node.appendChild(el('div', { class: 'baton-text', 'data-baton': 'text' }, [text]));
    return node;
  }

  /**
   * @param {HTMLElement} node
   * @param {number} seq
   */
  setSeq(node, seq) {
    node.setAttribute('data-seq', String(seq));
    node.removeAttribute('data-pending');
    this.bySeq.set(seq, node);
  }

  /**
   * @param {HTMLElement} node
   * @param {number} seq
   */
  insertInOrder(node, seq) {
    for (const child of Array.from(this.view.transcript.children)) {
      if (child !== node && (!child.hasAttribute('data-seq') || Number(child.getAttribute('data-seq')) > seq)) {
        this.view.transcript.insertBefore(node, child);
        return;
      }
    }
    this.view.transcript.appendChild(node);
  }

  /**
   * Shows a server message once, in seq order. The user's own pending bubble is adopted, and for user
   * messages the stored text wins over what was typed: the server redacts recovery phrases and keys.
   *
   * @param {Message} message
   * @returns {string | null} the sender when the message is new on screen, else null
   */
  render(message) {
    const seq = Number(message && message.seq);
    if (!Number.isInteger(seq) || seq <= 0) {
      return null;
    }
    const sender = SENDERS.includes(/** @type {string} */ (message.sender)) ? String(message.sender) : 'system';
    const text = typeof message.text === 'string' ? message.text : '';
    let node = this.bySeq.get(seq);
    if (node) {
      const shown = textOf(node);
      if (sender === 'user' && node.getAttribute('data-sender') === 'user' && shown.textContent !== text) {
        shown.textContent = text;
      }
      return null;
    }
    if (sender === 'user' && this.pending && !this.pending.hasAttribute('data-seq')) {
      node = this.pending;
      textOf(node).textContent = text;
    } else {
      node = this.messageNode(sender, text);
    }
    if (message.createdAt) {
      node.setAttribute('title', new Date(/** @type {string} */ (message.createdAt)).toLocaleString(this.locale));
    }
    this.setSeq(node, seq);
    this.quickRepliesBySeq.set(seq, Array.isArray(message.quickReplies) ? message.quickReplies : []);
    this.insertInOrder(node, seq);
    return sender;
  }

  /**
   * Offers the latest bot message's quick replies under it, and nowhere else; none while a send is under way.
   *
   * @param {boolean} sending
   */
  refreshQuickReplies(sending) {
    for (const old of Array.from(this.view.transcript.querySelectorAll('[data-baton="quick-replies"]'))) {
      old.remove();
    }
    const last = this.view.transcript.lastElementChild;
    if (sending || !last || last.getAttribute('data-sender') !== 'bot') {
      return;
    }
    const options = this.quickRepliesBySeq.get(Number(last.getAttribute('data-seq'))) || [];
    const buttons = options.filter((option) => option && typeof option.label === 'string' && option.label)
      .map((option) => {
        const label = String(option.label);
        const button = el('button', { type: 'button', class: 'baton-quick-reply', 'data-baton': 'quick-reply',
          'data-id': String(option.id || '') }, [label]);
        button.addEventListener('click', () => this.onQuickReply(label, option.id ? String(option.id) : null));
        return button;
      });
    if (buttons.length) {
      last.appendChild(el('div', { class: 'baton-quick-replies', 'data-baton': 'quick-replies', role: 'group',
        'aria-label': this.T.quickReplies }, buttons));
    }
  }

  /**
   * Shows what the user just sent, marked pending until the server has stored it.
   *
   * @param {string} text
   */
  showPending(text) {
    this.pending = this.messageNode('user', text);
    this.pending.setAttribute('data-pending', '');
    this.view.transcript.appendChild(this.pending);
  }

  /**
   * The server stored the pending message as `seq`: it takes that place, unless the stored copy is already
   * shown. False when the pending bubble was dropped instead (no usable seq): the stored copy must be fetched.
   *
   * @param {number} seq
   */
  settlePending(seq) {
    const node = this.pending;
    this.pending = null;
    if (!node) {
      return true;
    }
    if (!node.hasAttribute('data-seq') && Number.isInteger(seq) && seq > 0 && !this.bySeq.has(seq)) {
      this.setSeq(node, seq);
      this.insertInOrder(node, seq);
    }
    if (!node.hasAttribute('data-seq')) {
      node.remove();
      return false;
    }
    return true;
  }

  /** The send failed: the pending bubble goes, unless the server's copy already took its place. */
  dropPending() {
    if (this.pending && !this.pending.hasAttribute('data-seq')) {
      this.pending.remove();
    }
    this.pending = null;
  }

  /**
   * A message shown earlier turned out to hold part of a secret: show it as it is stored now.
   *
   * @param {number} seq
   * @param {unknown} text
   */
  redact(seq, text) {
    const node = this.bySeq.get(seq);
    if (node && typeof text === 'string') {
      textOf(node).textContent = text;
    }
  }

  /** Removes every stored message (the conversation was abandoned). */
  clear() {
    this.bySeq.forEach((node) => node.remove());
    this.bySeq.clear();
    this.quickRepliesBySeq.clear();
  }

  /** Brings the newest message and its quick replies into sight, and keeps them there as the layout settles. */
  followNewest() {
    this.scroller.follow();
  }
}

/**
 * @param {Element} node a message node
 * @returns {HTMLElement}
 */
function textOf(node) {
  return /** @type {HTMLElement} */ (node.querySelector('[data-baton="text"]'));
}
