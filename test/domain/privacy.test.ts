// Who may read what a citizen told the hotline (README "Privacy": confidential tickets 保密工单,
// GB/T 33358; DESIGN.md "Conventions": personal data masked unless the viewer's role needs it,
// tests prove the denial, not only the allowance). A confidential ticket's text is read only by
// the centre's roles and the lead unit's chain; an assisting unit or an analyst sees 【保密工单】 and
// no caller; its caller is revealed only to an admin who gives a reason. Masked strings below are
// written by hand from the masking rules (138****5678, 张**, 3栋2单元***室, 430102********1234).

import { describe, expect, it } from 'vitest';
import { CONFIDENTIAL_TEXT, CONFIDENTIAL_TITLE, canReadContent, revealRefusal, ticketLabel, visiblePayload, visibleText } from '../../src/domain/privacy.js';
import type { Role } from '../../src/domain/ticket-types.js';

// Units: 10 区城管局 (lead unit's parent), 12 街道城管中队 (the lead unit), 13 社区 under 12,
// 20 区生态环境局 (an assisting unit elsewhere).
const LEAD = 12;
const actor = (role: Role | 'system', scope: number[] = []) => ({ role, scope: new Set(scope) as ReadonlySet<number> });
const confidential = { confidential: true, unitId: LEAD };
const ordinary = { confidential: false, unitId: LEAD };

const CENTRE: (Role | 'system')[] = ['agent', 'dispatcher', 'callback_agent', 'supervisor', 'admin', 'quality_inspector', 'system'];
const ALL_ROLES: (Role | 'system')[] = [...CENTRE, 'unit_handler', 'analyst'];

describe('canReadContent', () => {
  it('an ordinary ticket’s (masked) text is readable by every role, in or out of scope', () => {
    for (const role of ALL_ROLES) {
      expect(canReadContent(actor(role), ordinary), role).toBe(true);
      expect(canReadContent(actor(role, [20]), ordinary), role).toBe(true);
    }
    expect(canReadContent(actor('unit_handler', [20]), { confidential: false, unitId: null }), 'no unit yet').toBe(true);
  });

  it('a confidential ticket is read by each of the centre’s roles, the 质检员 included', () => {
    for (const role of CENTRE) expect(canReadContent(actor(role), confidential), role).toBe(true);
  });

  it('a confidential ticket is NOT read by an analyst, who works with counts — not even with the lead unit in scope', () => {
    expect(canReadContent(actor('analyst'), confidential)).toBe(false);
    expect(canReadContent(actor('analyst', [10, 12, 13]), confidential)).toBe(false);
  });

  it('the lead unit’s handler reads it, and so does a unit above it (its scope holds the lead unit)', () => {
    expect(canReadContent(actor('unit_handler', [12, 13]), confidential)).toBe(true);
    expect(canReadContent(actor('unit_handler', [10, 12, 13]), confidential)).toBe(true);
  });

  it('an assisting unit, or a unit below the lead unit, does NOT read another unit’s confidential ticket', () => {
    expect(canReadContent(actor('unit_handler', [20]), confidential)).toBe(false);
    expect(canReadContent(actor('unit_handler', [13]), confidential)).toBe(false);
    expect(canReadContent(actor('unit_handler', []), confidential)).toBe(false);
  });

  it('a confidential ticket not yet dispatched to a unit is read by no unit', () => {
    expect(canReadContent(actor('unit_handler', [10, 12, 13, 20]), { confidential: true, unitId: null })).toBe(false);
  });
});

describe('revealRefusal', () => {
  it('an ordinary ticket: nothing here refuses the reveal, reason or not', () => {
    expect(revealRefusal('agent', { confidential: false }, null)).toBeNull();
    expect(revealRefusal('admin', { confidential: false }, undefined)).toBeNull();
  });

  it('a confidential ticket’s caller is NOT revealed to anyone but an admin, whatever the reason', () => {
    const refused = { status: 403, code: 'confidential', detail: '保密工单的来电人信息只有管理员可以查看' };
    for (const role of ['agent', 'dispatcher', 'callback_agent', 'supervisor', 'quality_inspector', 'unit_handler', 'analyst'] as Role[]) {
      expect(revealRefusal(role, { confidential: true }, '核实来电人身份'), role).toEqual(refused);
    }
  });

  it('an admin must give a reason: none, empty or blank is a 400', () => {
    const needReason = { status: 400, code: 'reason_required', detail: '查看保密工单的来电人信息须填写事由' };
    for (const reason of [null, undefined, '', '   ']) expect(revealRefusal('admin', { confidential: true }, reason), String(reason)).toEqual(needReason);
  });

  it('an admin with a reason may reveal', () => {
    expect(revealRefusal('admin', { confidential: true }, '核实来电人身份')).toBeNull();
    expect(revealRefusal('admin', { confidential: true }, ' 回访需要 ')).toBeNull();
  });
});

