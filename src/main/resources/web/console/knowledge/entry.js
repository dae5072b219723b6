// @ts-check
/**
 * An entry of the draft as the editor's form holds it, and back. The form keeps what the editor typed
 * (examples one per line, tags separated by commas); `formToEntry` makes the Entry the knowledge API takes,
 * and `entryHints` says beforehand what the server would refuse, by the corpus loader's rules. No DOM.
 */
import { lines, strings, tagList } from './text.js';

export const KINDS = /** @type {const} */ (['faq', 'smalltalk', 'human', 'urgent', 'out_of_scope']);

/** The languages examples are kept in (Traditional Chinese questions are examples in zh). */
export const EXAMPLE_LANGUAGES = /** @type {const} */ (['zh', 'en']);

/** The languages of titles and answers; zhHant may stay empty: it is then converted from zh. */
export const TEXT_LANGUAGES = /** @type {const} */ (['zh', 'zhHant', 'en']);

/** A FAQ entry needs this many examples in each language (the corpus loader's MIN_FAQ_EXAMPLES). */
export const MIN_FAQ_EXAMPLES = 20;

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const REASON = /^[a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*)*$/;

/**
 * @typedef {{ zh: string | null, zhHant: string | null, en: string | null }} Texts
 * @typedef {{ zh: string[], en: string[] }} Examples
 * @typedef {{ id: string, kind: string, reason: string | null, tags: string[], followUps: string[], title: Texts,
 *   answer: Texts, examples: Examples, dev: Examples, changed?: boolean }} Entry
 * @typedef {{ id: string, kind: string, reason: string, tags: string, followUps: string[], titleZh: string,
 *   titleZhHant: string, titleEn: string, answerZh: string, answerZhHant: string, answerEn: string,
 *   examplesZh: string, examplesEn: string }} EntryForm
 * @typedef {{ field: string, key: string, vars?: Record<string, string | number> }} Hint
 */

/** @returns {Entry} */
export function blankEntry() {
  return { id: '', kind: 'faq', reason: null, tags: [], followUps: [], title: { zh: '', zhHant: null, en: '' },
    answer: { zh: '', zhHant: null, en: '' }, examples: { zh: [], en: [] }, dev: { zh: [], en: [] } };
}

/**
 * An Entry from server data, with every field present and of its type.
 * @param {any} raw
 * @returns {Entry}
 */
export function readEntry(raw) {
  const e = raw && typeof raw === 'object' ? raw : {};
  return { id: String(e.id || ''), kind: String(e.kind || 'faq'), reason: e.reason ? String(e.reason) : null,
    tags: strings(e.tags), followUps: strings(e.followUps), title: readTexts(e.title), answer: readTexts(e.answer),
    examples: readExamples(e.examples), dev: readExamples(e.dev), changed: !!e.changed };
}

/**
 * @param {any} raw
 * @returns {Texts}
 */
function readTexts(raw) {
  const t = raw && typeof raw === 'object' ? raw : {};
  return { zh: text(t.zh), zhHant: t.zhHant ? String(t.zhHant) : null, en: text(t.en) };
}

/** @param {unknown} value */
function text(value) {
  return typeof value === 'string' ? value : '';
}

/**
 * @param {any} raw
 * @returns {Examples}
 */
function readExamples(raw) {
  const x = raw && typeof raw === 'object' ? raw : {};
  return { zh: strings(x.zh), en: strings(x.en) };
}

/**
 * @param {Entry} entry
 * @returns {EntryForm}
 */
export function entryToForm(entry) {
  return { id: entry.id, kind: entry.kind, reason: entry.reason || '', tags: entry.tags.join(', '),
    followUps: entry.followUps.slice(), titleZh: entry.title.zh || '', titleZhHant: entry.title.zhHant || '',
    titleEn: entry.title.en || '', answerZh: entry.answer.zh || '', answerZhHant: entry.answer.zhHant || '',
    answerEn: entry.answer.en || '', examplesZh: entry.examples.zh.join('\n'), examplesEn: entry.examples.en.join('\n') };
}

