// Missed-call callbacks (漏接回拨) as use cases: the queue, starting a callback (the full number
// to dial, every view logged like a ticket's caller reveal), and recording its outcome.

import { maskPhone } from '../domain/masking.js';
import type { CallbackAttempt } from '../domain/missed-call.js';
import { getCallFloorSettings } from '../store/call-floor-settings.js';
import { announce } from '../store/events.js';
import { missedCallTask, MissedCallProblem, openMissedCalls, recordCallback, type MissedCallTask } from '../store/missed-calls.js';
import type { AppContext } from './context.js';

export { MissedCallProblem };

export async function missedCallQueue(ctx: AppContext) {
  return openMissedCalls(ctx.db);
}

/**
 * 开始回拨: the full number of an open task for the agent to dial, logged in the audit log
 * (action reveal_call_phone: who, which call, from where). A closed task is not called back.
 */
export async function startCallback(ctx: AppContext, userId: number, callId: string, ip: string | null): Promise<MissedCallTask> {
  const task = await missedCallTask(ctx.db, callId);
  if (!task) {
    const call = await ctx.db.selectFrom('calls').select('id').where('id', '=', callId).executeTakeFirst();
    throw call ? new MissedCallProblem(404, 'missed_call_not_found', '该通话不是漏接来电，没有回拨任务') : new MissedCallProblem(404, 'call_not_found', '通话不存在');
  }
  if (task.state !== 'open') throw new MissedCallProblem(409, 'callback_closed', '该漏接来电已处理完毕，不能再回拨');
  await ctx.db
    .insertInto('audit_log')
    .values({ user_id: userId, action: 'reveal_call_phone', ticket_id: null, detail: JSON.stringify({ callId: task.callId, phone: maskPhone(task.phone), purpose: 'missed_callback', ip }) })
    .execute();
  return task;
}

export async function recordCallbackOutcome(ctx: AppContext, userId: number, callId: string, attempt: CallbackAttempt): Promise<MissedCallTask> {
  const floor = await getCallFloorSettings(ctx.db);
  const task = await recordCallback(ctx.db, { callId, userId, attempt, now: ctx.now(), maxAttempts: floor.missedCallbackAttempts });
  await announce(ctx.db, { kind: 'floor', what: 'missed_call', userId: null }).catch((err) => ctx.log.error({ err }, 'floor announce failed'));
  return task;
}
