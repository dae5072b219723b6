// @ts-check
/**
 * The learning loop's suggestions: groups of questions Baton could not answer, most asked first. The editor
 * ticks the questions that belong together, then adds them as examples of an entry, starts a new entry from
 * them, or dismisses them.
 */
import { el, fill, timeNode } from '../dom.js';
import { percent } from '../format.js';
import { lang, t } from '../i18n.js';
import { languageLabel } from '../labels.js';
import { showError } from '../view.js';
import { kbApi } from './api.js';
import { failure, kbView, on, say } from './dom.js';
import { openNew } from './editor.js';
import { titleIn } from './entry.js';
import { loadEntries } from './entries.js';
import { draftChanged, go, onTab } from './nav.js';
import { draftRevision } from './save.js';
import { kb } from './state.js';
import { chosenMessages, decisionWords, entryFromGroup, readGroups } from './suggest.js';

/** @typedef {import('./suggest.js').Group} Group */
/** @typedef {import('./suggest.js').SuggestedMessage} SuggestedMessage */

export async function loadSuggestions() {
  const [data] = await Promise.all([kbApi.suggestions(), kb.all.length ? null : loadEntries(false)]);
  kb.groups = readGroups(data);
  for (const group of kb.groups) {
    if (!kb.picked.has(group.id)) {
      kb.picked.set(group.id, new Set(group.messages.map(m => m.id)));
    }
  }
  renderSuggestions();
}

function renderSuggestions() {
  fill(kbView.suggestions, kb.groups.map(groupNode));
  kbView.suggestionsEmpty.hidden = kb.groups.length > 0;
}

/** @param {Group} group */
function picked(group) {
  return kb.picked.get(group.id) || new Set();
}

/** @param {Group} group */
function groupNode(group) {
  const language = lang();
  const chosen = picked(group);
  const busy = kb.busyGroups.has(group.id);
  const none = chosenMessages(group, chosen).length === 0;
  const entries = kb.all.map(row => el('option', { value: row.id }, [(titleIn(row.title, language) || row.id) + ' (' + row.id + ')']));
  const select = el('select', { 'data-test': 'kb-group-entry', 'aria-label': t('kbAddToEntry') },
    [el('option', { value: '' }, [t('kbChooseEntry')]), ...entries]);
  const target = kb.targets.get(group.id) || group.suggestedEntry;
  /** @type {HTMLSelectElement} */ (select).value = target && kb.all.some(r => r.id === target) ? target : '';
  return el('li', { class: 'kb-group', 'data-test': 'kb-group', 'data-group-id': group.id, 'aria-busy': busy }, [
    el('div', { class: 'kb-group-head' }, [
      el('b', { 'data-test': 'kb-group-size' }, [t('kbGroupSize', { n: group.size })]),
      el('span', { class: 'kb-group-last' }, [t('kbGroupLast'), ' ', timeNode(group.lastAt)]),
      el('span', { class: 'kb-terms', 'data-test': 'kb-group-terms' }, group.terms.map(term =>
        el('span', { class: 'kb-term' }, [term])))
    ]),
    el('p', { class: 'hint', 'data-test': 'kb-group-suggested' }, [group.suggestedEntry
      ? t('kbGroupSuggested', { id: group.suggestedEntry }) : t('kbGroupNoSuggestion')]),
    el('ul', { class: 'kb-group-messages' }, group.messages.map(m => messageNode(m, chosen.has(m.id), busy))),
    el('div', { class: 'kb-group-actions' }, [
      el('label', { class: 'kb-group-target' }, [el('span', {}, [t('kbAddToEntry')]), select]),
      el('button', { type: 'button', class: 'btn small primary', 'data-test': 'kb-group-accept', 'data-action': 'accept',
        disabled: busy || none ? '' : null }, [t('kbAccept')]),
      el('button', { type: 'button', class: 'btn small', 'data-test': 'kb-group-new', 'data-action': 'new',
        disabled: busy || none ? '' : null }, [t('kbNewFromGroup')]),
      el('button', { type: 'button', class: 'btn small', 'data-test': 'kb-group-dismiss', 'data-action': 'dismiss',
        disabled: busy || none ? '' : null }, [t('kbDismiss')])
    ])
  ]);
}

/**
 * @param {SuggestedMessage} m
 * @param {boolean} ticked
 * @param {boolean} busy
 */
function messageNode(m, ticked, busy) {
  const language = lang();
  const facts = [languageLabel(m.language, language), decisionWords(m.decision, language),
    m.intent ? m.intent + (m.confidence === null ? '' : ' ' + percent(m.confidence)) : percent(m.confidence)];
  return el('li', { class: 'kb-group-message', 'data-test': 'kb-group-message', 'data-message-id': m.id }, [
    el('label', {}, [
      el('input', { type: 'checkbox', 'data-test': 'kb-group-pick', 'data-message-id': m.id, checked: ticked ? '' : null,
        disabled: busy ? '' : null }),
      el('span', { class: 'kb-message-text' }, [m.text])
    ]),
    el('div', { class: 'kb-message-meta' }, [facts.filter(Boolean).join(' · '), ' · ', timeNode(m.at)]),
    m.agentReply ? el('div', { class: 'kb-agent-reply', 'data-test': 'kb-group-reply' },
      [el('b', {}, [t('kbAgentReplied')]), ' ', m.agentReply]) : null
  ]);
}

