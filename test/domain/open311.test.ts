// Open311 GeoReport v2, the pure part (src/domain/open311.ts): what a client gets as a request's
// status and its updates, how `attribute[code]` fields are read and checked against a service
// definition, how dates are read and written. Expected values come from the GeoReport v2 spec
// (/work/shared/open311: status open|closed, datatypes string|number|datetime|text|
// singlevaluelist|multivaluelist, datetimes ISO 8601 with a time zone, 4,000-character limit),
// FixMyStreet's update statuses, the module's comments, and hand calculation.

import { describe, expect, it } from 'vitest';
import {
  charLength,
  checkAttributes,
  FORBIDDEN_CHARS,
  parseAttributes,
  parseDateTime,
  parseUpdateStatus,
  publicText,
  requestStatus,
  shanghaiIso,
  showAttributes,
  UPDATE_EVENT_TYPES,
  updateForEvent,
  type AttributeDefinition,
} from '../../src/domain/open311.js';

const def = (code: string, over: Partial<AttributeDefinition> = {}): AttributeDefinition => ({
  code,
  variable: true,
  datatype: 'string',
  required: false,
  datatypeDescription: null,
  order: 1,
  description: null,
  values: [],
  ...over,
});

describe('request status (GeoReport: open or closed)', () => {
  it('is open while the ticket is still being worked on', () => {
    for (const s of ['registered', 'dispatched', 'handling', 'replied'] as const) expect(requestStatus(s), s).toBe('open');
  });
  it('is closed once closed, merged, handed off or refused', () => {
    for (const s of ['closed', 'merged', 'transferred', 'refused'] as const) expect(requestStatus(s), s).toBe('closed');
  });
});

describe('a status a client posts (FixMyStreet extended statuses, any case)', () => {
  it('reads upper case, spaces, hyphens and surrounding blanks', () => {
    expect(parseUpdateStatus('IN_PROGRESS')).toBe('in_progress');
    expect(parseUpdateStatus('in progress')).toBe('in_progress');
    expect(parseUpdateStatus('in - progress')).toBe('in_progress');
    expect(parseUpdateStatus('Action-Scheduled')).toBe('action_scheduled');
    expect(parseUpdateStatus('  Fixed  ')).toBe('fixed');
    expect(parseUpdateStatus('not councils responsibility')).toBe('not_councils_responsibility');
  });
  it('knows every FixMyStreet status', () => {
    for (const s of ['open', 'closed', 'fixed', 'in_progress', 'action_scheduled', 'investigating', 'duplicate',
      'not_councils_responsibility', 'no_further_action', 'internal_referral', 'reopen']) {
      expect(parseUpdateStatus(s), s).toBe(s);
    }
  });
  it('is null for an unknown status', () => {
    expect(parseUpdateStatus('bogus')).toBeNull();
    expect(parseUpdateStatus('')).toBeNull();
    expect(parseUpdateStatus('in_progress_now')).toBeNull();
  });
});

