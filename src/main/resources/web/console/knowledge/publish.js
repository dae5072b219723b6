// @ts-check
/**
 * The draft's changes and publishing them: the changes panel (and its count on the tab), discarding the draft,
 * and a publish followed until it is published, refused or failed, with its quality-gate report. The live
 * version and where the draft started show in the view's header.
 */
import { attrs, fill, timeNode } from '../dom.js';
import { lang, t } from '../i18n.js';
import { state } from '../state.js';
import { showError } from '../view.js';
import { kbApi } from './api.js';
import { confirmAction, failure, handle, kbView, on, say } from './dom.js';
import { publishFinished, publishStateText } from './gate.js';
import { draftChanged, onDraftChange, onTab } from './nav.js';
import { poll, sleep } from './poll.js';
import { changeList, renderGate } from './report.js';
import { kb } from './state.js';
import { numberOrNull } from './text.js';

const PUBLISH_KEY = 'baton.knowledge.publish';

/** @typedef {import('./gate.js').Publish} Publish */

/** The live version and the draft's start in the header; the changes count on the tab. */
export function renderHead() {
  attrs(kbView.versionLive, { 'data-version': kb.live }).textContent = kb.live === null ? ''
    : t('kbLiveVersion', { version: kb.live });
  kbView.draftBase.textContent = kb.revision === null ? ''
    : t('kbDraftFrom', { base: kb.base === null ? '—' : kb.base, revision: kb.revision });
  kbView.changesCount.textContent = kb.changesLoaded ? String(kb.changes.length) : '';
  attrs(kbView.tabChanges, { 'data-changes': kb.changes.length > 0 });
}

export async function loadLive() {
  kb.live = numberOrNull((await kbApi.live()).version);
  renderHead();
}

/** @param {any} data a draft: revision, base, changes */
function acceptDraft(data) {
  kb.revision = numberOrNull(data.revision);
  kb.base = numberOrNull(data.base);
  kb.changes = Array.isArray(data.changes) ? data.changes : [];
  kb.changesLoaded = true;
  renderChanges();
  renderHead();
}

export async function loadChanges() {
  acceptDraft(await kbApi.draft());
}

function renderChanges() {
  const list = changeList(kb.changes, 'kb-changes');
  kbView.changes.replaceWith(list);
  kbView.changes = list;
  kbView.changesEmpty.hidden = kb.changes.length > 0;
  kbView.changesBase.textContent = kb.base === null ? '' : t('kbChangesSince', { base: kb.base });
  kbView.discard.disabled = kb.changes.length === 0 || kb.publishing;
  renderPublishControls();
}

function renderPublishControls() {
  kbView.publish.disabled = kb.publishing || kb.changes.length === 0;
  kbView.publishNote.disabled = kb.publishing;
}

async function discard() {
  const n = kb.changes.length;
  if (!n || !(await confirmAction(t('kbDiscardConfirm', { n }), t('kbDiscard')))) {
    return;
  }
  acceptDraft(await kbApi.discard());
  draftChanged();
}

/** @param {Publish} publish */
function renderPublish(publish) {
  const node = kbView.publishState;
  attrs(node, { 'data-state': publish.state, 'data-publish-id': publish.id, 'data-version': publish.version });
  fill(node, [publishStateText(publish, lang()), publish.author ? ' · ' + publish.author : null,
    publish.startedAt ? ' · ' : null, publish.startedAt ? timeNode(publish.startedAt) : null]);
  node.hidden = false;
  renderGate(kbView.gate, publish.gate);
}

async function publish() {
  const note = String(kbView.publishNote.value).trim();
  if (!note) {
    say(kbView.publishError, t('kbPublishNoteMissing'));
    kbView.publishNote.focus();
    return;
  }
  say(kbView.publishError, null);
  try {
    const data = await kbApi.publish(note, kb.revision);
    kbView.publishNote.value = '';
    await follow(data.publish);
  } catch (e) {
    const { status, code } = failure(e);
    if (code === 'stale_draft') {
      say(kbView.publishError, t('kbPublishStale'));
      await loadChanges();
    } else if (status === 400 || status === 409) {
      say(kbView.publishError, e instanceof Error ? e.message : String(e));
    } else {
      throw e;
    }
  }
}

/**
 * Follows a publish until it finishes, asking less often as it runs; it survives a reload of the page.
 * @param {Publish} started
 */
async function follow(started) {
  const run = ++kb.pollRun;
  kb.publishing = true;
  remember(started.id);
  renderPublish(started);
  renderChanges();
  try {
    const result = publishFinished(started) ? { outcome: 'done', value: started } : await poll({
      load: async () => /** @type {Publish} */ ((await kbApi.publishStatus(started.id)).publish),
      done: publishFinished, wait: sleep, onValue: renderPublish, cancelled: () => run !== kb.pollRun || !state.me });
    if (run !== kb.pollRun) {
      return;
    }
    if (result.outcome === 'gave_up') {
      say(kbView.publishError, t('kbPublishGaveUp'));
      return;
    }
    remember(null);
    if (result.value && result.value.state === 'published') {
      await loadLive();
      draftChanged();
    }
  } finally {
    if (run === kb.pollRun) {
      kb.publishing = false;
      renderChanges();
    }
  }
}

/** @param {number | null} id the publish being followed, kept in this tab */
function remember(id) {
  try {
    if (id === null) {
      sessionStorage.removeItem(PUBLISH_KEY);
    } else {
      sessionStorage.setItem(PUBLISH_KEY, String(id));
    }
  } catch {
    // Without storage a reload forgets the publish; the versions list still shows how it ended.
  }
}

/** Takes up a publish this tab started before a reload. */
async function resume() {
  let id = null;
  try {
    id = sessionStorage.getItem(PUBLISH_KEY);
  } catch {
    id = null;
  }
  if (id && !kb.publishing) {
    try {
      await follow((await kbApi.publishStatus(id)).publish);
    } catch (e) {
      remember(null);
      if (failure(e).status !== 404) {
        throw e;
      }
    }
  }
}

/** The header's figures, when the knowledge view opens. */
export function loadHead() {
  Promise.all([loadLive(), loadChanges()]).then(resume).catch(showError);
}

export function bindPublish() {
  onTab('changes', () => loadChanges().catch(showError));
  onDraftChange(() => loadChanges().catch(() => {}));
  on(kbView.discard, 'click', handle(discard));
  on(kbView.publish, 'click', handle(publish));
  on(kbView.publishNote, 'keydown', (/** @type {KeyboardEvent} */ event) => {
    if (event.key === 'Enter' && !event.isComposing && event.keyCode !== 229) {
      event.preventDefault();
      publish().catch(showError);
    }
  });
}

/** Forgets what was shown (signing out); a publish being followed stops being followed. */
export function clearPublish() {
  kb.pollRun++;
  fill(kbView.changes, []);
  fill(kbView.publishState, []).hidden = true;
  renderGate(kbView.gate, null);
  say(kbView.publishError, null);
  kbView.versionLive.textContent = '';
  kbView.draftBase.textContent = '';
  kbView.changesCount.textContent = '';
}
