// @ts-check
/**
 * "Try it": a message typed in, and what the live knowledge and the draft would do with it, side by side. The
 * draft is trained on demand, so the first try after a change takes a few seconds; a note says so meanwhile.
 */
import { attrs, el, fill } from '../dom.js';
import { lang, t } from '../i18n.js';
import { showError } from '../view.js';
import { kbApi } from './api.js';
import { kbView, on, say } from './dom.js';
import { kb } from './state.js';
import { readVerdict, verdictsDiffer, verdictView } from './verdict.js';

/** @typedef {import('./verdict.js').Verdict} Verdict */

/**
 * @param {HTMLElement} column kb-try-live or kb-try-draft
 * @param {Verdict | null} verdict
 */
function renderVerdict(column, verdict) {
  const body = column.querySelector('.kb-verdict-body');
  if (!body) {
    return;
  }
  attrs(column, { 'data-action': verdict ? verdict.action : null });
  if (!verdict) {
    fill(body, []);
    return;
  }
  const v = verdictView(verdict, lang());
  const row = (/** @type {string} */ name, /** @type {string} */ label, /** @type {string} */ value) =>
    el('div', { class: 'kb-verdict-row' }, [el('dt', {}, [label]), el('dd', { 'data-test': 'kb-try-' + name }, [value])]);
  fill(body, [
    row('action', t('kbTryAction'), v.actionText),
    row('intent', t('kbTryIntent'), v.intent),
    row('confidence', t('kbTryConfidence'), v.confidence),
    row('language', t('kbTryLanguage'), v.language),
    row('reply', t('kbTryReply'), v.reply || '—')
  ]);
  const action = body.querySelector('[data-test="kb-try-action"]');
  if (action) {
    action.setAttribute('data-action', v.action);
  }
}

async function tryIt() {
  const text = String(kbView.tryInput.value).trim();
  if (!text) {
    kbView.tryInput.focus();
    return;
  }
  const run = ++kb.tryRun;
  kbView.tryTraining.hidden = false;
  attrs(kbView.tryBox, { 'aria-busy': true });
  try {
    const data = await kbApi.tryText(text);
    if (run !== kb.tryRun) {
      return;
    }
    const live = readVerdict(data.live);
    const draft = readVerdict(data.draft || data.live);
    renderVerdict(kbView.tryLive, live);
    renderVerdict(kbView.tryDraft, draft);
    const differs = verdictsDiffer(live, draft);
    attrs(kbView.tryBox, { 'data-differs': differs });
    say(kbView.tryDiffers, t(differs ? 'kbTryDiffers' : 'kbTrySame'));
  } finally {
    if (run === kb.tryRun) {
      kbView.tryTraining.hidden = true;
      attrs(kbView.tryBox, { 'aria-busy': null });
    }
  }
}

export function bindTry() {
  on(kbView.try, 'click', () => tryIt().catch(showError));
  on(kbView.tryInput, 'keydown', (/** @type {KeyboardEvent} */ event) => {
    if (event.key === 'Enter' && !event.isComposing && event.keyCode !== 229) {
      event.preventDefault();
      tryIt().catch(showError);
    }
  });
}

/** Forgets what was shown (signing out). */
export function clearTry() {
  kb.tryRun++;
  kbView.tryInput.value = '';
  kbView.tryTraining.hidden = true;
  renderVerdict(kbView.tryLive, null);
  renderVerdict(kbView.tryDraft, null);
  say(kbView.tryDiffers, null);
}
