// @ts-check
/**
 * The audit log page, for supervisors: a link beside the queue opens it (the address is "#audit"), the
 * filters choose the lines, the table shows them newest first, and "Load more" fetches the page after the
 * last. Agents without the supervisor right never see the link, and the address alone does not open it.
 */
import { send } from '../api.js';
import { attrs, el, fill, localTime } from '../dom.js';
import { lang, t } from '../i18n.js';
import { state } from '../state.js';
import { view } from '../view.js';
import { ACTIONS, actionLabel, agentLabel, auditPath } from './query.js';

/** @typedef {import('./query.js').AuditFilters} AuditFilters */
/** @typedef {import('./query.js').AuditLine} AuditLine */

export const HASH = '#audit';

/** The page's fixed elements by their data-test name without "audit-": auditView.filterAgent ... */
/** @type {Record<string, any>} */
const auditView = {};

const audit = {
  shown: false,
  loaded: false,
  /** @type {AuditFilters} */ filters: { agent: '', ticket: '', action: '', from: '', to: '' },
  /** @type {number | null} */ next: null,
  rows: 0,
  load: 0
};

function isSupervisor() {
  return !!(state.me && state.me.supervisor);
}

/** @returns {AuditFilters} */
function readFilters() {
  return { agent: auditView.filterAgent.value, ticket: auditView.filterTicket.value,
    action: auditView.filterAction.value, from: auditView.filterFrom.value, to: auditView.filterTo.value };
}

/** @param {AuditLine} line */
function row(line) {
  return el('tr', { 'data-test': 'audit-row', 'data-id': line.id, 'data-action': line.action,
    'data-agent-id': line.agentId }, [
    el('td', { 'data-test': 'audit-time' }, [el('time', { datetime: line.at }, [localTime(line.at)])]),
    el('td', { 'data-test': 'audit-agent', title: line.agentId }, [agentLabel(line)]),
    el('td', { 'data-test': 'audit-action', title: line.action }, [actionLabel(line.action, lang())]),
    el('td', { 'data-test': 'audit-ticket' }, [line.ticketId || '']),
    el('td', { 'data-test': 'audit-detail' }, [line.detail || ''])
  ]);
}

/**
 * Loads the first page for the filters (`fresh`), or the page after the last one shown.
 * @param {boolean} fresh
 */
async function load(fresh) {
  const call = ++audit.load;
  auditView.error.hidden = true;
  auditView.more.disabled = true;
  attrs(auditView.root, { 'aria-busy': 'true' });
  try {
    const page = await send('GET', 'agent/' + auditPath(audit.filters, fresh ? null : audit.next));
    if (call !== audit.load) {
      return;
    }
    const lines = /** @type {AuditLine[]} */ (page.entries || []);
    if (fresh) {
      fill(auditView.rows, []);
      audit.rows = 0;
    }
    fill(auditView.rows, lines.map(row), true);
    audit.rows += lines.length;
    audit.next = typeof page.next === 'number' ? page.next : null;
  } catch (e) {
    if (call !== audit.load) {
      return;
    }
    auditView.error.textContent = e instanceof Error ? e.message : String(e);
    auditView.error.hidden = false;
  } finally {
    if (call === audit.load) {
      attrs(auditView.root, { 'aria-busy': null });
      auditView.more.disabled = false;
      auditView.more.hidden = audit.next === null;
      auditView.empty.hidden = audit.rows > 0 || !auditView.error.hidden;
    }
  }
}

/** @param {Event} event */
function apply(event) {
  event.preventDefault();
  audit.filters = readFilters();
  load(true);
}

function clear() {
  for (const name of ['filterAgent', 'filterTicket', 'filterAction', 'filterFrom', 'filterTo']) {
    auditView[name].value = '';
  }
  audit.filters = readFilters();
  load(true);
}

/** Shows the page when the address asks for it and the agent supervises; hides it otherwise. */
export function routeAudit() {
  const shown = location.hash === HASH && isSupervisor();
  audit.shown = shown;
  auditView.root.hidden = !shown;
  attrs(auditView.viewLink, { 'aria-current': shown ? 'page' : null });
  if (shown) {
    attrs(view.console, { 'data-view': 'audit' });
    const queueLink = document.querySelector('[data-test="kb-view-queue"]');
    if (queueLink) {
      attrs(queueLink, { 'aria-current': null });
    }
    if (!audit.loaded) {
      audit.loaded = true;
      load(true);
    }
  } else if (view.console.getAttribute('data-view') === 'audit') {
    attrs(view.console, { 'data-view': null });
  }
}

/** Wires the page's controls; once, when the page loads (after its texts are in the console's language). */
export function bindAudit() {
  document.querySelectorAll('[data-test^="audit-"]').forEach(node => {
    const name = String(node.getAttribute('data-test')).slice(6).replace(/-(\w)/g, (all, c) => c.toUpperCase());
    auditView[name] = node;
  });
  auditView.root = document.querySelector('[data-test="audit"]');
  fill(auditView.filterAction, [el('option', { value: '' }, [t('auditAllActions')]),
    ...ACTIONS.map(action => el('option', { value: action }, [actionLabel(action, lang())]))]);
  auditView.filters.addEventListener('submit', apply);
  auditView.clear.addEventListener('click', clear);
  auditView.more.addEventListener('click', () => load(false));
  window.addEventListener('hashchange', routeAudit);
}

/** After signing in (and after the knowledge view's start): the link for supervisors, and the page if asked. */
export function startAudit() {
  const nav = /** @type {HTMLElement | null} */ (document.querySelector('[data-test="kb-nav"]'));
  const knowledgeLink = /** @type {HTMLElement | null} */ (document.querySelector('[data-test="kb-view-knowledge"]'));
  if (nav && isSupervisor()) {
    nav.hidden = false;
  }
  if (knowledgeLink) {
    knowledgeLink.hidden = !(state.me && state.me.editor);
  }
  auditView.viewLink.hidden = !isSupervisor();
  routeAudit();
}

/** Signing out: nothing of what the last supervisor read stays on the page. */
export function stopAudit() {
  audit.load++;
  Object.assign(audit, { shown: false, loaded: false, next: null, rows: 0 });
  fill(auditView.rows, []);
  auditView.viewLink.hidden = true;
  auditView.root.hidden = true;
  auditView.more.hidden = true;
  auditView.empty.hidden = true;
  auditView.error.hidden = true;
}
