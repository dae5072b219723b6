// @ts-check
/**
 * The knowledge API (/api/v1/knowledge/*): the shared draft's entries and synonyms, trying a message, publishing
 * through the quality gate, versions, and the learning loop's suggestions. Every call that changes the draft
 * sends the draft revision it was based on; the server answers 409 stale_draft when someone changed it since.
 */
import { send } from '../api.js';

const ROOT = 'knowledge/';

/** How many suggestion groups the console asks for. */
export const SUGGESTION_LIMIT = 20;

/**
 * @param {string} method
 * @param {string} path below api/v1/knowledge/
 * @param {unknown} [json]
 * @returns {Promise<any>}
 */
function call(method, path, json) {
  return send(method, ROOT + path, json === undefined ? {} : { json });
}

/** @param {string} id */
function entryPath(id) {
  return 'entries/' + encodeURIComponent(id);
}

/** @param {number} n */
function versionPath(n) {
  return 'versions/' + encodeURIComponent(String(n));
}

/** @typedef {import('./entry.js').Entry} Entry */

export const kbApi = {
  /** @param {string} [q] @param {string} [kind] */
  entries: (q, kind) => {
    const params = new URLSearchParams();
    if (q) {
      params.set('q', q);
    }
    if (kind) {
      params.set('kind', kind);
    }
    const query = params.toString();
    return call('GET', 'entries' + (query ? '?' + query : ''));
  },
  /** @param {string} id */
  entry: id => call('GET', entryPath(id)),
  /** @param {string} id @param {number | null} revision @param {Entry} entry */
  update: (id, revision, entry) => call('PUT', entryPath(id), { revision, entry }),
  /** @param {number | null} revision @param {Entry} entry */
  create: (revision, entry) => call('POST', 'entries', { revision, entry }),
  /** @param {string} id @param {number | null} revision */
  retire: (id, revision) => call('DELETE', entryPath(id) + '?revision=' + encodeURIComponent(String(revision))),
  synonyms: () => call('GET', 'synonyms'),
  /** @param {number | null} revision @param {string[][]} zh @param {string[][]} en */
  saveSynonyms: (revision, zh, en) => call('PUT', 'synonyms', { revision, zh, en }),
  draft: () => call('GET', 'draft'),
  discard: () => call('POST', 'draft/discard'),
  /** @param {string} text */
  tryText: text => call('POST', 'try', { text }),
  /** @param {string} note @param {number | null} revision */
  publish: (note, revision) => call('POST', 'publish', { note, revision }),
  /** @param {number | string} id */
  publishStatus: id => call('GET', 'publishes/' + encodeURIComponent(String(id))),
  versions: () => call('GET', 'versions'),
  /** @param {number} n */
  version: n => call('GET', versionPath(n)),
  /** @param {number} n */
  rollback: n => call('POST', versionPath(n) + '/rollback'),
  live: () => call('GET', 'live'),
  /**
   * The version's corpus as a zip; fetched with the bearer token, so a plain link cannot download it.
   * @param {number} n
   * @returns {Promise<Blob>}
   */
  exportZip: n => send('GET', ROOT + versionPath(n) + '/export', { blob: true }),
  /** @param {Blob} zip */
  importZip: zip => send('POST', ROOT + 'import', { raw: zip, type: 'application/zip' }),
  suggestions: () => call('GET', 'suggestions?limit=' + SUGGESTION_LIMIT),
  /** @param {number[]} messageIds @param {string} entryId @param {number | null} revision */
  accept: (messageIds, entryId, revision) => call('POST', 'suggestions/accept', { messageIds, entryId, revision }),
  /** @param {number[]} messageIds */
  dismiss: messageIds => call('POST', 'suggestions/dismiss', { messageIds })
};

/**
 * The name a downloaded export is saved under.
 * @param {number} n
 */
export function exportName(n) {
  return 'baton-knowledge-v' + n + '.zip';
}
