import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  allowedActions, compareTickets, isNewer, matchesFilter, queueFromLoad, queueWithTicket, remember, slaDue
} from '../../../main/resources/web/console/tickets.js';

const ANN = { id: 'a1', name: 'ann', tier: 1, supervisor: false };
const BEN = { id: 'a2', name: 'ben', tier: 2, supervisor: false };
const SUE = { id: 'a3', name: 'sue', tier: 1, supervisor: true };
const OPEN = { status: '', priority: '', tier: '' };

/** A ticket created `minute` minutes after 10:00 and last updated `updated` minutes after it. */
function ticket(id, fields = {}, minute = 0, updated = minute) {
  const at = m => new Date(Date.UTC(2026, 11, 6, 10, m)).toISOString();
  return { id, status: 'queued', priority: 'normal', tier: 1, assignee: null, createdAt: at(minute),
    updatedAt: at(updated), firstResponseDue: at(minute + 5), firstResponseAt: null, ...fields };
}

test('a tier-1 agent sees open tier-1 tickets that are free or their own', () => {
  assert.ok(matchesFilter(ticket('t1'), OPEN, ANN));
  assert.ok(matchesFilter(ticket('t1', { status: 'assigned', assignee: { id: 'a1' } }), OPEN, ANN));
  assert.ok(!matchesFilter(ticket('t1', { status: 'assigned', assignee: { id: 'a2' } }), OPEN, ANN));
  assert.ok(!matchesFilter(ticket('t1', { tier: 2 }), OPEN, ANN));
  assert.ok(!matchesFilter(ticket('t1', { status: 'resolved' }), OPEN, ANN));
});

test('a supervisor sees every tier and every holder', () => {
  assert.ok(matchesFilter(ticket('t1', { tier: 2, status: 'assigned', assignee: { id: 'a2' } }), OPEN, SUE));
});

test('the filters narrow by status, priority and tier', () => {
  const urgent = ticket('t1', { priority: 'urgent', status: 'resolved' });
  assert.ok(matchesFilter(urgent, { status: 'resolved', priority: 'urgent', tier: '1' }, ANN));
  assert.ok(matchesFilter(urgent, { status: 'resolved,abandoned', priority: '', tier: '' }, ANN));
  assert.ok(!matchesFilter(urgent, { status: 'resolved', priority: 'normal', tier: '' }, ANN));
  assert.ok(!matchesFilter(urgent, { status: 'resolved', priority: '', tier: '2' }, ANN));
});

test('the queue puts urgent first, then the oldest; tier-2 agents see tier 2 first', () => {
  const oldNormal = ticket('old', {}, 0);
  const newUrgent = ticket('urgent', { priority: 'urgent' }, 9);
  const tier2 = ticket('tier2', { tier: 2 }, 5);
  assert.deepEqual([tier2, oldNormal, newUrgent].sort(compareTickets(ANN)).map(t => t.id), ['urgent', 'old', 'tier2']);
  assert.deepEqual([oldNormal, newUrgent, tier2].sort(compareTickets(BEN)).map(t => t.id), ['tier2', 'urgent', 'old']);
});

test('an older copy never replaces a newer one', () => {
  const seen = new Map();
  const newer = ticket('t1', { status: 'assigned' }, 0, 4);
  assert.equal(remember(seen, newer), newer);
  assert.equal(remember(seen, ticket('t1', {}, 0, 1)), newer);
  const newest = ticket('t1', { status: 'resolved' }, 0, 6);
  assert.equal(remember(seen, newest), newest);
  assert.ok(isNewer(newest, newer));
  assert.ok(!isNewer(newer, newest));
  assert.ok(!isNewer(null, newer));
});

test('a fetch lists what the server sent, unless a newer live copy has left the filter', () => {
  const seen = new Map();
  remember(seen, ticket('gone', { status: 'resolved' }, 0, 8));
  const fetched = [ticket('gone', {}, 0, 1), ticket('kept', {}, 2), null, { no: 'id' }];
  assert.deepEqual(queueFromLoad(fetched, seen, OPEN, ANN).map(t => t.id), ['kept']);
  remember(seen, ticket('moved', { priority: 'urgent' }, 3, 9));
  const list = queueFromLoad([ticket('kept', {}, 2), ticket('moved', {}, 3, 3)], seen, OPEN, ANN);
  assert.deepEqual(list.map(t => [t.id, t.priority]), [['moved', 'urgent'], ['kept', 'normal']]);
});

test('a live ticket is inserted, replaced in place, or removed once it leaves the filter', () => {
  let list = queueWithTicket([], ticket('a', {}, 1), OPEN, ANN);
  list = queueWithTicket(list, ticket('b', { priority: 'urgent' }, 2), OPEN, ANN);
  assert.deepEqual(list.map(t => t.id), ['b', 'a']);
  list = queueWithTicket(list, ticket('a', { priority: 'urgent' }, 1, 3), OPEN, ANN);
  assert.deepEqual(list.map(t => t.id), ['a', 'b']);
  list = queueWithTicket(list, ticket('b', { status: 'resolved' }, 2, 4), OPEN, ANN);
  assert.deepEqual(list.map(t => t.id), ['a']);
});

test('the SLA clock runs until the first response or the end of the ticket', () => {
  assert.equal(slaDue(ticket('t1')), Date.UTC(2026, 11, 6, 10, 5));
  assert.equal(slaDue(ticket('t1', { firstResponseAt: '2026-12-06T10:01:00Z' })), null);
  assert.equal(slaDue(ticket('t1', { status: 'abandoned' })), null);
  assert.equal(slaDue(ticket('t1', { firstResponseDue: null })), null);
  assert.equal(slaDue(null), null);
});

test('the open ticket allows what its status and holder allow', () => {
  const queued = allowedActions(ticket('t1'), ANN);
  assert.deepEqual(queued, { status: 'queued', claim: true, escalate: true, resolve: false, reply: false, note: true });
  assert.equal(allowedActions(ticket('t1', { tier: 2 }), ANN).claim, false);
  assert.equal(allowedActions(ticket('t1', { tier: 2 }), SUE).claim, true);
  assert.equal(allowedActions(ticket('t1', { tier: 2 }), SUE).escalate, false);
  const mine = allowedActions(ticket('t1', { status: 'assigned', assignee: { id: 'a1' } }), ANN);
  assert.deepEqual([mine.claim, mine.resolve, mine.reply], [false, true, true]);
  assert.equal(allowedActions(ticket('t1', { status: 'waiting_on_user', assignee: { id: 'a2' } }), ANN).reply, false);
  assert.equal(allowedActions(ticket('t1', { status: 'waiting_on_user', assignee: { id: 'a2' } }), SUE).reply, true);
  const resolved = allowedActions(ticket('t1', { status: 'resolved' }), ANN);
  assert.deepEqual([resolved.escalate, resolved.resolve, resolved.note], [false, false, true]);
  assert.deepEqual(allowedActions(null, ANN), { status: '', claim: false, escalate: false, resolve: false, reply: false,
    note: false });
});
