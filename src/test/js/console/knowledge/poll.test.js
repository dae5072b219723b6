import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ApiError } from '../../../../main/resources/web/console/api.js';
import {
  poll, pollDelay, POLL_LIMIT_MS, POLL_MAX_MS, retryable
} from '../../../../main/resources/web/console/knowledge/poll.js';

/** A wait that only records how long it was asked to wait. */
function recordingWait() {
  /** @type {number[]} */
  const waits = [];
  return { waits, wait: (/** @type {number} */ ms) => { waits.push(ms); return Promise.resolve(); } };
}

/** @param {string[]} states */
function publishes(states) {
  let i = 0;
  return () => Promise.resolve({ id: 7, state: states[Math.min(i++, states.length - 1)] });
}

test('polling waits a second, then half as long again each time, never more than eight seconds', () => {
  assert.deepEqual([0, 1, 2, 3, 4, 5, 6].map(pollDelay), [1000, 1500, 2250, 3375, 5063, 7594, 8000]);
  assert.equal(pollDelay(1000), POLL_MAX_MS);
  assert.equal(pollDelay(-3), 1000);
});

test('a publish is followed until it finishes, every state it passes through shown', async () => {
  const { waits, wait } = recordingWait();
  const seen = [];
  const result = await poll({ load: publishes(['training', 'training', 'checking', 'published']),
    done: p => ['published', 'refused', 'failed'].includes(p.state), wait, onValue: p => seen.push(p.state) });
  assert.equal(result.outcome, 'done');
  assert.equal(result.value.state, 'published');
  assert.deepEqual(seen, ['training', 'training', 'checking', 'published']);
  assert.deepEqual(waits, [1000, 1500, 2250, 3375]);
});

test('polling gives up once its waits would pass the limit, keeping the last state seen', async () => {
  const { waits, wait } = recordingWait();
  const result = await poll({ load: publishes(['training']), done: () => false, wait, limitMs: 20000 });
  assert.equal(result.outcome, 'gave_up');
  assert.equal(result.value.state, 'training');
  assert.ok(waits.reduce((a, b) => a + b, 0) <= 20000);
  assert.deepEqual(waits, [1000, 1500, 2250, 3375, 5063]);
  assert.ok(POLL_LIMIT_MS >= 10 * 60 * 1000, 'a publish gets minutes to train and check');
});

test('an unreachable or failing server is asked again; any other refusal ends the polling', async () => {
  const { wait } = recordingWait();
  let calls = 0;
  const flaky = () => {
    calls++;
    return calls < 3 ? Promise.reject(new ApiError(calls === 1 ? 0 : 503, 'x', 'down'))
      : Promise.resolve({ state: 'refused' });
  };
  const result = await poll({ load: flaky, done: p => p.state === 'refused', wait });
  assert.equal(result.outcome, 'done');
  assert.equal(calls, 3);
  await assert.rejects(poll({ load: () => Promise.reject(new ApiError(404, 'unknown_publish', 'gone')), done: () => true,
    wait }), /gone/);
  assert.equal(retryable(new ApiError(429, 'rate_limited', '')), true);
  assert.equal(retryable(new ApiError(403, 'editor_only', '')), false);
  assert.equal(retryable(null), false);
});

test('polling stops when it is no longer wanted', async () => {
  const { waits, wait } = recordingWait();
  let wanted = 2;
  const result = await poll({ load: publishes(['training']), done: () => false, wait, cancelled: () => wanted-- <= 0 });
  assert.equal(result.outcome, 'cancelled');
  assert.equal(waits.length, 2);
});
