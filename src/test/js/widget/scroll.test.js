import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PIN_SLACK_PX, atEnd } from '../../../main/resources/web/widget/scroll.js';

test('a transcript scrolled to its end, or within a few pixels of it, shows its end', () => {
  assert.equal(atEnd(600, 1000, 400), true);
  assert.equal(atEnd(600 - PIN_SLACK_PX, 1000, 400), true, 'rounding and smooth scrolling land a little short');
  assert.equal(atEnd(600 - PIN_SLACK_PX - 1, 1000, 400), false);
  assert.equal(atEnd(0, 300, 400), true, 'content shorter than the view is all in sight');
});

test('a user who scrolled up to read is not at the end', () => {
  assert.equal(atEnd(200, 1000, 400), false);
  assert.equal(atEnd(0, 1000, 400), false);
});
