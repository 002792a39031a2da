// SMS for phone callers (issue 16 item 4), the pure part: who may get an SMS, what it says, and
// how a citizen's 1–5 answer (短信回访, and the telephony system's IVR survey) maps to the
// platform's three satisfactions.
//
// The five grades are those of 好差评 (政务服务“好差评”): 1 非常满意, 2 满意, 3 基本满意,
// 4 不满意, 5 非常不满意. The callback of record keeps three (SATISFACTIONS):
//   1, 2 → satisfied (满意)   3 → basically_satisfied (基本满意)   4, 5 → unsatisfied (不满意)
// so 满意率 (src/domain/measures.ts: satisfied + basically_satisfied over callbacks that reached
// the citizen) counts 1–3 as satisfied and 4–5 as not. The digit itself is kept in the callback
// event's payload (grade). An SMS or IVR answer asks one question only: a citizen who is at
// least basically satisfied (1–3) is recorded as resolved, one who is not (4–5) as unresolved,
// so a 4 or 5 reopens the ticket by the existing rule (重办, within the reopen limit).

import { maskText, normalizePhone } from './masking.js';
import type { Satisfaction } from './ticket-types.js';

export const GRADES = [1, 2, 3, 4, 5] as const;
export type Grade = (typeof GRADES)[number];

export const GRADE_LABELS: Record<Grade, string> = { 1: '非常满意', 2: '满意', 3: '基本满意', 4: '不满意', 5: '非常不满意' };

export const isGrade = (n: unknown): n is Grade => typeof n === 'number' && (GRADES as readonly number[]).includes(n);

/** 1, 2 → satisfied; 3 → basically_satisfied; 4, 5 → unsatisfied. */
export function satisfactionOfGrade(g: Grade): Satisfaction {
  return g <= 2 ? 'satisfied' : g === 3 ? 'basically_satisfied' : 'unsatisfied';
}

/** One question asked, one answer: at least basically satisfied counts as resolved. */
export const resolvedOfGrade = (g: Grade): boolean => g <= 3;

/** The callback command a citizen's answer becomes (run by the system actor, like a portal rating). */
export function ratingCallback(g: Grade, via: 'sms' | 'ivr') {
  return {
    kind: 'callback' as const,
    reached: true,
    resolved: resolvedOfGrade(g),
    satisfaction: satisfactionOfGrade(g),
    grade: g,
    note: `${via === 'sms' ? '短信回访' : '电话语音回访'}：群众回复 ${g}（${GRADE_LABELS[g]}）`,
  };
}

const FULL_WIDTH_DIGITS = /[０-９]/g;
const WORDS: Record<string, Grade> = { 非常满意: 1, 满意: 2, 基本满意: 3, 不满意: 4, 非常不满意: 5 };

/**
 * The grade an inbound text says, or null when it is not a rating: one digit 1–5 (full-width
 * too, with surrounding spaces or end punctuation), or one of the five labels itself.
 */
export function parseRating(text: string): Grade | null {
  const t = text
    .replace(FULL_WIDTH_DIGITS, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[\s。.!！,，、]+/g, '');
  if (/^[1-5]$/.test(t)) return Number(t) as Grade;
  return WORDS[t] ?? null;
}

/** A mainland mobile number (1[3-9]x, 11 digits): only these get an SMS. */
export function isMobile(phone: string | null | undefined): boolean {
  return !!phone && /^1[3-9]\d{9}$/.test(normalizePhone(phone));
}

/** Longest reply summary in an SMS (characters; a long SMS is split by the carrier at 67). */
export const SUMMARY_CHARS = 120;

/** A reply as an SMS may carry it: personal data masked, whitespace folded, cut to `max` characters. */
export function summarize(text: string, max = SUMMARY_CHARS): string {
  const folded = maskText(text).replace(/\s+/g, ' ').trim();
  const chars = [...folded];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : folded;
}

/** The portal's tracking page on the server's public address. */
export const portalLink = (publicUrl: string) => `${publicUrl.replace(/\/+$/, '')}/portal/#track`;

export const SMS_TEXTS = {
  receipt: (number: string, link: string | null) =>
    `【12345】您的诉求已受理，工单编号 ${number}。${link ? `可凭工单编号和本机号码在 ${link} 查询办理进度。` : '可凭工单编号和本机号码在网上查询办理进度。'}`,
  reply: (number: string, summary: string, link: string | null) =>
    `【12345】您的工单 ${number} 已有答复：${summary}${link ? ` 详情：${link}` : ''}`,
  survey: (number: string) =>
    `【12345】请评价工单 ${number} 的办理结果，直接回复数字：1 非常满意，2 满意，3 基本满意，4 不满意，5 非常不满意。`,
};
