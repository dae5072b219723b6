// @ts-check
/**
 * The learning loop's suggestions as the editor works with them: groups of questions Baton could not answer,
 * which of their messages are chosen, and a new entry started from a group (examples from the chosen messages by
 * language, answers from what agents replied). No DOM.
 */
import { pick } from '../i18n.js';
import { humanize } from '../labels.js';
import { blankEntry } from './entry.js';
import { strings } from './text.js';
import { SUGGESTION_DECISION_LABELS } from './strings.js';

/**
 * @typedef {import('../i18n.js').Lang} Lang
 * @typedef {import('./entry.js').Entry} Entry
 * @typedef {{ id: number, text: string, language: string, at: string, decision: string, intent: string | null,
 *   confidence: number | null, conversationId: string, agentReply: string | null }} SuggestedMessage
 * @typedef {{ id: string, size: number, lastAt: string, terms: string[], suggestedEntry: string | null,
 *   messages: SuggestedMessage[] }} Group
 */

/**
 * Groups from server data, in the server's order, each with its messages' fields present.
 * @param {any} raw
 * @returns {Group[]}
 */
export function readGroups(raw) {
  const groups = raw && Array.isArray(raw.groups) ? raw.groups : [];
  return groups.filter((/** @type {any} */ g) => g && typeof g === 'object' && g.id).map((/** @type {any} */ g) => {
    const messages = (Array.isArray(g.messages) ? g.messages : []).filter((/** @type {any} */ m) => m
      && Number.isFinite(Number(m.id))).map(readMessage);
    return { id: String(g.id), size: Number(g.size) || messages.length, lastAt: String(g.lastAt || ''),
      terms: strings(g.terms), suggestedEntry: g.suggestedEntry ? String(g.suggestedEntry) : null, messages };
  });
}

/**
 * @param {any} m
 * @returns {SuggestedMessage}
 */
function readMessage(m) {
  return { id: Number(m.id), text: String(m.text || ''), language: String(m.language || ''), at: String(m.at || ''),
    decision: String(m.decision || ''), intent: m.intent ? String(m.intent) : null,
    confidence: typeof m.confidence === 'number' ? m.confidence : null,
    conversationId: String(m.conversationId || ''), agentReply: m.agentReply ? String(m.agentReply) : null };
}

/**
 * The example list a message's language belongs in: both Chinese scripts are zh examples.
 * @param {string} language
 * @returns {'zh' | 'en' | null}
 */
export function exampleLanguage(language) {
  const primary = String(language || '').toLowerCase().split(/[-_]/)[0];
  return primary === 'zh' ? 'zh' : primary === 'en' ? 'en' : null;
}

/**
 * The answer a reply in `language` fills: Traditional Chinese has its own.
 * @param {string} language
 * @returns {'zh' | 'zhHant' | 'en' | null}
 */
export function answerLanguage(language) {
  const tag = String(language || '').toLowerCase();
  if (tag === 'zh-hant' || tag === 'zh-tw' || tag === 'zh-hk') {
    return 'zhHant';
  }
  return exampleLanguage(tag);
}

/**
 * What Baton did with a message, in words: "Asked back", "Handed to a person".
 * @param {string} decision
 * @param {Lang} lang
 */
export function decisionWords(decision, lang) {
  const pair = Object.prototype.hasOwnProperty.call(SUGGESTION_DECISION_LABELS, decision)
    ? SUGGESTION_DECISION_LABELS[decision] : undefined;
  return pair ? pick(pair, lang) : humanize(decision.replace(':', '.'));
}

/**
 * The group's messages that are ticked, in the group's order.
 * @param {Group} group
 * @param {ReadonlySet<number>} picked
 */
export function chosenMessages(group, picked) {
  return group.messages.filter(m => picked.has(m.id));
}

/**
 * An id for a new entry from the group's Latin terms ("email address" -> "email-address"), made unique
 * among `ids`; empty when the terms have no Latin word.
 * @param {readonly string[]} terms
 * @param {readonly string[]} ids
 */
export function suggestedId(terms, ids) {
  const words = terms.map(t => t.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '')).filter(Boolean);
  const stem = words.slice(0, 3).join('-');
  if (!stem) {
    return '';
  }
  let id = stem;
  for (let n = 2; ids.includes(id); n++) {
    id = stem + '-' + n;
  }
  return id;
}

/**
 * A new FAQ entry started from a group: the chosen messages as examples in their language, the shortest of
 * them in each language as its title, and the first agent reply in each language as its answer.
 * @param {Group} group
 * @param {readonly SuggestedMessage[]} chosen
 * @param {readonly string[]} ids the draft's entry ids
 * @returns {Entry}
 */
export function entryFromGroup(group, chosen, ids) {
  const entry = blankEntry();
  entry.id = suggestedId(group.terms, ids);
  entry.tags = [];
  for (const message of chosen) {
    const examples = exampleLanguage(message.language);
    const text = message.text.trim();
    if (examples && text && !entry.examples[examples].includes(text)) {
      entry.examples[examples].push(text);
    }
    const answer = answerLanguage(message.language);
    if (answer && message.agentReply && message.agentReply.trim() && !entry.answer[answer]) {
      entry.answer[answer] = message.agentReply.trim();
    }
  }
  for (const language of /** @type {const} */ (['zh', 'en'])) {
    const shortest = entry.examples[language].slice().sort((a, b) => Array.from(a).length - Array.from(b).length)[0];
    entry.title[language] = shortest || '';
  }
  return entry;
}
