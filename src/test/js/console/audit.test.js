import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ACTIONS, PAGE, actionLabel, agentLabel, auditPath, instant } from '../../../main/resources/web/console/audit/query.js';
import { AUDIT_TEXT } from '../../../main/resources/web/console/audit/strings.js';
import { TEXT } from '../../../main/resources/web/console/strings.js';

const NONE = { agent: '', ticket: '', action: '', from: '', to: '' };

test('no filter asks for the newest page', () => {
  assert.equal(auditPath(NONE), 'audit?limit=' + PAGE);
  assert.equal(PAGE, 50);
});

test('the filters set go into the address, trimmed and encoded; the cursor starts the next page', () => {
  const path = auditPath({ ...NONE, agent: ' ann ', ticket: 't_1&x', action: 'knowledge.publish' }, 42);
  const params = new URL(path, 'http://x/').searchParams;
  assert.equal(params.get('agent'), 'ann');
  assert.equal(params.get('ticket'), 't_1&x');
  assert.equal(params.get('action'), 'knowledge.publish');
  assert.equal(params.get('before'), '42');
  assert.equal(params.get('limit'), '50');
  assert.equal(params.has('from'), false);
});

test('times from the date pickers become ISO instants; an unreadable one is left out', () => {
  const at = instant('2025-03-01T08:00');
  assert.match(at, /^2025-0[23]-\d{2}T\d{2}:00:00\.000Z$/);
  assert.equal(new Date(at).getTime(), new Date('2025-03-01T08:00').getTime());
  assert.equal(instant(''), '');
  assert.equal(instant('tomorrow'), '');
  const params = new URL(auditPath({ ...NONE, from: '2025-03-01T08:00', to: 'nonsense' }), 'http://x/').searchParams;
  assert.equal(params.get('from'), at);
  assert.equal(params.has('to'), false);
});

test('actions read in the console language; one the console does not know shows as it is', () => {
  assert.equal(actionLabel('claim', 'en'), 'claimed');
  assert.equal(actionLabel('claim', 'zh'), '认领');
  assert.equal(actionLabel('future_action', 'zh'), 'future_action');
});

test('the agent shows by name, by id when the name is unknown', () => {
  assert.equal(agentLabel({ id: 1, at: '', agentId: 'a1', agentName: 'ann', action: 'claim' }), 'ann');
  assert.equal(agentLabel({ id: 1, at: '', agentId: 'a1', agentName: null, action: 'claim' }), 'a1');
});

test('the filter offers exactly the actions the server accepts', () => {
  const java = readFileSync(new URL('../../../main/java/dev/baton/handoff/AuditQuery.java', import.meta.url), 'utf8');
  const block = java.slice(java.indexOf('ACTIONS = Set.of('), java.indexOf(');', java.indexOf('ACTIONS = Set.of(')));
  const server = [...block.matchAll(/"([a-z_.]+)"/g)].map(m => m[1]).sort();
  assert.deepEqual([...ACTIONS].sort(), server);
});

test('every audit text is in both languages and in the console catalogue', () => {
  for (const [key, pair] of Object.entries(AUDIT_TEXT)) {
    assert.equal(pair.length, 2, key);
    assert.ok(pair[0] && pair[1], key);
    assert.deepEqual(TEXT[key], pair, key);
  }
});
