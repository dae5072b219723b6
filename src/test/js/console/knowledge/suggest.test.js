import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  answerLanguage, chosenMessages, decisionWords, entryFromGroup, exampleLanguage, readGroups, suggestedId
} from '../../../../main/resources/web/console/knowledge/suggest.js';

const DATA = { groups: [{ id: 'g-1a2b', size: 4, lastAt: '2026-12-07T10:00:00Z', terms: ['邮箱', 'email', 'Support Mail'],
  suggestedEntry: 'contact-channels', messages: [
    { id: 881, text: '客服邮箱是多少啊', language: 'zh-Hans', at: '2026-12-07T09:00:00Z', decision: 'clarify',
      intent: 'contact-channels', confidence: 0.31, conversationId: 'c1', agentReply: '请发邮件到 support@example.com' },
    { id: 882, text: '客服郵箱', language: 'zh-Hant', at: '2026-12-07T09:10:00Z', decision: 'fallback', intent: null,
      confidence: null, conversationId: 'c2', agentReply: '請寫信到 support@example.com' },
    { id: 883, text: 'whats ur support mail', language: 'en', at: '2026-12-07T09:20:00Z', decision: 'handoff:human',
      intent: 'contact-channels', confidence: 0.4, conversationId: 'c3', agentReply: null },
    { id: 884, text: 'support email pls', language: 'en', at: '2026-12-07T10:00:00Z', decision: 'clarify',
      intent: 'contact-channels', confidence: 0.35, conversationId: 'c4', agentReply: 'Write to support@example.com' },
    { text: 'no id: dropped' }
  ] }, { size: 2 }] };

test('groups keep the server\'s order and their messages every field', () => {
  const groups = readGroups(DATA);
  assert.equal(groups.length, 1, 'a group without an id is dropped');
  assert.equal(groups[0].messages.length, 4);
  assert.deepEqual(groups[0].messages[1], { id: 882, text: '客服郵箱', language: 'zh-Hant', at: '2026-12-07T09:10:00Z',
    decision: 'fallback', intent: null, confidence: null, conversationId: 'c2', agentReply: '請寫信到 support@example.com' });
  assert.deepEqual(readGroups(null), []);
  assert.equal(readGroups({ groups: [{ id: 'g', messages: [{ id: 1 }] }] })[0].size, 1);
});

test('both Chinese scripts are zh examples; Traditional Chinese replies fill their own answer', () => {
  assert.deepEqual(['zh-Hans', 'zh-Hant', 'zh', 'en', 'en-GB', 'ja', ''].map(exampleLanguage),
    ['zh', 'zh', 'zh', 'en', 'en', null, null]);
  assert.deepEqual(['zh-Hans', 'zh-Hant', 'en', 'fr'].map(answerLanguage), ['zh', 'zhHant', 'en', null]);
});

test('only the ticked messages are chosen, in the group\'s order', () => {
  const [group] = readGroups(DATA);
  assert.deepEqual(chosenMessages(group, new Set([884, 881])).map(m => m.id), [881, 884]);
  assert.deepEqual(chosenMessages(group, new Set()), []);
});

test('a new entry from a group: examples by language, titles from the shortest, answers from agents\' replies', () => {
  const [group] = readGroups(DATA);
  const entry = entryFromGroup(group, chosenMessages(group, new Set([881, 882, 883, 884])), ['contact-channels']);
  assert.equal(entry.id, 'email-support-mail');
  assert.equal(entry.kind, 'faq');
  assert.deepEqual(entry.examples, { zh: ['客服邮箱是多少啊', '客服郵箱'], en: ['whats ur support mail', 'support email pls'] });
  assert.deepEqual(entry.title, { zh: '客服郵箱', zhHant: null, en: 'support email pls' });
  assert.deepEqual(entry.answer, { zh: '请发邮件到 support@example.com', zhHant: '請寫信到 support@example.com',
    en: 'Write to support@example.com' });
  const some = entryFromGroup(group, chosenMessages(group, new Set([883])), []);
  assert.deepEqual(some.answer, { zh: '', zhHant: null, en: '' }, 'no agent reply, no answer');
  assert.deepEqual(some.examples, { zh: [], en: ['whats ur support mail'] });
});

test('a suggested id is made of the Latin terms and never taken', () => {
  assert.equal(suggestedId(['邮箱', 'email'], []), 'email');
  assert.equal(suggestedId(['email'], ['email', 'email-2']), 'email-3');
  assert.equal(suggestedId(['邮箱', '客服'], []), '');
  assert.equal(suggestedId(['Gas Fee!', 'swap', 'nft', 'more'], []), 'gas-fee-swap-nft');
});

test('what Baton did with a question reads as words', () => {
  assert.equal(decisionWords('clarify', 'en'), 'asked back');
  assert.equal(decisionWords('handoff:human', 'zh'), '转给了人工');
  assert.equal(decisionWords('handoff:urgent', 'en'), 'Handoff: urgent');
});