/**
 * Runs one action on a group; its messages that the action took leave the list.
 * @param {Group} group
 * @param {(ids: number[]) => Promise<string | null>} work returns the status to show, or null when nothing happened
 */
async function onGroup(group, work) {
  const ids = chosenMessages(group, picked(group)).map(m => m.id);
  if (!ids.length || kb.busyGroups.has(group.id)) {
    return;
  }
  kb.busyGroups.add(group.id);
  renderSuggestions();
  try {
    const status = await work(ids);
    if (status !== null) {
      group.messages = group.messages.filter(m => !ids.includes(m.id));
      kb.groups = kb.groups.filter(g => g.messages.length > 0);
      say(kbView.suggestionsStatus, status);
    }
  } finally {
    kb.busyGroups.delete(group.id);
    renderSuggestions();
  }
}

/**
 * @param {Group} group
 * @param {string} entryId
 */
function accept(group, entryId) {
  return onGroup(group, async ids => {
    let data;
    try {
      data = await kbApi.accept(ids, entryId, await draftRevision());
    } catch (e) {
      if (failure(e).code !== 'stale_draft') {
        throw e;
      }
      // Adding examples cannot undo anyone's change: take the current revision and add them again.
      kb.revision = null;
      data = await kbApi.accept(ids, entryId, await draftRevision());
    }
    kb.revision = typeof data.revision === 'number' ? data.revision : null;
    draftChanged();
    return t('kbAccepted', { n: Number(data.accepted) || ids.length, id: entryId });
  });
}

/** @param {Group} group */
async function startEntry(group) {
  const chosen = chosenMessages(group, picked(group));
  if (chosen.length && await openNew(entryFromGroup(group, chosen, kb.all.map(r => r.id)), chosen.map(m => m.id))) {
    go({ tab: 'entries' });
  }
}

/** @param {Group} group */
function dismiss(group) {
  return onGroup(group, async ids => {
    const data = await kbApi.dismiss(ids);
    return t('kbDismissed', { n: Number(data.dismissed) || ids.length });
  });
}

/** @param {Event} event */
function onSuggestionEvent(event) {
  const target = event.target instanceof Element ? event.target : null;
  const node = target && target.closest('[data-test="kb-group"]');
  const group = node && kb.groups.find(g => g.id === node.getAttribute('data-group-id'));
  if (!target || !node || !group) {
    return;
  }
  if (event.type === 'change' && target.matches('[data-test="kb-group-entry"]')) {
    kb.targets.set(group.id, /** @type {HTMLSelectElement} */ (target).value);
    return;
  }
  if (event.type === 'change' && target.matches('[data-test="kb-group-pick"]')) {
    const id = Number(target.getAttribute('data-message-id'));
    const set = picked(group);
    if (/** @type {HTMLInputElement} */ (target).checked) {
      set.add(id);
    } else {
      set.delete(id);
    }
    kb.picked.set(group.id, set);
    const none = chosenMessages(group, set).length === 0;
    node.querySelectorAll('[data-action]').forEach(b => { /** @type {HTMLButtonElement} */ (b).disabled = none; });
    return;
  }
  const action = event.type === 'click' ? target.closest('[data-action]') : null;
  const name = action && action.getAttribute('data-action');
  if (name === 'accept') {
    const select = /** @type {HTMLSelectElement | null} */ (node.querySelector('[data-test="kb-group-entry"]'));
    const entryId = select ? select.value : '';
    if (!entryId) {
      say(kbView.suggestionsStatus, t('kbChooseEntryFirst'));
      if (select) {
        select.focus();
      }
      return;
    }
    accept(group, entryId).catch(showError);
  } else if (name === 'new') {
    startEntry(group).catch(showError);
  } else if (name === 'dismiss') {
    dismiss(group).catch(showError);
  }
}

export function bindSuggestions() {
  onTab('suggestions', () => loadSuggestions().catch(showError));
  on(kbView.suggestions, 'click', onSuggestionEvent);
  on(kbView.suggestions, 'change', onSuggestionEvent);
  on(kbView.suggestionsRefresh, 'click', () => {
    say(kbView.suggestionsStatus, null);
    loadSuggestions().catch(showError);
  });
}

/** Forgets what was shown (signing out). */
export function clearSuggestions() {
  fill(kbView.suggestions, []);
  say(kbView.suggestionsStatus, null);
}
