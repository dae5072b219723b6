import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clockTime, dateTime, parseTime, percent, preview, relativeTime, slaCountdown } from '../../../main/resources/web/console/format.js';

const NOW = Date.parse('2026-12-06T23:05:09Z');

test('relative times read in the console language', () => {
  assert.equal(relativeTime('2026-12-06T23:05:00Z', NOW, 'en'), 'just now');
  assert.equal(relativeTime('2026-12-06T23:05:00Z', NOW, 'zh'), '刚刚');
  assert.equal(relativeTime('2026-12-06T23:00:09Z', NOW, 'en'), '5 min ago');
  assert.equal(relativeTime('2026-12-06T23:00:09Z', NOW, 'zh'), '5 分钟前');
  assert.equal(relativeTime('2026-12-07T01:05:09Z', NOW, 'en'), 'in 2 h');
  assert.equal(relativeTime('2026-12-07T01:05:09Z', NOW, 'zh'), '2 小时后');
  assert.equal(relativeTime('2026-12-03T23:05:09Z', NOW, 'zh'), '3 天前');
});

test('a missing or unreadable time shows nothing', () => {
  assert.equal(relativeTime(null, NOW, 'en'), '');
  assert.equal(relativeTime('yesterday', NOW, 'zh'), '');
  assert.equal(clockTime(undefined, 'zh-CN', 'UTC'), '');
  assert.equal(dateTime('', 'en-US', 'UTC'), '');
  assert.equal(parseTime('not a time'), null);
});

test('Chinese clock times use the 24-hour clock', () => {
  assert.equal(clockTime('2026-12-06T23:05:09Z', 'zh-CN', 'UTC'), '23:05');
  assert.equal(clockTime('2026-12-06T00:07:00Z', 'zh-CN', 'UTC'), '00:07');
  assert.equal(clockTime('2026-12-06T15:30:00Z', 'zh-TW', 'UTC'), '15:30');
  assert.equal(clockTime('2026-12-06T23:05:09Z', 'zh-CN', 'Asia/Shanghai'), '07:05');
});

test('American English keeps its 12-hour clock, British English its 24-hour one', () => {
  assert.match(clockTime('2026-12-06T23:05:09Z', 'en-US', 'UTC'), /^11:05\s?PM$/);
  assert.equal(clockTime('2026-12-06T23:05:09Z', 'en-GB', 'UTC'), '23:05');
});

test('tooltips show date and time to the second, 24-hour in Chinese', () => {
  const zh = dateTime('2026-12-06T23:05:09Z', 'zh-CN', 'UTC');
  assert.match(zh, /2026/);
  assert.match(zh, /23:05:09/);
  assert.doesNotMatch(zh, /AM|PM|上午|下午/);
  assert.match(dateTime('2026-12-06T23:05:09Z', 'en-US', 'UTC'), /11:05:09\s?PM/);
});

test('the SLA countdown shows mm:ss, turns to danger under a minute and reads overdue after', () => {
  assert.deepEqual(slaCountdown(NOW + 90_000, NOW, 'en'), { text: '01:30', state: 'ok' });
  assert.deepEqual(slaCountdown(NOW + 59_001, NOW, 'zh'), { text: '01:00', state: 'danger' });
  assert.deepEqual(slaCountdown(NOW + 1, NOW, 'en'), { text: '00:01', state: 'danger' });
  assert.deepEqual(slaCountdown(NOW, NOW, 'en'), { text: 'overdue', state: 'overdue' });
  assert.deepEqual(slaCountdown(NOW - 5000, NOW, 'zh'), { text: '已超时', state: 'overdue' });
  assert.equal(slaCountdown(NOW + 125 * 60_000, NOW, 'en').text, '125:00');
});

test('a preview cuts whole characters and marks the cut', () => {
  assert.equal(preview('short', 10), 'short');
  assert.equal(preview('abcdef', 3), 'abc…');
  assert.equal(preview('😀😀😀😀', 2), '😀😀…');
  assert.equal(preview('', 3), '');
});

test('a confidence becomes a whole percentage', () => {
  assert.equal(percent(0.714), '71%');
  assert.equal(percent(1), '100%');
  assert.equal(percent(undefined), null);
  assert.equal(percent('0.5'), null);
});
