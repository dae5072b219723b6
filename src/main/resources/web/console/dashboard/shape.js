// @ts-check
/**
 * The supervisor report (GET /api/v1/agent/report) as the dashboard shows it: the headline figures with their
 * raw values, the series the charts draw, and the rows of the lists. No DOM.
 */

/** The periods the dashboard shows side by side. */
export const PERIODS = /** @type {const} */ (['24h', '7d']);

/** @typedef {'en' | 'zh'} Lang */
/** @typedef {{ key: string, value: number | null, text: string }} Figure */

/**
 * A share as a percentage with one decimal; none as a dash.
 * @param {number | null | undefined} share from 0 to 1
 */
export function percent(share) {
  return typeof share === 'number' && Number.isFinite(share) ? (share * 100).toFixed(1) + '%' : '—';
}

/**
 * A length of time, in the unit that reads best: "45 s", "12 min", "1.5 h" ("45 秒", "12 分钟", "1.5 小时").
 * @param {number | null | undefined} seconds
 * @param {Lang} lang
 */
export function duration(seconds, lang) {
  if (typeof seconds !== 'number' || !Number.isFinite(seconds)) {
    return '—';
  }
  const zh = lang === 'zh';
  if (seconds < 60) {
    return seconds + (zh ? ' 秒' : ' s');
  }
  if (seconds < 3600) {
    return Math.round(seconds / 60) + (zh ? ' 分钟' : ' min');
  }
  return (Math.round(seconds / 360) / 10) + (zh ? ' 小时' : ' h');
}

/**
 * The headline figures, each with the value the API gave (for checks) and its text.
 * @param {any} report
 * @param {Lang} lang
 * @returns {Figure[]}
 */
export function figures(report, lang) {
  const c = report.containment || {};
  const f = report.firstResponse || {};
  const r = report.ratings || {};
  const h = report.handoffs || {};
  const sla = report.sla || {};
  /** @type {(key: string, value: any, text: string) => Figure} */
  const figure = (key, value, text) => ({ key, value: typeof value === 'number' ? value : null, text });
  return [
    figure('containment', c.rate, percent(c.rate)),
    figure('provisional', c.provisionalRate, percent(c.provisionalRate)),
    figure('contained', c.contained, String(c.contained ?? 0)),
    figure('not-contained', c.notContained, String(c.notContained ?? 0)),
    figure('pending', c.pending, String(c.pending ?? 0)),
    figure('handoff-rate', h.rate, percent(h.rate)),
    figure('first-p50', f.p50Seconds, duration(f.p50Seconds, lang)),
    figure('first-p90', f.p90Seconds, duration(f.p90Seconds, lang)),
    figure('sla-breached', sla.breached, String(sla.breached ?? 0)),
    figure('rating-mean', r.mean, typeof r.mean === 'number' ? r.mean.toFixed(2) : '—'),
    figure('ratings', r.total, String(r.total ?? 0))
  ];
}

/**
 * The queue chart's data: times in seconds, the depth at each step's end and the most at once during it.
 * @param {any} report
 * @returns {[number[], number[], number[]]}
 */
export function queueSeries(report) {
  const points = Array.isArray(report.queue) ? report.queue : [];
  return [
    points.map((/** @type {any} */ p) => Date.parse(p.at) / 1000),
    points.map((/** @type {any} */ p) => p.depth),
    points.map((/** @type {any} */ p) => p.peak)
  ];
}

/**
 * The ratings chart's data: the scores 1-5 and how many of each.
 * @param {any} report
 * @returns {[number[], number[]]}
 */
export function ratingSeries(report) {
  const counts = report.ratings && Array.isArray(report.ratings.counts) ? report.ratings.counts : [];
  return [[1, 2, 3, 4, 5], [0, 1, 2, 3, 4].map(i => Number(counts[i] || 0))];
}

/**
 * Handoffs by reason, most first, each with its share of the period's tickets.
 * @param {any} report
 * @returns {{ reason: string, count: number, share: string }[]}
 */
export function reasonRows(report) {
  const h = report.handoffs || {};
  const rows = Array.isArray(h.byReason) ? h.byReason : [];
  return rows.map((/** @type {any} */ r) => ({
    reason: String(r.reason), count: r.count, share: percent(h.tickets ? r.count / h.tickets : null)
  }));
}

/**
 * The questions Baton asked back on most (at most 10, as the API gives them).
 * @param {any} report
 * @returns {{ text: string, count: number, intent: string }[]}
 */
export function clarificationRows(report) {
  const rows = Array.isArray(report.clarifications) ? report.clarifications : [];
  return rows.slice(0, 10).map((/** @type {any} */ q) => ({
    text: String(q.text), count: q.count, intent: q.intent ? String(q.intent) : ''
  }));
}
