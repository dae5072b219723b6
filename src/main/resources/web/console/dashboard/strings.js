// @ts-check
/**
 * Everything the supervisor dashboard says, in English and Simplified Chinese (each key maps to [en, zh]); the
 * console's catalogue (../strings.js) takes in DASHBOARD_TEXT.
 */

/** @type {Record<string, [string, string]>} */
export const DASHBOARD_TEXT = {
  dashDashboard: ['Dashboard', '数据看板'],
  dashRefresh: ['Refresh', '刷新'],
  dash24h: ['Last 24 hours', '最近 24 小时'],
  dash7d: ['Last 7 days', '最近 7 天'],
  'dash-containment': ['Containment', '自助解决率'],
  'dash-provisional': ['Provisional (pending counted as contained)', '暂估（待定计为已解决）'],
  'dash-contained': ['Contained', '已自助解决'],
  'dash-not-contained': ['Not contained', '未自助解决'],
  'dash-pending': ['Pending (window open)', '待定（观察期内）'],
  'dash-handoff-rate': ['Handoff rate', '转人工率'],
  'dash-first-p50': ['First response p50', '首次人工响应 p50'],
  'dash-first-p90': ['First response p90', '首次人工响应 p90'],
  'dash-sla-breached': ['SLA breaches', '超出 SLA'],
  'dash-rating-mean': ['Mean rating', '平均评分'],
  'dash-ratings': ['Ratings', '评分数'],
  dashQueue: ['Queue depth', '排队数'],
  dashQueueDepth: ['Waiting', '等待中'],
  dashQueuePeak: ['Peak', '峰值'],
  dashRatings: ['Ratings 1-5', '评分 1-5'],
  dashRatingCount: ['Ratings', '评分数'],
  dashReasons: ['Handoffs by reason', '转人工原因'],
  dashNoHandoffs: ['No handoffs', '没有转人工'],
  dashClarifications: ['Most asked back on', '最常追问的问题'],
  dashNoClarifications: ['Baton did not ask back', '没有追问'],
  dashWindow: ['A conversation is contained when Baton answered it, it was not handed off, and the user did not '
    + 'come back with a related question within {hours} h.', '会话由 Baton 回答、未转人工，且用户在 {hours} 小时内没有'
    + '就相关问题再来，才算自助解决。']
};
