// @ts-check
/**
 * The dashboard's charts, drawn with uPlot (vendored, MIT): the queue's depth over the period and the ratings
 * 1-5. Each chart is kept so a redraw or a sign-out destroys the old one.
 */
import uPlot from '../vendor/uplot/uPlot.esm.js';
import { t } from '../i18n.js';

const HEIGHT = 180;
const ACCENT = '#1f6feb';
const WARN = '#b54708';

/** @type {Map<HTMLElement, uPlot>} */
const charts = new Map();

/** @param {HTMLElement} box */
function width(box) {
  return Math.max(260, Math.floor(box.clientWidth || 0) - 8);
}

/**
 * @param {HTMLElement} box
 * @param {uPlot.Options} options
 * @param {uPlot.AlignedData} data
 */
function draw(box, options, data) {
  const old = charts.get(box);
  if (old) {
    old.destroy();
  }
  box.textContent = '';
  charts.set(box, new uPlot(options, data, box));
}

/**
 * The queue: waiting at each step's end, and the most at once during it.
 * @param {HTMLElement} box
 * @param {[number[], number[], number[]]} series
 */
export function queueChart(box, series) {
  draw(box, {
    width: width(box),
    height: HEIGHT,
    scales: { y: { range: (u, min, max) => [0, Math.max(1, max)] } },
    axes: [{}, { incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500] }],
    series: [
      {},
      { label: t('dashQueueDepth'), stroke: ACCENT, width: 2 },
      { label: t('dashQueuePeak'), stroke: WARN, width: 1, dash: [4, 4] }
    ]
  }, series);
}

/**
 * The ratings: one bar per score.
 * @param {HTMLElement} box
 * @param {[number[], number[]]} series
 */
export function ratingsChart(box, series) {
  const bars = uPlot.paths.bars ? uPlot.paths.bars({ size: [0.6, 48] }) : undefined;
  draw(box, {
    width: width(box),
    height: HEIGHT,
    scales: { x: { time: false, range: [0.5, 5.5] }, y: { range: (u, min, max) => [0, Math.max(1, max)] } },
    axes: [{ incrs: [1], values: (u, ticks) => ticks.map(v => String(v)) }, { incrs: [1, 2, 5, 10, 20, 50, 100] }],
    series: [{}, { label: t('dashRatingCount'), fill: ACCENT, stroke: ACCENT, paths: bars, points: { show: false } }]
  }, series);
}

/** Destroys every chart (signing out). */
export function clearCharts() {
  charts.forEach(chart => chart.destroy());
  charts.clear();
}
