// @ts-check
/**
 * Saving the open entry to the draft, adding a new one and retiring one. A refusal (400) shows beside the form
 * in the server's words; a draft someone else changed meanwhile (409 stale_draft) is said so and reloaded, and
 * the editor's own edits can be put back on top.
 */
import { t } from '../i18n.js';
import { showError } from '../view.js';
import { kbApi } from './api.js';
import { confirmAction, failure, failureText, handle, kbView, on, say } from './dom.js';
import { entryToForm, readEntry } from './entry.js';
import { closeEditor, fillForm, formEntry, openEntry, readForm, renderEditor } from './editor.js';
import { draftChanged, markRoute } from './nav.js';
import { kb } from './state.js';
import { numberOrNull } from './text.js';

/** @typedef {import('./state.js').OpenEntry} OpenEntry */

/** The draft's revision for a call that needs one: the latest seen, or asked for now. */
export async function draftRevision() {
  if (kb.revision === null) {
    kb.revision = numberOrNull((await kbApi.draft()).revision);
  }
  return kb.revision;
}

function renderSaving() {
  kbView.save.disabled = kb.saving;
  kbView.retire.disabled = kb.saving;
  kbView.editor.setAttribute('aria-busy', String(kb.saving));
}

/**
 * Runs one save or retire of the open entry at a time; refusals show beside the form.
 * @param {(open: OpenEntry) => Promise<void>} work
 */
async function runOnOpen(work) {
  const open = kb.open;
  if (!open || kb.saving) {
    return;
  }
  kb.saving = true;
  renderSaving();
  say(kbView.entryError, null);
  say(kbView.stale, null);
  kbView.entryStatus.textContent = '';
  try {
    await work(open);
  } catch (e) {
    if (kb.open === open) {
      await refused(open, e);
    }
  } finally {
    kb.saving = false;
    renderSaving();
  }
}

/**
 * @param {OpenEntry} open
 * @param {unknown} error
 */
async function refused(open, error) {
  const { status, code } = failure(error);
  if (code === 'stale_draft') {
    await reloadStale(open);
  } else if (status === 400 || status === 404 || status === 409) {
    say(kbView.entryError, failureText(error));
  } else {
    showError(error);
  }
}

/**
 * Someone else changed the draft: the entry is reloaded as it is now, the editor's form kept to put back.
 * @param {OpenEntry} open
 */
async function reloadStale(open) {
  const mine = readForm();
  if (open.isNew || !open.id) {
    kb.revision = numberOrNull((await kbApi.draft()).revision);
    say(kbView.stale, t('kbStaleNew'));
    kbView.staleReapply.hidden = true;
    draftChanged('entry');
    return;
  }
  await openEntry(open.id, true);
  kb.stash = mine;
  say(kbView.stale, t('kbStale'));
  kbView.staleReapply.hidden = false;
  draftChanged('entry');
}

/** Puts the editor's edits back over the reloaded entry; saving them then overwrites the other change. */
function reapply() {
  if (kb.stash && kb.open) {
    const form = kb.stash;
    kb.stash = null;
    fillForm({ ...form, id: kb.open.isNew ? form.id : String(kb.open.id) });
    say(kbView.stale, null);
    kbView.staleReapply.hidden = true;
    renderEditor();
  }
}

export function save() {
  return runOnOpen(async open => {
    const entry = formEntry();
    if (open.isNew && !entry.id) {
      say(kbView.entryError, t('kbHintIdMissing'));
      kbView.entryId.focus();
      return;
    }
    const data = open.isNew ? await kbApi.create(await draftRevision(), entry)
      : await kbApi.update(String(open.id), open.revision, entry);
    if (kb.open !== open) {
      return;
    }
    const saved = readEntry(data.entry || entry);
    const revision = numberOrNull(data.revision);
    kb.revision = revision;
    kb.open = { id: saved.id, revision, entry: saved, isNew: false, origin: [] };
    fillForm(entryToForm(saved));
    kbView.editor.setAttribute('data-entry-id', saved.id);
    kbView.editor.setAttribute('data-mode', 'edit');
    kbView.entryStatus.textContent = t(open.isNew ? 'kbAdded' : 'kbSaved');
    markRoute({ tab: 'entries', entry: saved.id });
    if (open.origin.length) {
      // The suggested questions are this entry's examples now: they leave the suggestions.
      kbApi.dismiss(open.origin).catch(showError);
    }
    draftChanged('entry');
  });
}

export function retire() {
  return runOnOpen(async open => {
    if (open.isNew || !open.id) {
      return;
    }
    const id = open.id;
    if (!(await confirmAction(t('kbRetireConfirm', { id }), t('kbRetire')))) {
      return;
    }
    const data = await kbApi.retire(id, open.revision);
    kb.revision = numberOrNull(data.revision);
    await closeEditor(true);
    say(kbView.entriesStatus, t('kbRetired', { id }));
    draftChanged('entry');
  });
}

export function bindSave() {
  on(kbView.editor, 'submit', (/** @type {Event} */ event) => {
    event.preventDefault();
    save().catch(showError);
  });
  on(kbView.retire, 'click', handle(retire));
  on(kbView.staleReapply, 'click', reapply);
}
