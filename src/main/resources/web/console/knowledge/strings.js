// @ts-check
/**
 * Everything the knowledge view says, in English and Simplified Chinese: each key maps to [en, zh], and
 * `{name}` marks a value filled in when the text is used. The console's catalogue (../strings.js) takes in
 * KNOWLEDGE_TEXT, so `t('kbSave')` works like any console text.
 */

/** @type {Record<string, [string, string]>} */
export const KNOWLEDGE_TEXT = {
  kbViews: ['Views', '视图'],
  kbKnowledge: ['Knowledge', '知识库'],
  editor: ['editor', '知识库编辑'],
  kbSections: ['Sections', '栏目'],
  kbTabEntries: ['Entries', '条目'],
  kbTabChanges: ['Changes', '待发布'],
  kbTabVersions: ['Versions', '版本'],
  kbTabSuggestions: ['Suggestions', '学习建议'],
  kbTabSynonyms: ['Synonyms', '同义词'],
  kbLiveVersion: ['Live: version {version}', '线上版本：{version}'],
  kbDraftFrom: ['Draft from version {base}, revision {revision}', '草稿基于版本 {base}，修订 {revision}'],
  kbSearch: ['Search', '搜索'],
  kbSearchHint: ['Search ids, titles, answers, examples', '搜索 ID、标题、答案或示例问题'],
  kbKind: ['Kind', '类型'],
  kbAllKinds: ['All kinds', '全部类型'],
  kbNew: ['New entry', '新建条目'],
  kbNewEntry: ['New entry', '新条目'],
  kbNoEntries: ['No entries match', '没有匹配的条目'],
  kbNoEntry: ['Choose an entry, or add a new one', '请选择条目，或新建一个'],
  kbExampleCount: ['examples: {n}', '示例 {n} 个'],
  kbChanged: ['changed', '已修改'],
  kbChangedTitle: ['Differs from the live version', '与线上版本不同'],
  kbId: ['Id', 'ID'],
  kbIdHint: ['Lowercase letters, digits and hyphens; it cannot change later.', '小写字母、数字和连字符，保存后不能再改。'],
  kbReason: ['Reason code', '原因代码'],
  kbReasonHint: ['Urgent entries need one: it names the handoff\'s reason.', '紧急类条目必填，用于标明转人工的原因。'],
  kbTags: ['Tags', '标签'],
  kbTagsHint: ['Separated by commas.', '用逗号分隔。'],
  kbTitle: ['Title', '标题'],
  kbAnswer: ['Answer', '答案'],
  kbLangZh: ['Simplified Chinese', '简体中文'],
  kbLangZhHant: ['Traditional Chinese (optional)', '繁体中文（可选）'],
  kbLangEn: ['English', '英文'],
  kbLangChinese: ['Chinese', '中文'],
  kbZhHantHint: ['Leave it empty and Baton converts the Simplified Chinese answer.', '留空则由简体中文答案自动转换。'],
  kbExamples: ['Example questions', '示例问题'],
  kbExamplesHint: ['One question per line, worded as users write them. Baton learns from these.',
    '每行一个问题，按用户的说法来写。机器人从这些问题中学习。'],
  kbCountOf: ['{n} of at least {min}', '{n} / 至少 {min}'],
  kbDevKept: ['Held-out questions, used only to check Baton and never to teach it, stay as they are: {n}.',
    '另有 {n} 个保留问题（只用于检验，不用于学习），保持不变。'],
  kbFollowUps: ['Follow-ups', '后续问题'],
  kbFollowUpsHint: ['Offered as quick replies after the answer.', '回答后作为快捷选项提供给用户。'],
  kbAddFollowUp: ['Add a follow-up…', '添加后续问题…'],
  kbRemoveFollowUp: ['Remove {id}', '移除 {id}'],
  kbSave: ['Save to the draft', '保存到草稿'],
  kbRetire: ['Retire', '停用'],
  kbSaved: ['Saved to the draft. Publish to make it live.', '已保存到草稿。发布后才会生效。'],
  kbAdded: ['Added to the draft. Publish to make it live.', '已添加到草稿。发布后才会生效。'],
  kbRetired: ['{id} is retired in the draft. Publish to make it live.', '已在草稿中停用 {id}。发布后才会生效。'],
  kbRetireConfirm: ['Retire {id}? Baton stops answering with it once the draft is published.',
    '确定停用 {id} 吗？草稿发布后，机器人将不再使用这个条目回答。'],
  kbNotSavedYet: ['Not saved yet.', '尚未保存。'],
  kbUnsaved: ['Not saved: {fields}', '未保存的修改：{fields}'],
  kbLeaveConfirm: ['Your edits to this entry are not saved. Throw them away?', '这个条目的修改尚未保存，确定放弃吗？'],
  kbLeave: ['Throw away', '放弃修改'],
  kbStale: ['Someone else changed the draft meanwhile, so the entry was reloaded as it is now. Your edits are not lost: put them back to save them over it.',
    '在你编辑期间，其他人修改了草稿，条目已重新加载为最新内容。你的修改还在：可以恢复后再保存，覆盖对方的修改。'],
  kbStaleNew: ['Someone else changed the draft meanwhile. The list is up to date again: save once more to add your entry.',
    '在你编辑期间，其他人修改了草稿，列表已更新。请再次保存以添加你的条目。'],
  kbStaleReapply: ['Put my edits back', '恢复我的修改'],
  kbHintIdMissing: ['Give the entry an id.', '请填写 ID。'],
  kbHintIdForm: ['Use lowercase letters, digits and single hyphens, e.g. contact-channels.', '只能用小写字母、数字和单个连字符，例如 contact-channels。'],
  kbHintIdTaken: ['An entry {id} exists already.', '已有 ID 为 {id} 的条目。'],
  kbHintKind: ['Choose a kind.', '请选择类型。'],
  kbHintReasonMissing: ['An urgent entry needs a reason code, e.g. funds_missing.', '紧急类条目需要原因代码，例如 funds_missing。'],
  kbHintReasonForm: ['Use lowercase words joined by underscores, e.g. funds_missing.', '请用下划线连接的小写单词，例如 funds_missing。'],
  kbHintTitleMissing: ['Write a title.', '请填写标题。'],
  kbHintAnswerMissing: ['Write the answer.', '请填写答案。'],
  kbHintFewExamples: ['has {n}; a FAQ entry needs at least {min}.', '现有 {n} 个问题，常见问题至少需要 {min} 个。'],
  kbHintFollowUpSelf: ['An entry cannot follow itself.', '条目不能把自己作为后续问题。'],
  kbHintFollowUpUnknown: ['{id} is not an entry of the draft.', '{id} 不是草稿中的条目。'],
  kbChangesHeading: ['Changes not yet published', '尚未发布的修改'],
  kbChangesSince: ['Since version {base}, the one the draft started from.', '相对于草稿所基于的版本 {base}。'],
  kbNoChanges: ['Nothing to publish: the draft is the live version.', '没有需要发布的修改：草稿与线上版本相同。'],
  kbDiscard: ['Discard all changes', '放弃全部修改'],
  kbDiscardConfirm: ['Discard all changes ({n})? The draft goes back to the live version; this cannot be undone.',
    '确定放弃全部 {n} 项修改吗？草稿将恢复为线上版本，且无法撤销。'],
  kbPublishHeading: ['Publish', '发布'],
  kbPublishHint: ['Baton learns the draft, then checks it on the evaluation sets. It goes live on every server only if it does as well as the live version.',
    '机器人先学习草稿，再用评测集检验。只有表现不低于线上版本，才会在所有服务器上生效。'],
  kbPublishNote: ['What changed, in a few words', '简要说明修改内容'],
  kbPublishNoteHint: ['e.g. clearer answer about the support email', '例如：客服邮箱的回答更清楚'],
  kbPublishNoteMissing: ['Say in a few words what changed: it is kept with the version.', '请简要说明修改内容，它会与版本一起保存。'],
  kbPublish: ['Publish', '发布'],
  kbPublishStale: ['Someone else changed the draft meanwhile. Check the changes below, then publish again.',
    '在此期间其他人修改了草稿。请查看下面的修改后再发布。'],
  kbPublishGaveUp: ['The publish is taking unusually long. Look at the versions later to see how it ended.',
    '发布耗时异常。请稍后在“版本”中查看结果。'],
  kbGatePassed: ['Passed the quality check: the draft does at least as well as the live version.', '质量检查通过：草稿的表现不低于线上版本。'],
  kbGateRefused: ['Refused by the quality check: the live version stays.', '未通过质量检查：继续使用线上版本。'],
  kbGateOriginal: ['The check\'s own words', '检查结果原文'],
  kbGateWorse: ['{figure} on {set}: {live} live, {draft} with the draft (worse).', '{set} 上的{figure}：线上 {live}，草稿 {draft}（变差）。'],
  kbGateSet: ['{name} ({n} questions)', '{name}（{n} 个问题）'],
  kbGateFigure: ['Measure', '指标'],
  kbLiveColumn: ['Live', '线上'],
  kbDraftColumn: ['Draft', '草稿'],
  kbTrend_better: ['better than live', '优于线上'],
  kbTrend_worse: ['worse than live', '差于线上'],
  kbTrend_same: ['as live', '与线上相同'],
  kbNoVersions: ['No version published yet', '尚未发布任何版本'],
  kbVersion: ['Version {n}', '版本 {n}'],
  kbLive: ['live', '线上'],
  kbChangeCount: ['changes: {n}', '{n} 项修改'],
  kbVersionDetails: ['Details', '详情'],
  kbVersionChanges: ['What changed', '修改内容'],
  kbVersionGate: ['Quality check', '质量检查'],
  kbNoChangeList: ['No changes recorded', '没有修改记录'],
  kbExport: ['Download', '下载'],
  kbRollback: ['Roll back', '回滚'],
  kbRollbackConfirm: ['Make version {n} live again? Baton answers with it at once, and the draft goes back to it: unpublished changes are lost.',
    '确定让版本 {n} 重新上线吗？机器人会立即改用该版本回答，草稿也会恢复为该版本，未发布的修改将丢失。'],
  kbRolledBack: ['Version {n} is live again.', '版本 {n} 已重新上线。'],
  kbImportHeading: ['Import', '导入'],
  kbImportHint: ['Replaces the draft with a corpus zip as a download makes it (faq/, intents/, synonyms.yaml). Nothing goes live until it is published.',
    '用语料压缩包（与下载的格式相同：faq/、intents/、synonyms.yaml）替换草稿。发布前不会生效。'],
  kbImportFile: ['Corpus zip', '语料压缩包'],
  kbImport: ['Import into the draft', '导入到草稿'],
  kbImportConfirm: ['Replace the whole draft with {name}? Unpublished changes are lost.', '确定用 {name} 替换整个草稿吗？未发布的修改将丢失。'],
  kbImported: ['{name} is the draft now. Changes from the live version: {n}.', '{name} 已成为草稿：与线上版本相比有 {n} 项修改。'],
  kbSuggestionsHeading: ['Questions Baton could not answer', '机器人没能回答的问题'],
  kbSuggestionsHint: ['Similar questions are grouped, most asked first. Tick the ones that belong together, then add them to an entry as examples, or start a new entry from them.',
    '相似的问题已归为一组，问得最多的在前。勾选属于同一类的问题，把它们作为示例加入某个条目，或据此新建条目。'],
  kbNoSuggestions: ['No suggestions right now', '暂无建议'],
  kbGroupSize: ['Times asked: {n}', '被问到 {n} 次'],
  kbGroupLast: ['last', '最近一次'],
  kbGroupSuggested: ['Probably about {id}', '可能与 {id} 有关'],
  kbGroupNoSuggestion: ['No entry seems to fit yet', '暂时没有合适的条目'],
  kbAgentReplied: ['Agent replied:', '客服回复：'],
  kbAddToEntry: ['Add to', '加入条目'],
  kbChooseEntry: ['Choose an entry…', '选择条目…'],
  kbChooseEntryFirst: ['Choose the entry the questions belong to.', '请先选择这些问题所属的条目。'],
  kbAccept: ['Add as examples', '加为示例'],
  kbNewFromGroup: ['New entry from these', '据此新建条目'],
  kbDismiss: ['Dismiss', '忽略'],
  kbAccepted: ['Added to {id} in the draft as examples: {n}.', '已将 {n} 个问题加入草稿中 {id} 的示例。'],
  kbDismissed: ['Dismissed: {n}.', '已忽略 {n} 个问题。'],
  kbSynonyms: ['Synonyms', '同义词'],
  kbSynonymsHint: ['Words Baton treats as the same when it looks for an answer: one group per line, the words separated by commas.',
    '机器人查找答案时视为相同的词：每行一组，词之间用逗号分隔。'],
  kbSynonymsIn_zh: ['Chinese:', '中文：'],
  kbSynonymsIn_en: ['English:', '英文：'],
  kbSynonymsAlone: ['line {line} has only "{term}": a group needs two words or more.', '第 {line} 行只有“{term}”，每组至少需要两个词。'],
  kbSynonymsTwice: ['"{term}" on line {line} is also on line {first}: the two groups become one.',
    '第 {line} 行的“{term}”也出现在第 {first} 行，两组会合并为一组。'],
  kbSynonymsStale: ['Someone else changed the draft meanwhile; the synonyms were reloaded. Make your change again.',
    '在此期间其他人修改了草稿，同义词已重新加载。请重新修改。'],
  kbTry: ['Try it', '试一试'],
  kbTryHint: ['Write what a user might ask and see what the live version and the draft would do.', '输入用户可能的问题，看看线上版本和草稿分别会怎么处理。'],
  kbTryMessage: ['Message', '消息'],
  kbTryPlaceholder: ['e.g. what is the support email', '例如：客服邮箱多少'],
  kbTryButton: ['Try', '试试'],
  kbTryTraining: ['Asking… the first try after a change trains the draft, which takes a few seconds.',
    '查询中… 修改后第一次试用需要先训练草稿，要等几秒钟。'],
  kbTryAction: ['Does', '处理'],
  kbTryIntent: ['Intent', '意图'],
  kbTryConfidence: ['Confidence', '置信度'],
  kbTryLanguage: ['Language', '语言'],
  kbTryReply: ['Reply', '回复'],
  kbTryDiffers: ['The draft would answer differently.', '草稿的处理与线上版本不同。'],
  kbTrySame: ['The draft would do the same as the live version.', '草稿的处理与线上版本相同。'],
  kbConfirm: ['Confirm', '确认']
};

