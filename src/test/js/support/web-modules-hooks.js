// @ts-check
// Module hooks registered by web-modules.js; they run on Node's loader thread.
const WEB = new URL('../../../main/resources/web/', import.meta.url).href;

/**
 * @param {string} url
 * @param {{format?: string | null}} context
 * @param {(url: string, context?: object) => Promise<object>} nextLoad
 */
export async function load(url, context, nextLoad) {
  if (url.startsWith(WEB) && url.endsWith('.js')) {
    return nextLoad(url, { ...context, format: 'module' });
  }
  return nextLoad(url, context);
}