describe('public updates made by ticket events', () => {
  const units = (id: number) => (id === 7 ? '市政局' : null);
  const upd = (type: string, payload: Record<string, unknown> = {}) => updateForEvent({ type, payload }, units);

  it('dispatch names the unit, or a generic one when unknown or not given as a number', () => {
    expect(upd('dispatched', { unitId: 7 })).toEqual({ status: 'in_progress', description: '已派单至市政局办理。' });
    expect(upd('dispatched', { unitId: 9 })).toEqual({ status: 'in_progress', description: '已派单至承办单位办理。' });
    expect(upd('dispatched', { unitId: '7' })).toEqual({ status: 'in_progress', description: '已派单至承办单位办理。' });
    expect(upd('dispatched')).toEqual({ status: 'in_progress', description: '已派单至承办单位办理。' });
  });
  it('asks for a unit\'s name only by a numeric id', () => {
    const asked: unknown[] = [];
    const anyName = (id: number) => (asked.push(id), `单位${id}`);
    expect(updateForEvent({ type: 'dispatched', payload: { unitId: '7' } }, anyName)?.description).toBe('已派单至承办单位办理。');
    expect(asked).toEqual([]);
    expect(updateForEvent({ type: 'dispatched', payload: { unitId: 7 } }, anyName)?.description).toBe('已派单至单位7办理。');
  });
  it('acceptance is in progress', () => {
    expect(upd('accepted')).toEqual({ status: 'in_progress', description: '承办单位已签收，正在办理。' });
  });
  it('an approved return is "not the council\'s responsibility" of that unit', () => {
    expect(upd('return_approved', { unitId: 7 })).toEqual({
      status: 'not_councils_responsibility',
      description: '市政局不是该诉求的承办单位，已退回热线中心重新派单。',
    });
    expect(upd('return_approved', {})?.description).toBe('承办单位不是该诉求的承办单位，已退回热线中心重新派单。');
  });
  it('an extension is action scheduled with its working days', () => {
    expect(upd('extension_approved', { days: 5 })).toEqual({ status: 'action_scheduled', description: '办理期限已延长 5 个工作日。' });
    expect(upd('extension_approved', { days: '3' })?.description).toBe('办理期限已延长 3 个工作日。');
    expect(upd('extension_approved', {})?.description).toBe('办理期限已延长 0 个工作日。');
  });
  it('a reply shows its content, or a default text', () => {
    expect(upd('replied', { content: '已清理积水。' })).toEqual({ status: 'action_scheduled', description: '已清理积水。' });
    expect(upd('replied', {})).toEqual({ status: 'action_scheduled', description: '承办单位已答复，等待回访确认。' });
    expect(upd('replied', { content: 42 })?.description).toBe('承办单位已答复，等待回访确认。');
  });
  it('a direct answer closes', () => {
    expect(upd('answered', { content: '营业时间为9点至17点。' })).toEqual({ status: 'closed', description: '营业时间为9点至17点。' });
    expect(upd('answered', {})).toEqual({ status: 'closed', description: '已直接答复。' });
  });
  it('a callback: fixed only when resolved is true, closed otherwise', () => {
    expect(upd('called_back', { outcome: 'closed', resolved: true })).toEqual({ status: 'fixed', description: '经回访，问题已解决，工单办结。' });
    expect(upd('called_back', { outcome: 'closed', resolved: false })).toEqual({ status: 'closed', description: '经回访，工单办结。' });
    expect(upd('called_back', { outcome: 'closed', resolved: 'true' })).toEqual({ status: 'closed', description: '经回访，工单办结。' });
    expect(upd('called_back', { outcome: 'closed_unreachable' })).toEqual({ status: 'closed', description: '多次回访未能联系上，工单办结。' });
    expect(upd('called_back', { outcome: 'closed_reopen_limit' })).toEqual({ status: 'no_further_action', description: '已达重办次数上限，工单办结。' });
    expect(upd('called_back', { outcome: 'reopened' })).toEqual({ status: 'reopen', description: '回访不满意或问题未解决，已重新办理。' });
  });
  it('an unanswered callback attempt changes nothing public', () => {
    expect(upd('called_back', { outcome: 'no_answer' })).toBeNull();
    expect(upd('called_back', {})).toBeNull();
  });
  it('closing shows its note, or a default text', () => {
    expect(upd('closed', { note: '已办结。' })).toEqual({ status: 'closed', description: '已办结。' });
    expect(upd('closed', {})).toEqual({ status: 'closed', description: '工单已办结。' });
  });
  it('reopening shows its reason when there is one', () => {
    expect(upd('reopened', { reason: '仍有积水' })).toEqual({ status: 'reopen', description: '已重新办理：仍有积水' });
    expect(upd('reopened', {})).toEqual({ status: 'reopen', description: '已重新办理。' });
  });
  it('a merge is a duplicate of the named ticket', () => {
    expect(upd('merged', { intoNumber: '202603020001' })).toEqual({ status: 'duplicate', description: '与工单 202603020001 反映的是同一问题，已合并办理。' });
    expect(upd('master_replied', { content: '主工单已答复。' })).toEqual({ status: 'duplicate', description: '主工单已答复。' });
    expect(upd('master_replied', {})).toEqual({ status: 'duplicate', description: '合并办理的工单已答复。' });
  });
  it('a hand-off is an internal referral to where it went', () => {
    expect(upd('transferred', { to: '110' })).toEqual({ status: 'internal_referral', description: '已转 110 处理。' });
  });
  it('a refusal says why and where to go instead', () => {
    expect(upd('refused', { label: '司法诉讼', guidance: '请向人民法院提起诉讼。', note: '已告知诉求人' })).toEqual({
      status: 'not_councils_responsibility',
      description: '经审核，您的诉求属于“司法诉讼”，12345 热线不予受理。已告知诉求人。请向人民法院提起诉讼。',
    });
    expect(upd('refused', { label: '司法诉讼', guidance: '请向人民法院提起诉讼。' })?.description).toBe(
      '经审核，您的诉求属于“司法诉讼”，12345 热线不予受理。请向人民法院提起诉讼。',
    );
  });
  it('internal steps make no update', () => {
    for (const t of ['registered', 'assigned', 'note_added', 'revealed', 'return_requested']) expect(upd(t, { content: 'x' }), t).toBeNull();
  });
  it('every event type the store asks for can make an update', () => {
    const payloads: Record<string, Record<string, unknown>> = { called_back: { outcome: 'closed' } };
    for (const t of UPDATE_EVENT_TYPES) expect(upd(t, payloads[t] ?? {}), t).not.toBeNull();
  });
});

