// @ts-check
/** The draft's entries: searching and filtering them, the list with each one's kind and a "changed" mark. */
import { el, fill } from '../dom.js';
import { lang, pick, t } from '../i18n.js';
import { humanize } from '../labels.js';
import { showError } from '../view.js';
import { kbApi } from './api.js';
import { handle, kbView, on, say } from './dom.js';
import { openNew, renderEditor, renderOpenInList } from './editor.js';
import { KINDS, titleIn } from './entry.js';
import { onDraftChange, onTab } from './nav.js';
import { routeHash } from './route.js';
import { kb } from './state.js';
import { numberOrNull } from './text.js';
import { KIND_LABELS } from './strings.js';

const SEARCH_DELAY_MS = 250;

/** @typedef {import('./state.js').EntryRow} EntryRow */

/** @type {ReturnType<typeof setTimeout> | undefined} */
let searchTimer;

/**
 * A kind in words ("FAQ answer", "Urgent: funds at risk").
 * @param {string} kind
 */
export function kindLabel(kind) {
  const pair = Object.prototype.hasOwnProperty.call(KIND_LABELS, kind) ? KIND_LABELS[kind] : undefined;
  return pair ? pick(pair, lang()) : humanize(kind);
}

/**
 * @param {any} data
 * @returns {EntryRow[]}
 */
function rows(data) {
  const list = data && Array.isArray(data.entries) ? data.entries : [];
  return list.filter((/** @type {any} */ e) => e && e.id).map((/** @type {any} */ e) => ({ id: String(e.id),
    kind: String(e.kind || ''), title: e.title, examples: Number(e.examples) || 0, changed: !!e.changed }));
}

/**
 * Loads every entry of the draft (for ids and follow-ups) and, while searching, the entries that match.
 * `loud` shows a failure in the banner.
 * @param {boolean} loud
 */
export async function loadEntries(loud) {
  const load = ++kb.listLoad;
  const searching = !!(kb.query || kb.kind);
  try {
    const [all, found] = await Promise.all([kbApi.entries(),
      searching ? kbApi.entries(kb.query, kb.kind) : Promise.resolve(null)]);
    if (load !== kb.listLoad) {
      return;
    }
    kb.revision = numberOrNull(all.revision);
    kb.base = numberOrNull(all.base);
    kb.all = rows(all);
    kb.entries = found ? rows(found) : kb.all;
    renderEntries();
    renderEditor();
  } catch (e) {
    if (loud) {
      showError(e);
    }
  }
}

export function renderEntries() {
  const language = lang();
  fill(kbView.entryList, kb.entries.map(row => el('li', {}, [
    el('a', { class: 'kb-entry', href: routeHash({ knowledge: true, tab: 'entries', entry: row.id }),
      'data-test': 'kb-entry-row', 'data-entry-id': row.id, 'data-kind': row.kind, 'data-changed': row.changed }, [
      el('span', { class: 'kb-entry-title' }, [titleIn(row.title, language) || row.id]),
      el('span', { class: 'kb-entry-meta' }, [
        el('code', {}, [row.id]),
        el('span', { class: 'badge', 'data-kind': 'entry-kind', 'data-value': row.kind }, [kindLabel(row.kind)]),
        el('span', {}, [t('kbExampleCount', { n: row.examples })]),
        row.changed ? el('span', { class: 'badge kb-changed', 'data-test': 'kb-entry-changed',
          title: t('kbChangedTitle') }, [t('kbChanged')]) : null
      ])
    ])
  ])));
  kbView.entriesEmpty.hidden = kb.entries.length > 0;
  renderOpenInList();
}

/** The kind filter's and the form's kind options, in the console's language. */
export function fillKindOptions() {
  const chosen = kbView.kindFilter.value;
  fill(kbView.kindFilter, [el('option', { value: '' }, [t('kbAllKinds')]),
    ...KINDS.map(kind => el('option', { value: kind }, [kindLabel(kind)]))]);
  kbView.kindFilter.value = chosen;
  const kind = kbView.entryKind.value;
  fill(kbView.entryKind, KINDS.map(k => el('option', { value: k }, [kindLabel(k)])));
  kbView.entryKind.value = kind || 'faq';
}

function onSearch() {
  clearTimeout(searchTimer);
  searchTimer = setTimeout(() => {
    kb.query = String(kbView.search.value).trim();
    loadEntries(true);
  }, SEARCH_DELAY_MS);
}

export function bindEntries() {
  fillKindOptions();
  on(kbView.search, 'input', onSearch);
  on(kbView.search, 'search', onSearch);
  on(kbView.kindFilter, 'change', () => {
    kb.kind = String(kbView.kindFilter.value);
    loadEntries(true);
  });
  on(kbView.new, 'click', handle(async () => {
    say(kbView.entriesStatus, null);
    await openNew();
  }));
  onTab('entries', () => loadEntries(true));
  onDraftChange(() => loadEntries(false));
}

/** Empties the list (signing out). */
export function clearEntries() {
  clearTimeout(searchTimer);
  kbView.search.value = '';
  kbView.kindFilter.value = '';
  fill(kbView.entryList, []);
  kbView.entriesEmpty.hidden = true;
  say(kbView.entriesStatus, null);
}
