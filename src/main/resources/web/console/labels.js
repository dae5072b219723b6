// @ts-check
/**
 * Codes the server sends (reason codes, statuses, channels, detail fields) as words in the console's
 * language. No DOM. A code without a label still becomes words, split where the code has underscores,
 * hyphens or dots, so it wraps between words.
 */
import { pick, text } from './i18n.js';
import {
  BADGE_LABELS, CHANNEL_LABELS, CONVERSATION_LABELS, DECISION_LABELS, DETAIL_LABELS, FILTER_LABELS, INTENT_REASONS,
  LANGUAGE_LABELS, REASON_LABELS, SENDER_LABELS
} from './strings.js';

/** @typedef {import('./i18n.js').Lang} Lang */
/** @typedef {Record<string, [string, string]>} Table */

/**
 * @template T
 * @param {Record<string, T>} table
 * @param {string} key
 * @returns {T | undefined}
 */
function own(table, key) {
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}

/**
 * Words of one code part: "unauthorized_transfer" -> "unauthorized transfer", "walletType" -> "wallet type".
 * @param {string} part
 */
function words(part) {
  return part.replace(/([a-z0-9])([A-Z])/g, '$1 $2').split(/[\s_-]+/).filter(Boolean).join(' ').toLowerCase();
}

/** @param {string} value */
function capitalized(value) {
  return value.charAt(0).toUpperCase() + value.slice(1);
}

/**
 * A code with no label, as readable words: "funds_at_risk.new_kind" -> "Funds at risk: new kind".
 * @param {string} code
 */
export function humanize(code) {
  const parts = String(code).split('.').map(words).filter(Boolean);
  return parts.length ? capitalized(parts.join(': ')) : '';
}

/**
 * The title of a ticket opened for `code` (a reason code, or an intent id): its label, or words.
 * @param {string | null | undefined} code
 * @param {Lang} lang
 */
export function ticketTitle(code, lang) {
  const raw = String(code || '').trim();
  if (!raw) {
    return '—';
  }
  const underscored = raw.replace(/-/g, '_');
  const known = [own(INTENT_REASONS, raw), raw, underscored, 'funds_at_risk.' + underscored]
    .map(key => (key ? own(REASON_LABELS, key) : undefined)).find(Boolean);
  if (known) {
    return pick(known, lang);
  }
  const dot = raw.indexOf('.');
  const family = dot > 0 ? own(REASON_LABELS, raw.slice(0, dot)) : undefined;
  if (family) {
    return pick(family, lang) + (lang === 'zh' ? '：' : ': ') + humanize(raw.slice(dot + 1)).toLowerCase();
  }
  return humanize(raw);
}

/**
 * The text of a status, priority or tier badge.
 * @param {'status' | 'priority' | 'tier'} kind
 * @param {string | number | null | undefined} value
 * @param {Lang} lang
 */
export function badgeLabel(kind, value, lang) {
  const key = value === null || value === undefined ? '' : String(value);
  const pair = own(BADGE_LABELS[kind], key);
  if (pair) {
    return pick(pair, lang);
  }
  return kind === 'tier' ? text('meTier', lang, { tier: key }) : words(key);
}

/**
 * The text of one option of a queue filter.
 * @param {'status' | 'priority' | 'tier'} kind
 * @param {string} value
 * @param {Lang} lang
 */
export function filterLabel(kind, value, lang) {
  const pair = own(FILTER_LABELS[kind], value);
  return pair ? pick(pair, lang) : humanize(value);
}

/**
 * Every option a queue filter offers, in order, as [value, label].
 * @param {'status' | 'priority' | 'tier'} kind
 * @param {Lang} lang
 * @returns {[string, string][]}
 */
export function filterOptions(kind, lang) {
  return Object.keys(FILTER_LABELS[kind]).sort((a, b) => (a === '' ? -1 : b === '' ? 1 : 0))
    .map(value => [value, filterLabel(kind, value, lang)]);
}

/**
 * What an agent may choose in the header, as [value, label] pairs: available or away (offline is never chosen).
 * @param {Lang} lang
 * @returns {[string, string][]}
 */
export function availabilityOptions(lang) {
  return [['available', text('availabilityAvailable', lang)], ['away', text('availabilityAway', lang)]];
}

/**
 * @param {Table} table
 * @param {string | null | undefined} value
 * @param {Lang} lang
 */
function labelled(table, value, lang) {
  const pair = own(table, String(value || ''));
  return pair ? pick(pair, lang) : words(String(value || ''));
}

/** @param {string | null | undefined} channel @param {Lang} lang */
export function channelLabel(channel, lang) {
  return labelled(CHANNEL_LABELS, channel, lang) || '?';
}

/** @param {string | null | undefined} language @param {Lang} lang */
export function languageLabel(language, lang) {
  const pair = own(LANGUAGE_LABELS, String(language || ''));
  return pair ? pick(pair, lang) : String(language || '');
}

/** @param {string | null | undefined} state @param {Lang} lang */
export function conversationLabel(state, lang) {
  return labelled(CONVERSATION_LABELS, state, lang);
}

/** @param {string} sender @param {Lang} lang */
export function senderLabel(sender, lang) {
  return labelled(SENDER_LABELS, sender, lang);
}

/** @param {string} field @param {Lang} lang */
export function decisionLabel(field, lang) {
  return labelled(DECISION_LABELS, field, lang);
}

/**
 * The label of a detail field; a field without one is named by its words.
 * @param {string} field
 * @param {Lang} lang
 */
export function detailLabel(field, lang) {
  const pair = own(DETAIL_LABELS, field);
  return pair ? pick(pair, lang) : humanize(field);
}

/**
 * One detail's values as lines of text. A value may be a string (a transaction hash the server already wrote
 * as "0x… (ethereum, unverified)"), a list, or a small object (value/coin/chain/valid).
 * @param {unknown} value
 * @param {Lang} lang
 * @returns {string[]}
 */
export function detailValues(value, lang) {
  if (value === null || value === undefined || value === '') {
    return [];
  }
  if (Array.isArray(value)) {
    return value.flatMap(v => detailValues(v, lang));
  }
  if (typeof value !== 'object') {
    const line = String(value);
    return [lang === 'zh' ? line.replace(/, unverified\)$/, '，' + text('unverified', lang) + ')') : line];
  }
  const v = /** @type {Record<string, unknown>} */ (value);
  const main = [v.value, v.hash, v.address, v.text, v.amount].find(x => x !== null && x !== undefined);
  if (main === undefined) {
    return [JSON.stringify(value)];
  }
  const unit = v.coin || v.currency || v.symbol || v.asset;
  const unverified = v.valid === false || v.verified === false;
  return [String(main) + (unit ? ' ' + unit : '') + (v.chain ? ' (' + v.chain + ')' : '')
    + (unverified ? ' ⚠ ' + text('unverified', lang) : '')];
}

/**
 * Every detail the ticket holds, as labelled rows: the known fields in their order, then any other field.
 * @param {Record<string, unknown> | null | undefined} details
 * @param {Lang} lang
 * @returns {{ field: string, label: string, values: string[] }[]}
 */
export function detailRows(details, lang) {
  const all = details && typeof details === 'object' ? details : {};
  const known = Object.keys(DETAIL_LABELS);
  const fields = known.concat(Object.keys(all).filter(f => !known.includes(f)).sort());
  return fields.map(field => ({ field, label: detailLabel(field, lang), values: detailValues(all[field], lang) }))
    .filter(row => row.values.length > 0);
}
