// @ts-check
/**
 * The knowledge view, for agents who hold the editor right: a link beside the queue opens it, the page's
 * address says which tab and entry it shows, and signing out forgets it. Everything else lives in the modules
 * beside this one.
 */
import { attrs } from '../dom.js';
import { state } from '../state.js';
import { showError, view } from '../view.js';
import { bindKnowledgeView, kbView, on } from './dom.js';
import { bindEditor, closeEditor, isDirty, openEntry } from './editor.js';
import { bindEntries, clearEntries, fillKindOptions } from './entries.js';
import { onDraftChange, onRoute, showTab } from './nav.js';
import { bindPublish, clearPublish, loadHead } from './publish.js';
import { parseRoute } from './route.js';
import { bindSave } from './save.js';
import { kb, resetKnowledge } from './state.js';
import { bindSuggestions, clearSuggestions } from './suggestions.js';
import { bindSynonyms, clearSynonyms } from './synonyms.js';
import { bindTry, clearTry } from './try.js';
import { bindVersions, clearVersions } from './versions.js';

function isEditor() {
  return !!(state.me && state.me.editor);
}

/** @param {boolean} shown */
function showKnowledge(shown) {
  kb.shown = shown;
  kbView.root.hidden = !shown;
  attrs(view.console, { 'data-view': shown ? 'knowledge' : null });
  attrs(kbView.viewQueue, { 'aria-current': shown ? null : 'page' });
  attrs(kbView.viewKnowledge, { 'aria-current': shown ? 'page' : null });
}

/** Shows what the address asks for: the queue, or a tab of the knowledge view and maybe an entry. */
export function route() {
  const r = parseRoute(location.hash);
  if (!r.knowledge || !isEditor()) {
    showKnowledge(false);
    return;
  }
  showKnowledge(true);
  if (!kb.headLoaded) {
    kb.headLoaded = true;
    loadHead();
  }
  kb.route = r;
  showTab(r.tab);
  if (r.tab === 'entries' && r.entry && (!kb.open || kb.open.id !== r.entry)) {
    openEntry(r.entry).catch(showError);
  }
}

/**
 * After someone else's change reached the draft (a discard, a rollback, an import, a publish), an entry open
 * without edits is reloaded; one that no longer exists closes.
 * @param {string} source
 */
function refreshOpenEntry(source) {
  const open = kb.open;
  if (source === 'entry' || !open || !open.id || open.isNew || isDirty()) {
    return;
  }
  openEntry(open.id, true).catch(e => {
    if (e && e.status === 404) {
      closeEditor(true);
    } else {
      showError(e);
    }
  });
}

/** Wires the view's controls; once, when the page loads. */
export function bindKnowledge() {
  bindKnowledgeView();
  bindEntries();
  bindEditor();
  bindSave();
  bindPublish();
  bindVersions();
  bindSuggestions();
  bindSynonyms();
  bindTry();
  onDraftChange(refreshOpenEntry);
  onRoute(route);
  on(window, 'hashchange', route);
}

/** After signing in: the link beside the queue for editors, and the view if the address asks for it. */
export function startKnowledge() {
  // Supervisors see the nav for the dashboard's link; the knowledge link is for editors only.
  kbView.nav.hidden = !isEditor() && !(state.me && state.me.supervisor);
  kbView.viewKnowledge.hidden = !isEditor();
  fillKindOptions();
  route();
}

/** Signing out: nothing of the last editor's work stays on the page. */
export function stopKnowledge() {
  resetKnowledge();
  kbView.nav.hidden = true;
  showKnowledge(false);
  kbView.editor.hidden = true;
  kbView.noEntry.hidden = false;
  attrs(kbView.panelEntries, { 'data-editing': null });
  clearEntries();
  clearPublish();
  clearVersions();
  clearSuggestions();
  clearSynonyms();
  clearTry();
}
