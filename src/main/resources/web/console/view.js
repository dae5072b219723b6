// @ts-check
/** The page's fixed elements, its texts in the console's language, and the error banner. */
import { ApiError } from './api.js';
import { attrs, el, fill } from './dom.js';
import { lang, t } from './i18n.js';
import { filterOptions } from './labels.js';
import { state } from './state.js';

/**
 * Every static [data-agent] element of agent.html, by camel-cased name: view.replyText, view.openSla ...
 * @type {Record<string, any>}
 */
export const view = {};

export function bindView() {
  document.querySelectorAll('[data-agent]').forEach(node => {
    const name = String(node.getAttribute('data-agent')).replace(/-(\w)/g, (all, c) => c.toUpperCase());
    view[name] = node;
  });
  view.open = view.openTicket;
}

/** Attributes whose text comes from the catalogue: data-i18n-placeholder="key" sets placeholder, and so on. */
const LOCALIZED_ATTRIBUTES = ['placeholder', 'title', 'aria-label'];

/** Puts every fixed text of the page into the console's language. */
export function localizePage() {
  const language = lang();
  document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
  document.title = t('pageTitle');
  document.querySelectorAll('[data-i18n]').forEach(node => {
    node.textContent = t(String(node.getAttribute('data-i18n')));
  });
  for (const name of LOCALIZED_ATTRIBUTES) {
    document.querySelectorAll('[data-i18n-' + name + ']').forEach(node => {
      node.setAttribute(name, t(String(node.getAttribute('data-i18n-' + name))));
    });
  }
  for (const kind of /** @type {const} */ (['status', 'priority', 'tier'])) {
    const select = view['filter' + kind.charAt(0).toUpperCase() + kind.slice(1)];
    const chosen = select.value;
    fill(select, filterOptions(kind, language).map(([value, label]) => el('option', { value }, [label])));
    select.value = chosen;
  }
}

/**
 * Shows an error in the banner (only while signed in: the sign-in screen has its own).
 * @param {unknown} error
 */
export function showError(error) {
  if (!state.me) {
    return;
  }
  const known = error instanceof ApiError;
  const message = error instanceof Error ? error.message : '';
  view.errorText.textContent = message || String(error);
  attrs(view.error, { 'data-code': known ? error.code : 'client', title: known ? error.code : null }).hidden = false;
}

export function clearError() {
  view.error.hidden = true;
  view.errorText.textContent = '';
}