describe('public text', () => {
  it('masks personal data and the caller\'s own name', () => {
    expect(publicText('张三反映，电话13812345678')).toBe('张三反映，电话138****5678');
    expect(publicText('张三反映，电话13812345678', '张三')).toBe('张*反映，电话138****5678');
    expect(publicText('无个人信息', null)).toBe('无个人信息');
  });
});

describe('reading attribute[code] fields', () => {
  it('reads a single value and leaves other fields alone', () => {
    expect(parseAttributes({ service_code: 'NOISE', 'attribute[depth]': '30', description: 'x' })).toEqual({ values: { depth: '30' }, errors: [] });
  });
  it('reads attribute[code][] as a list, even of one', () => {
    expect(parseAttributes({ 'attribute[kinds][]': ['piling', 'truck'] }).values).toEqual({ kinds: ['piling', 'truck'] });
    expect(parseAttributes({ 'attribute[kinds][]': 'piling' }).values).toEqual({ kinds: ['piling'] });
  });
  it('reads a repeated attribute[code] as a list, a single-item array as one value', () => {
    expect(parseAttributes({ 'attribute[x]': ['a', 'b'] }).values).toEqual({ x: ['a', 'b'] });
    expect(parseAttributes({ 'attribute[x]': ['a'] }).values).toEqual({ x: 'a' });
  });
  it('joins both spellings of one code into a list', () => {
    expect(parseAttributes({ 'attribute[k][]': ['a'], 'attribute[k]': 'b' }).values).toEqual({ k: ['a', 'b'] });
    expect(parseAttributes({ 'attribute[k]': 'a', 'attribute[k][]': 'b' }).values).toEqual({ k: ['a', 'b'] });
  });
  it('reads a nested attribute object from a JSON body, numbers as text', () => {
    expect(parseAttributes({ attribute: { depth: 30, kinds: ['a', 'b'], one: ['c'] } })).toEqual({
      values: { depth: '30', kinds: ['a', 'b'], one: ['c'] },
      errors: [],
    });
  });
  it('reads a nested object only under the attribute field', () => {
    expect(parseAttributes({ extra: { a: '1' }, service_request: { b: '2' } })).toEqual({ values: {}, errors: [] });
  });
  it('ignores an attribute field that is not an object', () => {
    expect(parseAttributes({ attribute: 'x' })).toEqual({ values: {}, errors: [] });
    expect(parseAttributes({ attribute: ['x'] })).toEqual({ values: {}, errors: [] });
    expect(parseAttributes({ attribute: null })).toEqual({ values: {}, errors: [] });
  });
  it('reads a missing value as empty', () => {
    expect(parseAttributes({ 'attribute[x]': null, 'attribute[y]': undefined }).values).toEqual({ x: '', y: '' });
    expect(parseAttributes({ 'attribute[l][]': [null, 'a'] }).values).toEqual({ l: ['', 'a'] });
  });
  it('refuses a value over 4,000 characters', () => {
    expect(parseAttributes({ 'attribute[x]': 'a'.repeat(4000) }).errors).toEqual([]);
    expect(parseAttributes({ 'attribute[x]': 'a'.repeat(4001) }).errors).toEqual(['attribute[x] 过长（最多 4000 个字符）']);
    expect(parseAttributes({ 'attribute[x][]': ['ok', 'a'.repeat(4001)] }).errors).toEqual(['attribute[x] 过长（最多 4000 个字符）']);
  });
  it('refuses a malformed attribute field name', () => {
    expect(parseAttributes({ 'attribute[]': 'a' }).errors).toEqual(['无法识别的参数 attribute[]']);
    expect(parseAttributes({ 'attribute[a][b]': 'a' }).errors).toEqual(['无法识别的参数 attribute[a][b]']);
    expect(parseAttributes({ 'attribute[a': 'a' }).errors).toEqual(['无法识别的参数 attribute[a']);
    expect(parseAttributes({ 'attribute[a]x': 'a' }).errors).toEqual(['无法识别的参数 attribute[a]x']);
    expect(parseAttributes({ 'xattribute[a]': 'a' })).toEqual({ values: {}, errors: [] });
  });
  it('takes codes of up to 100 characters', () => {
    const c100 = 'c'.repeat(100);
    expect(parseAttributes({ [`attribute[${c100}]`]: 'a' })).toEqual({ values: { [c100]: 'a' }, errors: [] });
    expect(parseAttributes({ [`attribute[${c100}c]`]: 'a' }).errors).toHaveLength(1);
  });
  it('takes at most 100 attributes', () => {
    const fields = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`attribute[a${i}]`, 'v']));
    expect(parseAttributes(fields(100)).errors).toEqual([]);
    expect(parseAttributes(fields(101)).errors).toEqual(['attribute 最多 100 个']);
  });
});

