import { test } from 'node:test';
import assert from 'node:assert/strict';
import { INPUT_MAX_HEIGHT, resizeInput } from '../../../main/resources/web/widget/composer.js';

/** A textarea as resizeInput sees it: its content's height and its style. */
function box(contentHeight) {
  return { scrollHeight: contentHeight, style: { height: '', overflowY: '' } };
}

test('the message box grows with its text and shows no scrollbar while it fits', () => {
  const input = box(38);
  resizeInput(input);
  assert.equal(input.style.height, '40px', 'the borders are added: the box is sized border-box');
  assert.equal(input.style.overflowY, 'hidden');
});

test('past the tallest it grows, the box stops growing and scrolls', () => {
  const input = box(300);
  resizeInput(input);
  assert.equal(input.style.height, INPUT_MAX_HEIGHT + 'px');
  assert.equal(input.style.overflowY, 'auto');
});
