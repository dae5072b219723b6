// @ts-check
/**
 * Moving about the knowledge view: which tab shows, the page's address, and telling the parts that show the
 * draft when it changed (so a save updates the list, the changes count and the header together).
 */
import { attrs } from '../dom.js';
import { kbView } from './dom.js';
import { routeHash, TABS } from './route.js';
import { kb } from './state.js';

/** @typedef {import('./route.js').Route} Route */

/** @type {Map<string, () => unknown>} */
const loaders = new Map();
/** @type {((source: string) => unknown)[]} */
const draftListeners = [];

/**
 * What to load when `tab` is shown.
 * @param {string} tab
 * @param {() => unknown} load
 */
export function onTab(tab, load) {
  loaders.set(tab, load);
}

/** @param {(source: string) => unknown} listener called after the draft changed */
export function onDraftChange(listener) {
  draftListeners.push(listener);
}

/**
 * The draft changed (a save, a retire, an import, a publish): everything that shows it reloads.
 * @param {string} [source] 'entry' when the open entry's own save or retire changed it (the editor is current)
 */
export function draftChanged(source) {
  draftListeners.forEach(listener => listener(source || ''));
}

/** @type {() => void} */
let showRoute = () => {};

/** @param {() => void} show what shows the address's route (the view's shell) */
export function onRoute(show) {
  showRoute = show;
}

/**
 * Goes to a route through the address, so the back button returns; an address already there is shown again.
 * @param {Partial<Route>} route
 */
export function go(route) {
  const hash = routeHash({ knowledge: true, ...route });
  if (location.hash === hash) {
    showRoute();
  } else {
    location.hash = hash;
  }
}

/**
 * Shows `route` in the address without going there again (the view already shows it).
 * @param {Partial<Route>} route
 */
export function markRoute(route) {
  const hash = routeHash({ knowledge: true, ...route });
  if (location.hash !== hash) {
    history.replaceState(history.state, '', hash);
  }
}

/**
 * Shows one tab's panel and loads what it shows.
 * @param {string} tab
 */
export function showTab(tab) {
  for (const name of TABS) {
    const panel = kbView['panel' + name.charAt(0).toUpperCase() + name.slice(1)];
    const link = kbView['tab' + name.charAt(0).toUpperCase() + name.slice(1)];
    panel.hidden = name !== tab;
    attrs(link, { 'aria-current': name === tab ? 'page' : null });
  }
  attrs(kbView.root, { 'data-tab': tab });
  kb.route = { ...kb.route, tab: /** @type {Route['tab']} */ (tab) };
  const load = loaders.get(tab);
  if (load) {
    load();
  }
}
