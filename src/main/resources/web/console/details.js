// @ts-check
/** The open ticket's side cards: every detail the ticket holds, and the internal notes. */
import { el, fill, timeNode } from './dom.js';
import { lang, t } from './i18n.js';
import { detailRows } from './labels.js';
import { view } from './view.js';

/** @typedef {{ agent?: string, agentId?: string, text?: string, createdAt?: string }} Note */

/**
 * One row per detail the server sent (secrets are redacted there), labelled in the console's language.
 * @param {unknown} details
 */
export function renderDetails(details) {
  const all = details && typeof details === 'object' ? /** @type {Record<string, unknown>} */ (details) : {};
  const rows = detailRows(all, lang()).map(row => el('div', {
    class: 'detail', 'data-field': row.field, 'data-agent': 'detail-' + row.field
  }, [
    el('dt', {}, [row.label]),
    el('dd', {}, row.values.map(value => el('div', { class: 'detail-value' }, [value])))
  ]));
  fill(view.details, rows.length ? rows : [el('div', { class: 'muted' }, [t('noDetails')])]);
}

/** @param {Note[]} notes */
export function renderNotes(notes) {
  fill(view.notes, notes.map(noteNode));
}

/** @param {Note} note */
function noteNode(note) {
  return el('li', { class: 'note', 'data-agent': 'note' }, [
    el('div', { class: 'note-meta' }, [String(note.agent || ''), ' · ', timeNode(note.createdAt)]),
    el('div', { class: 'note-text' }, [String(note.text || '')])
  ]);
}
