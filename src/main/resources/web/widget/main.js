// @ts-check
/*
 * Baton chat widget. Embed with one tag:
 *   <script type="module" src="https://support.example.com/widget/main.js"></script>
 * or, as before, <script src="https://support.example.com/widget.js" defer></script>, which loads this module.
 *
 * The API base is the folder widget.js lives in (this module's parent folder), or the tag's data-baton-url.
 * Optional data-baton-locale="zh-CN|zh-TW|en" overrides the browser language.
 * Any element on the host page with a data-baton-open attribute opens the chat when clicked.
 *
 * Every piece of message text reaches the page through textContent; nothing here parses HTML.
 */
import { createApi } from './api.js';
import { Chat, MAX_LENGTH } from './chat.js';
import { bindComposer } from './composer.js';
import { embeddingScript, resolveBase } from './config.js';
import { Connection } from './connection.js';
import { chooseLocale, stringsFor } from './i18n.js';
import { loadConversation, saveConversation } from './storage.js';
import { Transcript } from './transcript.js';
import { Typing } from './typing.js';
import { buildView } from './view.js';

/** @typedef {import('./i18n.js').Locale} Locale */

/**
 * Builds the widget into the page and starts it: resumes the tab's conversation if there is one.
 *
 * @param {string} base
 * @param {Locale} locale
 * @returns {(open: boolean) => void} opens or closes the panel
 */
function mount(base, locale) {
  const T = stringsFor(locale);
  const storage = () => window.sessionStorage;
  const api = createApi(base, locale, (input, init) => window.fetch(input, init));
  const view = buildView(T, locale, MAX_LENGTH);
  // The quick replies' callback runs only after chat exists.
  const transcript = new Transcript(view, T, locale, (label, id) => chat.send(label, id));
  const typing = new Typing(view, T, () => transcript.followNewest());
  const chat = new Chat({
    api, view, T, transcript, typing,
    remembered: loadConversation(storage),
    remember: (conversation) => saveConversation(storage, conversation),
    isOpen: () => !view.panel.hidden
  });
  const session = {
    conversation: () => chat.conversation,
    catchUp: () => chat.catchUp(),
    abandon: () => chat.abandon(),
    /** @param {unknown} data */
    handle: (data) => chat.handle(data)
  };
  const connection = new Connection(api.streamUrl, session, (shown) => {
    view.connection.hidden = !shown;
  }, {
    open: (url) => new WebSocket(url),
    hasSockets: typeof WebSocket === 'function',
    setTimeout: (handler, ms) => window.setTimeout(handler, ms),
    clearTimeout: (timer) => window.clearTimeout(timer),
    random: Math.random,
    now: Date.now
  });
  chat.connection = connection;

  /** @param {boolean} open */
  function setOpen(open) {
    view.panel.hidden = !open;
    view.launcher.setAttribute('aria-expanded', String(open));
    if (open) {
      view.root.setAttribute('data-open', '');
      view.launcher.removeAttribute('data-unread');
      transcript.followNewest();
      view.input.focus();
    } else {
      view.root.removeAttribute('data-open');
    }
  }

  view.launcher.addEventListener('click', () => setOpen(view.panel.hidden));
  view.close.addEventListener('click', () => {
    setOpen(false);
    view.launcher.focus();
  });
  view.panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      setOpen(false);
      view.launcher.focus();
    }
  });
  bindComposer(view, chat, connection);
  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target.closest('[data-baton-open]') : null;
    if (target && !view.root.contains(target)) {
      event.preventDefault();
      setOpen(true);
    }
  });
  window.addEventListener('online', () => connection.retryNow());

  chat.updateControls();
  if (chat.conversation) {
    chat.catchUp(false).then((ok) => {
      if (ok) {
        connection.open();
      } else {
        connection.scheduleReconnect();
      }
    });
  }
  return setOpen;
}

const host = /** @type {any} */ (window);
if (!host.BatonWidget) {
  const script = embeddingScript(document, import.meta.url);
  const locale = chooseLocale(script && script.getAttribute('data-baton-locale'),
    [navigator.language, ...(navigator.languages || [])]);
  const base = resolveBase(script && script.getAttribute('data-baton-url'), import.meta.url, window.location.href);
  /** @type {((open: boolean) => void) | null} */
  let setOpen = null;
  const start = () => {
    setOpen = mount(base, locale);
  };
  if (document.body) {
    start();
  } else {
    document.addEventListener('DOMContentLoaded', start);
  }
  host.BatonWidget = {
    open() {
      setOpen?.(true);
    },
    close() {
      setOpen?.(false);
    },
    locale
  };
}
