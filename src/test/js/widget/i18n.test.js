import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chooseLocale, fmt, stringsFor, waitText } from '../../../main/resources/web/widget/i18n.js';
import { STRINGS } from '../../../main/resources/web/widget/strings.js';

test('a Chinese browser gets Simplified Chinese unless it names a Traditional region or script', () => {
  assert.equal(chooseLocale(null, ['zh-CN']), 'zh-CN');
  assert.equal(chooseLocale(null, ['zh']), 'zh-CN');
  assert.equal(chooseLocale(null, ['zh-SG']), 'zh-CN');
  assert.equal(chooseLocale(null, ['zh-Hans-CN']), 'zh-CN');
  for (const tag of ['zh-TW', 'zh-HK', 'zh-MO', 'zh-Hant', 'zh-Hant-TW', 'ZH-tw']) {
    assert.equal(chooseLocale(null, [tag]), 'zh-TW', tag);
  }
});

test('every other language, and none at all, gets English', () => {
  assert.equal(chooseLocale(null, ['en-US']), 'en');
  assert.equal(chooseLocale(null, ['fr']), 'en');
  assert.equal(chooseLocale(null, ['zhx']), 'en', 'only the zh tag itself is Chinese');
  assert.equal(chooseLocale(null, []), 'en');
  assert.equal(chooseLocale(undefined, [undefined, '']), 'en');
});

test('the page\'s data-baton-locale wins over the browser, and the first browser language counts', () => {
  assert.equal(chooseLocale('en', ['zh-CN']), 'en');
  assert.equal(chooseLocale('zh-TW', ['en-US']), 'zh-TW');
  assert.equal(chooseLocale('', ['zh-CN']), 'zh-CN');
  assert.equal(chooseLocale(null, [undefined, 'zh-CN', 'en']), 'zh-CN', 'navigator.language may be missing');
});

test('every locale says everything the Simplified one says', () => {
  const keys = Object.keys(STRINGS['zh-CN']).sort();
  for (const locale of ['zh-TW', 'en']) {
    assert.deepEqual(Object.keys(STRINGS[locale]).sort(), keys, locale);
    for (const key of keys) {
      assert.ok(STRINGS[locale][key].trim(), `${locale}.${key} is empty`);
    }
  }
  assert.equal(stringsFor('en'), STRINGS.en);
});

test('placeholders are filled by name and unknown ones are left as they are', () => {
  assert.equal(fmt('第 {n} 位，等待{wait}', { n: 3, wait: '约 2 分钟' }), '第 3 位，等待约 2 分钟');
  assert.equal(fmt('{n} and {missing}', { n: 1 }), '1 and {missing}');
  assert.equal(fmt('{toString}', {}), '{toString}', 'inherited properties are not values');
});

test('a wait is said as under a minute, else in whole minutes rounded up', () => {
  const en = stringsFor('en');
  assert.equal(waitText(0, en), 'under a minute');
  assert.equal(waitText(59, en), 'under a minute');
  assert.equal(waitText(60, en), 'about 1 min');
  assert.equal(waitText(61, en), 'about 2 min');
  assert.equal(waitText(360, stringsFor('zh-CN')), '约 6 分钟');
});
