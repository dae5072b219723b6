// @ts-check
/**
 * A publish's progress and its quality gate in words: per evaluation set, the live and the draft figures side by
 * side with which way each moved, whether the gate passed, and why not. No DOM.
 */
import { pick, text } from '../i18n.js';
import { humanize } from '../labels.js';
import { FIGURE_LABELS, PUBLISH_STATE_LABELS } from './strings.js';

/**
 * @typedef {import('../i18n.js').Lang} Lang
 * @typedef {{ actionAccuracy?: number, urgentRecall?: number, outOfScopeAnswered?: number }} Figures
 * @typedef {{ name: string, cases: number, live: Figures, draft: Figures }} GateSet
 * @typedef {{ passed: boolean, reasons: string[], sets: GateSet[] }} Gate
 * @typedef {{ id: number, state: string, version: number | null, author?: string, startedAt?: string,
 *   finishedAt?: string | null, gate: Gate | null, error?: string | null }} Publish
 * @typedef {'better' | 'worse' | 'same' | 'unknown'} Trend
 */

/** The gate's figures, in the order shown; shares are 0..1, outOfScopeAnswered a count (fewer is better). */
export const FIGURES = /** @type {const} */ ([
  { key: 'actionAccuracy', share: true, higherIsBetter: true },
  { key: 'urgentRecall', share: true, higherIsBetter: true },
  { key: 'outOfScopeAnswered', share: false, higherIsBetter: false }
]);

/** A publish in one of these states has finished: polling stops. */
export const FINISHED_STATES = ['published', 'refused', 'failed'];

/** @param {Publish | null | undefined} publish */
export function publishFinished(publish) {
  return !!publish && FINISHED_STATES.includes(publish.state);
}

/**
 * What a publish is doing, in words: "Training the draft…", "Published as version 4".
 * @param {Publish} publish
 * @param {Lang} lang
 */
export function publishStateText(publish, lang) {
  const pair = Object.prototype.hasOwnProperty.call(PUBLISH_STATE_LABELS, publish.state)
    ? PUBLISH_STATE_LABELS[publish.state] : undefined;
  const words = pair ? pick(pair, lang, { version: publish.version === null ? '?' : publish.version })
    : humanize(publish.state);
  return publish.state === 'failed' && publish.error ? words + ' ' + publish.error : words;
}

/**
 * A figure as shown: a share as a percentage with one decimal, a count as it is, a missing one as a dash.
 * @param {unknown} value
 * @param {boolean} share
 */
export function figureText(value, share) {
  if (typeof value !== 'number' || Number.isNaN(value)) {
    return '—';
  }
  return share ? (Math.round(value * 1000) / 10).toFixed(1) + '%' : String(value);
}

/**
 * Which way a figure moved from live to draft.
 * @param {unknown} live
 * @param {unknown} draft
 * @param {boolean} higherIsBetter
 * @returns {Trend}
 */
export function trend(live, draft, higherIsBetter) {
  if (typeof live !== 'number' || typeof draft !== 'number') {
    return 'unknown';
  }
  if (Math.abs(draft - live) < 1e-9) {
    return 'same';
  }
  return (draft > live) === higherIsBetter ? 'better' : 'worse';
}

/**
 * The gate's table: one block per evaluation set, one row per figure.
 * @param {Gate | null | undefined} gate
 * @param {Lang} lang
 */
export function gateRows(gate, lang) {
  const sets = gate && Array.isArray(gate.sets) ? gate.sets : [];
  return sets.map(set => ({
    name: String(set.name || ''),
    cases: Number(set.cases) || 0,
    figures: FIGURES.map(f => {
      const live = set.live ? set.live[f.key] : undefined;
      const draft = set.draft ? set.draft[f.key] : undefined;
      return { key: f.key, label: pick(FIGURE_LABELS[f.key], lang), live: figureText(live, f.share),
        draft: figureText(draft, f.share), trend: trend(live, draft, f.higherIsBetter) };
    })
  }));
}

/**
 * Every figure the draft made worse, as a sentence in the console's language (the server's reasons are the
 * gate's own words; these say the same in the editor's language, one per worse figure).
 * @param {Gate | null | undefined} gate
 * @param {Lang} lang
 * @returns {string[]}
 */
export function gateFindings(gate, lang) {
  return gateRows(gate, lang).flatMap(set => set.figures.filter(f => f.trend === 'worse').map(f =>
    text('kbGateWorse', lang, { figure: f.label, set: set.name, live: f.live, draft: f.draft })));
}

/**
 * The gate's outcome: passed, refused (with the server's reasons), or none yet.
 * @param {Gate | null | undefined} gate
 * @returns {{ outcome: 'passed' | 'refused' | 'none', reasons: string[] }}
 */
export function gateOutcome(gate) {
  if (!gate || typeof gate !== 'object') {
    return { outcome: 'none', reasons: [] };
  }
  const reasons = Array.isArray(gate.reasons) ? gate.reasons.map(String) : [];
  return { outcome: gate.passed ? 'passed' : 'refused', reasons };
}

/**
 * The reasons to show, in plain words in the console's language. The server's reasons are the gate's own
 * (English) words: an English console shows them; a Chinese console shows a sentence per figure the draft made
 * worse and keeps the server's words beside them, since a refusal may have reasons the figures do not show.
 * @param {Gate | null | undefined} gate
 * @param {Lang} lang
 * @returns {{ plain: string[], original: string[] }}
 */
export function gateReasons(gate, lang) {
  const { reasons } = gateOutcome(gate);
  const findings = gateFindings(gate, lang);
  if (lang === 'en') {
    return { plain: reasons.length ? reasons : findings, original: [] };
  }
  return findings.length ? { plain: findings, original: reasons } : { plain: reasons, original: [] };
}
