// Open311 GeoReport v2 mapping, pure: request status, FixMyStreet's extended update statuses,
// `attribute[code]` parsing and checking, dates. No I/O.

import { maskText } from './masking.js';
import { refusalMessage, type TicketStatus } from './ticket-types.js';

export type RequestStatus = 'open' | 'closed';

/** open for anything still being worked on; closed once closed, answered directly, merged, handed off or refused (不予受理). */
export function requestStatus(s: TicketStatus): RequestStatus {
  return s === 'closed' || s === 'merged' || s === 'transferred' || s === 'refused' ? 'closed' : 'open';
}

/** FixMyStreet's extended statuses for service request updates (sent lower case; read in any case). */
export const UPDATE_STATUSES = [
  'open',
  'closed',
  'fixed',
  'in_progress',
  'action_scheduled',
  'investigating',
  'duplicate',
  'not_councils_responsibility',
  'no_further_action',
  'internal_referral',
  'reopen',
] as const;
export type UpdateStatus = (typeof UPDATE_STATUSES)[number];

/** A status a client posted ('IN_PROGRESS', 'in progress', 'Fixed'…), or null when unknown. */
export function parseUpdateStatus(raw: string): UpdateStatus | null {
  const s = raw.trim().toLowerCase().replace(/[\s-]+/g, '_');
  return (UPDATE_STATUSES as readonly string[]).includes(s) ? (s as UpdateStatus) : null;
}

export interface EventLike {
  type: string;
  payload: Record<string, unknown>;
}

