// @ts-check
/** Times, countdowns and previews as the console shows them. No DOM: everything takes its language and clock. */
import { text } from './i18n.js';

/** @typedef {import('./i18n.js').Lang} Lang */

/**
 * Milliseconds since the epoch, or null for a missing or unreadable time.
 * @param {string | null | undefined} value
 */
export function parseTime(value) {
  const at = value ? Date.parse(value) : NaN;
  return Number.isNaN(at) ? null : at;
}

/**
 * "just now", "5 min ago", "in 2 h" (刚刚, 5 分钟前, 2 小时后).
 * @param {string | null | undefined} value
 * @param {number} now
 * @param {Lang} lang
 */
export function relativeTime(value, now, lang) {
  const at = parseTime(value);
  if (at === null) {
    return '';
  }
  const seconds = Math.round((now - at) / 1000);
  const abs = Math.abs(seconds);
  if (abs < 45) {
    return text('justNow', lang);
  }
  const span = abs < 3600 ? text('minutes', lang, { n: Math.round(abs / 60) })
    : abs < 86400 ? text('hours', lang, { n: Math.round(abs / 3600) }) : text('days', lang, { n: Math.round(abs / 86400) });
  return text(seconds < 0 ? 'later' : 'ago', lang, { time: span });
}

/**
 * Chinese locales read the 24-hour clock, whatever the platform's default.
 * @param {string} locale
 * @param {Intl.DateTimeFormatOptions} options
 * @param {string} [timeZone]
 */
function formatter(locale, options, timeZone) {
  const zh = /^zh\b/i.test(locale);
  return new Intl.DateTimeFormat(locale, { ...options, ...(zh ? { hourCycle: 'h23' } : {}), ...(timeZone ? { timeZone } : {}) });
}

/**
 * Hours and minutes: "23:05" in Chinese, "11:05 PM" in American English.
 * @param {string | null | undefined} value
 * @param {string} locale
 * @param {string} [timeZone] the browser's own when left out
 */
export function clockTime(value, locale, timeZone) {
  const at = parseTime(value);
  return at === null ? '' : formatter(locale, { hour: '2-digit', minute: '2-digit' }, timeZone).format(at);
}

/**
 * Date and time to the second, for tooltips: "2026/12/6 23:05:09" in Chinese.
 * @param {string | null | undefined} value
 * @param {string} locale
 * @param {string} [timeZone]
 */
export function dateTime(value, locale, timeZone) {
  const at = parseTime(value);
  return at === null ? '' : formatter(locale, { year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric',
    minute: '2-digit', second: '2-digit' }, timeZone).format(at);
}

/**
 * What an SLA countdown shows: mm:ss until the due time ("danger" under a minute), "overdue" after it.
 * @param {number} due
 * @param {number} now
 * @param {Lang} lang
 * @returns {{ text: string, state: 'ok' | 'danger' | 'overdue' }}
 */
export function slaCountdown(due, now, lang) {
  const left = due - now;
  if (left <= 0) {
    return { text: text('overdue', lang), state: 'overdue' };
  }
  const seconds = Math.ceil(left / 1000);
  const mm = String(Math.floor(seconds / 60)).padStart(2, '0');
  const ss = String(seconds % 60).padStart(2, '0');
  return { text: mm + ':' + ss, state: left < 60000 ? 'danger' : 'ok' };
}

/**
 * The first `limit` characters (whole code points), with an ellipsis when there is more.
 * @param {string} value
 * @param {number} limit
 */
export function preview(value, limit) {
  const chars = Array.from(value);
  return chars.length > limit ? chars.slice(0, limit).join('') + '…' : value;
}

/**
 * A percentage for a 0..1 confidence, or null.
 * @param {unknown} confidence
 */
export function percent(confidence) {
  return typeof confidence === 'number' ? Math.round(confidence * 100) + '%' : null;
}
