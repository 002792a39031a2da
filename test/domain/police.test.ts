// The 12345 ↔ 110 rules (src/domain/police.ts): which tickets take 110's reports, idempotence,
// the record id, the state's order, and what 110 is told when a handed-over ticket closes.

import { describe, expect, it } from 'vitest';
import { closesTicket, decidePoliceFeedback, handoverResult, stateAfter, type OutgoingHandoff } from '../../src/domain/police.js';
import { TICKET_STATUSES } from '../../src/domain/ticket-types.js';

const now = new Date('2026-03-02T01:00:00Z');
const sent: OutgoingHandoff = { policeRecordId: null, state: 'sent', feedback: [] };
const transferred = { status: 'transferred' as const, transferredTo: '110' as const };

describe('110 feedback', () => {
  it.each(TICKET_STATUSES.filter((s) => s !== 'transferred'))('is refused on a %s ticket (409)', (status) => {
    const d = decidePoliceFeedback({ status, transferredTo: null }, sent, { policeRecordId: 'JQ1', status: 'received' }, now);
    expect(d).toEqual({ ok: false, error: expect.objectContaining({ status: 409, code: 'not_transferred_to_police' }) });
  });

  it('is refused without a hand-off (transferred before 联动 existed)', () => {
    expect(decidePoliceFeedback(transferred, null, { policeRecordId: 'JQ1', status: 'received' }, now).ok).toBe(false);
  });

  it('becomes a police_feedback event by the system, the record id set by the first report', () => {
    const d = decidePoliceFeedback(transferred, sent, { policeRecordId: ' JQ1 ', status: 'dispatched', result: ' 已派警 ' }, now);
    expect(d).toEqual({
      ok: true, duplicate: false, state: 'dispatched', policeRecordId: 'JQ1',
      events: [{ type: 'police_feedback', at: now, actorId: null, payload: { service: '110', policeRecordId: 'JQ1', status: 'dispatched', label: '已派警', result: '已派警', via: 'feedback' } }],
    });
  });

  it('the same report again is a duplicate; another text is a new report; another record id is 409', () => {
    const h: OutgoingHandoff = { policeRecordId: 'JQ1', state: 'dispatched', feedback: [{ status: 'dispatched', result: '已派警', policeRecordId: 'JQ1' }] };
    expect(decidePoliceFeedback(transferred, h, { policeRecordId: 'JQ1', status: 'dispatched', result: '已派警' }, now)).toMatchObject({ ok: true, duplicate: true, events: [] });
    expect(decidePoliceFeedback(transferred, h, { policeRecordId: 'JQ1', status: 'dispatched', result: '增派警力' }, now)).toMatchObject({ ok: true, duplicate: false });
    expect(decidePoliceFeedback(transferred, h, { policeRecordId: 'JQ2', status: 'handled' }, now)).toMatchObject({ ok: false, error: { status: 409, code: 'police_record_mismatch' } });
  });

  it('states move forward only', () => {
    expect(stateAfter('sent', 'received')).toBe('received');
    expect(stateAfter('pending', 'handled')).toBe('handled');
    expect(stateAfter('handled', 'received')).toBe('handled');
    expect(stateAfter('dispatched', 'dispatched')).toBe('dispatched');
  });
});

describe('a handed-over ticket closing', () => {
  it('closes on answered, closed, refused and a closing callback — not on a pending or reopening one', () => {
    expect(closesTicket({ type: 'answered', payload: { content: 'x', articleId: null } })).toBe(true);
    expect(closesTicket({ type: 'closed', payload: { note: null } })).toBe(true);
    const cb = (outcome: 'pending' | 'closed' | 'reopened' | 'closed_unreachable') =>
      closesTicket({ type: 'called_back', payload: { reached: true, resolved: true, satisfaction: null, note: null, attempt: 1, outcome, dueBy: null } });
    expect([cb('pending'), cb('closed'), cb('reopened'), cb('closed_unreachable')]).toEqual([false, true, false, true]);
    expect(closesTicket({ type: 'noted', payload: { content: 'x', fromCitizen: false, unitId: null } })).toBe(false);
  });

  it("tells 110 the unit's last reply, the direct answer, or the refusal with where the caller was sent", () => {
    const timeline = [
      { type: 'replied' as const, payload: { content: '第一次答复', onTime: true, workingMinutes: 1, callbackDueBy: '' } },
      { type: 'replied' as const, payload: { content: '重办后答复', onTime: true, workingMinutes: 1, callbackDueBy: '' } },
    ];
    expect(handoverResult(timeline, { type: 'closed', payload: { note: '办结' } })).toEqual({ outcome: 'closed', result: '重办后答复' });
    expect(handoverResult([], { type: 'closed', payload: { note: '已电话答复' } })).toEqual({ outcome: 'closed', result: '已电话答复' });
    expect(handoverResult([], { type: 'answered', payload: { content: '直接答复内容', articleId: null } })).toEqual({ outcome: 'answered', result: '直接答复内容' });
    expect(handoverResult([], { type: 'refused', payload: { reason: 'other', label: '其他', guidance: '请向法院起诉', note: '民事纠纷' } })).toEqual({ outcome: 'refused', result: '不予受理：其他。请向法院起诉。民事纠纷' });
  });
});
