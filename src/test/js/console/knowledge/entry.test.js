import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  blankEntry, entryHints, entryToForm, fieldTestName, formToEntry, MIN_FAQ_EXAMPLES, readEntry, titleIn
} from '../../../../main/resources/web/console/knowledge/entry.js';

const WEB = '../../../../main/resources/web/console/knowledge/';

/** @param {string} prefix @param {number} n */
function questions(prefix, n) {
  return Array.from({ length: n }, (_, i) => prefix + ' ' + (i + 1));
}

function faq() {
  return readEntry({ id: 'contact-channels', kind: 'faq', reason: null, tags: ['contact'], followUps: ['required-info'],
    title: { zh: '怎么联系客服', zhHant: null, en: 'How to contact support' },
    answer: { zh: '发邮件', zhHant: null, en: 'Write to us' },
    examples: { zh: questions('客服邮箱', 20), en: questions('support email', 20) },
    dev: { zh: ['留出的问题'], en: ['held out'] }, changed: true });
}

const IDS = ['contact-channels', 'required-info', 'response-time'];

test('an entry from the server has every field, whatever was missing', () => {
  const entry = readEntry({ id: 'x', title: { zh: '标题' }, examples: { en: ['a', 3, null] } });
  assert.deepEqual(entry, { id: 'x', kind: 'faq', reason: null, tags: [], followUps: [],
    title: { zh: '标题', zhHant: null, en: '' }, answer: { zh: '', zhHant: null, en: '' },
    examples: { zh: [], en: ['a'] }, dev: { zh: [], en: [] }, changed: false });
  assert.equal(readEntry(null).id, '');
});

test('an entry survives the form unchanged, held-out examples included', () => {
  const entry = faq();
  const back = formToEntry(entryToForm(entry), entry);
  const { changed, ...rest } = entry;
  assert.equal(changed, true);
  assert.deepEqual(back, rest);
});

test('the form trims, drops blank and repeated lines, and splits tags on any comma', () => {
  const form = { ...entryToForm(blankEntry()), id: ' new-entry ', tags: 'contact，email、 help  wallet,contact',
    examplesZh: ' 客服邮箱\n\n客服邮箱\r\n  人工客服 \n', examplesEn: 'a\nb\na', answerZhHant: '   ', titleZhHant: '標題',
    reason: '  ', followUps: ['a', 'a', '', 'b'] };
  const entry = formToEntry(form);
  assert.equal(entry.id, 'new-entry');
  assert.deepEqual(entry.tags, ['contact', 'email', 'help', 'wallet']);
  assert.deepEqual(entry.examples, { zh: ['客服邮箱', '人工客服'], en: ['a', 'b'] });
  assert.equal(entry.answer.zhHant, null, 'an empty Traditional Chinese answer is converted by the server');
  assert.equal(entry.title.zhHant, '標題');
  assert.equal(entry.reason, null);
  assert.deepEqual(entry.followUps, ['a', 'b']);
  assert.deepEqual(entry.dev, { zh: [], en: [] });
});

test('a complete FAQ entry has no hints', () => {
  assert.deepEqual(entryHints(faq(), { ids: IDS, isNew: false }), []);
});

test('hints name the field and say what the server would refuse', () => {
  const entry = { ...faq(), id: 'Contact_Channels', followUps: ['Contact_Channels', 'gone'] };
  entry.examples = { zh: questions('q', MIN_FAQ_EXAMPLES - 1), en: [] };
  entry.answer = { zh: '', zhHant: null, en: 'x' };
  const hints = entryHints(entry, { ids: IDS, isNew: true });
  assert.deepEqual(hints.map(h => [h.field, h.key]), [
    ['id', 'kbHintIdForm'], ['answer.zh', 'kbHintAnswerMissing'], ['examples.zh', 'kbHintFewExamples'],
    ['examples.en', 'kbHintFewExamples'], ['followUps', 'kbHintFollowUpSelf'], ['followUps', 'kbHintFollowUpUnknown']]);
  assert.deepEqual(hints[2].vars, { n: 19, min: 20 });
});

test('a new entry needs a free id; an existing one keeps its own', () => {
  assert.deepEqual(entryHints(faq(), { ids: IDS, isNew: true }).map(h => h.key), ['kbHintIdTaken']);
  assert.deepEqual(entryHints({ ...faq(), id: '' }, { ids: IDS, isNew: true }).map(h => h.key), ['kbHintIdMissing']);
  for (const bad of ['a--b', '-a', 'a-', 'A', 'a b', 'a_b']) {
    assert.deepEqual(entryHints({ ...faq(), id: bad }, { ids: IDS, isNew: true }).map(h => h.key), ['kbHintIdForm'], bad);
  }
});

test('only FAQ entries need twenty examples a language; urgent ones need a reason code', () => {
  const smalltalk = { ...faq(), kind: 'smalltalk', examples: { zh: ['你好'], en: ['hi'] } };
  assert.deepEqual(entryHints(smalltalk, { ids: IDS, isNew: false }), []);
  const urgent = { ...smalltalk, kind: 'urgent' };
  assert.deepEqual(entryHints(urgent, { ids: IDS, isNew: false }).map(h => h.key), ['kbHintReasonMissing']);
  assert.deepEqual(entryHints({ ...urgent, reason: 'funds_missing' }, { ids: IDS, isNew: false }), []);
  assert.deepEqual(entryHints({ ...urgent, reason: 'Funds missing' }, { ids: IDS, isNew: false }).map(h => h.key),
    ['kbHintReasonForm']);
  assert.deepEqual(entryHints({ ...smalltalk, kind: 'other' }, { ids: IDS, isNew: false }).map(h => h.key), ['kbHintKind']);
});

test('a field names its form control as the page marks it', () => {
  assert.equal(fieldTestName('answer.zhHant'), 'kb-entry-answer-zh-hant');
  assert.equal(fieldTestName('examples.zh (+3 -1)'), 'kb-entry-examples-zh');
  assert.equal(fieldTestName('followUps'), 'kb-entry-follow-ups');
  assert.equal(fieldTestName('id'), 'kb-entry-id');
});

test('every field a hint names has its control on the page', async () => {
  const { readFile } = await import('node:fs/promises');
  const page = await readFile(new URL(WEB + '../../agent.html', import.meta.url), 'utf8');
  const fields = ['id', 'kind', 'reason', 'title.zh', 'title.en', 'answer.zh', 'answer.en', 'examples.zh',
    'examples.en', 'followUps'];
  for (const field of fields) {
    assert.ok(page.includes('data-test="' + fieldTestName(field) + '"'), field);
  }
});

test('a title shows in the console\'s language, else in the other', () => {
  const title = { zh: '怎么联系客服', zhHant: null, en: 'How to contact support' };
  assert.equal(titleIn(title, 'zh'), '怎么联系客服');
  assert.equal(titleIn(title, 'en'), 'How to contact support');
  assert.equal(titleIn({ zh: '只有中文', en: '' }, 'en'), '只有中文');
  assert.equal(titleIn('plain', 'zh'), 'plain');
  assert.equal(titleIn(null, 'en'), '');
});
