import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  availabilityOptions, badgeLabel, channelLabel, conversationLabel, detailRows, detailValues, filterLabel, filterOptions, humanize,
  languageLabel, senderLabel, ticketTitle
} from '../../../main/resources/web/console/labels.js';
import { REASON_LABELS } from '../../../main/resources/web/console/strings.js';

/** Every reason code the server opens tickets with, and the FAQ intents that lead to them. */
const REASONS = ['funds_at_risk.unauthorized_transfer', 'funds_at_risk.wrong_address', 'funds_at_risk.secret_leaked',
  'funds_at_risk.impersonation', 'funds_at_risk.account_locked', 'funds_at_risk.transfer_missing', 'secret_exposed',
  'human_requested', 'account_issue', 'escalation_requested', 'repeated_fallback', 'low_confidence'];
const INTENTS = ['unauthorized-transfer', 'wrong-address', 'secret-leaked', 'impersonation', 'account-locked',
  'transfer-missing', 'human-request', 'account-issue'];
const RAW_CODE = /[a-z]+[_.][a-z]|[a-z]-[a-z]/;

test('known reason codes read as words in each language', () => {
  assert.equal(ticketTitle('funds_at_risk.unauthorized_transfer', 'en'), 'Funds at risk: unauthorized transfer');
  assert.equal(ticketTitle('funds_at_risk.unauthorized_transfer', 'zh'), '资金风险：未经授权的转出');
  assert.equal(ticketTitle('human_requested', 'zh'), '用户要求人工客服');
  for (const code of REASONS) {
    for (const lang of ['en', 'zh']) {
      const title = ticketTitle(code, lang);
      assert.doesNotMatch(title, RAW_CODE, code + ' in ' + lang + ': ' + title);
      assert.ok(!title.includes(code), code);
    }
    assert.match(ticketTitle(code, 'zh'), /\p{Script=Han}/u, code);
  }
});

test('intent ids title a ticket like the reason they lead to', () => {
  assert.equal(ticketTitle('unauthorized-transfer', 'en'), ticketTitle('funds_at_risk.unauthorized_transfer', 'en'));
  assert.equal(ticketTitle('secret-leaked', 'zh'), ticketTitle('funds_at_risk.secret_leaked', 'zh'));
  assert.equal(ticketTitle('human-request', 'en'), 'Asked for a person');
  for (const intent of INTENTS) {
    assert.doesNotMatch(ticketTitle(intent, 'en'), RAW_CODE, intent);
  }
});

test('a code without a label becomes words that break only between words', () => {
  assert.equal(ticketTitle('funds_at_risk.unauthoriz_ed_transfer', 'en'), 'Funds at risk: unauthoriz ed transfer');
  assert.equal(ticketTitle('funds_at_risk.new_kind', 'zh'), '资金风险：new kind');
  assert.equal(ticketTitle('card_payment_failed', 'zh'), 'Card payment failed');
  assert.equal(ticketTitle('billing.refundRequested', 'en'), 'Billing: refund requested');
  assert.equal(ticketTitle('vip-callback', 'en'), 'Vip callback');
  for (const code of ['some_brand_new_reason', 'a.b_c', 'x-y-z', 'quotaExceeded']) {
    const title = ticketTitle(code, 'en');
    assert.doesNotMatch(title, RAW_CODE, title);
    const parts = code.toLowerCase().split(/[._-]|(?=[A-Z])/).join(' ');
    assert.ok(title.toLowerCase().replace(/:/g, '').split(/\s+/).every(word => parts.includes(word)), title);
  }
});

test('a missing reason shows a dash', () => {
  assert.equal(ticketTitle(null, 'en'), '—');
  assert.equal(ticketTitle('  ', 'zh'), '—');
  assert.equal(humanize(''), '');
});

test('every reason label is written in both languages', () => {
  for (const [code, [en, zh]] of Object.entries(REASON_LABELS)) {
    assert.ok(en && zh && en !== zh, code);
  }
});