export interface UpdateText {
  status: UpdateStatus;
  description: string;
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** The public update (status and text) a ticket event makes, or null for internal steps. */
export function updateForEvent(e: EventLike, unitName: (id: number) => string | null): UpdateText | null {
  const p = e.payload;
  const unit = (k: string) => (typeof p[k] === 'number' ? (unitName(p[k] as number) ?? '承办单位') : '承办单位');
  switch (e.type) {
    case 'dispatched':
      return { status: 'in_progress', description: `已派单至${unit('unitId')}办理。` };
    case 'accepted':
      return { status: 'in_progress', description: '承办单位已签收，正在办理。' };
    case 'return_approved':
      return { status: 'not_councils_responsibility', description: `${unit('unitId')}不是该诉求的承办单位，已退回热线中心重新派单。` };
    case 'extension_approved':
      return { status: 'action_scheduled', description: `办理期限已延长 ${Number(p.days) || 0} 个工作日。` };
    case 'replied':
      return { status: 'action_scheduled', description: str(p.content) || '承办单位已答复，等待回访确认。' };
    case 'answered':
      return { status: 'closed', description: str(p.content) || '已直接答复。' };
    case 'called_back':
      switch (p.outcome) {
        case 'closed':
          return p.resolved === true
            ? { status: 'fixed', description: '经回访，问题已解决，工单办结。' }
            : { status: 'closed', description: '经回访，工单办结。' };
        case 'closed_unreachable':
          return { status: 'closed', description: '多次回访未能联系上，工单办结。' };
        case 'closed_reopen_limit':
          return { status: 'no_further_action', description: '已达重办次数上限，工单办结。' };
        case 'reopened':
          return { status: 'reopen', description: '回访不满意或问题未解决，已重新办理。' };
        default:
          return null; // an unanswered callback attempt changes nothing public
      }
    case 'closed':
      return { status: 'closed', description: str(p.note) || '工单已办结。' };
    case 'reopened':
      return { status: 'reopen', description: `已重新办理${str(p.reason) ? `：${str(p.reason)}` : '。'}` };
    case 'merged':
      return { status: 'duplicate', description: `与工单 ${str(p.intoNumber)} 反映的是同一问题，已合并办理。` };
    case 'master_replied':
      return { status: 'duplicate', description: str(p.content) || '合并办理的工单已答复。' };
    case 'transferred':
      return { status: 'internal_referral', description: `已转 ${str(p.to)} 处理。` };
    case 'refused':
      // 不予受理: not for 12345 — why, and where to go instead (FixMyStreet: not the council's responsibility).
      return { status: 'not_councils_responsibility', description: refusalMessage({ label: str(p.label), guidance: str(p.guidance), note: str(p.note) }) };
    default:
      return null;
  }
}

/** Event types that can make a public update (the store filters on these). */
export const UPDATE_EVENT_TYPES = [
  'dispatched', 'accepted', 'return_approved', 'extension_approved', 'replied', 'answered', 'called_back',
  'closed', 'reopened', 'merged', 'master_replied', 'transferred', 'refused',
] as const;

/** Text shown to the public: personal data masked (maskText), the caller's own name wherever it appears. */
export function publicText(text: string, callerName?: string | null): string {
  return maskText(text, [callerName]);
}

// ── Attributes ─────────────────────────────────────────────────────────────────────────────

export const ATTRIBUTE_DATATYPES = ['string', 'number', 'datetime', 'text', 'singlevaluelist', 'multivaluelist'] as const;
export type AttributeDatatype = (typeof ATTRIBUTE_DATATYPES)[number];

export interface AttributeDefinition {
  code: string;
  variable: boolean;
  datatype: AttributeDatatype;
  required: boolean;
  datatypeDescription: string | null;
  order: number;
  description: string | null;
  values: { key: string; name: string }[];
}

export type AttributeValues = Record<string, string | string[]>;

const MAX_ATTRIBUTES = 100;
const MAX_ATTRIBUTE_VALUE = 4000;
const ATTR_KEY = /^attribute\[([^\][]{1,100})\](\[\])?$/;

/**
 * `attribute[code]=value` and `attribute[code][]=a&attribute[code][]=b` from a parsed form (where a
 * repeated field is an array), or a nested `attribute: {code: value}` object from a JSON body.
 */
export function parseAttributes(fields: Record<string, unknown>): { values: AttributeValues; errors: string[] } {
  const values: AttributeValues = {};
  const errors: string[] = [];
  const add = (code: string, raw: unknown, list: boolean) => {
    const items = (Array.isArray(raw) ? raw : [raw]).map((v) => (v == null ? '' : String(v)));
    if (items.some((v) => v.length > MAX_ATTRIBUTE_VALUE)) errors.push(`attribute[${code}] 过长（最多 ${MAX_ATTRIBUTE_VALUE} 个字符）`);
    const prev = values[code];
    if (list || Array.isArray(prev) || items.length > 1) {
      values[code] = [...(prev === undefined ? [] : Array.isArray(prev) ? prev : [prev]), ...items];
    } else {
      values[code] = items[0];
    }
  };
  for (const [k, v] of Object.entries(fields)) {
    const m = ATTR_KEY.exec(k);
    if (m) add(m[1], v, Boolean(m[2]));
    else if (k === 'attribute' && v && typeof v === 'object' && !Array.isArray(v)) {
      for (const [code, val] of Object.entries(v as Record<string, unknown>)) add(code, val, Array.isArray(val));
    } else if (k.startsWith('attribute[')) errors.push(`无法识别的参数 ${k}`);
  }
  if (Object.keys(values).length > MAX_ATTRIBUTES) errors.push(`attribute 最多 ${MAX_ATTRIBUTES} 个`);
  return { values, errors };
}

/** Checks values against a service's definitions. Attributes the service does not define are kept as given. */
export function checkAttributes(values: AttributeValues, defs: readonly AttributeDefinition[]): string[] {
  const errors: string[] = [];
  for (const d of defs) {
    const v = values[d.code];
    const list = v === undefined ? [] : (Array.isArray(v) ? v : [v]).filter((x) => x.trim() !== '');
    if (!list.length) {
      if (d.required && d.variable) errors.push(`attribute[${d.code}] 为必填项`);
      continue;
    }
    if (d.datatype !== 'multivaluelist' && list.length > 1) {
      errors.push(`attribute[${d.code}] 只能有一个值`);
      continue;
    }
    const keys = new Set(d.values.map((x) => x.key));
    for (const item of list) {
      switch (d.datatype) {
        case 'number':
          if (!/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(item.trim())) errors.push(`attribute[${d.code}] 应为数字`);
          break;
        case 'datetime':
          if (!parseDateTime(item)) errors.push(`attribute[${d.code}] 应为 ISO 8601 日期时间`);
          break;
        case 'singlevaluelist':
        case 'multivaluelist':
          if (!keys.has(item)) errors.push(`attribute[${d.code}] 的值 “${item.slice(0, 50)}” 不在可选范围内`);
          break;
        default:
          break;
      }
    }
  }
  return errors;
}

/** An attribute as staff read it: the service definition's wording, list keys as their names. */
export interface ShownAttribute {
  code: string;
  /** The definition's description (the question the citizen answered), or the code when it has none or is gone. */
  label: string;
  datatype: AttributeDatatype | null;
  /** The values given; a list's keys shown by their names. */
  values: string[];
}

/**
 * A request's attribute values labelled by the service definition they were given under: in the
 * definition's order, then any the definition does not (or no longer) name, by code.
 */
export function showAttributes(values: AttributeValues, defs: readonly AttributeDefinition[]): ShownAttribute[] {
  const given = (code: string) => {
    const v = values[code];
    return v === undefined ? [] : (Array.isArray(v) ? v : [v]).filter((x) => x.trim() !== '');
  };
  const out: ShownAttribute[] = [];
  for (const d of [...defs].sort((a, b) => a.order - b.order)) {
    const items = given(d.code);
    if (!items.length) continue;
    const names = new Map(d.values.map((x) => [x.key, x.name]));
    out.push({ code: d.code, label: d.description?.trim() || d.code, datatype: d.datatype, values: items.map((x) => names.get(x) ?? x) });
  }
  const defined = new Set(defs.map((d) => d.code));
  for (const code of Object.keys(values).sort()) {
    const items = given(code);
    if (!defined.has(code) && items.length) out.push({ code, label: code, datatype: null, values: items });
  }
  return out;
}

// ── Dates ──────────────────────────────────────────────────────────────────────────────────

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * An ISO 8601 / W3C-DTF date or date-time; without a time zone it is Asia/Shanghai time. A '+'
 * that arrived as a space (an unencoded query string) is read as '+'. Null when malformed.
 */
export function parseDateTime(raw: string): Date | null {
  // Only after a time: '2026-03-02 09:00' is a date, a space and a time, not midnight at +09:00.
  const s = raw.trim().replace(/(\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?) (\d{2}:?\d{2})$/, '$1+$2');
  const m = DATE_TIME.exec(s);
  if (!m) return null;
  const [, y, mo, d, h = '00', mi = '00', sec = '00', frac = '', zone] = m;
  const nums = [Number(y), Number(mo), Number(d), Number(h), Number(mi), Number(sec)];
  if (nums[1] < 1 || nums[1] > 12 || nums[2] < 1 || nums[3] > 23 || nums[4] > 59 || nums[5] > 59) return null;
  const daysIn = new Date(Date.UTC(nums[0], nums[1], 0)).getUTCDate();
  if (nums[2] > daysIn) return null;
  let offsetMin = 8 * 60;
  if (zone && zone.toUpperCase() === 'Z') offsetMin = 0;
  else if (zone) {
    const z = zone.replace(':', '');
    const sign = z[0] === '-' ? -1 : 1;
    const zh = Number(z.slice(1, 3));
    const zm = Number(z.slice(3, 5));
    if (zh > 14 || zm > 59) return null;
    offsetMin = sign * (zh * 60 + zm);
  }
  const ms = Number((frac + '000').slice(0, 3));
  const t = Date.UTC(nums[0], nums[1] - 1, nums[2], nums[3], nums[4], nums[5], ms) - offsetMin * 60_000;
  return new Date(t);
}

/** 2026-03-02T09:00:00+08:00: ISO 8601 in Asia/Shanghai time, as GeoReport wants (a time zone, no fraction). */
export function shanghaiIso(d: Date): string {
  return `${new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 19)}+08:00`;
}

/** Control characters that XML 1.0 cannot carry and PostgreSQL text cannot store (tab, LF, CR are fine). */
export const FORBIDDEN_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/** Characters, not UTF-16 units: a 4,000-character limit counts an emoji once. */
export const charLength = (s: string): number => [...s].length;
