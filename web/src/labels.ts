// Names of the domain's values in both languages. The Chinese names are the domain's own
// (src/domain/ticket-types.ts), so the console and the server's exports and reports agree.

import {
  CHANNEL_LABELS,
  PRIORITY_LABELS,
  ROLE_LABELS,
  SATISFACTION_LABELS,
  STATUS_LABELS,
  TYPE_LABELS,
  type Channel,
  type Priority,
  type Role,
  type Satisfaction,
  type TicketStatus,
  type TicketType,
} from '../../src/domain/ticket-types';
import { COMMAND_LABELS, type CommandKind, type EventType } from '../../src/domain/ticket';
import { useLang, type Lang } from './i18n';

const EN_STATUS: Record<TicketStatus, string> = {
  registered: 'Registered', dispatched: 'Dispatched', handling: 'Handling', replied: 'Replied',
  closed: 'Closed', merged: 'Merged', transferred: 'Transferred to 110/119/120',
};
const EN_TYPE: Record<TicketType, string> = { consult: 'Enquiry', help: 'Help', complaint: 'Complaint', report: 'Report', suggestion: 'Suggestion', praise: 'Praise' };
const EN_ROLE: Record<Role, string> = {
  agent: 'Agent', dispatcher: 'Dispatcher', unit_handler: 'Unit handler', callback_agent: 'Callback agent',
  supervisor: 'Supervisor', analyst: 'Leader / analyst', admin: 'Administrator',
};
const EN_CHANNEL: Record<Channel, string> = { phone: 'Phone', web: 'Web', app: 'App', email: 'Email', open311: 'Open311', wechat: 'WeChat', letter: 'Letter' };
const EN_SATISFACTION: Record<Satisfaction, string> = { satisfied: 'Satisfied', basically_satisfied: 'Mostly satisfied', unsatisfied: 'Unsatisfied' };
const EN_PRIORITY: Record<Priority, string> = { normal: 'Normal', urgent: 'Urgent', emergency: 'Emergency' };
const EN_COMMAND: Record<CommandKind, string> = {
  answer: 'Answer directly', dispatch: 'Dispatch', accept: 'Accept', return: 'Return', 'review-return': 'Review return',
  extend: 'Request extension', 'review-extension': 'Review extension', reply: 'Reply', callback: 'Callback',
  close: 'Close', reopen: 'Reopen', merge: 'Merge', transfer: 'Transfer to 110/119/120', supervise: 'Supervise',
  'supervision-reply': 'Answer supervision', note: 'Add information', consent: 'Record consent to publish',
};
const ZH_EVENT: Record<EventType, string> = {
  registered: '受理登记', answered: '直接答复', dispatched: '派单', accepted: '签收', return_requested: '申请退单',
  return_approved: '同意退单', return_rejected: '驳回退单', extension_requested: '申请延期', extension_approved: '同意延期',
  extension_denied: '驳回延期', replied: '答复', called_back: '回访', closed: '办结', reopened: '重办', merged: '并入主单',
  merge_received: '合并来单', imported: '导入', master_replied: '主单已答复', transferred: '转警', supervised: '督办',
  supervision_replied: '督办回复', deadline_alert: '时限提醒', noted: '补充说明', consent_recorded: '记录公开意愿',
};
const EN_EVENT: Record<EventType, string> = {
  registered: 'Registered', answered: 'Answered directly', dispatched: 'Dispatched', accepted: 'Accepted',
  return_requested: 'Return requested', return_approved: 'Return approved', return_rejected: 'Return rejected',
  extension_requested: 'Extension requested', extension_approved: 'Extension approved', extension_denied: 'Extension denied',
  replied: 'Replied', called_back: 'Called back', closed: 'Closed', reopened: 'Reopened', merged: 'Merged into master',
  merge_received: 'Merged ticket received', imported: 'Imported', master_replied: 'Master replied', transferred: 'Transferred',
  supervised: 'Supervised', supervision_replied: 'Supervision answered', deadline_alert: 'Deadline alert', noted: 'Information added',
  consent_recorded: 'Consent to publish recorded',
};

const TABLES = {
  status: { 'zh-CN': STATUS_LABELS, en: EN_STATUS },
  type: { 'zh-CN': TYPE_LABELS, en: EN_TYPE },
  role: { 'zh-CN': ROLE_LABELS, en: EN_ROLE },
  channel: { 'zh-CN': CHANNEL_LABELS, en: EN_CHANNEL },
  satisfaction: { 'zh-CN': SATISFACTION_LABELS, en: EN_SATISFACTION },
  priority: { 'zh-CN': PRIORITY_LABELS, en: EN_PRIORITY },
  command: { 'zh-CN': COMMAND_LABELS, en: EN_COMMAND },
  event: { 'zh-CN': ZH_EVENT, en: EN_EVENT },
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