const TICKET = {
  title: '张三丰反映3栋2单元501室漏水',
  content: '来电人张三丰，电话13812345678，身份证430102199001011234，称楼上漏水。',
  address: '芙蓉区某小区3栋2单元501室',
  callerName: '张三丰',
  callerPhone: '13812345678',
};

describe('visibleText', () => {
  it('who may read sees the text with personal data masked: the caller’s name, numbers and room', () => {
    expect(visibleText({ ...TICKET, confidential: false }, true)).toEqual({
      title: '张**反映3栋2单元***室漏水',
      content: '来电人张**，电话138****5678，身份证430102********1234，称楼上漏水。',
      address: '芙蓉区某小区3栋2单元***室',
      callerName: '张**',
      callerPhone: '138****5678',
    });
  });

  it('no address stays no address', () => {
    expect(visibleText({ ...TICKET, address: null, confidential: false }, true).address).toBeNull();
  });

  it('who may not read a confidential ticket sees the confidential mark and no caller at all', () => {
    const shown = visibleText({ ...TICKET, confidential: true }, false);
    expect(shown).toEqual({ title: '【保密工单】', content: '【保密工单】内容仅热线中心和主办单位可见', address: null, callerName: null, callerPhone: null });
    const json = JSON.stringify(shown);
    for (const secret of ['张', '5678', '501', '漏水', '芙蓉区']) expect(json).not.toContain(secret);
  });

  it('the exported marks are the words the README promises', () => {
    expect(CONFIDENTIAL_TITLE).toBe('【保密工单】');
    expect(CONFIDENTIAL_TEXT).toBe('【保密工单】内容仅热线中心和主办单位可见');
  });
});

describe('visiblePayload', () => {
  it('readable: every string is masked, the caller’s name and phone by their own rule, other values kept', () => {
    const payload = { note: '张三丰又来电，13812345678', callerName: '张三丰', callerPhone: '13812345678', unitId: 12, urgent: true, dueBy: null };
    expect(visiblePayload(payload, '张三丰', true)).toEqual({ note: '张**又来电，138****5678', callerName: '张**', callerPhone: '138****5678', unitId: 12, urgent: true, dueBy: null });
  });

  it('not readable: every key that carries what someone said or wrote is withheld', () => {
    const payload = {
      title: '张三丰反映漏水',
      content: '楼上漏水',
      note: '已联系物业',
      reason: '不属于本单位',
      address: '3栋2单元501室',
      callerName: '张三丰',
      callerPhone: '13812345678',
      reply: '已维修',
      message: '请尽快处理',
      text: '短信正文',
    };
    const shown = visiblePayload(payload, '张三丰', false);
    expect(shown).toEqual(Object.fromEntries(Object.keys(payload).map((k) => [k, '【保密工单】'])));
  });

  it('not readable: nested text is withheld too, other strings are masked, numbers, booleans and null kept', () => {
    const payload = {
      unitId: 12,
      fromCitizen: true,
      dueBy: null,
      status: 'handled',
      policeRecordId: 'JQ20261207 13812345678',
      result: { content: '张三丰家中漏水已处理', unitId: 20 },
      units: [{ note: '协办意见：同意' }, 7, 'x'],
    };
    expect(visiblePayload(payload, '张三丰', false)).toEqual({
      unitId: 12,
      fromCitizen: true,
      dueBy: null,
      status: 'handled',
      policeRecordId: 'JQ20261207 138****5678',
      result: { content: '【保密工单】', unitId: 20 },
      units: [{ note: '【保密工单】' }, 7, 'x'],
    });
  });

  it('not readable: 110’s account (police_feedback result) is withheld, a list under a withheld key item by item, and the caller’s name is masked in any other text', () => {
    const payload = { service: '110', policeRecordId: 'JQ1', status: 'handled', label: '110 已处置', result: '张三丰家中纠纷已处置', content: ['张三丰说的话', '第二句'], via: '张三丰的邻居报警' };
    expect(visiblePayload(payload, '张三丰', false)).toEqual({
      service: '110',
      policeRecordId: 'JQ1',
      status: 'handled',
      label: '110 已处置',
      result: '【保密工单】',
      content: ['【保密工单】', '【保密工单】'],
      via: '张**的邻居报警',
    });
  });

  it('not readable: a text key holding something other than a string is walked, not replaced', () => {
    expect(visiblePayload({ note: null, content: 5 }, null, false)).toEqual({ note: null, content: 5 });
  });
});

describe('ticketLabel', () => {
  it('a confidential ticket is labelled only with the confidential mark, in notifications, lists and reports', () => {
    expect(ticketLabel({ title: '张三丰举报某餐馆', callerName: '张三丰', confidential: true })).toBe('【保密工单】');
  });

  it('another ticket is labelled with its masked title', () => {
    expect(ticketLabel({ title: '张三丰反映13812345678被骚扰', callerName: '张三丰', confidential: false })).toBe('张**反映138****5678被骚扰');
    expect(ticketLabel({ title: '路灯不亮', callerName: null, confidential: false })).toBe('路灯不亮');
  });
});
