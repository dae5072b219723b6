// @ts-check
/** The failed-deliveries panel: replies to messaging platforms that failed every retry, and sending one again. */
import { api, DELIVERY_LIMIT } from './api.js';
import { attrs, badge, el, timeNode } from './dom.js';
import { preview } from './format.js';
import { lang, t } from './i18n.js';
import { channelLabel } from './labels.js';
import { state } from './state.js';
import { clearError, showError, view } from './view.js';

const PREVIEW_CHARS = 160;

/** @typedef {import('./state.js').Delivery} Delivery */

/**
 * Shows or hides the dead-letter panel (no argument: flips it); opening it fetches a fresh list.
 * @param {boolean} [show]
 */
export function toggleDeliveries(show) {
  const open = typeof show === 'boolean' ? show : view.deliveries.hidden;
  view.deliveries.hidden = !open;
  attrs(view.deliveriesToggle, { 'aria-expanded': open });
  if (open) {
    loadDeliveries(true);
  }
}

/** @param {boolean} loud */
export async function loadDeliveries(loud) {
  if (!state.me) {
    return;
  }
  const load = ++state.deliveryLoad;
  try {
    const data = await api.deadLetters();
    if (load !== state.deliveryLoad || !state.me) {
      return;
    }
    state.deliveries = (data.deliveries || []).filter(
      (/** @type {Delivery} */ d) => d && d.id !== null && d.id !== undefined && d.status === 'dead');
    renderDeliveries();
  } catch (e) {
    if (loud) {
      showError(e);
    }
  }
}

/** Keyed like the queue: a row keeps its element (and its Retry button) across refreshes. */
export function renderDeliveries() {
  const keep = new Set();
  state.deliveries.forEach((d, index) => {
    const id = String(d.id);
    const node = state.deliveryNodes.get(id) || deliveryNode(d);
    state.deliveryNodes.set(id, node);
    const retry = /** @type {HTMLButtonElement} */ (node.querySelector('[data-agent="delivery-retry"]'));
    retry.disabled = state.retrying.has(id);
    attrs(node, { 'aria-busy': state.retrying.has(id) });
    if (view.deliveryList.children[index] !== node) {
      view.deliveryList.insertBefore(node, view.deliveryList.children[index] || null);
    }
    keep.add(id);
  });
  state.deliveryNodes.forEach((node, id) => {
    if (!keep.has(id)) {
      node.remove();
      state.deliveryNodes.delete(id);
    }
  });
  view.deliveriesEmpty.hidden = state.deliveries.length > 0;
  const count = state.deliveries.length;
  view.deliveriesCount.textContent = count >= DELIVERY_LIMIT ? count + '+' : String(count);
  attrs(view.deliveriesToggle, { 'data-dead': count > 0 });
}

/**
 * Channel, chat, when it was written and how often it was tried.
 * @param {Delivery} d
 */
function deliveryMeta(d) {
  const attempts = Number(d.attempts) || 0;
  const chat = { class: 'd-chat', 'data-agent': 'delivery-chat',
    title: t('deliveryConversation', { id: String(d.conversationId || '') }) };
  return el('div', { class: 'd-top' }, [
    badge('channel', d.channel, channelLabel(d.channel, lang()), 'delivery-channel'),
    el('span', chat, [t('deliveryChat', { id: String(d.chatId || '—') })]),
    el('span', { 'data-agent': 'delivery-created' }, [timeNode(d.createdAt)]),
    el('span', { 'data-agent': 'delivery-attempts' }, [t('deliveryAttempts', { n: attempts })])
  ]);
}

/** @param {Delivery} d */
function deliveryNode(d) {
  const text = typeof d.text === 'string' ? d.text : '';
  const row = { class: 'delivery', 'data-agent': 'delivery', 'data-delivery-id': d.id, 'data-channel': d.channel || '' };
  return el('li', row, [
    el('div', { class: 'd-body' }, [
      deliveryMeta(d),
      el('div', { class: 'd-error', 'data-agent': 'delivery-error' }, [String(d.lastError || t('unknownError'))]),
      el('div', { class: 'd-text', 'data-agent': 'delivery-text', title: text }, [preview(text, PREVIEW_CHARS)])
    ]),
    el('button', { type: 'button', class: 'btn small primary', 'data-agent': 'delivery-retry' }, [t('retry')])
  ]);
}

/**
 * Sends a dead letter again; on success its row goes (the outbox takes it from here).
 * @param {string} id
 */
async function retryDelivery(id) {
  if (state.retrying.has(id)) {
    return;
  }
  state.retrying.add(id);
  clearError();
  renderDeliveries();
  try {
    await api.retryDelivery(id);
    state.deliveryLoad++; // a list fetched before the retry must not bring the row back
    state.deliveries = state.deliveries.filter(d => String(d.id) !== id);
  } catch (e) {
    showError(e);
    const status = /** @type {{ status?: number }} */ (e).status;
    if (status === 404 || status === 409) {
      loadDeliveries(false);
    }
  } finally {
    state.retrying.delete(id);
    renderDeliveries();
  }
}

/** @param {Event} event */
export function retryFromList(event) {
  const button = event.target instanceof Element ? event.target.closest('[data-agent="delivery-retry"]') : null;
  const row = button && button.closest('[data-agent="delivery"]');
  if (row && button && !(/** @type {HTMLButtonElement} */ (button).disabled)) {
    retryDelivery(String(row.getAttribute('data-delivery-id')));
  }
}
