// @ts-check
/** The knowledge view's one mutable state, shared by its modules; signing out starts it afresh. */

/**
 * @typedef {import('./entry.js').Entry} Entry
 * @typedef {import('./entry.js').EntryForm} EntryForm
 * @typedef {import('./changes.js').Change} Change
 * @typedef {import('./suggest.js').Group} Group
 * @typedef {import('./route.js').Route} Route
 * @typedef {{ id: string, kind: string, title: unknown, examples: number, changed: boolean }} EntryRow
 * @typedef {{ id: string | null, revision: number | null, entry: Entry, isNew: boolean, origin: number[] }} OpenEntry
 * @typedef {{ number: number, author: string, publishedAt: string, note: string, live: boolean, changes: number }} Version
 */

function fresh() {
  return {
    /** @type {Route} */ route: { knowledge: false, tab: 'entries', entry: null },
    shown: false,
    headLoaded: false,
    /** the latest draft revision seen @type {number | null} */ revision: null,
    /** the live version the draft started from @type {number | null} */ base: null,
    /** @type {number | null} */ live: null,
    query: '',
    kind: '',
    /** the entries listed (searched, filtered) @type {EntryRow[]} */ entries: [],
    /** every entry of the draft: ids for follow-ups and pickers @type {EntryRow[]} */ all: [],
    listLoad: 0,
    /** @type {OpenEntry | null} */ open: null,
    /** @type {string[]} */ followUps: [],
    /** the editor's form kept over a reload after someone else's change @type {EntryForm | null} */ stash: null,
    saving: false,
    /** @type {Change[]} */ changes: [],
    changesLoaded: false,
    publishing: false,
    pollRun: 0,
    /** @type {Version[]} */ versions: [],
    /** @type {Group[]} */ groups: [],
    /** ticked messages by group id @type {Map<string, Set<number>>} */ picked: new Map(),
    /** the entry chosen to add a group's questions to, by group id @type {Map<string, string>} */ targets: new Map(),
    /** @type {Set<string>} */ busyGroups: new Set(),
    /** @type {{ revision: number | null, zh: string, en: string } | null} */ synonyms: null,
    tryRun: 0
  };
}

export const kb = fresh();

/** Forgets everything (signing out): the next editor starts from nothing. */
export function resetKnowledge() {
  Object.assign(kb, fresh());
}
