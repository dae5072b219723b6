import { test } from 'node:test';
import assert from 'node:assert/strict';
import { reconnectDelay } from '../../../main/resources/web/console/backoff.js';

test('the stream reconnects after 1 s, 2 s, 4 s ... never waiting more than 15 s', () => {
  assert.deepEqual([0, 1, 2, 3, 4, 5].map(reconnectDelay), [1000, 2000, 4000, 8000, 15000, 15000]);
  assert.equal(reconnectDelay(5000), 15000);
  assert.equal(reconnectDelay(-1), 1000);
});
