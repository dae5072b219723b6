import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ReadBack } from '../../../main/resources/web/widget/readback.js';

test('messages read back in order move the point a catch-up starts from', () => {
  const read = new ReadBack();
  [1, 2, 3].forEach((seq) => read.add(seq));
  assert.equal(read.complete, 3);
  assert.equal(read.missing(), false);
});

test('a message whose announcement never came holds the catch-up point below it', () => {
  const read = new ReadBack();
  [1, 2, 4, 5].forEach((seq) => read.add(seq));
  assert.equal(read.complete, 2, 'the next catch-up asks for everything after 2, so 3 is fetched');
  assert.equal(read.missing(), true);
  read.add(3);
  assert.equal(read.complete, 5);
  assert.equal(read.missing(), false);
});

test('repeats, old seqs and non-numbers change nothing, and a reset starts over', () => {
  const read = new ReadBack();
  [1, 2, 2, 1, Number.NaN, 2.5, -1].forEach((seq) => read.add(seq));
  assert.equal(read.complete, 2);
  assert.equal(read.missing(), false);
  read.add(7);
  read.reset();
  assert.equal(read.complete, 0);
  assert.equal(read.missing(), false);
});
