// Names of the domain's values in both languages. The Chinese names are the domain's own
// (src/domain/ticket-types.ts), so the console and the server's exports and reports agree.

import {
  CHANNEL_LABELS,
  LEVEL_STATE_LABELS,
  NO_CALLBACK_LABELS,
  PRIORITY_LABELS,
  REFUSAL_LABELS,
  ROLE_LABELS,
  SATISFACTION_LABELS,
  STATUS_LABELS,
  TYPE_LABELS,
  type Channel,
  type LevelState,
  type NoCallbackReason,
  type Priority,
  type RefusalReason,
  type Role,
  type Satisfaction,
  type TicketStatus,
  type TicketType,
} from '../../src/domain/ticket-types';
import { COMMAND_LABELS, type CommandKind, type EventType } from '../../src/domain/ticket';
import type { AlertKind } from '../../src/domain/ticket-model';
import { useLang, type Lang } from './i18n';

const EN_STATUS: Record<TicketStatus, string> = {
  registered: 'Registered', dispatched: 'Dispatched', handling: 'Handling', replied: 'Replied',
  closed: 'Closed', merged: 'Merged', transferred: 'Transferred to 110/119/120', refused: 'Not accepted',
};
const EN_TYPE: Record<TicketType, string> = { consult: 'Enquiry', help: 'Help', complaint: 'Complaint', report: 'Report', suggestion: 'Suggestion', praise: 'Praise' };
const EN_ROLE: Record<Role, string> = {
  agent: 'Agent', dispatcher: 'Dispatcher', unit_handler: 'Unit handler', callback_agent: 'Callback agent',
  supervisor: 'Supervisor', analyst: 'Leader / analyst', admin: 'Administrator', quality_inspector: 'Quality inspector',
};
const EN_CHANNEL: Record<Channel, string> = { phone: 'Phone', web: 'Web', app: 'App', email: 'Email', open311: 'Open311', wechat: 'WeChat', letter: 'Letter', '110': 'Handed over by 110' };
const EN_SATISFACTION: Record<Satisfaction, string> = { satisfied: 'Satisfied', basically_satisfied: 'Mostly satisfied', unsatisfied: 'Unsatisfied' };
const EN_PRIORITY: Record<Priority, string> = { normal: 'Normal', urgent: 'Urgent', emergency: 'Emergency' };
const EN_LEVEL_STATE: Record<LevelState, string> = { dispatched: 'To accept', handling: 'Handling', delegated: 'Handed down', reviewing: 'Reply under review above' };
const EN_REFUSAL: Record<RefusalReason, string> = {
  litigation: 'In litigation (or belongs in court)', arbitration: 'In arbitration (or belongs there)', discipline: 'For the discipline inspection organs',
  reconsideration: 'For administrative reconsideration', disclosure: 'A government information disclosure request', petition: 'Already in the petition (信访) channel',
  secret: 'Involves state or business secrets', public_order: 'Against the law or public order', other: 'Otherwise not for the hotline',
};
const EN_NO_CALLBACK: Record<NoCallbackReason, string> = {
  declined: 'The citizen declined a callback', anonymous: 'Anonymous: no one to call back', unreachable: 'Three callbacks not answered', confidential: 'Confidential: no callback',
};
// Deadline alerts (时限预警/超期), named alike on the ticket page and in every queue.
const ZH_ALERT: Record<AlertKind, string> = {
  accept_warning: '签收时限即将到期', accept_overdue: '已超过签收时限', handle_warning: '办理时限即将到期',
  handle_overdue: '已超过办理时限', callback_overdue: '回访已超期', supervision_overdue: '督办回复已超期',
};
const EN_ALERT: Record<AlertKind, string> = {
  accept_warning: 'accept deadline near', accept_overdue: 'accept overdue', handle_warning: 'handling deadline near',
  handle_overdue: 'handling overdue', callback_overdue: 'callback overdue', supervision_overdue: 'supervision answer overdue',
};
const EN_COMMAND: Record<CommandKind, string> = {
  answer: 'Answer directly', dispatch: 'Dispatch', accept: 'Accept', return: 'Return', 'review-return': 'Review return',
  extend: 'Request extension', 'review-extension': 'Review extension', reply: 'Reply', callback: 'Callback',
  close: 'Close', reopen: 'Reopen', merge: 'Merge', transfer: 'Transfer to 110/119/120', supervise: 'Supervise',
  'supervision-reply': 'Answer supervision', note: 'Add information', consent: 'Record consent to publish',
  refuse: 'Refuse (not for 12345)', delegate: 'Hand down', 'review-reply': 'Review reply', reroute: 'Re-route', withdraw: 'Withdraw', move: 'Move to another centre',
  assign: 'Assign to a colleague',
};
const ZH_EVENT: Record<EventType, string> = {
  registered: '受理登记', answered: '直接答复', dispatched: '派单', accepted: '签收', return_requested: '申请退单',
  return_approved: '同意退单', return_rejected: '驳回退单', extension_requested: '申请延期', extension_approved: '同意延期',
  extension_denied: '驳回延期', replied: '答复', called_back: '回访', closed: '办结', reopened: '重办', merged: '并入主单',
  merge_received: '合并来单', imported: '导入', master_replied: '主单已答复', transferred: '转警', supervised: '督办',
  supervision_replied: '督办回复', deadline_alert: '时限提醒', noted: '补充说明', consent_recorded: '记录公开意愿',
  delegated: '下派', level_replied: '下级答复', reply_approved: '审核通过答复', reply_rejected: '退回下级答复', level_returned: '退回上级',
  rerouted: '改派', withdrawn: '撤回', moved: '移交中心', refused: '不予受理', police_feedback: '110 反馈', repeat_flagged: '重复件',
  assigned: '指定承办人',
  split_out: '拆分出', split_from: '拆分自', linked: '关联工单', unlinked: '取消关联',
};
const EN_EVENT: Record<EventType, string> = {
  registered: 'Registered', answered: 'Answered directly', dispatched: 'Dispatched', accepted: 'Accepted',
  return_requested: 'Return requested', return_approved: 'Return approved', return_rejected: 'Return rejected',
  extension_requested: 'Extension requested', extension_approved: 'Extension approved', extension_denied: 'Extension denied',
  replied: 'Replied', called_back: 'Called back', closed: 'Closed', reopened: 'Reopened', merged: 'Merged into master',
  merge_received: 'Merged ticket received', imported: 'Imported', master_replied: 'Master replied', transferred: 'Transferred',
  supervised: 'Supervised', supervision_replied: 'Supervision answered', deadline_alert: 'Deadline alert', noted: 'Information added',
  consent_recorded: 'Consent to publish recorded',
  delegated: 'Handed down', level_replied: 'Replied to the level above', reply_approved: 'Reply approved', reply_rejected: 'Reply sent back',
  level_returned: 'Returned to the level above', rerouted: 'Re-routed', withdrawn: 'Withdrawn', moved: 'Moved to another centre', refused: 'Not accepted',
  police_feedback: 'Report from 110', repeat_flagged: 'Repeat request',
  assigned: 'Assigned to a colleague',
  split_out: 'Split into', split_from: 'Split from', linked: 'Linked', unlinked: 'Unlinked',
};