test('badges, filters, channels and states are labelled in the console language', () => {
  assert.equal(badgeLabel('status', 'waiting_on_user', 'en'), 'waiting on user');
  assert.equal(badgeLabel('status', 'queued', 'zh'), '排队中');
  assert.equal(badgeLabel('priority', 'urgent', 'zh'), '紧急');
  assert.equal(badgeLabel('tier', 2, 'zh'), '二线');
  assert.equal(badgeLabel('tier', 3, 'en'), 'Tier 3');
  assert.equal(badgeLabel('status', 'on_hold', 'en'), 'on hold');
  assert.equal(filterLabel('status', '', 'zh'), '进行中');
  assert.equal(filterLabel('status', 'waiting_on_user', 'en'), 'Waiting on user');
  assert.equal(channelLabel('wechat', 'zh'), '微信');
  assert.equal(channelLabel('telegram', 'en'), 'Telegram');
  assert.equal(channelLabel('line_app', 'en'), 'line app');
  assert.equal(languageLabel('zh-Hans', 'en'), 'Simplified Chinese');
  assert.equal(languageLabel('ja', 'en'), 'ja');
  assert.equal(conversationLabel('with_agent', 'zh'), '客服处理中');
  assert.equal(senderLabel('agent', 'zh'), '客服');
});

test('each filter offers its default first, then its values in order', () => {
  assert.deepEqual(filterOptions('tier', 'en'), [['', 'All'], ['1', 'Tier 1'], ['2', 'Tier 2']]);
  assert.deepEqual(filterOptions('status', 'zh').map(([value]) => value),
    ['', 'queued', 'assigned', 'waiting_on_user', 'resolved', 'abandoned']);
  assert.deepEqual(filterOptions('priority', 'zh').map(([, label]) => label), ['全部', '紧急', '普通']);
});

/** A ticket's details as the agent API sends them. */
const DETAILS = {
  accountId: 'li.wei@example.com', description: '我的币被盗了', amount: '200 USDT', chain: 'ERC20',
  txHashes: ['0x5c50 (ethereum)', '0x77aa (ethereum, unverified)'], addresses: ['0x742d (ethereum)'],
  time: '昨天晚上10点', errorMessage: 'insufficient gas', email: 'li.wei@example.com'
};

test('every detail the ticket holds gets a labelled row', () => {
  const rows = detailRows(DETAILS, 'zh');
  assert.deepEqual(rows.map(r => r.field), ['accountId', 'description', 'amount', 'chain', 'txHashes', 'addresses',
    'time', 'errorMessage', 'email']);
  assert.deepEqual(rows.map(r => r.label), ['账户', '问题描述', '金额', '网络', '交易哈希', '地址', '发生时间', '报错信息', '邮箱']);
  assert.deepEqual(rows.find(r => r.field === 'txHashes').values, ['0x5c50 (ethereum)', '0x77aa (ethereum，未验证)']);
  assert.deepEqual(detailRows(DETAILS, 'en').find(r => r.field === 'chain'), { field: 'chain', label: 'Network', values: ['ERC20'] });
});

test('a detail field the console does not know yet is still shown, after the known ones', () => {
  const rows = detailRows({ walletType: 'hardware', description: 'lost', memo: 'ABC 123' }, 'en');
  assert.deepEqual(rows.map(r => [r.label, r.values]), [['Description', ['lost']], ['Memo', ['ABC 123']],
    ['Wallet type', ['hardware']]]);
});

test('empty details show no rows', () => {
  assert.deepEqual(detailRows({ accountId: null, description: '', txHashes: [], amount: undefined }, 'en'), []);
  assert.deepEqual(detailRows(null, 'zh'), []);
});

test('structured detail values become one line each', () => {
  assert.deepEqual(detailValues({ value: '0xabc', chain: 'tron', verified: false }, 'zh'), ['0xabc (tron) ⚠ 未验证']);
  assert.deepEqual(detailValues({ amount: 50, coin: 'USDT' }, 'en'), ['50 USDT']);
  assert.deepEqual(detailValues([{ hash: 'h1' }, 'h2', null], 'en'), ['h1', 'h2']);
  assert.deepEqual(detailValues({ other: 1 }, 'en'), ['{"other":1}']);
  assert.deepEqual(detailValues(42, 'en'), ['42']);
});

test('the availability control offers available and away in each language, never offline', () => {
  assert.deepEqual(availabilityOptions('en'), [['available', 'Available'], ['away', 'Away']]);
  assert.deepEqual(availabilityOptions('zh'), [['available', '可接单'], ['away', '暂离']]);
});
