// @ts-check
/**
 * Texts as an editor types them and the lists the knowledge API takes (examples one per line, tags and
 * synonyms separated by commas, Chinese or Latin), and plain values read from server data. No DOM.
 */

/** What separates tags or the terms of a synonym group: commas, the Chinese enumeration comma, semicolons. */
const SEPARATORS = /[,，、;；]+/;

/**
 * The non-blank lines of `text`, trimmed, each kept once (the first time it appears).
 * @param {string | null | undefined} text
 * @returns {string[]}
 */
export function lines(text) {
  return unique(String(text || '').split(/\r?\n/));
}

/**
 * The terms of one comma-separated list, trimmed, each kept once.
 * @param {string | null | undefined} text
 * @returns {string[]}
 */
export function terms(text) {
  return unique(String(text || '').split(SEPARATORS));
}

/**
 * Tags are single words: commas or spaces separate them.
 * @param {string | null | undefined} text
 */
export function tagList(text) {
  return unique(String(text || '').split(/[\s,，、;；]+/));
}

/** @param {string[]} values */
function unique(values) {
  /** @type {string[]} */
  const kept = [];
  for (const value of values.map(v => v.trim())) {
    if (value && !kept.includes(value)) {
      kept.push(value);
    }
  }
  return kept;
}

/**
 * A number from server data (a revision, a version), or null.
 * @param {unknown} value
 */
export function numberOrNull(value) {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/**
 * A list of strings from server data, dropping anything that is not a string.
 * @param {unknown} value
 * @returns {string[]}
 */
export function strings(value) {
  return Array.isArray(value) ? value.filter(v => typeof v === 'string') : [];
}

/**
 * Synonym groups as the editor sees them: one group a line, its terms joined by commas.
 * @param {unknown} groups
 */
export function synonymsToText(groups) {
  return (Array.isArray(groups) ? groups : []).map(group => strings(group).join(', ')).join('\n');
}

/**
 * The synonym groups of a text written one group a line.
 * @param {string} text
 * @returns {string[][]}
 */
export function textToSynonyms(text) {
  return String(text || '').split(/\r?\n/).map(terms).filter(group => group.length > 0);
}

/**
 * What the server would refuse or silently lose in synonym groups: a group of one term says nothing, and a term
 * in two groups joins them. Each hint is [text key, values].
 * @param {string[][]} groups
 * @returns {[string, Record<string, string | number>][]}
 */
export function synonymHints(groups) {
  /** @type {[string, Record<string, string | number>][]} */
  const hints = [];
  /** @type {Map<string, number>} */
  const seen = new Map();
  groups.forEach((group, index) => {
    if (group.length < 2) {
      hints.push(['kbSynonymsAlone', { line: index + 1, term: group[0] }]);
    }
    for (const term of group) {
      const key = term.toLowerCase();
      const first = seen.get(key);
      if (first !== undefined && first !== index) {
        hints.push(['kbSynonymsTwice', { term, line: index + 1, first: first + 1 }]);
      } else {
        seen.set(key, index);
      }
    }
  });
  return hints;
}
