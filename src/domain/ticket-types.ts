// The vocabulary of a work order (工单). The API's Zod schemas and the SQL checks use these lists.

export const TICKET_STATUSES = [
  'registered', // 已受理, waiting for dispatch
  'dispatched', // 已派单, waiting for the unit to accept
  'handling', // 办理中
  'replied', // 已答复, waiting for the callback
  'closed', // 已办结
  'merged', // 已并单
  'transferred', // 已转警 (110/119/120/122)
  'refused', // 不予受理: not for 12345 (REFUSAL_REASONS); the citizen is told why and where to go
] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

/** States in which a ticket is still being worked on. */
export const OPEN_STATUSES: readonly TicketStatus[] = ['registered', 'dispatched', 'handling', 'replied'];

/** Longest request or reply text any channel accepts (the longest real messages run to about 4,000 characters). */
export const MAX_TEXT = 10_000;

export const TICKET_TYPES = ['consult', 'help', 'complaint', 'report', 'suggestion', 'praise'] as const; // 咨询 求助 投诉 举报 建议 表扬
export type TicketType = (typeof TICKET_TYPES)[number];

export const PRIORITIES = ['normal', 'urgent', 'emergency'] as const; // 一般 紧急 特急
export type Priority = (typeof PRIORITIES)[number];

// '110': a non-police matter handed over by 110's platform (非警务警情, src/domain/police.ts).
export const CHANNELS = ['phone', 'web', 'app', 'email', 'open311', 'wechat', 'letter', '110'] as const;
export type Channel = (typeof CHANNELS)[number];

export const SATISFACTIONS = ['satisfied', 'basically_satisfied', 'unsatisfied'] as const; // 满意 基本满意 不满意
export type Satisfaction = (typeof SATISFACTIONS)[number];

/** Emergency services a ticket can be handed off to: police, fire, ambulance, traffic police. */
export const EMERGENCY_SERVICES = ['110', '119', '120', '122'] as const;
export type EmergencyService = (typeof EMERGENCY_SERVICES)[number];

export const ROLES = [
  'agent', // 话务员
  'dispatcher', // 派单员
  'unit_handler', // 承办单位经办人
  'callback_agent', // 回访员
  'supervisor', // 督办员
  'analyst', // 领导/分析员
  'admin', // 管理员
  'quality_inspector', // 质检员: samples calls, listens to recordings, scores them (话务质检)
] as const;
export type Role = (typeof ROLES)[number];

export const UNIT_KINDS = ['center', 'department', 'district', 'street', 'community', 'enterprise'] as const; // community: 社区/村
export type UnitKind = (typeof UNIT_KINDS)[number];

export const STATUS_LABELS: Record<TicketStatus, string> = {
  registered: '已受理',
  dispatched: '已派单',
  handling: '办理中',
  replied: '已答复',
  closed: '已办结',
  merged: '已并单',
  transferred: '已转警',
  refused: '不予受理',
};

export const TYPE_LABELS: Record<TicketType, string> = {
  consult: '咨询',
  help: '求助',
  complaint: '投诉',
  report: '举报',
  suggestion: '建议',
  praise: '表扬',
};

export const ROLE_LABELS: Record<Role, string> = {
  agent: '话务员',
  dispatcher: '派单员',
  unit_handler: '承办单位经办人',
  callback_agent: '回访员',
  supervisor: '督办员',
  analyst: '分析员',
  admin: '管理员',
  quality_inspector: '质检员',
};

export const CHANNEL_LABELS: Record<Channel, string> = {
  phone: '电话',
  web: '网站',
  app: '移动应用',
  email: '电子邮件',
  open311: 'Open311 接口',
  wechat: '微信',
  letter: '来信',
  '110': '110 移交',
};

export const SATISFACTION_LABELS: Record<Satisfaction, string> = {
  satisfied: '满意',
  basically_satisfied: '基本满意',
  unsatisfied: '不满意',
};

export const PRIORITY_LABELS: Record<Priority, string> = { normal: '一般', urgent: '紧急', emergency: '特急' };

/**
 * Why 12345 does not take a request (不予受理), after 国办发〔2020〕53号: matters that by law go
 * through litigation, arbitration, the discipline inspection organs, administrative
 * reconsideration or government information disclosure, or already in the petition (信访)
 * channel; state or business secrets; requests against public order and good morals.
 */
