// @ts-check
/**
 * The console's language: English or Simplified Chinese, chosen once per page load. Every text lookup takes
 * the language explicitly (so it can be tested in Node); `t` is the same lookup in the page's language.
 */
import { TEXT } from './strings.js';

/** @typedef {'en' | 'zh'} Lang */

export const LANGUAGES = /** @type {const} */ (['en', 'zh']);

/** @type {{ lang: Lang, locale: string }} */
const current = { lang: 'en', locale: 'en-US' };

/**
 * The language to show: `?lang=` on the page's address, else the one the agent chose before, else the first
 * of the browser's preferred languages that the console speaks, else English.
 * @param {{ query?: string | null, stored?: string | null, preferred?: readonly string[] }} from
 * @returns {Lang}
 */
export function pickLanguage({ query = null, stored = null, preferred = [] }) {
  for (const candidate of [query, stored]) {
    const lang = LANGUAGES.find(l => l === candidate);
    if (lang) {
      return lang;
    }
  }
  for (const tag of preferred) {
    const lang = LANGUAGES.find(l => primary(tag) === l);
    if (lang) {
      return lang;
    }
  }
  return 'en';
}

/**
 * The locale for dates and times: the browser's own variant of the language if it prefers one (en-GB keeps
 * its 24-hour clock), else en-US or zh-CN.
 * @param {Lang} lang
 * @param {readonly string[]} preferred
 */
export function timeLocale(lang, preferred) {
  const own = preferred.find(tag => primary(tag) === lang && supported(tag));
  return own || (lang === 'zh' ? 'zh-CN' : 'en-US');
}

/** @param {string} tag */
function primary(tag) {
  return String(tag || '').toLowerCase().split(/[-_]/)[0];
}

/** @param {string} tag */
function supported(tag) {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([tag]).length > 0;
  } catch {
    return false;
  }
}

/**
 * One entry of a [en, zh] table in `lang`, with `{name}` replaced from `vars`.
 * @param {readonly [string, string] | undefined} pair
 * @param {Lang} lang
 * @param {Record<string, string | number>} [vars]
 */
export function pick(pair, lang, vars) {
  const text = pair ? pair[lang === 'zh' ? 1 : 0] : '';
  return vars ? text.replace(/\{(\w+)\}/g, (all, name) => (name in vars ? String(vars[name]) : all)) : text;
}

/**
 * The console text `key` in `lang`.
 * @param {string} key
 * @param {Lang} lang
 * @param {Record<string, string | number>} [vars]
 */
export function text(key, lang, vars) {
  return pick(TEXT[key], lang, vars);
}

/**
 * Sets the page's language; the locale defaults to the language's own.
 * @param {Lang} lang
 * @param {string} [locale]
 */
export function setLanguage(lang, locale) {
  current.lang = lang;
  current.locale = locale || timeLocale(lang, []);
}

/** @returns {Lang} */
export function lang() {
  return current.lang;
}

export function locale() {
  return current.locale;
}

/**
 * The console text `key` in the page's language.
 * @param {string} key
 * @param {Record<string, string | number>} [vars]
 */
export function t(key, vars) {
  return text(key, current.lang, vars);
}
