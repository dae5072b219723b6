// @ts-check
/**
 * The audit log page's filters as the API reads them, and its rows' texts. No DOM: tested in Node.
 */
import { AUDIT_ACTIONS } from './strings.js';

/** How many lines one page asks for. */
export const PAGE = 50;

/** @typedef {{ agent: string, ticket: string, action: string, from: string, to: string }} AuditFilters */
/**
 * @typedef {{ id: number, at: string, agentId: string, agentName?: string | null, action: string,
 *   ticketId?: string | null, conversationId?: string | null, detail?: string | null }} AuditLine
 */

/** Every action the filter offers, in the table's order. */
export const ACTIONS = Object.keys(AUDIT_ACTIONS);

/**
 * The instant a <input type="datetime-local"> value names in this browser's time zone, as ISO-8601, or '' for
 * none (or one that is not a time).
 * @param {string} local e.g. "2025-03-01T08:00"
 */
export function instant(local) {
  const value = String(local || '').trim();
  if (!value) {
    return '';
  }
  const time = new Date(value);
  return Number.isNaN(time.getTime()) ? '' : time.toISOString();
}

/**
 * The API path (below api/v1/agent/) of one page: the filters set, the page size, and where it starts.
 * @param {AuditFilters} filters from and to as datetime-local values
 * @param {number | null} [before] the `next` of the page before
 */
export function auditPath(filters, before) {
  const params = new URLSearchParams();
  for (const key of /** @type {const} */ (['agent', 'ticket', 'action'])) {
    const value = String(filters[key] || '').trim();
    if (value) {
      params.set(key, value);
    }
  }
  for (const key of /** @type {const} */ (['from', 'to'])) {
    const at = instant(filters[key]);
    if (at) {
      params.set(key, at);
    }
  }
  if (before) {
    params.set('before', String(before));
  }
  params.set('limit', String(PAGE));
  return 'audit?' + params;
}

/**
 * An action as the table says it.
 * @param {string} action
 * @param {'en' | 'zh'} lang
 */
export function actionLabel(action, lang) {
  const label = AUDIT_ACTIONS[action];
  return label ? label[lang === 'zh' ? 1 : 0] : action;
}

/**
 * Who did it: the name, and the id when it differs.
 * @param {AuditLine} line
 */
export function agentLabel(line) {
  const name = line.agentName || '';
  return name && name !== line.agentId ? name : line.agentId;
}
