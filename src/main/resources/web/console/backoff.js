// @ts-check
/** How long the console waits before it opens the agent stream again. */

export const RECONNECT_MIN_MS = 1000;
export const RECONNECT_MAX_MS = 15000;

/**
 * 1 s, 2 s, 4 s ... capped at 15 s, for the `attempt`-th reconnect in a row (counting from 0).
 * @param {number} attempt
 */
export function reconnectDelay(attempt) {
  return Math.min(RECONNECT_MAX_MS, RECONNECT_MIN_MS * 2 ** Math.max(0, Math.min(attempt, 30)));
}
