// @ts-check
/** Choosing the widget's language and filling in its texts; no DOM, so Node's tests run it as it is. */
import { STRINGS } from './strings.js';

/** @typedef {import('./strings.js').Strings} Strings */
/** @typedef {'zh-CN' | 'zh-TW' | 'en'} Locale */

/**
 * The locale the widget speaks: the page's explicit choice (data-baton-locale) if any, else the browser's
 * first language. Any Chinese tag is Simplified unless it names Taiwan, Hong Kong, Macau or Traditional
 * script; everything else is English.
 *
 * @param {string | null | undefined} explicit
 * @param {readonly string[]} browserLanguages navigator.language first, then navigator.languages
 * @returns {Locale}
 */
export function chooseLocale(explicit, browserLanguages) {
  const tag = String(explicit || browserLanguages.find(Boolean) || 'en').toLowerCase();
  if (!/^zh(-|$)/.test(tag)) {
    return 'en';
  }
  return /^zh-(tw|hk|mo|hant)/.test(tag) ? 'zh-TW' : 'zh-CN';
}

/**
 * @param {Locale} locale
 * @returns {Strings}
 */
export function stringsFor(locale) {
  return STRINGS[locale];
}

/**
 * Fills {name} placeholders; unknown ones stay as they are.
 *
 * @param {string} template
 * @param {Record<string, string | number>} values
 */
export function fmt(template, values) {
  return template.replace(/\{(\w+)\}/g, (all, key) =>
    Object.prototype.hasOwnProperty.call(values, key) ? String(values[key]) : all);
}

/**
 * An estimated wait as people say it: under a minute, else whole minutes rounded up.
 *
 * @param {number} seconds
 * @param {Strings} T
 */
export function waitText(seconds, T) {
  return seconds < 60 ? T.waitUnderMinute : fmt(T.waitMinutes, { n: Math.ceil(seconds / 60) });
}
