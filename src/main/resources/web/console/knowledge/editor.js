// @ts-check
/**
 * The entry editor: opening an entry of the draft (or a new one) into the form, reading the form back, and
 * what it shows while the editor types: hints before the server refuses, example counts, the unsaved changes.
 */
import { attrs, el, fill } from '../dom.js';
import { lang, t } from '../i18n.js';
import { kbApi } from './api.js';
import { diffEntries, fieldWords } from './changes.js';
import { kbView, confirmAction, on, say } from './dom.js';
import { blankEntry, entryHints, entryToForm, fieldTestName, formToEntry, MIN_FAQ_EXAMPLES, readEntry, titleIn }
  from './entry.js';
import { markRoute } from './nav.js';
import { kb } from './state.js';
import { numberOrNull } from './text.js';

/** @typedef {import('./entry.js').Entry} Entry */
/** @typedef {import('./entry.js').EntryForm} EntryForm */

/** The form's text controls by EntryForm field. */
const CONTROLS = /** @type {const} */ ({ id: 'entryId', kind: 'entryKind', reason: 'entryReason', tags: 'entryTags',
  titleZh: 'entryTitleZh', titleZhHant: 'entryTitleZhHant', titleEn: 'entryTitleEn', answerZh: 'entryAnswerZh',
  answerZhHant: 'entryAnswerZhHant', answerEn: 'entryAnswerEn', examplesZh: 'entryExamplesZh',
  examplesEn: 'entryExamplesEn' });

/** @param {EntryForm} form */
export function fillForm(form) {
  for (const [field, control] of Object.entries(CONTROLS)) {
    kbView[control].value = form[/** @type {keyof typeof CONTROLS} */ (field)];
  }
  kb.followUps = form.followUps.slice();
  renderEditor();
}

/** @returns {EntryForm} */
export function readForm() {
  /** @type {Record<string, string>} */
  const values = {};
  for (const [field, control] of Object.entries(CONTROLS)) {
    values[field] = String(kbView[control].value);
  }
  return /** @type {EntryForm} */ ({ ...values, followUps: kb.followUps.slice() });
}

/** The entry the form describes now. */
export function formEntry() {
  return formToEntry(readForm(), kb.open ? kb.open.entry : undefined);
}

/** Whether the form holds edits not saved to the draft. */
export function isDirty() {
  return !!kb.open && diffEntries(kb.open.entry, formEntry()).length > 0;
}

/** Asks before edits are thrown away; true when there are none or the editor lets them go. */
async function mayLeave() {
  return !isDirty() || confirmAction(t('kbLeaveConfirm'), t('kbLeave'));
}

/**
 * @param {Entry} entry the form's starting point
 * @param {{ id: string | null, revision: number | null, isNew: boolean, origin?: number[] }} how
 */
function show(entry, how) {
  kb.open = { id: how.id, revision: how.revision, entry, isNew: how.isNew, origin: how.origin || [] };
  kb.stash = null;
  say(kbView.stale, null);
  kbView.staleReapply.hidden = true;
  say(kbView.entryError, null);
  kbView.entryStatus.textContent = '';
  kbView.editor.hidden = false;
  kbView.noEntry.hidden = true;
  attrs(kbView.panelEntries, { 'data-editing': '' });
  attrs(kbView.editor, { 'data-entry-id': how.id, 'data-mode': how.isNew ? 'new' : 'edit' });
  fillForm(entryToForm(entry));
}

/**
 * Opens entry `id` of the draft. With `reload`, it is fetched again even if open, and edits are not asked about.
 * @param {string} id
 * @param {boolean} [reload]
 */
export async function openEntry(id, reload) {
  if (kb.open && kb.open.id === id && !reload) {
    return;
  }
  if (!reload && !(await mayLeave())) {
    markRoute({ tab: 'entries', entry: kb.open ? kb.open.id : null });
    return;
  }
  const data = await kbApi.entry(id);
  show(readEntry(data.entry), { id, revision: numberOrNull(data.revision), isNew: false });
  kb.revision = numberOrNull(data.revision);
  markRoute({ tab: 'entries', entry: id });
  renderOpenInList();
}

/**
 * Starts a new entry, blank or from `entry` (a suggestion group's); `origin` are the suggested messages it was
 * started from. False when the editor kept the edits already open.
 * @param {Entry} [entry]
 * @param {number[]} [origin]
 */
export async function openNew(entry, origin) {
  if (!(await mayLeave())) {
    return false;
  }
  show(entry || blankEntry(), { id: null, revision: null, isNew: true, origin });
  markRoute({ tab: 'entries' });
  renderOpenInList();
  kbView.entryId.focus();
  return true;
}

/**
 * Closes the editor; false when the editor kept unsaved edits. `force` closes without asking.
 * @param {boolean} [force]
 */
export async function closeEditor(force) {
  if (!force && !(await mayLeave())) {
    return false;
  }
  kb.open = null;
  kb.stash = null;
  kbView.editor.hidden = true;
  kbView.noEntry.hidden = false;
  attrs(kbView.panelEntries, { 'data-editing': null });
  attrs(kbView.editor, { 'data-entry-id': null, 'data-mode': null });
  markRoute({ tab: 'entries' });
  renderOpenInList();
  return true;
}

