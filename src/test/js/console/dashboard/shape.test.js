import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  clarificationRows, duration, figures, percent, queueSeries, ratingSeries, reasonRows
} from '../../../../main/resources/web/console/dashboard/shape.js';

const REPORT = {
  period: '24h',
  containment: { conversations: 11, contained: 4, notContained: 6, pending: 1, rate: 0.4, provisionalRate: 5 / 11,
    windowSeconds: 86400 },
  handoffs: { conversations: 11, handedOff: 2, rate: 2 / 11, tickets: 4,
    byReason: [{ reason: 'human_requested', count: 3 }, { reason: 'funds_at_risk.unauthorized_transfer', count: 1 }] },
  firstResponse: { answered: 2, waiting: 0, p50Seconds: 120, p90Seconds: 5400 },
  sla: { tickets: 4, breached: 1, answeredLate: 1, unansweredOverdue: 0 },
  queue: [{ at: '2030-01-01T01:00:00Z', depth: 1, peak: 2 }, { at: '2030-01-01T02:00:00Z', depth: 0, peak: 1 }],
  ratings: { counts: [0, 0, 1, 0, 2], total: 3, mean: 13 / 3 },
  clarifications: Array.from({ length: 12 }, (_, i) => ({ text: 'q' + i, count: 12 - i, intent: i ? 'fees' : null }))
};

test('shares are percentages with one decimal, missing ones a dash', () => {
  assert.equal(percent(0.4), '40.0%');
  assert.equal(percent(5 / 11), '45.5%');
  assert.equal(percent(null), '—');
  assert.equal(percent(undefined), '—');
});

test('times read in the unit that suits them, in either language', () => {
  assert.equal(duration(45, 'en'), '45 s');
  assert.equal(duration(120, 'en'), '2 min');
  assert.equal(duration(5400, 'en'), '1.5 h');
  assert.equal(duration(120, 'zh'), '2 分钟');
  assert.equal(duration(null, 'zh'), '—');
});

test('each headline figure keeps the API value beside its text', () => {
  const byKey = Object.fromEntries(figures(REPORT, 'en').map(f => [f.key, f]));
  assert.deepEqual(byKey.containment, { key: 'containment', value: 0.4, text: '40.0%' });
  assert.equal(byKey.provisional.text, '45.5%');
  assert.equal(byKey.pending.value, 1);
  assert.equal(byKey['first-p50'].text, '2 min');
  assert.equal(byKey['first-p90'].value, 5400);
  assert.equal(byKey['sla-breached'].value, 1);
  assert.equal(byKey['rating-mean'].text, '4.33');
  assert.equal(byKey['handoff-rate'].text, '18.2%');
});

test('an empty period shows dashes and zeros, not errors', () => {
  const empty = figures({ containment: { rate: null }, ratings: { counts: [0, 0, 0, 0, 0], total: 0, mean: null } }, 'en');
  const byKey = Object.fromEntries(empty.map(f => [f.key, f]));
  assert.equal(byKey.containment.text, '—');
  assert.equal(byKey.containment.value, null);
  assert.equal(byKey['rating-mean'].text, '—');
  assert.equal(byKey['sla-breached'].text, '0');
  assert.deepEqual(queueSeries({}), [[], [], []]);
});

test('the charts get aligned series: seconds, depth and peak; scores and their counts', () => {
  assert.deepEqual(queueSeries(REPORT), [[1893459600, 1893463200], [1, 0], [2, 1]]);
  assert.deepEqual(ratingSeries(REPORT), [[1, 2, 3, 4, 5], [0, 0, 1, 0, 2]]);
});

test('reasons carry their share of the tickets; at most ten questions asked back on', () => {
  assert.deepEqual(reasonRows(REPORT)[0], { reason: 'human_requested', count: 3, share: '75.0%' });
  const questions = clarificationRows(REPORT);
  assert.equal(questions.length, 10);
  assert.deepEqual(questions[0], { text: 'q0', count: 12, intent: '' });
});
