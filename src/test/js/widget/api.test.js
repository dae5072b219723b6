import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ApiError, createApi, describe, isRejected } from '../../../main/resources/web/widget/api.js';
import { stringsFor } from '../../../main/resources/web/widget/i18n.js';

const BASE = 'https://support.example.com/help/';
const conversation = { conversationId: 'c_1/2', token: 'tok en' };

/** A fetch that records its calls and answers with `status` and `body`. */
function fakeFetch(status, body, headers = {}) {
  const calls = [];
  const fetchFn = async (url, init) => {
    calls.push({ url, init });
    return {
      ok: status >= 200 && status < 300,
      status,
      text: async () => body,
      headers: { get: (name) => headers[name] ?? null }
    };
  };
  return { calls, fetchFn };
}

test('a conversation is created under the base with the widget\'s locale, and no cookies go along', async () => {
  const { calls, fetchFn } = fakeFetch(200, '{"conversationId":"c_1","token":"t"}');
  const created = await createApi(BASE, 'zh-TW', fetchFn).create();

  assert.deepEqual(created, { conversationId: 'c_1', token: 't' });
  assert.equal(calls[0].url, 'https://support.example.com/help/api/v1/conversations');
  assert.equal(calls[0].init.method, 'POST');
  assert.equal(calls[0].init.credentials, 'omit');
  assert.deepEqual(JSON.parse(calls[0].init.body), { locale: 'zh-TW', channel: 'web' });
  assert.equal(calls[0].init.headers.Authorization, undefined);
});

test('a send carries the token and the quick reply\'s id, with the conversation id escaped in the path', async () => {
  const { calls, fetchFn } = fakeFetch(200, '{"messageId":3}');
  const api = createApi(BASE, 'en', fetchFn);

  await api.send(conversation, 'hello', 'contact-channels');
  await api.send(conversation, 'typed', null);

  assert.equal(calls[0].url, 'https://support.example.com/help/api/v1/conversations/c_1%2F2/messages');
  assert.equal(calls[0].init.headers.Authorization, 'Bearer tok en');
  assert.equal(calls[0].init.headers['Content-Type'], 'application/json');
  assert.deepEqual(JSON.parse(calls[0].init.body), { text: 'hello', quickReply: 'contact-channels' });
  assert.deepEqual(JSON.parse(calls[1].init.body), { text: 'typed' });
});

test('catching up asks for the messages after a seq, with no body', async () => {
  const { calls, fetchFn } = fakeFetch(200, '');
  const page = await createApi(BASE, 'en', fetchFn).messagesAfter(conversation, 7);

  assert.deepEqual(page, {}, 'an empty body reads as an empty object');
  assert.equal(calls[0].url, 'https://support.example.com/help/api/v1/conversations/c_1%2F2/messages?after=7');
  assert.equal(calls[0].init.method, 'GET');
  assert.equal(calls[0].init.body, undefined);
  assert.equal(calls[0].init.headers['Content-Type'], undefined);
});

test('the stream\'s URL is the WebSocket twin of the page\'s scheme and carries the token as a parameter', () => {
  const { fetchFn } = fakeFetch(200, '');
  assert.equal(createApi(BASE, 'en', fetchFn).streamUrl(conversation),
    'wss://support.example.com/help/api/v1/conversations/c_1%2F2/stream?token=tok%20en');
  assert.equal(createApi('http://127.0.0.1:7070/', 'en', fetchFn).streamUrl(conversation),
    'ws://127.0.0.1:7070/api/v1/conversations/c_1%2F2/stream?token=tok%20en');
});

test('a refusal becomes an ApiError with the status, the API\'s code and Retry-After', async () => {
  const { fetchFn } = fakeFetch(429, '{"error":{"code":"rate_limited","message":"slow down"}}', { 'Retry-After': '7' });
  const error = await createApi(BASE, 'en', fetchFn).send(conversation, 'hi', null).catch((e) => e);

  assert.ok(error instanceof ApiError);
  assert.equal(error.status, 429);
  assert.equal(error.code, 'rate_limited');
  assert.equal(error.message, 'slow down');
  assert.equal(error.retryAfter, '7');
});

test('a body that is not JSON still gives the status', async () => {
  const { fetchFn } = fakeFetch(502, '<html>Bad gateway</html>');
  const error = await createApi(BASE, 'en', fetchFn).create().catch((e) => e);
  assert.equal(error.status, 502);
  assert.equal(error.code, '');
});

test('a server that cannot be reached is status 0', async () => {
  const fetchFn = async () => {
    throw new TypeError('Failed to fetch');
  };
  const error = await createApi(BASE, 'en', fetchFn).create().catch((e) => e);
  assert.equal(error.status, 0);
  assert.equal(error.code, 'network');
});

test('only 401 and 404 mean the conversation is gone', () => {
  assert.equal(isRejected(new ApiError(401, 'unauthorized', '')), true);
  assert.equal(isRejected(new ApiError(404, 'not_found', '')), true);
  assert.equal(isRejected(new ApiError(409, 'busy', '')), false);
  assert.equal(isRejected(new Error('401')), false);
});

test('each failure is told in the user\'s language, with the wait when the server gave one', () => {
  const en = stringsFor('en');
  const zh = stringsFor('zh-CN');
  assert.equal(describe(new ApiError(429, '', '', '12'), en),
    'You\'re sending messages too quickly. Please try again in 12 s.');
  assert.equal(describe(new ApiError(429, '', '', null), zh), zh.errRate);
  assert.equal(describe(new ApiError(413, '', ''), en), en.errTooLong);
  assert.equal(describe(new ApiError(409, '', ''), en), en.errBusy);
  assert.equal(describe(new ApiError(400, '', ''), en), en.errInvalid);
  assert.equal(describe(new ApiError(415, '', ''), en), en.errInvalid);
  assert.equal(describe(new ApiError(500, '', ''), en), en.errServer);
  assert.equal(describe(new ApiError(0, 'network', ''), en), en.errNetwork);
  assert.equal(describe(new TypeError('boom'), en), en.errNetwork);
});