/**
 * Why a ticket is a repeat (重复件, 66号: 重复诉求原则上并单): the same caller about a similar
 * matter within the repeat window, or the same matter (the same problem at the same place) from anyone.
 */
export const REPEAT_REASONS = ['caller', 'matter'] as const;
export type RepeatReason = (typeof REPEAT_REASONS)[number];

export const REFUSAL_REASONS = [
  'litigation', 'arbitration', 'discipline', 'reconsideration', 'disclosure', 'petition', 'secret', 'public_order', 'other',
] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

export const REFUSAL_LABELS: Record<RefusalReason, string> = {
  litigation: '涉诉事项（已经或依法应当通过诉讼解决）',
  arbitration: '涉仲裁事项（已经或依法应当通过仲裁解决）',
  discipline: '纪检监察事项',
  reconsideration: '行政复议事项（已经或依法应当通过行政复议解决）',
  disclosure: '政府信息公开申请',
  petition: '已进入信访程序的事项',
  secret: '涉及国家秘密、商业秘密的事项',
  public_order: '违反法律法规或公序良俗的诉求',
  other: '其他不属于热线受理范围的诉求',
};

/** Where the citizen can go instead: told on the call, on the portal and in the reply. */
export const REFUSAL_GUIDANCE: Record<RefusalReason, string> = {
  litigation: '请依法向人民法院提起诉讼；已在诉讼中的，请向审理案件的人民法院反映。',
  arbitration: '请依法向劳动人事争议仲裁委员会或合同约定的仲裁机构申请仲裁；已在仲裁中的，请向该仲裁机构反映。',
  discipline: '请向纪检监察机关检举控告（可拨打 12388 或登录纪检监察机关举报网站）。',
  reconsideration: '请在法定期限内向有权的行政复议机关申请行政复议。',
  disclosure: '请向有关行政机关申请政府信息公开（可通过其政府信息公开申请渠道提交）。',
  petition: '该事项已进入信访程序，请按信访渠道向有关信访工作机构反映或查询办理进度。',
  secret: '涉及国家秘密、商业秘密的事项，请通过保密渠道向有关主管机关反映。',
  public_order: '该诉求违反法律法规或公序良俗，热线不予受理。',
  other: '请按工作人员告知的渠道办理。',
};

/**
 * What the citizen is told of a refusal (不予受理), from the refused event's payload (the label
 * and guidance as recorded then): why, the note that explains it, and where to go instead. The
 * portal, the answer mailed to the citizen and Open311's status notes all say this.
 */
export function refusalMessage(p: { label: string; guidance: string; note?: string | null }): string {
  const note = p.note?.trim();
  return `经审核，您的诉求属于“${p.label}”，12345 热线不予受理。${note ? `${note.replace(/[。.]?$/, '。')}` : ''}${p.guidance}`;
}

/** Why a replied ticket may be closed without a callback that reached the citizen (无回访办结). */
export const NO_CALLBACK_REASONS = ['declined', 'anonymous', 'unreachable', 'confidential'] as const;
export type NoCallbackReason = (typeof NO_CALLBACK_REASONS)[number];

export const NO_CALLBACK_LABELS: Record<NoCallbackReason, string> = {
  declined: '诉求人明确表示不需要回访',
  anonymous: '匿名诉求，无法回访', // no number to call back
  unreachable: '三次回访均未接通', // UNREACHABLE_ATTEMPTS recorded since the latest reply
  confidential: '保密工单，不予回访', // a confidential ticket only
};

/** Callbacks that did not get through, since the latest reply, before "unreachable" may close it by hand (三次). */
export const UNREACHABLE_ATTEMPTS = 3;

/** The state of one level of the hand-down chain (下派链的一级). */
export const LEVEL_STATES = [
  'dispatched', // 待签收: handed to this unit, not accepted yet
  'handling', // 办理中
  'delegated', // 已下派: handed further down, waiting for the level below
  'reviewing', // 待审核: replied, the level above reviews the reply
] as const;
export type LevelState = (typeof LEVEL_STATES)[number];

export const LEVEL_STATE_LABELS: Record<LevelState, string> = {
  dispatched: '待签收',
  handling: '办理中',
  delegated: '已下派',
  reviewing: '待上级审核',
};
