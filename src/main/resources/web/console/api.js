// @ts-check
/** Baton's API with the agent's bearer token: the agent API (/api/v1/agent/*) and the calls other modules build. */
import { t } from './i18n.js';
import { state } from './state.js';

/** The API lives at the site root, one level above this module. */
export const BASE = new URL('../', import.meta.url).href;

/** The most dead letters the console lists. */
export const DELIVERY_LIMIT = 100;

/** A refused or failed call: `status` 0 means the server could not be reached. */
export class ApiError extends Error {
  /**
   * @param {number} status
   * @param {string | undefined} code
   * @param {string | undefined} message
   */
  constructor(status, code, message) {
    super(message || '');
    this.status = status;
    this.code = code || '';
  }
}

/** @type {() => void} */
let expired = () => {};

/**
 * What to do when the signed-in token is refused (401): the session is over.
 * @param {() => void} handler
 */
export function onSessionExpired(handler) {
  expired = handler;
}

/**
 * One call to Baton's API under /api/v1/; a 401 on the signed-in token ends the session. The body is JSON
 * (`json`) or raw bytes of a type (`raw`, `type`); `blob` returns the response's bytes instead of its JSON.
 * @param {string} method
 * @param {string} path below api/v1/
 * @param {{ json?: unknown, raw?: Blob, type?: string, token?: string, blob?: boolean }} [options]
 * @returns {Promise<any>}
 */
export async function send(method, path, options = {}) {
  const token = options.token;
  /** @type {Record<string, string>} */
  const headers = { Accept: options.blob ? 'application/zip, application/json' : 'application/json',
    Authorization: 'Bearer ' + (token || state.token) };
  /** @type {string | Blob | undefined} */
  let body;
  if (options.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.json);
  } else if (options.raw !== undefined) {
    headers['Content-Type'] = options.type || 'application/octet-stream';
    body = options.raw;
  }
  let response;
  try {
    response = await fetch(new URL('api/v1/' + path, BASE).href, { method, headers, cache: 'no-store',
      credentials: 'omit', body });
    if (response.ok && options.blob) {
      return await response.blob();
    }
  } catch {
    throw new ApiError(0, 'network', t('networkError'));
  }
  let data = null;
  try {
    const raw = await response.text();
    data = raw ? JSON.parse(raw) : null;
  } catch {
    data = null;
  }
  if (!response.ok) {
    const error = (data && data.error) || {};
    if (response.status === 401 && !token && state.me) {
      expired();
    }
    throw new ApiError(response.status, error.code, error.message || 'HTTP ' + response.status);
  }
  return data || {};
}

/**
 * One call to the agent API.
 * @param {string} method
 * @param {string} path below api/v1/agent/
 * @param {unknown} [body]
 * @param {string} [token] a token to try instead of the signed-in one
 */
function request(method, path, body, token) {
  return send(method, 'agent/' + path, { json: body, token });
}

/**
 * @param {string} id
 * @param {string} [rest]
 */
function ticketPath(id, rest) {
  return 'tickets/' + encodeURIComponent(id) + (rest || '');
}

export const api = {
  /** @param {string} [token] */
  me: token => request('GET', 'me', undefined, token),
  /** @param {string} status available or away */
  availability: status => request('PUT', 'me/availability', { status }),
  /** @param {Record<string, string>} filters */
  queue: filters => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(filters)) {
      if (value) {
        params.set(key, value);
      }
    }
    params.set('limit', '100');
    return request('GET', 'queue?' + params);
  },
  /** @param {string} id */
  ticket: id => request('GET', ticketPath(id)),
  /** @param {string} id @param {number} [after] */
  transcript: (id, after) => request('GET', ticketPath(id, '/transcript?after=' + (after || 0))),
  /** @param {string} id */
  canned: id => request('GET', ticketPath(id, '/canned')),
  /** @param {string} id */
  claim: id => request('POST', ticketPath(id, '/claim')),
  /** @param {string} id @param {string} text */
  reply: (id, text) => request('POST', ticketPath(id, '/messages'), { text }),
  /** @param {string} id @param {string} text */
  note: (id, text) => request('POST', ticketPath(id, '/notes'), { text }),
  /** @param {string} id @param {string} note */
  escalate: (id, note) => request('POST', ticketPath(id, '/escalate'), { note }),
  /** @param {string} id */
  resolve: id => request('POST', ticketPath(id, '/resolve')),
  deadLetters: () => request('GET', 'deliveries?status=dead&limit=' + DELIVERY_LIMIT),
  /** @param {string} id */
  retryDelivery: id => request('POST', 'deliveries/' + encodeURIComponent(id) + '/retry')
};