describe('checking attributes against a service definition', () => {
  it('a required variable attribute must be given; blanks do not count', () => {
    const d = [def('time_of_day', { required: true })];
    expect(checkAttributes({}, d)).toEqual(['attribute[time_of_day] 为必填项']);
    expect(checkAttributes({ time_of_day: '  ' }, d)).toEqual(['attribute[time_of_day] 为必填项']);
    expect(checkAttributes({ time_of_day: [' ', ''] }, d)).toEqual(['attribute[time_of_day] 为必填项']);
    expect(checkAttributes({ time_of_day: 'night' }, d)).toEqual([]);
  });
  it('an optional, or informational (variable=false), attribute may be missing', () => {
    expect(checkAttributes({}, [def('a')])).toEqual([]);
    expect(checkAttributes({}, [def('info', { required: true, variable: false })])).toEqual([]);
  });
  it('only a multivaluelist takes more than one value', () => {
    for (const datatype of ['string', 'number', 'datetime', 'text', 'singlevaluelist'] as const) {
      expect(checkAttributes({ a: ['1', '2'] }, [def('a', { datatype, values: [{ key: '1', name: '一' }, { key: '2', name: '二' }] })]), datatype).toEqual([
        'attribute[a] 只能有一个值',
      ]);
    }
    const multi = def('a', { datatype: 'multivaluelist', values: [{ key: '1', name: '一' }, { key: '2', name: '二' }] });
    expect(checkAttributes({ a: ['1', '2'] }, [multi])).toEqual([]);
  });
  it('a number is a decimal number', () => {
    const d = [def('n', { datatype: 'number' })];
    for (const ok of ['85', '-3.5', '+.5', '.25', '1.', '1e3', '1e10', '2.5E-12', ' 42 ', '0']) expect(checkAttributes({ n: ok }, d), ok).toEqual([]);
    for (const bad of ['loud', '1,5', '12abc', 'abc12', '.', '1e', '--1', '1.2.3', 'e3']) expect(checkAttributes({ n: bad }, d), bad).toEqual(['attribute[n] 应为数字']);
  });
  it('a datetime is ISO 8601', () => {
    const d = [def('t', { datatype: 'datetime' })];
    expect(checkAttributes({ t: '2026-03-02T09:00:00+08:00' }, d)).toEqual([]);
    expect(checkAttributes({ t: 'tomorrow' }, d)).toEqual(['attribute[t] 应为 ISO 8601 日期时间']);
    expect(checkAttributes({ t: '2026-02-30' }, d)).toEqual(['attribute[t] 应为 ISO 8601 日期时间']);
  });
  it('a list value must be one of the keys (not the names)', () => {
    const values = [{ key: 'night', name: '夜间' }, { key: 'day', name: '白天' }];
    const single = [def('time_of_day', { datatype: 'singlevaluelist', values })];
    expect(checkAttributes({ time_of_day: 'night' }, single)).toEqual([]);
    expect(checkAttributes({ time_of_day: '夜间' }, single)).toEqual(['attribute[time_of_day] 的值 “夜间” 不在可选范围内']);
    expect(checkAttributes({ time_of_day: 'noon' }, single)).toEqual(['attribute[time_of_day] 的值 “noon” 不在可选范围内']);
    const multi = [def('kinds', { datatype: 'multivaluelist', values: [{ key: 'piling', name: '打桩' }, { key: 'truck', name: '渣土车' }] })];
    expect(checkAttributes({ kinds: ['piling', 'truck'] }, multi)).toEqual([]);
    expect(checkAttributes({ kinds: ['piling', 'jackhammer', 'drill'] }, multi)).toEqual([
      'attribute[kinds] 的值 “jackhammer” 不在可选范围内',
      'attribute[kinds] 的值 “drill” 不在可选范围内',
    ]);
  });
  it('quotes at most 50 characters of a wrong list value', () => {
    const d = [def('l', { datatype: 'singlevaluelist', values: [{ key: 'a', name: 'A' }] })];
    expect(checkAttributes({ l: 'x'.repeat(60) }, d)).toEqual([`attribute[l] 的值 “${'x'.repeat(50)}” 不在可选范围内`]);
  });
  it('string and text take any value', () => {
    expect(checkAttributes({ s: 'anything 1,5', t: 'long\ntext' }, [def('s'), def('t', { datatype: 'text' })])).toEqual([]);
  });
  it('blank items of a list are dropped before checking', () => {
    const d = [def('l', { datatype: 'singlevaluelist', values: [{ key: 'a', name: 'A' }] })];
    expect(checkAttributes({ l: ['a', ' ', ''] }, d)).toEqual([]);
  });
  it('attributes the service does not define are not checked', () => {
    expect(checkAttributes({ fixmystreet_id: '1234', other: ['x', 'y'] }, [def('a')])).toEqual([]);
  });
  it('reports every attribute in error', () => {
    const defs = [def('a', { required: true }), def('n', { datatype: 'number' })];
    expect(checkAttributes({ n: 'x' }, defs)).toEqual(['attribute[a] 为必填项', 'attribute[n] 应为数字']);
  });
});

