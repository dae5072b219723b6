// @ts-check
/** The widget's DOM: the launcher and the chat panel, with the data-baton names tests and pages rely on. */
import { chatIcon, el } from './dom.js';
import { CSS } from './styles.js';

/** @typedef {import('./strings.js').Strings} Strings */

/**
 * @typedef {object} View
 * @property {HTMLElement} root
 * @property {HTMLButtonElement} launcher
 * @property {HTMLElement} panel
 * @property {HTMLElement} subtitle
 * @property {HTMLButtonElement} close
 * @property {HTMLElement} status
 * @property {HTMLElement} connection
 * @property {HTMLElement} scroll
 * @property {HTMLElement} transcript
 * @property {HTMLElement} typing
 * @property {HTMLElement} typingText
 * @property {HTMLElement} notice
 * @property {HTMLTextAreaElement} input
 * @property {HTMLButtonElement} send
 */

/**
 * Adds the widget's style and elements to the page; the panel starts closed.
 *
 * @param {Strings} T
 * @param {string} locale
 * @param {number} maxLength the longest message the API takes
 * @returns {View}
 */
export function buildView(T, locale, maxLength) {
  const style = el('style', { id: 'baton-widget-style' });
  style.textContent = CSS;
  document.head.appendChild(style);

  const launcher = /** @type {HTMLButtonElement} */ (el('button', {
    type: 'button', class: 'baton-launcher', 'data-baton': 'launcher',
    'aria-label': T.launcherLabel, 'aria-expanded': 'false', 'aria-controls': 'baton-panel'
  }, [chatIcon(), el('span', {}, [T.launcher])]));
  const close = /** @type {HTMLButtonElement} */ (el('button', {
    type: 'button', class: 'baton-close', 'data-baton': 'close', 'aria-label': T.close
  }, ['\u00d7']));
  const subtitle = el('div', { class: 'baton-subtitle', 'data-baton': 'subtitle' }, [T.subtitle]);
  const status = el('div', { class: 'baton-status', 'data-baton': 'status', role: 'status', hidden: '' });
  const connection = el('div', { class: 'baton-connection', 'data-baton': 'connection', role: 'status', hidden: '' },
    [T.reconnecting]);
  const transcript = el('div', { class: 'baton-transcript', 'data-baton': 'transcript', role: 'log',
    'aria-live': 'polite', 'aria-label': T.transcript });
  const typingText = el('span', {});
  const typing = el('div', { class: 'baton-typing', 'data-baton': 'typing', hidden: '' },
    [el('span', { class: 'baton-dots', 'aria-hidden': 'true' }, [el('span'), el('span'), el('span')]), typingText]);
  const scroll = el('div', { class: 'baton-scroll', 'data-baton': 'scroll' }, [
    el('div', { class: 'baton-welcome', 'data-baton': 'welcome' }, [el('div', { class: 'baton-text' }, [T.welcome])]),
    transcript, typing
  ]);
  const notice = el('div', { class: 'baton-notice', 'data-baton': 'error', role: 'alert', hidden: '' });
  const input = /** @type {HTMLTextAreaElement} */ (el('textarea', {
    class: 'baton-input', 'data-baton': 'input', rows: '1',
    maxlength: String(maxLength), placeholder: T.placeholder, 'aria-label': T.inputLabel
  }));
  const send = /** @type {HTMLButtonElement} */ (el('button',
    { type: 'button', class: 'baton-send', 'data-baton': 'send' }, [T.send]));
  const panel = el('div', { class: 'baton-panel', id: 'baton-panel', 'data-baton': 'panel', role: 'dialog',
    'aria-label': T.title, hidden: '' }, [
    el('div', { class: 'baton-header' }, [
      el('div', { class: 'baton-header-text' }, [el('h2', { class: 'baton-title' }, [T.title]), subtitle]),
      close
    ]),
    status, connection, scroll, notice,
    el('div', { class: 'baton-composer' }, [input, send]),
    el('div', { class: 'baton-footer', 'data-baton': 'safety' }, [T.safety])
  ]);
  const root = el('div', { class: 'baton-root', id: 'baton-widget', lang: locale }, [panel, launcher]);
  document.body.appendChild(root);
  return { root, launcher, panel, subtitle, close, status, connection, scroll, transcript, typing, typingText,
    notice, input, send };
}
