// @ts-check
/**
 * Everything the console says, in English and Simplified Chinese: each key maps to [en, zh].
 * `{name}` marks a value filled in when the text is used. The knowledge view's texts live beside its modules.
 */
import { DASHBOARD_TEXT } from './dashboard/strings.js';
import { AUDIT_TEXT } from './audit/strings.js';
import { KNOWLEDGE_TEXT } from './knowledge/strings.js';

/** @type {Record<string, [string, string]>} */
export const TEXT = {
  pageTitle: ['Baton · Agent console', 'Baton · 客服工作台'],
  brandSub: ['Agent console', '客服工作台'],
  signInHeading: ['Baton agent console', 'Baton 客服工作台'],
  tokenLabel: ['Agent token', '客服令牌'],
  signIn: ['Sign in', '登录'],
  tokenHint: ['Ask an administrator for a token. It is kept in this tab only.', '请向管理员索取令牌。令牌仅保存在当前标签页。'],
  signOut: ['Sign out', '退出'],
  availability: ['Availability', '接单状态'],
  availabilityTitle: ['Away: no tickets are assigned to you automatically', '暂离时不会自动给你分配工单'],
  availabilityAvailable: ['Available', '可接单'],
  availabilityAway: ['Away', '暂离'],
  otherLanguage: ['中文', 'English'],
  otherLanguageTitle: ['切换到中文', 'Switch to English'],
  deliveriesToggle: ['Failed deliveries', '发送失败'],
  deliveriesTitle: ['Replies that could not be delivered', '未能送达的回复'],
  online: ['online', '在线'],
  offline: ['offline', '离线'],
  dismiss: ['Dismiss', '关闭'],
  deliveriesHint: ['Replies to Telegram, Slack, WeChat or webhooks that still failed after every retry. Retry sends one again.',
    '发往 Telegram、Slack、微信或 Webhook 的回复多次重试后仍未送达；点击“重试”重新发送。'],
  close: ['Close', '关闭'],
  deadLetters: ['Dead letters', '发送失败的消息'],
  noDeliveries: ['No failed deliveries', '暂无发送失败的消息'],
  queue: ['Queue', '队列'],
  refresh: ['Refresh', '刷新'],
  filterStatus: ['Status', '状态'],
  filterPriority: ['Priority', '优先级'],
  filterTier: ['Tier', '级别'],
  tickets: ['Tickets', '工单'],
  noTickets: ['No tickets', '暂无工单'],
  ticket: ['Ticket', '工单'],
  noTicket: ['Select a ticket from the queue', '从队列中选择工单'],
  back: ['Queue', '返回队列'],
  claim: ['Claim', '认领'],
  escalate: ['Escalate', '升级'],
  resolve: ['Resolve', '解决'],
  escalateWhy: ['Why escalate to tier 2?', '为什么升级到二线？'],
  escalatePlaceholder: ['e.g. needs a chain analysis', '例如：需要链上分析'],
  escalateConfirm: ['Escalate', '确认升级'],
  cancel: ['Cancel', '取消'],
  transcript: ['Transcript', '聊天记录'],
  userTyping: ['User is typing…', '用户正在输入…'],
  canned: ['Canned answers', '快捷回复'],
  noCanned: ['No canned answers', '暂无快捷回复'],
  reply: ['Reply', '回复'],
  replyHint: ['Reply to the user (Enter sends, Shift+Enter starts a new line)', '回复用户（Enter 发送，Shift+Enter 换行）'],
  claimHint: ['Claim the ticket to reply', '认领后即可回复'],
  closedHint: ['Replies are closed for this ticket', '当前状态不可回复'],
  send: ['Send', '发送'],
  details: ['Details', '用户信息'],
  notes: ['Notes', '内部备注'],
  note: ['Note', '备注'],
  notePlaceholder: ['Internal note, never shown to the user', '内部备注，用户不可见'],
  addNote: ['Add note', '添加备注'],
  noDetails: ['No details collected', '暂无信息'],
  unverified: ['unverified', '未验证'],
  loading: ['Loading…', '加载中…'],
  networkError: ['Network error: Baton could not be reached.', '网络错误：无法连接 Baton 服务器。'],
  enterToken: ['Enter your agent token.', '请输入客服令牌。'],
  signInRefused: ['Sign-in failed: {message}', '登录失败：令牌无效或已撤销（{message}）'],
  invalidToken: ['invalid token', '令牌无效'],
  signInFailed: ['Sign-in failed.', '登录失败。'],
  sessionEnded: ['Your session ended: the token is invalid or was revoked.', '会话已失效：令牌无效或已撤销，请重新登录。'],
  unknownError: ['Unknown error', '未知错误'],
  meTier: ['Tier {tier}', '{tier} 级'],
  supervisor: ['supervisor', '主管'],
  unassigned: ['Unassigned', '未分配'],
  assignee: ['Assignee: {name}', '处理人：{name}'],
  assigneeMe: ['Assignee: {name} (you)', '处理人：{name}（我）'],
  overdue: ['overdue', '已超时'],
  slaDue: ['First response due {time}', '首次响应期限 {time}'],
  metaVia: ['via {channel}', '来自{channel}'],
  metaCreated: ['created', '创建于'],
  metaConversation: ['conversation: {state}', '会话：{state}'],
  metaFirstResponse: ['first response', '首次响应'],
  metaRating: ['rating {rating}/5', '评分 {rating}/5'],
  justNow: ['just now', '刚刚'],
  minutes: ['{n} min', '{n} 分钟'],
  hours: ['{n} h', '{n} 小时'],
  days: ['{n} d', '{n} 天'],
  ago: ['{time} ago', '{time}前'],
  later: ['in {time}', '{time}后'],
  deliveryChat: ['Chat {id}', '聊天 {id}'],
  deliveryConversation: ['Conversation {id}', '会话 {id}'],
  deliveryAttempts: ['{n} attempts', '已尝试 {n} 次'],
  retry: ['Retry', '重试'],
  ...KNOWLEDGE_TEXT,
  ...DASHBOARD_TEXT,
  ...AUDIT_TEXT
};