// ── The audit log (操作日志) ─────────────────────────────────────────────────────────────────
// Every action written to audit_log (src/store/admin-console.ts audit() and the other writers:
// tickets.ts reveal_caller, portal.ts view_attachment, sign-in-throttle.ts, apikeys.ts,
// open311.ts), by area. The console's audit page names actions and filters by area from here;
// an area's prefixes are what GET /audit-log?action= takes (comma-separated).
export interface AuditArea {
  key: string;
  zh: string;
  en: string;
  prefixes: string[];
  actions: Record<string, readonly [zh: string, en: string]>;
}
export const AUDIT_AREAS: AuditArea[] = [
  {
    key: 'users', zh: '用户与角色', en: 'Users and roles', prefixes: ['user.'],
    actions: { 'user.create': ['新建用户', 'User created'], 'user.update': ['修改用户', 'User edited'], 'user.reset_password': ['重置密码', 'Password reset'] },
  },
  {
    key: 'units', zh: '单位', en: 'Units', prefixes: ['unit.'],
    actions: { 'unit.create': ['新增单位', 'Unit created'], 'unit.update': ['修改单位', 'Unit edited'], 'unit.activate': ['启用单位', 'Unit activated'], 'unit.deactivate': ['停用单位', 'Unit deactivated'] },
  },
  {
    key: 'categories', zh: '分类', en: 'Categories', prefixes: ['category.'],
    actions: {
      'category.create': ['新增分类', 'Category created'], 'category.update': ['修改分类', 'Category edited'],
      'category.activate': ['启用分类', 'Category activated'], 'category.deactivate': ['停用分类', 'Category deactivated'],
    },
  },
  {
    key: 'lines', zh: '热线', en: 'Merged lines', prefixes: ['line.'],
    actions: { 'line.create': ['新增归并热线', 'Line added'], 'line.update': ['修改归并热线', 'Line edited'], 'line.delete': ['删除归并热线', 'Line removed'] },
  },
  {
    key: 'rules', zh: '时限规则', en: 'Time-limit rules', prefixes: ['time_limit_rule.'],
    actions: {
      'time_limit_rule.create': ['新建时限规则', 'Time-limit rule created'], 'time_limit_rule.update': ['修改时限规则', 'Time-limit rule edited'],
      'time_limit_rule.delete': ['删除时限规则', 'Time-limit rule deleted'],
    },
  },
  { key: 'calendar', zh: '工作日历', en: 'Working calendar', prefixes: ['calendar.'], actions: { 'calendar.update': ['修改工作日历', 'Calendar year updated'] } },
  {
    key: 'catalogue', zh: '派单目录', en: 'Dispatch catalogue', prefixes: ['catalogue.'],
    actions: { 'catalogue.update': ['设置派单目录', 'Catalogue entry set'], 'catalogue.delete': ['删除派单目录', 'Catalogue entry deleted'] },
  },
  {
    key: 'settings', zh: '办理规则', en: 'Handling rules', prefixes: ['settings.policy', 'settings.auto_dispatch'],
    actions: { 'settings.policy': ['修改办理规则', 'Handling rules changed'], 'settings.auto_dispatch': ['修改自动派单设置', 'Automatic dispatch changed'] },
  },
  {
    key: 'apikeys', zh: '接口密钥', en: 'API keys', prefixes: ['apikey.', 'settings.open311'],
    actions: {
      'apikey.create': ['新建接口密钥', 'API key created'], 'apikey.update': ['修改接口密钥', 'API key edited'], 'apikey.revoke': ['吊销接口密钥', 'API key revoked'],
      'settings.open311': ['修改 Open311 设置', 'Open311 settings changed'],
    },
  },
  {
    key: 'webhooks', zh: '事件推送', en: 'Webhooks', prefixes: ['webhook.'],
    actions: {
      'webhook.create': ['新建推送订阅', 'Webhook created'], 'webhook.update': ['修改推送订阅', 'Webhook changed'],
      'webhook.delete': ['删除推送订阅', 'Webhook deleted'], 'webhook.replay': ['重放推送', 'Deliveries replayed'],
    },
  },
  {
    key: 'interop110', zh: '110 联动', en: '110 interop', prefixes: ['settings.interop_110', 'interop110.'],
    actions: { 'settings.interop_110': ['修改 110 联动设置', '110 interop settings changed'], 'interop110.replay': ['重发 110 消息', '110 message sent again'] },
  },
  {
    key: 'unitsystems', zh: '自建系统对接', en: 'Unit systems', prefixes: ['unit_system.'],
    actions: {
      'unit_system.mark': ['设为自建系统对接', 'Unit system connected'], 'unit_system.update': ['修改自建系统对接', 'Unit system changed'],
      'unit_system.unmark': ['取消自建系统对接', 'Unit system disconnected'],
    },
  },
  {
    key: 'callfloor', zh: '话务', en: 'Call floor', prefixes: ['settings.call_floor', 'settings.telephony', 'settings.handoff_directory', 'settings.sms', 'qa.'],
    actions: {
      'settings.call_floor': ['修改话务设置', 'Call floor settings changed'], 'settings.telephony': ['修改电话系统接口', 'Telephony interface changed'],
      'settings.handoff_directory': ['修改转接目录', 'Hand-off directory changed'], 'settings.sms': ['修改短信设置', 'SMS settings changed'],
      'qa.form': ['修改质检评分表', 'QA form changed'],
    },
  },
  {
    key: 'models', zh: '分类模型', en: 'Classifier models', prefixes: ['model.'],
    actions: { 'model.train': ['训练分类模型', 'Classifier trained'], 'model.activate': ['启用模型版本', 'Model version activated'] },
  },
  {
    key: 'kb', zh: '知识库', en: 'Knowledge base', prefixes: ['kb.'],
    actions: {
      'kb.create': ['新建知识条目', 'Article created'], 'kb.update': ['修改知识条目', 'Article edited'], 'kb.publish': ['发布知识条目', 'Article published'],
      'kb.archive': ['归档知识条目', 'Article archived'], 'kb.approve': ['采纳修改建议', 'Proposal approved'], 'kb.reject': ['驳回修改建议', 'Proposal rejected'],
    },
  },
  {
    key: 'personal', zh: '查看个人信息', en: 'Personal data viewed', prefixes: ['reveal_caller', 'view_attachment', 'reveal_call_phone'],
    actions: { reveal_caller: ['查看来电人信息', 'Caller revealed'], view_attachment: ['查看附件', 'Attachment viewed'], reveal_call_phone: ['漏接回拨查看号码', 'Missed caller number shown'] },
  },
  {
    key: 'signin', zh: '登录安全', en: 'Sign-in security', prefixes: ['auth.'],
    actions: { 'auth.login_failed': ['登录失败', 'Sign-in failed'], 'auth.locked': ['登录已锁定', 'Sign-in locked'] },
  },
];
const ZH_AUDIT: Record<string, string> = Object.fromEntries(AUDIT_AREAS.flatMap((a) => Object.entries(a.actions).map(([k, [zh]]) => [k, zh])));
const EN_AUDIT: Record<string, string> = Object.fromEntries(AUDIT_AREAS.flatMap((a) => Object.entries(a.actions).map(([k, [, en]]) => [k, en])));

