// @ts-check
/** What the conversation's state means on screen; no DOM, so Node's tests run it as it is. */
import { fmt, waitText } from './i18n.js';

/** @typedef {import('./strings.js').Strings} Strings */

/**
 * The server's view of a handoff, as the API sends it.
 *
 * @typedef {{priority?: string | null, queuePosition?: number | null, estimatedWaitSeconds?: number | null,
 *   agentsAvailable?: boolean | null}} Handoff
 */

/**
 * @param {unknown} state
 * @returns {string} the state to show: the server's when it sent a string, else 'bot'
 */
export function shownState(state) {
  return typeof state === 'string' ? state : 'bot';
}

/**
 * The status bar's line for a state, or '' when the bar is hidden (the bot is answering).
 *
 * @param {unknown} state
 * @param {Handoff | null | undefined} handoff
 * @param {Strings} T
 */
export function statusText(state, handoff, T) {
  if (state === 'collecting_details') {
    return T.collecting;
  }
  if (state === 'queued') {
    let text = handoff && handoff.priority === 'urgent' ? T.queuedUrgent : T.queued;
    if (handoff && Number(handoff.queuePosition) > 0) {
      text += fmt(T.queuePosition, { n: Number(handoff.queuePosition) });
    }
    if (handoff && handoff.agentsAvailable === false) {
      return text + T.queueNobody;
    }
    if (handoff && handoff.estimatedWaitSeconds !== null && handoff.estimatedWaitSeconds !== undefined
        && Number(handoff.estimatedWaitSeconds) >= 0) {
      text += fmt(T.queueWait, { wait: waitText(Number(handoff.estimatedWaitSeconds), T) });
    }
    return text;
  }
  if (state === 'with_agent') {
    return T.withAgent;
  }
  if (state === 'resolved') {
    return T.resolved;
  }
  return '';
}

/**
 * The header's second line: who the user is talking to. Once an agent has joined it says so; before, and
 * after they resolved, it is the assistant's.
 *
 * @param {unknown} state
 * @param {Strings} T
 */
export function subtitleFor(state, T) {
  return state === 'with_agent' ? T.subtitleAgent : T.subtitle;
}

/**
 * Whether the agent's typing dots may stay on in this state: only while an agent is, or is about to be, there.
 *
 * @param {unknown} state
 */
export function agentMayType(state) {
  return state === 'with_agent' || state === 'queued';
}
