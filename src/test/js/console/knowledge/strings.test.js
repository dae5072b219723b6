import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import * as tables from '../../../../main/resources/web/console/knowledge/strings.js';
import { TEXT } from '../../../../main/resources/web/console/strings.js';

const WEB = new URL('../../../../main/resources/web/', import.meta.url);

/** @param {string} value */
function placeholders(value) {
  return (value.match(/\{\w+\}/g) || []).sort();
}

test('every knowledge text exists in English and in Chinese, with the same values to fill in', () => {
  for (const [name, table] of Object.entries(tables)) {
    for (const [key, [en, zh]] of Object.entries(table)) {
      assert.ok(en.trim() && zh.trim(), name + '.' + key);
      assert.deepEqual(placeholders(en), placeholders(zh), name + '.' + key);
    }
  }
  for (const key of Object.keys(tables.KNOWLEDGE_TEXT)) {
    assert.equal(TEXT[key], tables.KNOWLEDGE_TEXT[key], 'the console speaks ' + key);
  }
});

test('every text the knowledge view asks for is in the catalogue', async () => {
  const dir = new URL('console/knowledge/', WEB);
  const sources = await Promise.all((await readdir(dir)).filter(f => f.endsWith('.js'))
    .map(f => readFile(new URL(f, dir), 'utf8')));
  const page = await readFile(new URL('agent.html', WEB), 'utf8');
  const asked = new Set();
  for (const source of sources) {
    for (const [, key] of source.matchAll(/\bt\('(\w+)'/g)) {
      if (!key.endsWith('_')) {
        asked.add(key); // a key ending in _ is a prefix: its keys are added below
      }
    }
    for (const [, key] of source.matchAll(/key: '(kb\w+)'/g)) {
      asked.add(key);
    }
    for (const [, key] of source.matchAll(/\['(kb\w+)', \{/g)) {
      asked.add(key);
    }
  }
  for (const [, key] of page.matchAll(/data-i18n(?:-[a-z-]+)?="(\w+)"/g)) {
    asked.add(key);
  }
  for (const suffix of ['better', 'worse', 'same']) {
    asked.add('kbTrend_' + suffix);
  }
  asked.add('kbSynonymsIn_zh').add('kbSynonymsIn_en');
  const missing = [...asked].filter(key => !Object.prototype.hasOwnProperty.call(TEXT, key));
  assert.deepEqual(missing, []);
  assert.ok(asked.size > 150);
});