/** The area an action belongs to (by its prefix), or undefined for an action this console does not know. */
export function auditArea(action: string): AuditArea | undefined {
  return AUDIT_AREAS.find((a) => a.prefixes.some((p) => action.startsWith(p)));
}

const TABLES = {
  status: { 'zh-CN': STATUS_LABELS, en: EN_STATUS },
  type: { 'zh-CN': TYPE_LABELS, en: EN_TYPE },
  role: { 'zh-CN': ROLE_LABELS, en: EN_ROLE },
  channel: { 'zh-CN': CHANNEL_LABELS, en: EN_CHANNEL },
  satisfaction: { 'zh-CN': SATISFACTION_LABELS, en: EN_SATISFACTION },
  priority: { 'zh-CN': PRIORITY_LABELS, en: EN_PRIORITY },
  command: { 'zh-CN': COMMAND_LABELS, en: EN_COMMAND },
  event: { 'zh-CN': ZH_EVENT, en: EN_EVENT },
  levelState: { 'zh-CN': LEVEL_STATE_LABELS, en: EN_LEVEL_STATE },
  refusal: { 'zh-CN': REFUSAL_LABELS, en: EN_REFUSAL },
  noCallback: { 'zh-CN': NO_CALLBACK_LABELS, en: EN_NO_CALLBACK },
  audit: { 'zh-CN': ZH_AUDIT, en: EN_AUDIT },
  alert: { 'zh-CN': ZH_ALERT, en: EN_ALERT },
} as const;

export type LabelKind = keyof typeof TABLES;

export function label(kind: LabelKind, value: string | null | undefined, lang: Lang): string {
  if (value == null) return '—';
  return (TABLES[kind][lang] as Record<string, string>)[value] ?? value;
}

/** label() bound to the current language: const L = useLabels(); L('status', t.status) */
export function useLabels() {
  const { lang } = useLang();
  return (kind: LabelKind, value: string | null | undefined) => label(kind, value, lang);
}
