// @ts-check
/**
 * The supervisor dashboard: a link beside the queue for supervisors ("#dashboard"), showing the last 24 hours
 * and the last 7 days side by side. Every figure carries the API's value in data-value.
 */
import { attrs, el, fill } from '../dom.js';
import { lang, t } from '../i18n.js';
import { ticketTitle } from '../labels.js';
import { state } from '../state.js';
import { showError, view } from '../view.js';
import { loadReport } from './api.js';
import { clearCharts, queueChart, ratingsChart } from './charts.js';
import { clarificationRows, figures, PERIODS, queueSeries, ratingSeries, reasonRows } from './shape.js';

/** @type {Record<string, HTMLElement>} */
const dash = {};

function isSupervisor() {
  return !!(state.me && state.me.supervisor);
}

/** @param {string} name */
function part(name) {
  return /** @type {HTMLElement} */ (document.querySelector('[data-test="' + name + '"]'));
}

/** Wires the view's controls; once, when the page loads. */
export function bindDashboard() {
  for (const name of ['dash', 'dash-view', 'dash-periods', 'dash-window', 'dash-refresh']) {
    dash[name] = part(name);
  }
  dash['dash-refresh'].addEventListener('click', () => load());
  window.addEventListener('hashchange', route);
}

/** After signing in: the link for supervisors, and the view if the address asks for it. */
export function startDashboard() {
  dash['dash-view'].hidden = !isSupervisor();
  route();
}

/** Signing out: nothing of the report stays on the page. */
export function stopDashboard() {
  dash['dash-view'].hidden = true;
  show(false);
  clearCharts();
  fill(dash['dash-periods'], []);
}

function route() {
  const shown = location.hash === '#dashboard' && isSupervisor();
  show(shown);
  if (shown) {
    load();
  }
}

/** @param {boolean} shown */
function show(shown) {
  dash.dash.hidden = !shown;
  attrs(dash['dash-view'], { 'aria-current': shown ? 'page' : null });
  if (shown) {
    attrs(view.console, { 'data-view': 'dashboard' });
    document.querySelectorAll('[data-test="kb-view-queue"]').forEach(link => attrs(link, { 'aria-current': null }));
  } else if (view.console.getAttribute('data-view') === 'dashboard') {
    attrs(view.console, { 'data-view': null });
  }
}

function load() {
  clearCharts();
  fill(dash['dash-periods'], PERIODS.map(period => el('section', {
    class: 'dash-period', 'data-test': 'dash-period-' + period, 'data-state': 'loading'
  }, [el('h3', {}, [t(period === '24h' ? 'dash24h' : 'dash7d')])])));
  return Promise.all(PERIODS.map(period => loadReport(period).then(report => render(period, report))))
    .catch(error => {
      dash['dash-periods'].querySelectorAll('[data-state="loading"]')
        .forEach(node => attrs(node, { 'data-state': 'error' }));
      showError(error);
    });
}

/**
 * @param {string} period
 * @param {any} report
 */
function render(period, report) {
  const box = part('dash-period-' + period);
  if (!box) {
    return;
  }
  const hours = Math.round(Number(report.containment && report.containment.windowSeconds) / 3600);
  dash['dash-window'].textContent = t('dashWindow', { hours });
  const queue = el('div', { class: 'dash-chart', 'data-test': 'dash-' + period + '-queue-chart' });
  const ratings = el('div', { class: 'dash-chart', 'data-test': 'dash-' + period + '-ratings-chart' });
  fill(box, [
    el('h3', {}, [t(period === '24h' ? 'dash24h' : 'dash7d')]),
    el('div', { class: 'dash-figures' }, figures(report, lang()).map(f => el('div', {
      class: 'dash-figure', 'data-test': 'dash-' + period + '-' + f.key, 'data-value': f.value === null ? '' : f.value
    }, [el('span', { class: 'dash-label' }, [t('dash-' + f.key)]), el('strong', { class: 'dash-value' }, [f.text])]))),
    el('h4', {}, [t('dashQueue')]), queue,
    el('h4', {}, [t('dashRatings')]), ratings,
    el('h4', {}, [t('dashReasons')]), reasons(period, report),
    el('h4', {}, [t('dashClarifications')]), clarifications(period, report)
  ]);
  queueChart(queue, queueSeries(report));
  ratingsChart(ratings, ratingSeries(report));
  attrs(box, { 'data-state': 'ready' });
}

/**
 * @param {string} period
 * @param {any} report
 */
function reasons(period, report) {
  const rows = reasonRows(report);
  if (!rows.length) {
    return el('p', { class: 'empty', 'data-test': 'dash-' + period + '-reasons' }, [t('dashNoHandoffs')]);
  }
  return el('ul', { class: 'dash-list', 'data-test': 'dash-' + period + '-reasons' }, rows.map(r => el('li', {
    'data-test': 'dash-reason', 'data-reason': r.reason, 'data-value': r.count
  }, [el('span', { title: r.reason }, [ticketTitle(r.reason, lang())]), el('strong', {}, [r.count + ' · ' + r.share])])));
}

/**
 * @param {string} period
 * @param {any} report
 */
function clarifications(period, report) {
  const rows = clarificationRows(report);
  if (!rows.length) {
    return el('p', { class: 'empty', 'data-test': 'dash-' + period + '-clarifications' }, [t('dashNoClarifications')]);
  }
  return el('ol', { class: 'dash-list', 'data-test': 'dash-' + period + '-clarifications' }, rows.map(q => el('li', {
    'data-test': 'dash-clarification', 'data-value': q.count
  }, [el('span', { title: q.intent }, [q.text]), el('strong', {}, [String(q.count)])])));
}
