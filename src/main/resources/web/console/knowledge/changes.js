// @ts-check
/**
 * What changed, in words: the draft's changes as the server lists them ("answer.zh", "examples.zh (+3 -1)"),
 * and the editor's own unsaved edits, found by comparing two entries and named the same way. No DOM.
 */
import { pick } from '../i18n.js';
import { humanize } from '../labels.js';
import { CHANGE_LABELS, FIELD_LABELS, TEXT_LANGUAGE_LABELS } from './strings.js';

/**
 * @typedef {import('./entry.js').Entry} Entry
 * @typedef {import('../i18n.js').Lang} Lang
 * @typedef {{ entry: string, change: string, fields: string[] }} Change
 */

/** A field as changes name it: "examples.zh (+3 -1)" is part "examples", language "zh", counts "+3 -1". */
const FIELD = /^([A-Za-z]+)(?:\.([A-Za-z]+))?(?:\s*\(([^)]*)\))?$/;

/**
 * @param {Record<string, [string, string]>} table
 * @param {string} key
 */
function own(table, key) {
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}

/**
 * One changed field in words: "examples.zh (+3 -1)" -> "Examples (Simplified Chinese) +3 -1".
 * @param {string} field
 * @param {Lang} lang
 */
export function fieldWords(field, lang) {
  const match = FIELD.exec(String(field).trim());
  if (!match) {
    return String(field);
  }
  const [, part, language, counts] = match;
  const partLabel = own(FIELD_LABELS, part);
  const partLanguage = !partLabel && !language ? own(TEXT_LANGUAGE_LABELS, part) : undefined;
  const name = partLabel ? pick(partLabel, lang) : partLanguage ? pick(partLanguage, lang) : humanize(part);
  const languageLabel = language ? own(TEXT_LANGUAGE_LABELS, language) : undefined;
  const which = language ? (languageLabel ? pick(languageLabel, lang) : language) : '';
  const open = lang === 'zh' ? '（' : ' (';
  const close = lang === 'zh' ? '）' : ')';
  return name + (which ? open + which + close : '') + (counts ? ' ' + counts.trim() : '');
}

/**
 * A change of the draft as the changes panel shows it.
 * @param {any} raw
 * @param {Lang} lang
 * @returns {{ entry: string, change: string, label: string, fields: string[], synonyms: boolean }}
 */
export function changeView(raw, lang) {
  const c = raw && typeof raw === 'object' ? raw : {};
  const change = String(c.change || 'edited');
  const label = own(CHANGE_LABELS, change);
  return { entry: String(c.entry || ''), change, label: label ? pick(label, lang) : humanize(change),
    fields: (Array.isArray(c.fields) ? c.fields : []).map((/** @type {unknown} */ f) => fieldWords(String(f), lang)),
    synonyms: c.entry === 'synonyms' };
}

/**
 * The fields in which `after` differs from `before`, named as the draft's changes name them. Examples are
 * counted as lines added and removed.
 * @param {Entry} before
 * @param {Entry} after
 * @returns {string[]}
 */
export function diffEntries(before, after) {
  /** @type {string[]} */
  const fields = [];
  if (before.id !== after.id) {
    fields.push('id');
  }
  if (before.kind !== after.kind) {
    fields.push('kind');
  }
  if ((before.reason || null) !== (after.reason || null)) {
    fields.push('reason');
  }
  if (!sameList(before.tags, after.tags)) {
    fields.push('tags');
  }
  if (!sameList(before.followUps, after.followUps)) {
    fields.push('followUps');
  }
  for (const part of /** @type {const} */ (['title', 'answer'])) {
    for (const language of /** @type {const} */ (['zh', 'zhHant', 'en'])) {
      if ((before[part][language] || '') !== (after[part][language] || '')) {
        fields.push(part + '.' + language);
      }
    }
  }
  for (const language of /** @type {const} */ (['zh', 'en'])) {
    const was = before.examples[language];
    const now = after.examples[language];
    const added = now.filter(x => !was.includes(x)).length;
    const removed = was.filter(x => !now.includes(x)).length;
    if (added || removed || !sameList(was, now)) {
      fields.push('examples.' + language + ' (+' + added + ' -' + removed + ')');
    }
  }
  return fields;
}

/**
 * @param {readonly string[]} a
 * @param {readonly string[]} b
 */
function sameList(a, b) {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
