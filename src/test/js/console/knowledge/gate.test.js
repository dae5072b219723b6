import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  figureText, gateFindings, gateOutcome, gateReasons, gateRows, publishFinished, publishStateText, trend
} from '../../../../main/resources/web/console/knowledge/gate.js';

const REFUSED = {
  passed: false,
  reasons: ['urgent recall on blind-1 fell from 0.93 to 0.88: an urgent message would wait in the queue'],
  sets: [
    { name: 'dev', cases: 420, live: { actionAccuracy: 0.96, urgentRecall: 1.0, outOfScopeAnswered: 0 },
      draft: { actionAccuracy: 0.97, urgentRecall: 1.0, outOfScopeAnswered: 0 } },
    { name: 'blind-1', cases: 150, live: { actionAccuracy: 0.9, urgentRecall: 0.93, outOfScopeAnswered: 1 },
      draft: { actionAccuracy: 0.9, urgentRecall: 0.88, outOfScopeAnswered: 3 } }
  ]
};

test('shares show as percentages with one decimal, counts as they are, missing ones as a dash', () => {
  assert.equal(figureText(0.96, true), '96.0%');
  assert.equal(figureText(0.8765, true), '87.7%');
  assert.equal(figureText(1, true), '100.0%');
  assert.equal(figureText(3, false), '3');
  assert.equal(figureText(undefined, true), '—');
  assert.equal(figureText(NaN, false), '—');
});

test('a figure moved the better or the worse way, by what it measures', () => {
  assert.equal(trend(0.9, 0.95, true), 'better');
  assert.equal(trend(0.93, 0.88, true), 'worse');
  assert.equal(trend(1, 3, false), 'worse', 'more off-topic questions answered is worse');
  assert.equal(trend(3, 1, false), 'better');
  assert.equal(trend(0.3, 0.1 + 0.2, true), 'same');
  assert.equal(trend(null, 0.5, true), 'unknown');
});

test('the gate\'s table has a block per set and a row per figure, live beside draft', () => {
  const rows = gateRows(REFUSED, 'en');
  assert.deepEqual(rows.map(r => [r.name, r.cases]), [['dev', 420], ['blind-1', 150]]);
  assert.deepEqual(rows[1].figures, [
    { key: 'actionAccuracy', label: 'Right action', live: '90.0%', draft: '90.0%', trend: 'same' },
    { key: 'urgentRecall', label: 'Urgent cases caught', live: '93.0%', draft: '88.0%', trend: 'worse' },
    { key: 'outOfScopeAnswered', label: 'Off-topic questions answered', live: '1', draft: '3', trend: 'worse' }
  ]);
  assert.deepEqual(gateRows(null, 'en'), []);
  assert.deepEqual(gateRows({ passed: true, reasons: [], sets: [{ name: 'x' }] }, 'zh')[0].figures.map(f => f.live),
    ['—', '—', '—']);
});

test('every figure the draft made worse becomes a sentence in the console\'s language', () => {
  assert.deepEqual(gateFindings(REFUSED, 'zh'), ['blind-1 上的紧急情况识别率：线上 93.0%，草稿 88.0%（变差）。',
    'blind-1 上的误答超范围问题数：线上 1，草稿 3（变差）。']);
  assert.deepEqual(gateFindings(REFUSED, 'en'), ['Urgent cases caught on blind-1: 93.0% live, 88.0% with the draft (worse).',
    'Off-topic questions answered on blind-1: 1 live, 3 with the draft (worse).']);
  assert.deepEqual(gateFindings({ passed: true, reasons: [], sets: [REFUSED.sets[0]] }, 'en'), []);
});

test('an English console shows the gate\'s own reasons; a Chinese one its findings, the reasons beside them', () => {
  assert.deepEqual(gateReasons(REFUSED, 'en'), { plain: REFUSED.reasons, original: [] });
  const zh = gateReasons(REFUSED, 'zh');
  assert.equal(zh.plain.length, 2);
  assert.deepEqual(zh.original, REFUSED.reasons);
  const unexplained = { ...REFUSED, sets: [] };
  assert.deepEqual(gateReasons(unexplained, 'zh'), { plain: REFUSED.reasons, original: [] });
  assert.deepEqual(gateOutcome(null), { outcome: 'none', reasons: [] });
  assert.equal(gateOutcome({ passed: true, reasons: [], sets: [] }).outcome, 'passed');
});

test('a publish is finished once published, refused or failed, and says so in words', () => {
  const publish = { id: 7, state: 'training', version: null, gate: null };
  assert.equal(publishFinished(publish), false);
  assert.equal(publishFinished({ ...publish, state: 'checking' }), false);
  for (const state of ['published', 'refused', 'failed']) {
    assert.equal(publishFinished({ ...publish, state }), true, state);
  }
  assert.equal(publishFinished(null), false);
  assert.equal(publishStateText({ ...publish, state: 'published', version: 4 }, 'en'), 'Published: version 4 is live.');
  assert.equal(publishStateText({ ...publish, state: 'published', version: 4 }, 'zh'), '已发布：版本 4 已上线。');
  assert.equal(publishStateText({ ...publish, state: 'failed', error: 'disk full' }, 'en'), 'Publishing failed. disk full');
  assert.equal(publishStateText({ ...publish, state: 'queued_somewhere' }, 'en'), 'Queued somewhere');
});
