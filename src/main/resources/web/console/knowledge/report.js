// @ts-check
/** Lists of changes and quality-gate reports as the changes panel and a version's page show them. */
import { attrs, el, fill } from '../dom.js';
import { lang, t } from '../i18n.js';
import { changeView } from './changes.js';
import { gateOutcome, gateReasons, gateRows } from './gate.js';
import { routeHash } from './route.js';

/** @typedef {import('./gate.js').Gate} Gate */

/**
 * The changes as a list: each entry (a link to it, unless retired), what happened to it, which fields.
 * @param {unknown[]} changes
 * @param {string} name the list's data-test name
 */
export function changeList(changes, name) {
  const language = lang();
  return el('ul', { class: 'kb-changes', 'data-test': name }, changes.map(raw => {
    const c = changeView(raw, language);
    const label = c.synonyms ? t('kbSynonyms') : c.entry;
    const target = c.synonyms ? routeHash({ knowledge: true, tab: 'synonyms' })
      : c.change === 'retired' ? null : routeHash({ knowledge: true, tab: 'entries', entry: c.entry });
    return el('li', { class: 'kb-change', 'data-test': 'kb-change', 'data-entry-id': c.entry, 'data-change': c.change }, [
      target ? el('a', { href: target }, [label]) : el('span', { class: 'kb-retired' }, [label]),
      el('span', { class: 'badge', 'data-kind': 'change', 'data-value': c.change }, [c.label]),
      c.fields.length ? el('span', { class: 'kb-change-fields' }, [c.fields.join(language === 'zh' ? '、' : ', ')]) : null
    ]);
  }));
}

/**
 * Fills `node` with the gate's report: passed or refused, the reasons in plain words, and per evaluation set the
 * live and the draft figures side by side. No gate: the node is emptied and hidden.
 * @param {HTMLElement} node
 * @param {Gate | null | undefined} gate
 */
export function renderGate(node, gate) {
  const language = lang();
  const { outcome } = gateOutcome(gate);
  attrs(node, { 'data-passed': outcome === 'none' ? null : outcome === 'passed' });
  node.hidden = outcome === 'none';
  if (outcome === 'none') {
    fill(node, []);
    return;
  }
  const { plain, original } = gateReasons(gate, language);
  fill(node, [
    el('p', { class: 'kb-gate-outcome', 'data-test': 'kb-gate-outcome', 'data-outcome': outcome },
      [t(outcome === 'passed' ? 'kbGatePassed' : 'kbGateRefused')]),
    plain.length ? el('ul', { class: 'kb-gate-reasons', 'data-test': 'kb-gate-reasons' },
      plain.map(reason => el('li', { 'data-test': 'kb-gate-reason' }, [reason]))) : null,
    original.length ? el('details', { class: 'kb-gate-original' }, [el('summary', {}, [t('kbGateOriginal')]),
      el('ul', {}, original.map(reason => el('li', { lang: 'en' }, [reason])))]) : null,
    ...gateRows(gate, language).map(set => el('table', { class: 'kb-gate-set', 'data-test': 'kb-gate-set',
      'data-set': set.name }, [
      el('caption', {}, [t('kbGateSet', { name: set.name, n: set.cases })]),
      el('thead', {}, [el('tr', {}, [el('th', { scope: 'col' }, [t('kbGateFigure')]),
        el('th', { scope: 'col' }, [t('kbLiveColumn')]), el('th', { scope: 'col' }, [t('kbDraftColumn')])])]),
      el('tbody', {}, set.figures.map(f => el('tr', { 'data-figure': f.key, 'data-trend': f.trend }, [
        el('th', { scope: 'row' }, [f.label]), el('td', {}, [f.live]),
        el('td', { title: f.trend === 'unknown' ? null : t('kbTrend_' + f.trend) }, [f.draft])])))
    ]))
  ]);
}
