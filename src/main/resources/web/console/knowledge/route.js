// @ts-check
/**
 * Where the console is, as the page's address says after '#': "#knowledge/entries/contact-channels" opens the
 * knowledge view on that entry, anything else is the queue. Links and the back button move between them. No DOM.
 */

export const TABS = /** @type {const} */ (['entries', 'changes', 'versions', 'suggestions', 'synonyms']);

/** @typedef {{ knowledge: boolean, tab: typeof TABS[number], entry: string | null }} Route */

/**
 * @param {string | null | undefined} hash
 * @returns {Route}
 */
export function parseRoute(hash) {
  const parts = String(hash || '').replace(/^#\/?/, '').split('/').map(part => {
    try {
      return decodeURIComponent(part);
    } catch {
      return '';
    }
  });
  if (parts[0] !== 'knowledge') {
    return { knowledge: false, tab: 'entries', entry: null };
  }
  const tab = TABS.find(t => t === parts[1]) || 'entries';
  const entry = tab === 'entries' && parts[2] ? parts[2] : null;
  return { knowledge: true, tab, entry };
}

/**
 * The address of a route: "#knowledge/entries/contact-channels", "#knowledge/versions", "#queue".
 * @param {Partial<Route>} route
 */
export function routeHash(route) {
  if (!route.knowledge) {
    return '#queue';
  }
  const tab = route.tab || 'entries';
  return '#knowledge/' + tab + (tab === 'entries' && route.entry ? '/' + encodeURIComponent(route.entry) : '');
}