describe('attributes as staff read them', () => {
  const defs = [
    def('kinds', { order: 2, datatype: 'multivaluelist', description: ' 噪声来源 ', values: [{ key: 'piling', name: '打桩' }, { key: 'truck', name: '渣土车' }] }),
    def('time_of_day', { order: 1, datatype: 'singlevaluelist', description: '发生时段', values: [{ key: 'night', name: '夜间' }] }),
    def('decibels', { order: 3, datatype: 'number', description: null }),
    def('blank', { order: 4, description: '   ' }),
    def('unused', { order: 0, description: '未填' }),
  ];
  it('in the definition\'s order, labelled by its wording, list keys as names, then undefined codes by code', () => {
    expect(
      showAttributes({ zeta: 'z', kinds: ['piling', 'old_key'], decibels: '85', time_of_day: 'night', blank: 'b', alpha: ['a1', 'a2'], empty: ' ' }, defs),
    ).toEqual([
      { code: 'time_of_day', label: '发生时段', datatype: 'singlevaluelist', values: ['夜间'] },
      { code: 'kinds', label: '噪声来源', datatype: 'multivaluelist', values: ['打桩', 'old_key'] },
      { code: 'decibels', label: 'decibels', datatype: 'number', values: ['85'] },
      { code: 'blank', label: 'blank', datatype: 'string', values: ['b'] },
      { code: 'alpha', label: 'alpha', datatype: null, values: ['a1', 'a2'] },
      { code: 'zeta', label: 'zeta', datatype: null, values: ['z'] },
    ]);
  });
  it('leaves out attributes given blank or not at all', () => {
    expect(showAttributes({ unused: '  ', kinds: ['', ' '] }, defs)).toEqual([]);
    expect(showAttributes({}, [])).toEqual([]);
  });
  it('does not reorder the caller\'s definitions', () => {
    const copy = [...defs];
    showAttributes({ kinds: 'piling' }, defs);
    expect(defs).toEqual(copy);
  });
});