/** @type {Record<string, [string, string]>} */
export const KIND_LABELS = {
  faq: ['FAQ answer', '常见问题'], smalltalk: ['Small talk', '闲聊'], human: ['Hand to a person', '转人工'],
  urgent: ['Urgent: funds at risk', '紧急：资金风险'], out_of_scope: ['Out of scope', '超出范围']
};

/** Fields of an entry as the draft's changes name them. @type {Record<string, [string, string]>} */
export const FIELD_LABELS = {
  id: ['Id', 'ID'], kind: ['Kind', '类型'], reason: ['Reason code', '原因代码'], tags: ['Tags', '标签'],
  followUps: ['Follow-ups', '后续问题'], title: ['Title', '标题'], answer: ['Answer', '答案'],
  examples: ['Examples', '示例问题'], dev: ['Held-out questions', '保留问题'], synonyms: ['Synonyms', '同义词']
};

/** @type {Record<string, [string, string]>} */
export const TEXT_LANGUAGE_LABELS = {
  zh: ['Chinese', '中文'], zhHant: ['Traditional Chinese', '繁体中文'], en: ['English', '英文']
};

/** @type {Record<string, [string, string]>} */
export const CHANGE_LABELS = { added: ['added', '新增'], edited: ['edited', '修改'], retired: ['retired', '停用'] };

