// The vocabulary of a work order (工单). The API's Zod schemas and the SQL checks use these lists.

export const TICKET_STATUSES = [
  'registered', // 已受理, waiting for dispatch
  'dispatched', // 已派单, waiting for the unit to accept
  'handling', // 办理中
  'replied', // 已答复, waiting for the callback
  'closed', // 已办结
  'merged', // 已并单
  'transferred', // 已转警 (110/119/120/122)
] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

/** States in which a ticket is still being worked on. */
export const OPEN_STATUSES: readonly TicketStatus[] = ['registered', 'dispatched', 'handling', 'replied'];

export const TICKET_TYPES = ['consult', 'help', 'complaint', 'report', 'suggestion', 'praise'] as const; // 咨询 求助 投诉 举报 建议 表扬
export type TicketType = (typeof TICKET_TYPES)[number];

export const PRIORITIES = ['normal', 'urgent', 'emergency'] as const; // 一般 紧急 特急
export type Priority = (typeof PRIORITIES)[number];

export const CHANNELS = ['phone', 'web', 'app', 'email', 'open311', 'wechat', 'letter'] as const;
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
] as const;
export type Role = (typeof ROLES)[number];

export const UNIT_KINDS = ['center', 'department', 'district', 'street', 'enterprise'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const STATUS_LABELS: Record<TicketStatus, string> = {
  registered: '已受理',
  dispatched: '已派单',
  handling: '办理中',
  replied: '已答复',
  closed: '已办结',
  merged: '已并单',
  transferred: '已转警',
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
};

export const CHANNEL_LABELS: Record<Channel, string> = {
  phone: '电话',
  web: '网站',
  app: '移动应用',
  email: '电子邮件',
  open311: 'Open311 接口',
  wechat: '微信',
  letter: '来信',
};

export const SATISFACTION_LABELS: Record<Satisfaction, string> = {
  satisfied: '满意',
  basically_satisfied: '基本满意',
  unsatisfied: '不满意',
};

export const PRIORITY_LABELS: Record<Priority, string> = { normal: '一般', urgent: '紧急', emergency: '特急' };
