// @ts-check
/**
 * Building the page's nodes. Every piece of server data reaches the page through textContent or attributes;
 * nothing here parses HTML.
 */
import { clockTime, dateTime, relativeTime } from './format.js';
import { lang, locale } from './i18n.js';

/** @typedef {Record<string, string | number | boolean | null | undefined>} Attributes */
/** @typedef {Node | string | null | undefined | false} Child */

/**
 * Sets attributes from a map; null or undefined removes one.
 * @template {Element} E
 * @param {E} node
 * @param {Attributes} map
 * @returns {E}
 */
export function attrs(node, map) {
  for (const [name, value] of Object.entries(map)) {
    if (value === null || value === undefined) {
      node.removeAttribute(name);
    } else {
      node.setAttribute(name, String(value));
    }
  }
  return node;
}

/**
 * Replaces (or, with append, extends) a node's children; strings become text nodes, nulls are skipped.
 * @template {Node} N
 * @param {N} node
 * @param {Child[]} children
 * @param {boolean} [append]
 * @returns {N}
 */
export function fill(node, children, append) {
  if (!append) {
    node.textContent = '';
  }
  for (const child of children) {
    if (child !== null && child !== undefined && child !== false) {
      node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    }
  }
  return node;
}

/**
 * @param {string} tag
 * @param {Attributes} [map]
 * @param {Child[]} [children]
 * @returns {HTMLElement}
 */
export function el(tag, map, children) {
  return fill(attrs(document.createElement(tag), map || {}), children || [], true);
}

/**
 * @template {Element} E
 * @param {E} node
 * @param {string} kind
 * @param {string | number | null | undefined} value
 * @param {string} label
 * @returns {E}
 */
export function setBadge(node, kind, value, label) {
  attrs(node, { 'data-kind': kind, 'data-value': value }).textContent = label;
  return node;
}

/**
 * @param {string} kind
 * @param {string | number | null | undefined} value
 * @param {string} label
 * @param {string} name the data-agent name
 */
export function badge(kind, value, label, name) {
  return setBadge(el('span', { class: 'badge', 'data-agent': name }), kind, value, label);
}

/**
 * The full local date and time of `value`, for a tooltip.
 * @param {string | null | undefined} value
 */
export function localTime(value) {
  return dateTime(value, locale());
}

/**
 * A <time> whose relative text the clock tick keeps fresh; the local time is in its tooltip.
 * @param {string | null | undefined} value
 */
export function timeNode(value) {
  return el('time', { datetime: value || '', title: localTime(value), 'data-rel': value || '' },
    [relativeTime(value, Date.now(), lang())]);
}

/**
 * A <time> showing the clock time of `value` (24-hour in Chinese).
 * @param {string} value
 */
export function clockNode(value) {
  return el('time', { datetime: value, title: localTime(value) }, [clockTime(value, locale())]);
}

/** Refreshes every relative time on the page. */
export function refreshTimes() {
  const now = Date.now();
  document.querySelectorAll('time[data-rel]').forEach(node => {
    node.textContent = relativeTime(node.getAttribute('data-rel'), now, lang());
  });
}
