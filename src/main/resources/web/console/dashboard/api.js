// @ts-check
/** The supervisor report (/api/v1/agent/report), for one period: '24h' or '7d'. */
import { send } from '../api.js';

/**
 * @param {string} period
 * @returns {Promise<any>}
 */
export function loadReport(period) {
  return send('GET', 'agent/report?period=' + encodeURIComponent(period));
}
