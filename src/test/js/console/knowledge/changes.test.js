import { test } from 'node:test';
import assert from 'node:assert/strict';
import { changeView, diffEntries, fieldWords } from '../../../../main/resources/web/console/knowledge/changes.js';
import { readEntry } from '../../../../main/resources/web/console/knowledge/entry.js';

function entry() {
  return readEntry({ id: 'contact-channels', kind: 'faq', tags: ['contact'], followUps: ['required-info'],
    title: { zh: '怎么联系客服', en: 'How to contact support' }, answer: { zh: '发邮件', en: 'Write to us' },
    examples: { zh: ['客服邮箱', '人工客服'], en: ['support email'] } });
}

test('a changed field reads as words in the console\'s language', () => {
  assert.equal(fieldWords('answer.zh', 'en'), 'Answer (Chinese)');
  assert.equal(fieldWords('answer.zhHant', 'zh'), '答案（繁体中文）');
  assert.equal(fieldWords('examples.zh (+3 -1)', 'en'), 'Examples (Chinese) +3 -1');
  assert.equal(fieldWords('examples.en (+3 -1)', 'zh'), '示例问题（英文） +3 -1');
  assert.equal(fieldWords('followUps', 'zh'), '后续问题');
  assert.equal(fieldWords('zh (+2 -0)', 'en'), 'Chinese +2 -0');
  assert.equal(fieldWords('someNewField', 'en'), 'Some new field');
  assert.equal(fieldWords('!?', 'en'), '!?');
});

test('a change of the draft names its entry, what happened and which fields', () => {
  assert.deepEqual(changeView({ entry: 'contact-channels', change: 'edited', fields: ['answer.zh', 'tags'] }, 'zh'),
    { entry: 'contact-channels', change: 'edited', label: '修改', fields: ['答案（中文）', '标签'], synonyms: false });
  assert.deepEqual(changeView({ entry: 'synonyms', change: 'edited' }, 'en'),
    { entry: 'synonyms', change: 'edited', label: 'edited', fields: [], synonyms: true });
  assert.equal(changeView({ entry: 'x', change: 'renamed' }, 'en').label, 'Renamed');
  assert.equal(changeView(null, 'en').change, 'edited');
});

test('an unchanged entry has no unsaved fields', () => {
  assert.deepEqual(diffEntries(entry(), entry()), []);
});

test('the editor\'s edits are named as the server names changes, examples counted', () => {
  const before = entry();
  const after = entry();
  after.answer.zh = '请发邮件';
  after.answer.zhHant = '請發郵件';
  after.examples.zh = ['人工客服', '客服电话', '客服热线'];
  after.followUps = [];
  after.kind = 'urgent';
  after.reason = 'funds_missing';
  assert.deepEqual(diffEntries(before, after),
    ['kind', 'reason', 'followUps', 'answer.zh', 'answer.zhHant', 'examples.zh (+2 -1)']);
});

test('examples put in another order are a change with nothing added or removed', () => {
  const after = entry();
  after.examples.zh = ['人工客服', '客服邮箱'];
  assert.deepEqual(diffEntries(entry(), after), ['examples.zh (+0 -0)']);
});
