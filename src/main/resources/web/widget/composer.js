// @ts-check
/** The message box and its send button. */

/** @typedef {import('./view.js').View} View */
/** @typedef {import('./chat.js').Chat} Chat */
/** @typedef {import('./connection.js').Connection} Connection */

/** The tallest the message box grows, in pixels, before it scrolls. */
export const INPUT_MAX_HEIGHT = 120;

/**
 * Fits the message box to its text, up to INPUT_MAX_HEIGHT; only past that does it scroll (and show a bar).
 *
 * @param {HTMLTextAreaElement} input
 */
export function resizeInput(input) {
  input.style.height = 'auto';
  const wanted = input.scrollHeight + 2; // the borders: the box is sized border-box
  input.style.height = Math.min(wanted, INPUT_MAX_HEIGHT) + 'px';
  input.style.overflowY = wanted > INPUT_MAX_HEIGHT ? 'auto' : 'hidden';
}

/**
 * Enter sends (Shift+Enter breaks the line), the box grows with its text, typing clears an error and tells
 * the agent the user is typing.
 *
 * @param {View} view
 * @param {Chat} chat
 * @param {Connection} connection
 */
export function bindComposer(view, chat, connection) {
  view.send.addEventListener('click', () => {
    chat.send(view.input.value, null);
  });
  view.input.addEventListener('keydown', (event) => {
    // isComposing: Enter that confirms a Chinese IME candidate must not send.
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing && event.keyCode !== 229) {
      event.preventDefault();
      chat.send(view.input.value, null);
    }
  });
  view.input.addEventListener('input', () => {
    resizeInput(view.input);
    if (view.notice.getAttribute('data-kind') === 'error') {
      chat.showNotice('');
    }
    connection.sendTyping();
  });
}
