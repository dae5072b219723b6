// @ts-check
/** The live stream's rules that need no socket: the reconnect backoff and reading pushed events. */

export const RECONNECT_BASE_MS = 500;
export const RECONNECT_MAX_MS = 10000;
export const RECONNECT_JITTER_MS = 1000;

/** Close codes the server uses for a conversation or token it no longer knows: start over, don't retry. */
export const REJECTED_CLOSE_CODES = [4401, 4404];

/**
 * How long to wait before reconnect attempt number `attempt` (0 first): doubling from half a second up to ten
 * seconds, plus up to a second of jitter so a restarted server is not met by every tab at once.
 *
 * @param {number} attempt
 * @param {() => number} random a number in [0, 1), Math.random in the browser
 */
export function reconnectDelay(attempt, random) {
  return Math.min(RECONNECT_MAX_MS, RECONNECT_BASE_MS * Math.pow(2, attempt)) + random() * RECONNECT_JITTER_MS;
}

/**
 * One event the server pushed.
 *
 * @typedef {{type?: unknown, message?: any, state?: unknown, handoff?: any, sender?: unknown, typing?: unknown}}
 *   StreamEvent
 */

/**
 * Parses a pushed frame; null when it is not a JSON object. Unknown event types pass through (and are then
 * ignored) so the server can add new ones.
 *
 * @param {unknown} data
 * @returns {StreamEvent | null}
 */
export function parseEvent(data) {
  let event;
  try {
    event = JSON.parse(String(data));
  } catch {
    return null;
  }
  return event && typeof event === 'object' ? event : null;
}
