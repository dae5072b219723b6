import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  actionWords, readVerdict, verdictsDiffer, verdictView
} from '../../../../main/resources/web/console/knowledge/verdict.js';

const LIVE = readVerdict({ action: 'clarify', intent: 'contact-channels', confidence: 0.41, language: 'zh-Hans',
  reply: '你是想问客服的联系方式吗？' });

test('an action reads as what Baton does', () => {
  assert.equal(actionWords('faq:contact-channels', 'en'), 'Answers with contact-channels');
  assert.equal(actionWords('faq:contact-channels', 'zh'), '用 contact-channels 回答');
  assert.equal(actionWords('handoff:urgent', 'en'), 'Hands off at once (urgent)');
  assert.equal(actionWords('handoff:human', 'zh'), '转人工');
  assert.equal(actionWords('clarify', 'zh'), '追问用户');
  assert.equal(actionWords('fallback', 'en'), 'Says it cannot help with that');
  assert.equal(actionWords('smalltalk', 'en'), 'Small talk');
  assert.equal(actionWords('handoff:tier2', 'en'), 'Handoff: tier2');
  assert.equal(actionWords('', 'en'), '—');
});

test('a verdict shows its action in words, its confidence in percent and its language by name', () => {
  assert.deepEqual(verdictView(LIVE, 'zh'), { action: 'clarify', actionText: '追问用户', intent: 'contact-channels',
    confidence: '41%', language: '简体中文', reply: '你是想问客服的联系方式吗？' });
  assert.deepEqual(verdictView(readVerdict(null), 'en'), { action: '', actionText: '—', intent: '—', confidence: '—',
    language: '—', reply: '' });
});

test('the draft differs when it would act, understand or reply otherwise, or be half a point surer', () => {
  assert.equal(verdictsDiffer(LIVE, { ...LIVE }), false);
  assert.equal(verdictsDiffer(LIVE, { ...LIVE, confidence: 0.412 }), false);
  assert.equal(verdictsDiffer(LIVE, { ...LIVE, confidence: 0.42 }), true);
  assert.equal(verdictsDiffer(LIVE, { ...LIVE, action: 'faq:contact-channels' }), true);
  assert.equal(verdictsDiffer(LIVE, { ...LIVE, reply: 'other' }), true);
  assert.equal(verdictsDiffer(LIVE, { ...LIVE, confidence: null }), true);
});
