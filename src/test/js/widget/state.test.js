import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stringsFor } from '../../../main/resources/web/widget/i18n.js';
import { agentMayType, shownState, statusText, subtitleFor } from '../../../main/resources/web/widget/state.js';

const zh = stringsFor('zh-CN');
const en = stringsFor('en');

test('the status bar is hidden while the bot answers', () => {
  assert.equal(statusText('bot', null, zh), '');
  assert.equal(statusText(undefined, null, zh), '');
  assert.equal(statusText('something_new', null, zh), '', 'a state the widget does not know shows nothing');
});

test('collecting details, with an agent and resolved each have their line', () => {
  assert.equal(statusText('collecting_details', null, zh), zh.collecting);
  assert.equal(statusText('with_agent', null, en), en.withAgent);
  assert.equal(statusText('resolved', null, en), en.resolved);
});

test('in the queue the bar gives the position and the estimated wait when the server knows them', () => {
  assert.equal(statusText('queued', { queuePosition: 2, estimatedWaitSeconds: 360 }, zh),
    '正在为你转接人工客服，当前排在第 2 位，预计等待约 6 分钟');
  assert.equal(statusText('queued', { queuePosition: 1, estimatedWaitSeconds: 30 }, en),
    'Connecting you to a support agent, you are number 1 in the queue, estimated wait under a minute');
  assert.equal(statusText('queued', null, en), en.queued);
  assert.equal(statusText('queued', { queuePosition: 0, estimatedWaitSeconds: null }, en), en.queued);
  assert.equal(statusText('queued', { estimatedWaitSeconds: 0 }, en), en.queued + ', estimated wait under a minute');
  assert.equal(statusText('queued', { queuePosition: 3, estimatedWaitSeconds: -1 }, en),
    en.queued + ', you are number 3 in the queue');
});

test('an urgent ticket\'s place in the queue says it was put ahead', () => {
  assert.equal(statusText('queued', { priority: 'urgent', queuePosition: 1, estimatedWaitSeconds: 120 }, zh),
    '已加急，正在为你转接人工客服，当前排在第 1 位，预计等待约 2 分钟');
  assert.equal(statusText('queued', { priority: 'urgent' }, en), 'Marked urgent: connecting you to a support agent');
  assert.equal(statusText('queued', { priority: 'normal' }, en), en.queued);
});

test('the header says a person is there once an agent has joined, and the assistant otherwise', () => {
  assert.equal(subtitleFor('with_agent', zh), '人工客服 · 正在为你服务');
  assert.equal(subtitleFor('with_agent', en), 'A support agent is with you');
  for (const state of ['bot', 'collecting_details', 'queued', 'resolved', undefined]) {
    assert.equal(subtitleFor(state, en), en.subtitle, String(state));
  }
});

test('the shown state is the server\'s string, else the bot\'s', () => {
  assert.equal(shownState('queued'), 'queued');
  assert.equal(shownState(null), 'bot');
  assert.equal(shownState(3), 'bot');
});

test('the agent\'s typing dots may stay only while an agent is there or about to be', () => {
  assert.equal(agentMayType('with_agent'), true);
  assert.equal(agentMayType('queued'), true);
  for (const state of ['bot', 'collecting_details', 'resolved', null]) {
    assert.equal(agentMayType(state), false, String(state));
  }
});

test('with no agent available the bar says so instead of a wait', () => {
  assert.equal(statusText('queued', { queuePosition: 2, estimatedWaitSeconds: null, agentsAvailable: false }, zh),
    '正在为你转接人工客服，当前排在第 2 位，目前没有客服在线，暂时无法估计等待时间');
  assert.equal(statusText('queued', { queuePosition: 1, estimatedWaitSeconds: 120, agentsAvailable: true }, en),
    'Connecting you to a support agent, you are number 1 in the queue, estimated wait about 2 min');
});
