// @ts-check
/**
 * The draft's synonyms: word groups Baton treats as one when it looks for answers, edited one group a line per
 * language. A draft someone else changed meanwhile is said so and reloaded.
 */
import { el, fill } from '../dom.js';
import { t } from '../i18n.js';
import { showError } from '../view.js';
import { kbApi } from './api.js';
import { failure, failureText, handle, kbView, on, say } from './dom.js';
import { draftChanged, onTab } from './nav.js';
import { kb } from './state.js';
import { numberOrNull, synonymHints, synonymsToText, textToSynonyms } from './text.js';

/** Whether the text areas hold edits not saved to the draft. */
function dirty() {
  return !!kb.synonyms && (kbView.synonymsZh.value !== kb.synonyms.zh || kbView.synonymsEn.value !== kb.synonyms.en);
}

/** @param {any} data */
function show(data) {
  const zh = synonymsToText(data.zh);
  const en = synonymsToText(data.en);
  kb.synonyms = { revision: numberOrNull(data.revision), zh, en };
  kbView.synonymsZh.value = zh;
  kbView.synonymsEn.value = en;
  renderHints();
}

/** Loads the synonyms unless the editor is in the middle of changing them. */
export async function loadSynonyms() {
  if (!dirty()) {
    show(await kbApi.synonyms());
  }
}

function renderHints() {
  const hints = [['zh', kbView.synonymsZh], ['en', kbView.synonymsEn]].flatMap(([language, area]) =>
    synonymHints(textToSynonyms(area.value)).map(([key, vars]) => t('kbSynonymsIn_' + language) + ' ' + t(key, vars)));
  fill(kbView.synonymsHints, hints.map(hint => el('li', {}, [hint])));
  kbView.synonymsSave.disabled = !dirty();
}

async function save() {
  if (!kb.synonyms) {
    return;
  }
  say(kbView.synonymsError, null);
  kbView.synonymsStatus.textContent = '';
  kbView.synonymsSave.disabled = true;
  try {
    const data = await kbApi.saveSynonyms(kb.synonyms.revision, textToSynonyms(kbView.synonymsZh.value),
      textToSynonyms(kbView.synonymsEn.value));
    show(data);
    kb.revision = numberOrNull(data.revision);
    kbView.synonymsStatus.textContent = t('kbSaved');
    draftChanged();
  } catch (e) {
    const { status, code } = failure(e);
    if (code === 'stale_draft') {
      say(kbView.synonymsError, t('kbSynonymsStale'));
      show(await kbApi.synonyms());
    } else if (status === 400) {
      say(kbView.synonymsError, failureText(e));
    } else {
      throw e;
    }
  } finally {
    renderHints();
  }
}

export function bindSynonyms() {
  onTab('synonyms', () => loadSynonyms().catch(showError));
  on(kbView.synonymsZh, 'input', renderHints);
  on(kbView.synonymsEn, 'input', renderHints);
  on(kbView.synonymsSave, 'click', handle(save));
}

/** Forgets what was shown (signing out). */
export function clearSynonyms() {
  kbView.synonymsZh.value = '';
  kbView.synonymsEn.value = '';
  fill(kbView.synonymsHints, []);
  say(kbView.synonymsError, null);
  kbView.synonymsStatus.textContent = '';
}
