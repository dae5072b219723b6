// @ts-check
/** "Try it": what the live and the draft knowledge would do with a message, in words. No DOM. */
import { percent } from '../format.js';
import { pick } from '../i18n.js';
import { humanize, languageLabel } from '../labels.js';
import { ACTION_LABELS } from './strings.js';

/**
 * @typedef {import('../i18n.js').Lang} Lang
 * @typedef {{ action: string, intent: string, confidence: number | null, language: string, reply: string }} Verdict
 */

/**
 * A verdict from server data, with every field present.
 * @param {any} raw
 * @returns {Verdict}
 */
export function readVerdict(raw) {
  const v = raw && typeof raw === 'object' ? raw : {};
  return { action: String(v.action || ''), intent: String(v.intent || ''),
    confidence: typeof v.confidence === 'number' ? v.confidence : null, language: String(v.language || ''),
    reply: typeof v.reply === 'string' ? v.reply : '' };
}

/**
 * An action in words: "faq:contact-channels" -> "Answers with contact-channels", "handoff:urgent" -> "Hands
 * off at once (urgent)".
 * @param {string} action
 * @param {Lang} lang
 */
export function actionWords(action, lang) {
  const raw = String(action || '');
  const colon = raw.indexOf(':');
  const kind = colon < 0 ? raw : raw.slice(0, colon);
  const target = colon < 0 ? '' : raw.slice(colon + 1);
  const exact = own(raw) || (kind === 'faq' ? own('faq') : undefined);
  if (exact) {
    return pick(exact, lang, { target });
  }
  return raw ? humanize(raw.replace(':', '.')) : '—';
}

/** @param {string} key */
function own(key) {
  return Object.prototype.hasOwnProperty.call(ACTION_LABELS, key) ? ACTION_LABELS[key] : undefined;
}

/**
 * A verdict as a column of the try-it box shows it.
 * @param {Verdict} v
 * @param {Lang} lang
 */
export function verdictView(v, lang) {
  return { action: v.action, actionText: actionWords(v.action, lang), intent: v.intent || '—',
    confidence: percent(v.confidence) || '—', language: languageLabel(v.language, lang) || '—', reply: v.reply };
}

/**
 * Whether the draft would do something else than the live knowledge: another action, intent or reply, or a
 * confidence that moved by half a percentage point or more.
 * @param {Verdict} live
 * @param {Verdict} draft
 */
export function verdictsDiffer(live, draft) {
  const confidence = live.confidence !== null && draft.confidence !== null
    ? Math.abs(live.confidence - draft.confidence) >= 0.005 : live.confidence !== draft.confidence;
  return live.action !== draft.action || live.intent !== draft.intent || live.reply !== draft.reply || confidence;
}
