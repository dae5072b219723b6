// @ts-check
/**
 * Everything the audit log page says, in English and Simplified Chinese: each key maps to [en, zh]. The
 * console's catalogue (../strings.js) takes in AUDIT_TEXT, so `t('auditView')` works like any console text.
 */

/** @type {Record<string, [string, string]>} */
export const AUDIT_TEXT = {
  auditView: ['Audit log', '审计日志'],
  auditHeading: ['What agents and editors did', '客服与编辑的操作记录'],
  auditHint: ['Newest first. Every claim, reply, note, escalation, resolution, transcript view and knowledge change is here.',
    '按时间倒序。认领、回复、备注、升级、解决、查看对话和知识库修改都记录在此。'],
  auditAgent: ['Agent', '客服'],
  auditAgentHint: ['name or id', '姓名或 ID'],
  auditTicket: ['Ticket', '工单'],
  auditAction: ['Action', '操作'],
  auditAllActions: ['All actions', '全部操作'],
  auditFrom: ['From', '开始时间'],
  auditTo: ['To', '结束时间'],
  auditApply: ['Show', '查询'],
  auditClear: ['Clear', '清除'],
  auditTime: ['Time', '时间'],
  auditDetail: ['Detail', '详情'],
  auditMore: ['Load more', '加载更多'],
  auditEmpty: ['Nothing matches these filters', '没有符合条件的记录'],
  auditLoading: ['Loading…', '加载中…']
};

/**
 * How each action reads in the table; an action not listed shows as it is.
 * @type {Record<string, [string, string]>}
 */
export const AUDIT_ACTIONS = {
  claim: ['claimed', '认领'],
  reply: ['replied', '回复'],
  note: ['added a note', '添加备注'],
  escalate: ['escalated', '升级'],
  resolve: ['resolved', '解决'],
  view: ['read the transcript', '查看对话'],
  retry_delivery: ['retried a delivery', '重发消息'],
  requeue: ['returned to the queue', '退回队列'],
  'knowledge.add': ['added an entry', '新增条目'],
  'knowledge.edit': ['edited an entry', '修改条目'],
  'knowledge.retire': ['retired an entry', '停用条目'],
  'knowledge.synonyms': ['changed synonyms', '修改同义词'],
  'knowledge.discard': ['discarded the draft', '放弃草稿'],
  'knowledge.import': ['imported a corpus', '导入语料'],
  'knowledge.examples': ['added suggested examples', '添加建议示例'],
  'knowledge.publish': ['started a publish', '开始发布'],
  'knowledge.live': ['published a version', '版本已上线'],
  'knowledge.failed': ['publish failed', '发布失败'],
  'knowledge.rollback': ['rolled back', '回滚版本'],
  'learning.accept': ['accepted suggestions', '采纳建议'],
  'learning.dismiss': ['dismissed suggestions', '忽略建议']
};
