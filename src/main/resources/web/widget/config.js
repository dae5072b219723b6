// @ts-check
/** Where the widget's API lives and which tag configures it. */

/**
 * The API base: the page's explicit data-baton-url if any, else the folder the widget was served from (the
 * parent of this module's folder, where widget.js lives). Always ends in '/', without query or fragment.
 *
 * @param {string | null | undefined} explicit data-baton-url, relative to the page
 * @param {string} moduleUrl this module's URL (import.meta.url)
 * @param {string} pageUrl the page's URL
 */
export function resolveBase(explicit, moduleUrl, pageUrl) {
  const url = explicit ? new URL(explicit, pageUrl) : new URL('../', moduleUrl);
  url.search = '';
  url.hash = '';
  const href = url.href;
  return href.endsWith('/') ? href : href + '/';
}

/**
 * The script tag that embedded the widget, whose data-baton-* attributes configure it: the module's own tag,
 * or the classic widget.js loader's. Null when neither is on the page (the module was imported some other way).
 *
 * @param {Document} doc
 * @param {string} moduleUrl this module's URL (import.meta.url)
 * @returns {HTMLScriptElement | null}
 */
export function embeddingScript(doc, moduleUrl) {
  const ours = [moduleUrl, new URL('../widget.js', moduleUrl).href];
  const scripts = doc.querySelectorAll('script[src]');
  for (const script of Array.from(scripts)) {
    if (ours.includes(/** @type {HTMLScriptElement} */ (script).src)) {
      return /** @type {HTMLScriptElement} */ (script);
    }
  }
  return null;
}