/**
 * Detail fields in the order the card lists them (fields the server adds later follow, by name).
 * @type {Record<string, [string, string]>}
 */
export const DETAIL_LABELS = {
  accountId: ['Account', '账户'],
  description: ['Description', '问题描述'],
  amount: ['Amount', '金额'],
  chain: ['Network', '网络'],
  txHashes: ['Transaction hashes', '交易哈希'],
  addresses: ['Addresses', '地址'],
  time: ['Time', '发生时间'],
  errorMessage: ['Error message', '报错信息'],
  email: ['Email', '邮箱']
};

/**
 * What the queue's filters offer; the empty value is the default.
 * @type {Record<'status' | 'priority' | 'tier', Record<string, [string, string]>>}
 */
export const FILTER_LABELS = {
  status: { '': ['Open', '进行中'], queued: ['Queued', '排队中'], assigned: ['Assigned', '处理中'],
    waiting_on_user: ['Waiting on user', '等待用户'], resolved: ['Resolved', '已解决'], abandoned: ['Abandoned', '已放弃'] },
  priority: { '': ['All', '全部'], urgent: ['Urgent', '紧急'], normal: ['Normal', '普通'] },
  tier: { '': ['All', '全部'], 1: ['Tier 1', '一线'], 2: ['Tier 2', '二线'] }
};

/**
 * Badge texts by kind and value.
 * @type {Record<'status' | 'priority' | 'tier', Record<string, [string, string]>>}
 */
export const BADGE_LABELS = {
  status: { queued: ['queued', '排队中'], assigned: ['assigned', '处理中'], waiting_on_user: ['waiting on user', '等待用户'],
    resolved: ['resolved', '已解决'], abandoned: ['abandoned', '已放弃'] },
  priority: { urgent: ['urgent', '紧急'], normal: ['normal', '普通'] },
  tier: { 1: ['Tier 1', '一线'], 2: ['Tier 2', '二线'] }
};

/**
 * Why a ticket was opened, by reason code: the ticket's title.
 * @type {Record<string, [string, string]>}
 */
export const REASON_LABELS = {
  funds_at_risk: ['Funds at risk', '资金风险'],
  'funds_at_risk.unauthorized_transfer': ['Funds at risk: unauthorized transfer', '资金风险：未经授权的转出'],
  'funds_at_risk.wrong_address': ['Funds at risk: sent to a wrong address', '资金风险：转错地址'],
  'funds_at_risk.secret_leaked': ['Funds at risk: recovery phrase or key leaked', '资金风险：助记词或私钥泄露'],
  'funds_at_risk.impersonation': ['Funds at risk: impersonation scam', '资金风险：冒充官方诈骗'],
  'funds_at_risk.account_locked': ['Funds at risk: account locked', '资金风险：账户被锁'],
  'funds_at_risk.transfer_missing': ['Funds at risk: transfer not received', '资金风险：转账未到账'],
  secret_exposed: ['Recovery phrase or key sent in the chat', '用户在对话中发送了助记词或私钥'],
  human_requested: ['Asked for a person', '用户要求人工客服'],
  account_issue: ['Account issue', '账户问题'],
  escalation_requested: ['Asked for tier-2 support', '用户要求升级处理'],
  repeated_fallback: ['Baton did not understand several times', '机器人多次未能理解'],
  low_confidence: ['Unclear request', '问题不明确']
};

/**
 * Intent ids (the FAQ corpus's, hyphenated) whose reason code differs from their name.
 * @type {Record<string, string>}
 */
export const INTENT_REASONS = {
  'human-request': 'human_requested',
  'secret-leaked': 'funds_at_risk.secret_leaked'
};

/** @type {Record<string, [string, string]>} */
export const SENDER_LABELS = {
  user: ['User', '用户'], bot: ['Baton', 'Baton'], agent: ['Agent', '客服'], system: ['System', '系统']
};

/** @type {Record<string, [string, string]>} */
export const CHANNEL_LABELS = {
  web: ['web', '网页'], telegram: ['Telegram', 'Telegram'], slack: ['Slack', 'Slack'], wechat: ['WeChat', '微信'],
  whatsapp: ['WhatsApp', 'WhatsApp'], email: ['email', '邮件'], generic: ['Webhook', 'Webhook']
};

/** @type {Record<string, [string, string]>} */
export const LANGUAGE_LABELS = {
  'zh-Hans': ['Simplified Chinese', '简体中文'], 'zh-Hant': ['Traditional Chinese', '繁体中文'], en: ['English', '英文']
};

/** @type {Record<string, [string, string]>} */
export const CONVERSATION_LABELS = {
  bot: ['with Baton', '机器人接待'], collecting_details: ['collecting details', '收集信息中'], queued: ['queued', '排队中'],
  with_agent: ['with an agent', '客服处理中'], resolved: ['resolved', '已解决'], closed: ['closed', '已关闭']
};

/** @type {Record<string, [string, string]>} */
export const DECISION_LABELS = {
  action: ['action', '动作'], intent: ['intent', '意图'], confidence: ['confidence', '置信度'], reason: ['reason', '原因'],
  faq: ['faq', 'FAQ']
};
