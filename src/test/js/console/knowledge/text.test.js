import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  lines, numberOrNull, strings, synonymHints, synonymsToText, tagList, terms, textToSynonyms
} from '../../../../main/resources/web/console/knowledge/text.js';

test('lines, terms and tags are trimmed, blank ones dropped, each kept once', () => {
  assert.deepEqual(lines(' a \n\nb\r\na\n '), ['a', 'b']);
  assert.deepEqual(lines(null), []);
  assert.deepEqual(terms('提现, 提币，取币、提现;；'), ['提现', '提币', '取币']);
  assert.deepEqual(tagList('contact email, help'), ['contact', 'email', 'help']);
});

test('synonyms read and write one group a line, terms separated by commas', () => {
  const groups = [['提现', '提币'], ['客服', '人工']];
  assert.equal(synonymsToText(groups), '提现, 提币\n客服, 人工');
  assert.deepEqual(textToSynonyms(synonymsToText(groups)), groups);
  assert.deepEqual(textToSynonyms('withdraw, withdrawal\n\n  \nfee，gas'), [['withdraw', 'withdrawal'], ['fee', 'gas']]);
  assert.equal(synonymsToText(null), '');
  assert.equal(synonymsToText([['a', 1, 'b']]), 'a, b');
});

test('a group of one word, or a word in two groups, gets a hint', () => {
  assert.deepEqual(synonymHints([['a', 'b'], ['c'], ['B', 'd']]), [
    ['kbSynonymsAlone', { line: 2, term: 'c' }], ['kbSynonymsTwice', { term: 'B', line: 3, first: 1 }]]);
  assert.deepEqual(synonymHints([['a', 'b']]), []);
});

test('server values are read as what they should be, or nothing', () => {
  assert.equal(numberOrNull(12), 12);
  assert.equal(numberOrNull('12'), null);
  assert.equal(numberOrNull(NaN), null);
  assert.deepEqual(strings(['a', 1, null, 'b']), ['a', 'b']);
  assert.deepEqual(strings('a'), []);
});