describe('reading dates (ISO 8601 / W3C-DTF)', () => {
  const iso = (s: string) => parseDateTime(s)?.toISOString() ?? null;
  it('reads a time zone offset, Z, or none as Shanghai time', () => {
    expect(iso('2026-03-02T09:00:00+08:00')).toBe('2026-03-02T01:00:00.000Z');
    expect(iso('2026-03-02T09:00:00Z')).toBe('2026-03-02T09:00:00.000Z');
    expect(iso('2026-03-02t09:00:00z')).toBe('2026-03-02T09:00:00.000Z');
    expect(iso('2026-03-02T09:00:00-05:00')).toBe('2026-03-02T14:00:00.000Z');
    expect(iso('2026-03-02T09:00:00+0530')).toBe('2026-03-02T03:30:00.000Z');
    expect(iso('2026-03-02T09:00:00-0530')).toBe('2026-03-02T14:30:00.000Z');
    expect(iso('2026-03-02T09:00:00')).toBe('2026-03-02T01:00:00.000Z');
    expect(iso('2026-03-02T09:00')).toBe('2026-03-02T01:00:00.000Z');
    expect(iso('2026-03-02')).toBe('2026-03-01T16:00:00.000Z');
    expect(iso('2026-03-02T09:30:15')).toBe('2026-03-02T01:30:15.000Z');
  });
  it('reads a space as the date-time separator, and a + that arrived as a space', () => {
    expect(iso('2026-03-02 09:00:00')).toBe('2026-03-02T01:00:00.000Z');
    expect(iso('2026-03-02T09:00:00 08:00')).toBe('2026-03-02T01:00:00.000Z');
    expect(iso('2026-03-02T09:00:00 0800')).toBe('2026-03-02T01:00:00.000Z');
    expect(iso('2026-03-02T09:00:00 05:30')).toBe('2026-03-02T03:30:00.000Z');
    expect(iso('2026-03-02T09:00:00 0200')).toBe('2026-03-02T07:00:00.000Z');
    expect(iso('  2026-03-02T09:00:00Z  ')).toBe('2026-03-02T09:00:00.000Z');
    // A space then hh:mm right after the date is the time, not an offset: 09:00 Shanghai is 01:00 UTC.
    expect(iso('2026-03-02 09:00')).toBe('2026-03-02T01:00:00.000Z');
    expect(iso('2026-03-02 09:00 08:00')).toBe('2026-03-02T01:00:00.000Z');
    expect(iso('2026-03-02T09:00 0200')).toBe('2026-03-02T07:00:00.000Z');
  });
  it('keeps milliseconds of a fraction', () => {
    expect(iso('2026-03-02T09:00:00.5Z')).toBe('2026-03-02T09:00:00.500Z');
    expect(iso('2026-03-02T09:00:00.123456789Z')).toBe('2026-03-02T09:00:00.123Z');
    expect(iso('2026-03-02T09:00:00.07Z')).toBe('2026-03-02T09:00:00.070Z');
  });
  it('takes the edges of each field', () => {
    expect(iso('2026-12-31T23:59:59Z')).toBe('2026-12-31T23:59:59.000Z');
    expect(iso('2026-01-01T00:00:00Z')).toBe('2026-01-01T00:00:00.000Z');
    expect(iso('2028-02-29T00:00:00Z')).toBe('2028-02-29T00:00:00.000Z');
    expect(iso('2026-04-30T00:00:00Z')).toBe('2026-04-30T00:00:00.000Z');
    expect(iso('2026-03-02T09:00:00+14:00')).toBe('2026-03-01T19:00:00.000Z');
    expect(iso('2026-03-02T09:00:00+00:59')).toBe('2026-03-02T08:01:00.000Z');
  });
  it('is null for a malformed or impossible date', () => {
    for (const bad of [
      '', 'tomorrow', '2026-3-2', '20260302', '2026-03-02T9:00', '2026-03-02T09:00:00+8',
      '2026-00-10', '2026-13-01', '2026-03-00', '2026-02-29', '2026-04-31', '2026-01-32',
      '2026-03-02T24:00:00Z', '2026-03-02T23:60:00Z', '2026-03-02T23:00:60Z',
      '2026-03-02T09:00:00+15:00', '2026-03-02T09:00:00+08:60', '2026-03-02T09:00:00.Z',
      'x2026-03-02', '2026-03-02x',
    ]) {
      expect(parseDateTime(bad), bad).toBeNull();
    }
  });
});

