// @ts-check
/** The chat API client (HTTP and the stream's URL) and what its errors mean to the user. No DOM. */
import { fmt } from './i18n.js';

/** @typedef {import('./strings.js').Strings} Strings */
/** @typedef {import('./storage.js').Conversation} Conversation */

/** A refused request: the HTTP status (0 when the server was not reached) and the API's error code. */
export class ApiError extends Error {
  /**
   * @param {number} status
   * @param {string | undefined} code
   * @param {string | undefined} message
   * @param {string | null} [retryAfter] the Retry-After header, seconds
   */
  constructor(status, code, message, retryAfter) {
    super(message || '');
    this.status = status;
    this.code = code || '';
    this.retryAfter = retryAfter;
  }
}

/**
 * The API's calls, relative to `base` (the folder the widget was served from, ending in '/').
 *
 * @param {string} base
 * @param {string} locale
 * @param {typeof fetch} fetchFn
 */
export function createApi(base, locale, fetchFn) {
  /** @param {string} path */
  function apiUrl(path) {
    return new URL('api/v1/' + path, base).href;
  }

  /**
   * @param {string} method
   * @param {string} path
   * @param {string | null} token
   * @param {object} [body]
   * @returns {Promise<any>} the JSON body, {} when there is none
   */
  async function request(method, path, token, body) {
    /** @type {Record<string, string>} */
    const headers = { Accept: 'application/json' };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
    }
    if (token) {
      headers.Authorization = 'Bearer ' + token;
    }
    let response;
    try {
      response = await fetchFn(apiUrl(path), {
        method, headers, credentials: 'omit', cache: 'no-store',
        body: body === undefined ? undefined : JSON.stringify(body)
      });
    } catch (e) {
      throw new ApiError(0, 'network', String(e));
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
      throw new ApiError(response.status, error.code, error.message, response.headers.get('Retry-After'));
    }
    return data || {};
  }

  /**
   * @param {Conversation} conversation
   * @param {string} rest
   */
  function conversationPath(conversation, rest) {
    return 'conversations/' + encodeURIComponent(conversation.conversationId) + rest;
  }

  return {
    create() {
      return request('POST', 'conversations', null, { locale, channel: 'web' });
    },
    /**
     * @param {Conversation} conversation
     * @param {string} text
     * @param {string | null} quickReply the id of the quick reply clicked, if any
     */
    send(conversation, text, quickReply) {
      /** @type {{text: string, quickReply?: string}} */
      const body = { text };
      if (quickReply) {
        body.quickReply = quickReply;
      }
      return request('POST', conversationPath(conversation, '/messages'), conversation.token, body);
    },
    /**
     * @param {Conversation} conversation
     * @param {number} seq
     */
    messagesAfter(conversation, seq) {
      return request('GET', conversationPath(conversation, '/messages?after=' + seq), conversation.token);
    },
    /** @param {Conversation} conversation */
    streamUrl(conversation) {
      const url = new URL(apiUrl(conversationPath(conversation, '/stream')));
      url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
      url.search = '?token=' + encodeURIComponent(conversation.token);
      return url.href;
    }
  };
}

/** @typedef {ReturnType<typeof createApi>} Api */

/**
 * Whether the server no longer knows the conversation or its token.
 *
 * @param {unknown} error
 */
export function isRejected(error) {
  return error instanceof ApiError && (error.status === 401 || error.status === 404);
}

/**
 * What to tell the user when a send failed.
 *
 * @param {unknown} error
 * @param {Strings} T
 */
export function describe(error, T) {
  const status = error instanceof ApiError ? error.status : 0;
  if (status === 429) {
    const seconds = parseInt(String(/** @type {ApiError} */ (error).retryAfter), 10);
    return seconds > 0 ? fmt(T.errRateSeconds, { n: seconds }) : T.errRate;
  }
  if (status === 413) {
    return T.errTooLong;
  }
  if (status === 409) {
    return T.errBusy;
  }
  if (status === 400 || status === 415) {
    return T.errInvalid;
  }
  return status === 0 ? T.errNetwork : T.errServer;
}
