import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  RECONNECT_BASE_MS, RECONNECT_JITTER_MS, RECONNECT_MAX_MS, parseEvent, reconnectDelay
} from '../../../main/resources/web/widget/stream.js';

test('the reconnect delay doubles from half a second and stops growing at ten seconds', () => {
  const none = () => 0;
  assert.deepEqual([0, 1, 2, 3, 4, 5, 6, 20].map((attempt) => reconnectDelay(attempt, none)),
    [500, 1000, 2000, 4000, 8000, 10000, 10000, 10000]);
  assert.equal(RECONNECT_BASE_MS, 500);
  assert.equal(RECONNECT_MAX_MS, 10000);
});

test('up to a second of jitter spreads the tabs that reconnect to a restarted server', () => {
  assert.equal(reconnectDelay(0, () => 0.5), 500 + RECONNECT_JITTER_MS / 2);
  assert.ok(reconnectDelay(10, () => 0.999) < RECONNECT_MAX_MS + RECONNECT_JITTER_MS);
});

test('a pushed frame is read as a JSON object, anything else is dropped', () => {
  assert.deepEqual(parseEvent('{"type":"state","state":"queued"}'), { type: 'state', state: 'queued' });
  assert.deepEqual(parseEvent('{"type":"brand_new"}'), { type: 'brand_new' }, 'unknown types pass through');
  assert.equal(parseEvent('not json'), null);
  assert.equal(parseEvent('null'), null);
  assert.equal(parseEvent('42'), null);
  assert.equal(parseEvent('"text"'), null);
});