describe('writing dates (ISO 8601 with the Shanghai zone, no fraction)', () => {
  it('writes Shanghai local time with +08:00', () => {
    expect(shanghaiIso(new Date('2026-03-02T01:00:00.123Z'))).toBe('2026-03-02T09:00:00+08:00');
    expect(shanghaiIso(new Date('2026-03-01T16:30:05Z'))).toBe('2026-03-02T00:30:05+08:00');
    expect(shanghaiIso(new Date('2026-12-31T15:59:59Z'))).toBe('2026-12-31T23:59:59+08:00');
  });
});

describe('characters', () => {
  it('forbids control characters XML 1.0 cannot carry, but not tab, LF or CR', () => {
    for (const c of ['\u0000', '\u0008', '\u000B', '\u000C', '\u000E', '\u001F', '\uFFFE', '\uFFFF']) {
      expect(FORBIDDEN_CHARS.test(`a${c}b`), c.charCodeAt(0).toString(16)).toBe(true);
    }
    for (const c of ['\t', '\n', '\r', ' ', 'a', '噪', '\u007F']) expect(FORBIDDEN_CHARS.test(c), c.charCodeAt(0).toString(16)).toBe(false);
  });
  it('counts characters, an emoji once', () => {
    expect(charLength('😀')).toBe(1);
    expect(charLength('噪'.repeat(3999) + '😀')).toBe(4000);
    expect(charLength('')).toBe(0);
  });
});