/**
 * The Entry the form describes; what the form does not edit (held-out examples) comes from `base`. An empty
 * Traditional Chinese text is null: the server converts it from the Simplified one.
 * @param {EntryForm} form
 * @param {Entry} [base]
 * @returns {Entry}
 */
export function formToEntry(form, base) {
  const kind = form.kind.trim() || 'faq';
  const reason = form.reason.trim();
  return {
    id: form.id.trim(), kind, reason: reason ? reason : null, tags: tagList(form.tags),
    followUps: form.followUps.filter((id, i, all) => id && all.indexOf(id) === i),
    title: { zh: form.titleZh.trim(), zhHant: form.titleZhHant.trim() || null, en: form.titleEn.trim() },
    answer: { zh: form.answerZh.trim(), zhHant: form.answerZhHant.trim() || null, en: form.answerEn.trim() },
    examples: { zh: lines(form.examplesZh), en: lines(form.examplesEn) },
    dev: base ? { zh: base.dev.zh.slice(), en: base.dev.en.slice() } : { zh: [], en: [] }
  };
}

/**
 * What the server would refuse, before it is asked, each with the field it is about (as the draft's changes
 * name fields: "answer.en", "examples.zh"). `ids` are the draft's entry ids; `isNew` checks the id is free.
 * @param {Entry} entry
 * @param {{ ids: readonly string[], isNew: boolean }} context
 * @returns {Hint[]}
 */
export function entryHints(entry, context) {
  /** @type {Hint[]} */
  const hints = [];
  if (!entry.id) {
    hints.push({ field: 'id', key: 'kbHintIdMissing' });
  } else if (!ID.test(entry.id)) {
    hints.push({ field: 'id', key: 'kbHintIdForm' });
  } else if (context.isNew && context.ids.includes(entry.id)) {
    hints.push({ field: 'id', key: 'kbHintIdTaken', vars: { id: entry.id } });
  }
  if (!KINDS.includes(/** @type {any} */ (entry.kind))) {
    hints.push({ field: 'kind', key: 'kbHintKind' });
  }
  if (entry.kind === 'urgent' && !entry.reason) {
    hints.push({ field: 'reason', key: 'kbHintReasonMissing' });
  } else if (entry.reason && !REASON.test(entry.reason)) {
    hints.push({ field: 'reason', key: 'kbHintReasonForm' });
  }
  for (const part of /** @type {const} */ (['title', 'answer'])) {
    for (const language of EXAMPLE_LANGUAGES) {
      if (!entry[part][language]) {
        hints.push({ field: part + '.' + language, key: part === 'title' ? 'kbHintTitleMissing' : 'kbHintAnswerMissing' });
      }
    }
  }
  if (entry.kind === 'faq') {
    for (const language of EXAMPLE_LANGUAGES) {
      const count = entry.examples[language].length;
      if (count < MIN_FAQ_EXAMPLES) {
        hints.push({ field: 'examples.' + language, key: 'kbHintFewExamples', vars: { n: count, min: MIN_FAQ_EXAMPLES } });
      }
    }
  }
  for (const id of entry.followUps) {
    if (id === entry.id) {
      hints.push({ field: 'followUps', key: 'kbHintFollowUpSelf' });
    } else if (!context.ids.includes(id)) {
      hints.push({ field: 'followUps', key: 'kbHintFollowUpUnknown', vars: { id } });
    }
  }
  return hints;
}

/**
 * The data-test name of the form control for a field: "answer.zhHant" -> "kb-entry-answer-zh-hant".
 * @param {string} field
 */
export function fieldTestName(field) {
  const name = field.replace(/\s*\(.*$/, '').replace(/\./g, '-').replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();
  return 'kb-entry-' + name;
}

/**
 * A title in the console's language, from a Texts object or a plain string, falling back to the other language.
 * @param {unknown} title
 * @param {'en' | 'zh'} lang
 */
export function titleIn(title, lang) {
  if (typeof title === 'string') {
    return title;
  }
  const t = title && typeof title === 'object' ? /** @type {Record<string, unknown>} */ (title) : {};
  const order = lang === 'zh' ? [t.zh, t.zhHant, t.en] : [t.en, t.zh, t.zhHant];
  return String(order.find(v => typeof v === 'string' && v.trim()) || '');
}
