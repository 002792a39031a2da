// The title given to a request registered without one: what the caller says (the matter), as
// a 12345 title reads — 某地某问题 — not the greeting they open with, cut between clauses.

import { describe, expect, it } from 'vitest';
import { deriveTitle } from '../../src/domain/ticket.js';

describe('a derived title', () => {
  it('leaves out the greeting and preamble a caller opens with', () => {
    expect(deriveTitle('您好，我想反映一个问题，建设路工地夜间施工噪音扰民。凌晨两点还在打桩')).toBe('建设路工地夜间施工噪音扰民');
    expect(deriveTitle('你好！我是幸福里小区的业主，小区门口路灯坏了一个月。')).toBe('小区门口路灯坏了一个月');
    expect(deriveTitle('领导您好，我要投诉，公司拖欠三个月工资不发')).toBe('公司拖欠三个月工资不发');
  });

  it('keeps whole clauses while they fit in 30 characters, and cuts none in half', () => {
    // 12 + 1 + 9 = 22 characters with the comma; the next clause (12) would make 35.
    expect(deriveTitle('星沙大道北段有个井盖缺失了很久，晚上路过非常危险，希望有关部门尽快安排处理，谢谢')).toBe('星沙大道北段有个井盖缺失了很久，晚上路过非常危险');
    // A phone number in the second clause: the clause does not fit, so no part of it shows.
    expect(deriveTitle('幸福路井盖丢失很危险请尽快处理，我的手机是13912345678谢谢')).toBe('幸福路井盖丢失很危险请尽快处理');
  });

  it('a request that is all greeting keeps its first sentence', () => {
    expect(deriveTitle('您好，我想咨询一下。')).toBe('您好，我想咨询一下');
  });
});
