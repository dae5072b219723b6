// @ts-check
/**
 * Published versions: the list (newest first, the live one marked), a version's changes and gate report,
 * rolling back to one, downloading one as a corpus zip, and importing a zip into the draft.
 */
import { attrs, el, fill, timeNode } from '../dom.js';
import { t } from '../i18n.js';
import { showError } from '../view.js';
import { exportName, kbApi } from './api.js';
import { confirmAction, failure, failureText, handle, kbView, on, say } from './dom.js';
import { draftChanged, onTab } from './nav.js';
import { renderHead } from './publish.js';
import { changeList, renderGate } from './report.js';
import { kb } from './state.js';
import { numberOrNull } from './text.js';

/** How long a downloaded export's object URL stays valid: long enough for the browser to start saving it. */
const EXPORT_URL_MS = 60000;

/** @typedef {import('./state.js').Version} Version */

/**
 * @param {any} raw
 * @returns {Version}
 */
function readVersion(raw) {
  const v = raw && typeof raw === 'object' ? raw : {};
  return { number: Number(v.number), author: String(v.author || ''), publishedAt: String(v.publishedAt || ''),
    note: String(v.note || ''), live: !!v.live, changes: Array.isArray(v.changes) ? v.changes.length : Number(v.changes) || 0 };
}

export async function loadVersions() {
  const data = await kbApi.versions();
  kb.live = numberOrNull(data.live);
  kb.versions = (Array.isArray(data.versions) ? data.versions : []).map(readVersion)
    .filter((/** @type {Version} */ v) => Number.isInteger(v.number));
  renderVersions();
  renderHead();
}

function renderVersions() {
  fill(kbView.versions, kb.versions.map(v => {
    const live = v.live || v.number === kb.live;
    return el('li', { class: 'kb-version', 'data-test': 'kb-version', 'data-version': v.number, 'data-live': live }, [
      el('div', { class: 'kb-version-top' }, [
        el('b', {}, [t('kbVersion', { n: v.number })]),
        live ? el('span', { class: 'badge', 'data-kind': 'version', 'data-value': 'live' }, [t('kbLive')]) : null,
        el('span', { class: 'kb-version-meta' }, [v.author, v.author ? ' · ' : null, timeNode(v.publishedAt), ' · ',
          t('kbChangeCount', { n: v.changes })])
      ]),
      v.note ? el('div', { class: 'kb-version-note' }, [v.note]) : null,
      el('div', { class: 'kb-version-actions' }, [
        button('open', v.number, t('kbVersionDetails'), ''),
        button('export', v.number, t('kbExport'), ''),
        live ? null : button('rollback', v.number, t('kbRollback'), '')
      ])
    ]);
  }));
  kbView.versionsEmpty.hidden = kb.versions.length > 0;
}

/**
 * @param {string} action
 * @param {number} n
 * @param {string} label
 * @param {string} kind
 */
function button(action, n, label, kind) {
  const name = action === 'open' ? 'kb-version-open-' + n : 'kb-' + action + '-' + n;
  return el('button', { type: 'button', class: 'btn small ' + kind, 'data-test': name, 'data-action': action,
    'data-version': n }, [label]);
}

/** @param {number} n */
async function openVersion(n) {
  const data = await kbApi.version(n);
  const v = readVersion(data.version);
  const changes = data.version && Array.isArray(data.version.changes) ? data.version.changes : [];
  const detail = kbView.versionDetail;
  attrs(detail, { 'data-version': n }).hidden = false;
  const gate = el('div', { class: 'kb-gate', 'data-test': 'kb-version-gate' });
  fill(detail, [
    el('h3', {}, [t('kbVersion', { n })]),
    el('p', { class: 'hint' }, [v.author, v.author ? ' · ' : null, timeNode(v.publishedAt), v.note ? ' · ' + v.note : null]),
    el('h4', {}, [t('kbVersionChanges')]),
    changes.length ? changeList(changes, 'kb-version-changes') : el('p', { class: 'empty' }, [t('kbNoChangeList')]),
    el('h4', {}, [t('kbVersionGate')]),
    gate
  ]);
  renderGate(gate, data.version ? data.version.gate : null);
  detail.scrollIntoView({ block: 'nearest' });
}

/** @param {number} n */
async function rollback(n) {
  if (!(await confirmAction(t('kbRollbackConfirm', { n }), t('kbRollback')))) {
    return;
  }
  const data = await kbApi.rollback(n);
  kb.live = numberOrNull(data.live);
  say(kbView.versionsStatus, t('kbRolledBack', { n }));
  await loadVersions();
  draftChanged();
}

/**
 * Downloads version n's corpus: the zip is fetched with the bearer token and saved from a blob.
 * @param {number} n
 */
async function download(n) {
  const blob = await kbApi.exportZip(n);
  const url = URL.createObjectURL(blob);
  const link = el('a', { href: url, download: exportName(n), hidden: '' });
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), EXPORT_URL_MS);
}

/** @param {Event} event */
function onVersionAction(event) {
  const target = event.target instanceof Element ? event.target.closest('[data-action]') : null;
  if (!target) {
    return;
  }
  const n = Number(target.getAttribute('data-version'));
  const action = target.getAttribute('data-action');
  const work = action === 'open' ? openVersion : action === 'export' ? download : action === 'rollback' ? rollback : null;
  if (work && Number.isInteger(n)) {
    work(n).catch(showError);
  }
}

async function importZip() {
  const file = kbView.importFile.files && kbView.importFile.files[0];
  if (!file || !(await confirmAction(t('kbImportConfirm', { name: file.name }), t('kbImport')))) {
    return;
  }
  const result = kbView.importResult;
  kbView.import.disabled = true;
  try {
    const data = await kbApi.importZip(file);
    kb.revision = numberOrNull(data.revision);
    const changes = Array.isArray(data.changes) ? data.changes : [];
    attrs(result, { 'data-outcome': 'imported' }).hidden = false;
    fill(result, [el('p', {}, [t('kbImported', { name: file.name, n: changes.length })]),
      changes.length ? changeList(changes, 'kb-import-changes') : null]);
    kbView.importFile.value = '';
    draftChanged();
  } catch (e) {
    if (failure(e).status !== 400) {
      throw e;
    }
    attrs(result, { 'data-outcome': 'refused' }).hidden = false;
    fill(result, [el('p', { role: 'alert' }, [failureText(e)])]);
  } finally {
    kbView.import.disabled = !(kbView.importFile.files && kbView.importFile.files.length);
  }
}

export function bindVersions() {
  onTab('versions', () => loadVersions().catch(showError));
  on(kbView.versions, 'click', onVersionAction);
  on(kbView.importFile, 'change', () => {
    kbView.import.disabled = !(kbView.importFile.files && kbView.importFile.files.length);
  });
  on(kbView.import, 'click', handle(importZip));
}

/** Forgets what was shown (signing out). */
export function clearVersions() {
  fill(kbView.versions, []);
  fill(kbView.versionDetail, []).hidden = true;
  fill(kbView.importResult, []).hidden = true;
  say(kbView.versionsStatus, null);
  kbView.importFile.value = '';
  kbView.import.disabled = true;
}