/** Marks the open entry's row in the list. */
export function renderOpenInList() {
  kbView.entryList.querySelectorAll('[data-test="kb-entry-row"]').forEach((/** @type {Element} */ row) => {
    attrs(row, { 'aria-current': kb.open && kb.open.id === row.getAttribute('data-entry-id') ? 'true' : null });
  });
}

/** Everything the form shows besides its values: heading, hints, counts, unsaved changes, follow-ups. */
export function renderEditor() {
  const open = kb.open;
  if (!open) {
    return;
  }
  const entry = formEntry();
  const language = lang();
  kbView.entryHeading.textContent = open.isNew ? t('kbNewEntry') : titleIn(entry.title, language) || entry.id;
  kbView.entryChangedMark.hidden = open.isNew || !open.entry.changed;
  kbView.entryId.readOnly = !open.isNew;
  kbView.retire.hidden = open.isNew;
  kbView.entryReasonField.hidden = entry.kind !== 'urgent' && !entry.reason;
  const hints = entryHints(entry, { ids: kb.all.map(row => row.id), isNew: open.isNew });
  fill(kbView.entryHints, hints.map(h => el('li', { 'data-test': 'kb-entry-hint', 'data-field': h.field },
    [fieldWords(h.field, language) + (language === 'zh' ? '：' : ': ') + t(h.key, h.vars)])));
  const invalid = new Set(hints.map(h => fieldTestName(h.field)));
  kbView.editor.querySelectorAll('[data-test^="kb-entry-"]').forEach((/** @type {Element} */ node) => {
    if (node.matches('input, textarea, select, ul')) {
      attrs(node, { 'aria-invalid': invalid.has(String(node.getAttribute('data-test'))) ? 'true' : null });
    }
  });
  for (const language of /** @type {const} */ (['zh', 'en'])) {
    const n = entry.examples[language].length;
    const node = kbView['entryExamples' + (language === 'zh' ? 'Zh' : 'En') + 'Count'];
    node.textContent = entry.kind === 'faq' ? t('kbCountOf', { n, min: MIN_FAQ_EXAMPLES }) : String(n);
    attrs(node, { 'data-short': entry.kind === 'faq' && n < MIN_FAQ_EXAMPLES });
  }
  const dev = entry.dev.zh.length + entry.dev.en.length;
  say(kbView.entryDev, dev ? t('kbDevKept', { n: dev }) : null);
  const unsaved = open.isNew ? [] : diffEntries(open.entry, entry);
  say(kbView.entryUnsaved, open.isNew ? t('kbNotSavedYet')
    : unsaved.length ? t('kbUnsaved', { fields: unsaved.map(f => fieldWords(f, language)).join(language === 'zh' ? '、' : ', ') })
      : null);
  renderFollowUps(entry.id);
}

/** @param {string} self the open entry's id, never its own follow-up */
function renderFollowUps(self) {
  const language = lang();
  const byId = new Map(kb.all.map(row => [row.id, row]));
  /** @param {string} id */
  const label = id => {
    const row = byId.get(id);
    const title = row ? titleIn(row.title, language) : '';
    return title ? title + ' (' + id + ')' : id;
  };
  fill(kbView.entryFollowUps, kb.followUps.map(id => el('li', { class: 'kb-chip', 'data-test': 'kb-entry-follow-up',
    'data-entry-id': id, 'data-known': byId.has(id) }, [el('span', {}, [label(id)]),
    el('button', { type: 'button', class: 'kb-chip-remove', 'data-test': 'kb-entry-follow-up-remove',
      'aria-label': t('kbRemoveFollowUp', { id }), title: t('kbRemoveFollowUp', { id }) }, ['×'])])));
  const choices = kb.all.filter(row => row.id !== self && !kb.followUps.includes(row.id));
  fill(kbView.entryFollowUpAdd, [el('option', { value: '' }, [t('kbAddFollowUp')]),
    ...choices.map(row => el('option', { value: row.id }, [label(row.id)]))]);
  kbView.entryFollowUpAdd.disabled = choices.length === 0;
}

export function bindEditor() {
  on(kbView.editor, 'input', renderEditor);
  on(kbView.editor, 'change', renderEditor);
  on(kbView.entryFollowUpAdd, 'change', () => {
    const id = String(kbView.entryFollowUpAdd.value);
    if (id && !kb.followUps.includes(id)) {
      kb.followUps.push(id);
    }
    renderEditor();
    kbView.entryFollowUpAdd.focus();
  });
  on(kbView.entryFollowUps, 'click', (/** @type {Event} */ event) => {
    const button = event.target instanceof Element ? event.target.closest('[data-test="kb-entry-follow-up-remove"]') : null;
    const chip = button && button.closest('[data-test="kb-entry-follow-up"]');
    if (chip) {
      kb.followUps = kb.followUps.filter(id => id !== chip.getAttribute('data-entry-id'));
      renderEditor();
      kbView.entryFollowUpAdd.focus();
    }
  });
  on(kbView.entryBack, 'click', () => {
    closeEditor(false).catch(() => {});
  });
}
