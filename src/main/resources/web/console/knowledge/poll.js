// @ts-check
/**
 * Asking again until something is finished, with a bounded backoff: the first look after a second, then
 * half as long again each time up to a ceiling, and no more looks once the waits add up to the limit. The
 * waiting itself is passed in, so tests run it without a clock.
 */

export const POLL_FIRST_MS = 1000;
export const POLL_MAX_MS = 8000;

/** A publish trains a model and runs the gate: minutes, not hours. After this much waiting the console stops. */
export const POLL_LIMIT_MS = 20 * 60 * 1000;

/**
 * The wait before the `attempt`-th look (from 0): 1 s, 1.5 s, 2.25 s ... at most 8 s.
 * @param {number} attempt
 */
export function pollDelay(attempt) {
  return Math.round(Math.min(POLL_MAX_MS, POLL_FIRST_MS * 1.5 ** Math.max(0, Math.min(attempt, 40))));
}

/**
 * Whether a failed look is worth another: the server was unreachable or briefly failing (5xx, 429).
 * @param {unknown} error
 */
export function retryable(error) {
  const status = Number(/** @type {{ status?: unknown }} */ (error || {}).status);
  return status === 0 || status === 429 || status >= 500;
}

/**
 * @template T
 * @typedef {{ load: () => Promise<T>, done: (value: T) => boolean, wait: (ms: number) => Promise<void>,
 *   onValue?: (value: T) => void, cancelled?: () => boolean, limitMs?: number }} PollOptions
 */

/**
 * Loads until `done` says so, waiting `pollDelay` between looks. A look that fails in a retryable way counts
 * as a look; any other failure ends the polling by throwing.
 * @template T
 * @param {PollOptions<T>} options
 * @returns {Promise<{ outcome: 'done' | 'cancelled' | 'gave_up', value: T | null }>}
 */
export async function poll(options) {
  const limit = options.limitMs === undefined ? POLL_LIMIT_MS : options.limitMs;
  const cancelled = options.cancelled || (() => false);
  /** @type {T | null} */
  let value = null;
  let waited = 0;
  for (let attempt = 0; ; attempt++) {
    const delay = pollDelay(attempt);
    if (waited + delay > limit) {
      return { outcome: 'gave_up', value };
    }
    await options.wait(delay);
    waited += delay;
    if (cancelled()) {
      return { outcome: 'cancelled', value };
    }
    try {
      value = await options.load();
    } catch (e) {
      if (!retryable(e)) {
        throw e;
      }
      continue;
    }
    if (cancelled()) {
      return { outcome: 'cancelled', value };
    }
    if (options.onValue) {
      options.onValue(value);
    }
    if (options.done(value)) {
      return { outcome: 'done', value };
    }
  }
}

/**
 * A real wait, for the page.
 * @param {number} ms
 * @returns {Promise<void>}
 */
export function sleep(ms) {
  return new Promise(resolve => setTimeout(resolve, ms));
}
