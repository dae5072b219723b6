import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveBase } from '../../../main/resources/web/widget/config.js';

const MODULE = 'https://support.example.com/help/widget/main.js?v=2';
const PAGE = 'https://shop.example.org/faq/page.html#top';

test('without data-baton-url the API lives where widget.js does: the module folder\'s parent', () => {
  assert.equal(resolveBase(null, MODULE, PAGE), 'https://support.example.com/help/');
  assert.equal(resolveBase('', 'http://127.0.0.1:7070/widget/main.js', PAGE), 'http://127.0.0.1:7070/');
});

test('data-baton-url is taken relative to the page and always ends in a slash, without query or fragment', () => {
  assert.equal(resolveBase('https://chat.example.com/baton', MODULE, PAGE), 'https://chat.example.com/baton/');
  assert.equal(resolveBase('/support/?x=1#y', MODULE, PAGE), 'https://shop.example.org/support/');
  assert.equal(resolveBase('api-root/', MODULE, PAGE), 'https://shop.example.org/faq/api-root/');
});
