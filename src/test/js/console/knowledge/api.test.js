import { test, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { ApiError } from '../../../../main/resources/web/console/api.js';
import { state } from '../../../../main/resources/web/console/state.js';
import { exportName, kbApi } from '../../../../main/resources/web/console/knowledge/api.js';

/** @type {{ method: string, url: URL, headers: Record<string, string>, body: unknown }[]} */
let calls;
/** @type {() => Response} */
let answer;
const realFetch = globalThis.fetch;

beforeEach(() => {
  calls = [];
  answer = () => Response.json({ revision: 13 });
  state.token = 'agt_editor';
  globalThis.fetch = async (url, init) => {
    calls.push({ method: init.method, url: new URL(url), headers: init.headers, body: init.body });
    return answer();
  };
});

afterEach(() => {
  globalThis.fetch = realFetch;
  state.token = null;
});

/** The one call made, as method, path with query, and parsed JSON body. */
function call() {
  assert.equal(calls.length, 1);
  const [c] = calls;
  assert.equal(c.headers.Authorization, 'Bearer agt_editor');
  const path = c.url.pathname.replace(/^.*\/api\/v1\/knowledge\//, '/') + c.url.search;
  return [c.method, path, typeof c.body === 'string' ? JSON.parse(c.body) : c.body];
}

const ENTRY = { id: 'contact-channels', kind: 'faq' };

test('every call goes to the contract\'s path with the contract\'s body', async () => {
  const cases = [
    [() => kbApi.entries(), ['GET', '/entries', undefined]],
    [() => kbApi.entries('客服 邮箱', 'faq'), ['GET', '/entries?q=%E5%AE%A2%E6%9C%8D+%E9%82%AE%E7%AE%B1&kind=faq', undefined]],
    [() => kbApi.entry('a/b'), ['GET', '/entries/a%2Fb', undefined]],
    [() => kbApi.update('contact-channels', 12, ENTRY), ['PUT', '/entries/contact-channels', { revision: 12, entry: ENTRY }]],
    [() => kbApi.create(12, ENTRY), ['POST', '/entries', { revision: 12, entry: ENTRY }]],
    [() => kbApi.retire('contact-channels', 12), ['DELETE', '/entries/contact-channels?revision=12', undefined]],
    [() => kbApi.synonyms(), ['GET', '/synonyms', undefined]],
    [() => kbApi.saveSynonyms(12, [['提现', '提币']], []), ['PUT', '/synonyms', { revision: 12, zh: [['提现', '提币']], en: [] }]],
    [() => kbApi.draft(), ['GET', '/draft', undefined]],
    [() => kbApi.discard(), ['POST', '/draft/discard', undefined]],
    [() => kbApi.tryText('客服邮箱多少'), ['POST', '/try', { text: '客服邮箱多少' }]],
    [() => kbApi.publish('clearer contact answer', 12), ['POST', '/publish', { note: 'clearer contact answer', revision: 12 }]],
    [() => kbApi.publishStatus(7), ['GET', '/publishes/7', undefined]],
    [() => kbApi.versions(), ['GET', '/versions', undefined]],
    [() => kbApi.version(4), ['GET', '/versions/4', undefined]],
    [() => kbApi.rollback(3), ['POST', '/versions/3/rollback', undefined]],
    [() => kbApi.live(), ['GET', '/live', undefined]],
    [() => kbApi.suggestions(), ['GET', '/suggestions?limit=20', undefined]],
    [() => kbApi.accept([881, 882], 'contact-channels', 12),
      ['POST', '/suggestions/accept', { messageIds: [881, 882], entryId: 'contact-channels', revision: 12 }]],
    [() => kbApi.dismiss([881]), ['POST', '/suggestions/dismiss', { messageIds: [881] }]]
  ];
  for (const [run, expected] of cases) {
    calls = [];
    assert.deepEqual(await run(), { revision: 13 });
    assert.deepEqual(call(), expected);
    const json = calls[0].body === undefined ? undefined : 'application/json';
    assert.equal(calls[0].headers['Content-Type'], json, expected[1]);
  }
});

test('an export is downloaded as bytes with the bearer token; an import uploads a zip', async () => {
  answer = () => new Response(new Uint8Array([0x50, 0x4b, 3, 4]), { headers: { 'Content-Type': 'application/zip' } });
  const blob = await kbApi.exportZip(4);
  assert.deepEqual([...new Uint8Array(await blob.arrayBuffer())], [0x50, 0x4b, 3, 4]);
  assert.deepEqual(call().slice(0, 2), ['GET', '/versions/4/export']);
  assert.equal(exportName(4), 'baton-knowledge-v4.zip');

  calls = [];
  answer = () => Response.json({ revision: 14, base: 4, changes: [] });
  const zip = new Blob([new Uint8Array([0x50, 0x4b])], { type: 'application/zip' });
  assert.deepEqual(await kbApi.importZip(zip), { revision: 14, base: 4, changes: [] });
  const [method, path, body] = call();
  assert.deepEqual([method, path, body], ['POST', '/import', zip]);
  assert.equal(calls[0].headers['Content-Type'], 'application/zip');
});

test('a refusal arrives as an ApiError with the server\'s code and message', async () => {
  answer = () => Response.json({ error: { code: 'stale_draft', message: 'the draft is at revision 14' } }, { status: 409 });
  const error = await kbApi.update('contact-channels', 12, ENTRY).catch(e => e);
  assert.ok(error instanceof ApiError);
  assert.deepEqual([error.status, error.code, error.message], [409, 'stale_draft', 'the draft is at revision 14']);

  answer = () => Response.json({ error: { code: 'invalid_corpus', message: 'faq/x.yaml: kind is missing' } }, { status: 400 });
  const refused = await kbApi.exportZip(4).catch(e => e);
  assert.deepEqual([refused.status, refused.code], [400, 'invalid_corpus']);
});

test('an unreachable server is status 0', async () => {
  globalThis.fetch = async () => {
    throw new TypeError('fetch failed');
  };
  const error = await kbApi.draft().catch(e => e);
  assert.deepEqual([error.status, error.code], [0, 'network']);
});
