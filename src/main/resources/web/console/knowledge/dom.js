// @ts-check
/**
 * The knowledge view's fixed elements, named by their data-test attribute (kb-entry-answer-zh is
 * kbView.entryAnswerZh), asking before what cannot be undone, and running event handlers whose failures go to
 * the banner rather than nowhere.
 */
import { t } from '../i18n.js';
import { showError } from '../view.js';

/** @type {Record<string, any>} */
export const kbView = {};

export function bindKnowledgeView() {
  document.querySelectorAll('[data-test^="kb-"]').forEach(node => {
    const name = String(node.getAttribute('data-test')).slice(3).replace(/-(\w)/g, (all, c) => c.toUpperCase());
    kbView[name] = node;
  });
  kbView.root = document.querySelector('[data-test="kb"]');
  const dialog = kbView.confirm;
  on(kbView.confirmYes, 'click', () => dialog.close('yes'));
  on(kbView.confirmNo, 'click', () => dialog.close('no'));
}

/**
 * @param {EventTarget} node
 * @param {string} type
 * @param {(event: any) => unknown} handler
 */
export function on(node, type, handler) {
  node.addEventListener(type, handler);
}

/**
 * An event handler that runs `work`; a failure shows in the banner.
 * @param {(event: any) => Promise<unknown>} work
 * @returns {(event: any) => void}
 */
export function handle(work) {
  return event => {
    work(event).catch(showError);
  };
}

/**
 * Asks before something that cannot be undone; true when the editor says yes. Escape or Cancel is no.
 * @param {string} question
 * @param {string} yes the confirming button's label ("Retire", "Discard")
 * @returns {Promise<boolean>}
 */
export function confirmAction(question, yes) {
  const dialog = kbView.confirm;
  if (!dialog || typeof dialog.showModal !== 'function') {
    return Promise.resolve(window.confirm(question));
  }
  if (dialog.open) {
    dialog.close('no');
  }
  kbView.confirmText.textContent = question;
  kbView.confirmYes.textContent = yes;
  dialog.returnValue = '';
  return new Promise(resolve => {
    dialog.addEventListener('close', () => resolve(dialog.returnValue === 'yes'), { once: true });
    dialog.showModal();
    kbView.confirmNo.focus();
  });
}

/**
 * Shows `message` in `node`, or hides the node when there is none.
 * @param {HTMLElement} node
 * @param {string | null | undefined} message
 */
export function say(node, message) {
  node.textContent = message || '';
  node.hidden = !message;
}

/**
 * The words of a failure for a message beside a form.
 * @param {unknown} error
 */
export function failureText(error) {
  const message = error instanceof Error ? error.message : '';
  return message || t('unknownError');
}

/**
 * The status code and error code of a failed call (0 and '' for anything else).
 * @param {unknown} error
 */
export function failure(error) {
  const e = /** @type {{ status?: unknown, code?: unknown }} */ (error || {});
  return { status: Number(e.status) || 0, code: typeof e.code === 'string' ? e.code : '' };
}
