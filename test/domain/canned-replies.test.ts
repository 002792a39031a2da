// Canned replies (常用语): placeholders, who manages and uses which, what a step offers and in what order.

import { describe, expect, it } from 'vitest';
import { canManage, canUse, fillPlaceholders, offeredFor, rankCanned, unknownPlaceholders, type CannedReply } from '../../src/domain/canned-replies.js';

const reply = (over: Partial<CannedReply>): CannedReply => ({ id: 1, title: 't', body: 'b', unitId: null, categoryIds: [], steps: [], enabled: true, useCount: 0, ...over });
const VALUES = { 工单编号: '202603020001', 来电人称呼: '张*', 承办单位: '生态环境局', 受理时间: '2026-03-02 09:00', 诉求标题: '噪声扰民', 诉求分类: '施工噪声' };

describe('placeholders', () => {
  it('fills each known one, every time it occurs, and leaves other braces as written', () => {
    expect(fillPlaceholders('{来电人称呼}您好，工单{工单编号}（{受理时间}）由{承办单位}办理；{工单编号}', VALUES)).toBe(
      '张*您好，工单202603020001（2026-03-02 09:00）由生态环境局办理；202603020001',
    );
    expect(fillPlaceholders('JSON {"a":1} 与 {来电电话}', VALUES)).toBe('JSON {"a":1} 与 {来电电话}');
  });
  it('names the unknown ones (the phone is never a placeholder)', () => {
    expect(unknownPlaceholders('{来电电话} {工单编号} {phone} {来电电话}')).toEqual(['来电电话', 'phone']);
    expect(unknownPlaceholders('{工单编号}{诉求分类}')).toEqual([]);
  });
});

describe('scope', () => {
  const admin = { role: 'admin' as const, unitId: null };
  const env = { role: 'unit_handler' as const, unitId: 2 };
  const agent = { role: 'agent' as const, unitId: null };
  it('an admin manages all; a unit only its own; the centre’s staff none', () => {
    expect([canManage(admin, { unitId: null }), canManage(admin, { unitId: 3 })]).toEqual([true, true]);
    expect([canManage(env, { unitId: 2 }), canManage(env, { unitId: 3 }), canManage(env, { unitId: null })]).toEqual([true, false, false]);
    expect(canManage(agent, { unitId: null })).toBe(false);
  });
  it('the centre’s are for every writing role; a unit’s for that unit only; the analyst none', () => {
    expect([canUse(env, { unitId: null }), canUse(env, { unitId: 2 }), canUse(env, { unitId: 3 })]).toEqual([true, true, false]);
    expect([canUse(agent, { unitId: null }), canUse(agent, { unitId: 2 })]).toEqual([true, false]);
    expect(canUse({ role: 'analyst', unitId: null }, { unitId: null })).toBe(false);
  });
});

describe('offered and ranked', () => {
  // 施工噪声 (30) under 噪声污染 (20) under 环境保护 (10).
  const path = [30, 20, 10];
  it('a category covers its subtree; steps limit; disabled never', () => {
    expect(offeredFor(reply({ categoryIds: [10] }), 'reply', path)).toBe(true);
    expect(offeredFor(reply({ categoryIds: [40] }), 'reply', path)).toBe(false);
    expect(offeredFor(reply({ categoryIds: [30] }), 'reply', [20, 10])).toBe(false); // a parent's ticket is not the child's
    expect(offeredFor(reply({ steps: ['note'] }), 'reply', path)).toBe(false);
    expect(offeredFor(reply({ steps: ['note', 'reply'] }), 'reply', path)).toBe(true);
    expect(offeredFor(reply({ enabled: false }), 'reply', path)).toBe(false);
  });
  it('own unit first, then category-matching, then most used, then title in pinyin order (戊 wù before 乙 yǐ)', () => {
    const list = [
      reply({ id: 1, title: '乙', useCount: 9 }),
      reply({ id: 2, title: '甲', unitId: 2 }),
      reply({ id: 3, title: '丙', categoryIds: [20] }),
      reply({ id: 4, title: '丁', unitId: 2, categoryIds: [10] }),
      reply({ id: 5, title: '戊', useCount: 9 }),
    ];
    expect(rankCanned(list, { role: 'unit_handler', unitId: 2 }, path).map((r) => r.id)).toEqual([4, 2, 3, 5, 1]);
  });
});
