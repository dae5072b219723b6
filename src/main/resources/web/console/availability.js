// @ts-check
/** The header's availability control: the agent is available (takes tickets) or away (nothing auto-assigned). */
import { api } from './api.js';
import { el, fill } from './dom.js';
import { lang } from './i18n.js';
import { availabilityOptions } from './labels.js';
import { state } from './state.js';
import { showError, view } from './view.js';

/** Shows the choices in the console's language, with the agent's own selected. */
export function renderAvailability() {
  const select = view.availability;
  fill(select, availabilityOptions(lang()).map(([value, label]) => el('option', { value }, [label])));
  const chosen = state.me && state.me.chosen === 'away' ? 'away' : 'available';
  select.value = chosen;
  select.setAttribute('data-value', chosen);
}

/** Sends the agent's choice; on a refusal the control shows what the server still holds. */
export async function chooseAvailability() {
  const select = view.availability;
  const wanted = String(select.value);
  select.disabled = true;
  try {
    const now = await api.availability(wanted);
    if (state.me) {
      state.me = { ...state.me, chosen: now.chosen, availability: now.availability };
    }
  } catch (e) {
    showError(e);
  } finally {
    select.disabled = false;
    renderAvailability();
  }
}
