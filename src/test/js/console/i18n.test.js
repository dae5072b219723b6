import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pick, pickLanguage, text, timeLocale } from '../../../main/resources/web/console/i18n.js';
import { TEXT } from '../../../main/resources/web/console/strings.js';

test('the address picks the language first, then the agent\'s choice, then the browser', () => {
  assert.equal(pickLanguage({ query: 'zh', stored: 'en', preferred: ['en-US'] }), 'zh');
  assert.equal(pickLanguage({ query: 'fr', stored: 'zh', preferred: ['en-US'] }), 'zh');
  assert.equal(pickLanguage({ query: null, stored: null, preferred: ['zh-CN', 'en'] }), 'zh');
  assert.equal(pickLanguage({ preferred: ['fr-FR', 'zh-TW', 'en'] }), 'zh');
  assert.equal(pickLanguage({ preferred: ['en-GB', 'zh-CN'] }), 'en');
  assert.equal(pickLanguage({ preferred: ['ja', 'de'] }), 'en');
  assert.equal(pickLanguage({}), 'en');
});

test('dates follow the browser\'s own variant of the console language', () => {
  assert.equal(timeLocale('en', ['en-GB', 'zh-CN']), 'en-GB');
  assert.equal(timeLocale('zh', ['en-GB', 'zh-TW']), 'zh-TW');
  assert.equal(timeLocale('zh', ['en-US']), 'zh-CN');
  assert.equal(timeLocale('en', []), 'en-US');
});

test('texts fill in their values', () => {
  assert.equal(text('deliveryAttempts', 'en', { n: 2 }), '2 attempts');
  assert.equal(text('deliveryAttempts', 'zh', { n: 2 }), '已尝试 2 次');
  assert.equal(text('assigneeMe', 'zh', { name: 'ann' }), '处理人：ann（我）');
  assert.equal(pick(['a {x} {y}', 'b'], 'en', { x: 1 }), 'a 1 {y}');
  assert.equal(text('no-such-key', 'en'), '');
});

test('every console text exists in English and in Chinese', () => {
  for (const [key, [en, zh]] of Object.entries(TEXT)) {
    assert.ok(en.trim() && zh.trim(), key);
    assert.deepEqual(placeholders(en), placeholders(zh), key);
  }
});

/** @param {string} value */
function placeholders(value) {
  return (value.match(/\{\w+\}/g) || []).sort();
}