/** @type {Record<string, [string, string]>} */
export const FIGURE_LABELS = {
  actionAccuracy: ['Right action', '处理正确率'],
  urgentRecall: ['Urgent cases caught', '紧急情况识别率'],
  outOfScopeAnswered: ['Off-topic questions answered', '误答超范围问题数']
};

/** @type {Record<string, [string, string]>} */
export const PUBLISH_STATE_LABELS = {
  training: ['Learning the draft…', '正在学习草稿…'],
  checking: ['Checking it on the evaluation sets…', '正在用评测集检验…'],
  published: ['Published: version {version} is live.', '已发布：版本 {version} 已上线。'],
  refused: ['Not published: the quality check refused it.', '未发布：没有通过质量检查。'],
  failed: ['Publishing failed.', '发布失败。']
};

/** What Baton does with a message, as "try it" shows it. @type {Record<string, [string, string]>} */
export const ACTION_LABELS = {
  faq: ['Answers with {target}', '用 {target} 回答'],
  'handoff:urgent': ['Hands off at once (urgent)', '立即转人工（紧急）'],
  'handoff:human': ['Hands off to a person', '转人工'],
  clarify: ['Asks back', '追问用户'],
  fallback: ['Says it cannot help with that', '告知无法回答'],
  smalltalk: ['Small talk', '闲聊回复']
};

/** What Baton did with a suggested question. @type {Record<string, [string, string]>} */
export const SUGGESTION_DECISION_LABELS = {
  clarify: ['asked back', '追问了用户'],
  fallback: ['could not answer', '未能回答'],
  'handoff:human': ['handed to a person', '转给了人工']
};
