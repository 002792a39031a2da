// Live call hand-off (一键转接 / 三方通话), as use cases: an agent hands their own live call to an
// emergency service, another hotline or a unit's contact; the command goes to the telephony
// system through a port (the signed HTTP adapter is src/channels/telephony.ts, handed in by the
// server's assembly), is recorded on the call (call_transfers, which the ticket shows through
// call_tickets), and the telephony system's result, reported back later, settles it. The agent's
// screen hears every change (a 'handoff' change on the event stream).

import crypto from 'node:crypto';
import { maskText } from '../domain/masking.js';
import {
  getTelephonySettings,
  HandoffProblem,
  handoffTargets,
  insertTransfer,
  markSent,
  settleTransfer,
  type CallTransferRow,
  type HandoffMode,
} from '../store/call-handoff.js';
import { announce } from '../store/events.js';
import type { AppContext } from './context.js';

export { HandoffProblem };

/** Where commands go and the secret they are signed with. */
export interface TelephonyConfig {
  url: string;
  secret: string;
}

export interface TelephonyCommand {
  callId: string;
  mode: HandoffMode;
  target: string;
  requestId: string;
  at: Date;
}

/**
 * What the telephony system said: it took the command (the result follows, or is given at once),
 * or it refused it / could not be reached (detail says why, for the agent and the record).
 */
export type TelephonyAnswer = { ok: true; result: 'connected' | 'failed' | null; detail: string | null } | { ok: false; detail: string };

/** The port to the telephony system's command interface (docs/telephony.md, "Commands to the telephony system"). */
export interface TelephonyPort {
  send(config: TelephonyConfig, command: TelephonyCommand): Promise<TelephonyAnswer>;
}

/** The configuration in force: HOTLINE_TELEPHONY_URL / HOTLINE_TELEPHONY_SECRET, else the admin's settings; null when incomplete. */
export async function telephonyConfig(ctx: AppContext, env: NodeJS.ProcessEnv = process.env): Promise<TelephonyConfig | null> {
  const saved = await getTelephonySettings(ctx.db);
  const url = env.HOTLINE_TELEPHONY_URL?.trim() || saved.url;
  const secret = env.HOTLINE_TELEPHONY_SECRET?.trim() || saved.secret;
  return url && secret ? { url, secret } : null;
}

const short = (s: string, n = 500) => (s.length > n ? `${s.slice(0, n)}…` : s);

async function tell(ctx: AppContext, row: CallTransferRow): Promise<void> {
  await announce(ctx.db, {
    kind: 'handoff',
    userId: row.requested_by,
    callId: row.call_id,
    requestId: row.request_id,
    mode: row.mode,
    target: row.target,
    status: row.status,
    detail: row.detail == null ? null : maskText(row.detail),
  });
}

/**
 * Hands the agent's live call over. Refused, with nothing recorded: not their call (403), not
 * live (409), a number not on offer (400), no telephony system configured (503). Otherwise the
 * command is recorded before it is sent, so a result can never arrive for a command we forgot;
 * a refusal or silence of the telephony system is recorded as failed with its detail.
 */
export async function handOffCall(
  ctx: AppContext,
  port: TelephonyPort,
  user: { id: number },
  input: { callId: string; target: string; mode: HandoffMode },
): Promise<CallTransferRow> {
  const call = await ctx.db.selectFrom('calls').select(['id', 'agent_user_id', 'state']).where('id', '=', input.callId).executeTakeFirst();
  if (!call) throw new HandoffProblem(404, 'call_not_found', '通话不存在');
  if (call.agent_user_id !== user.id) throw new HandoffProblem(403, 'not_your_call', '只能转接本人正在接听的通话');
  if (call.state !== 'answered') throw new HandoffProblem(409, 'call_not_live', '只能转接正在通话中的来电（已接通、未挂断）');
  const target = (await handoffTargets(ctx.db)).find((t) => t.target === input.target);
  if (!target) throw new HandoffProblem(400, 'unknown_target', `转接号码 ${input.target} 不在转接目录中`);
  const config = await telephonyConfig(ctx);
  if (!config) throw new HandoffProblem(503, 'telephony_not_configured', '未配置电话系统的指令接口（HOTLINE_TELEPHONY_URL / HOTLINE_TELEPHONY_SECRET），无法转接');

  const at = ctx.now();
  const requestId = crypto.randomUUID();
  await insertTransfer(ctx.db, { requestId, callId: call.id, mode: input.mode, target: target.target, targetLabel: target.label, requestedBy: user.id, at });
  let answer: TelephonyAnswer;
  try {
    answer = await port.send(config, { callId: call.id, mode: input.mode, target: target.target, requestId, at });
  } catch (err) {
    answer = { ok: false, detail: `发送失败：${err instanceof Error ? err.message : String(err)}` };
  }
  const row = await markSent(ctx.db, requestId, {
    status: !answer.ok ? 'failed' : (answer.result ?? 'sent'),
    detail: answer.detail == null ? null : short(answer.detail),
    at: ctx.now(),
  });
  ctx.log.info({ handoff: { callId: call.id, requestId, mode: input.mode, target: target.target, status: row.status } }, 'call hand-off');
  await tell(ctx, row);
  return row;
}

/** The telephony system reports how a hand-off went (connected or failed); the agent hears it. */
export async function recordHandoffResult(
  ctx: AppContext,
  input: { callId: string; requestId: string; status: 'connected' | 'failed'; detail: string | null },
): Promise<CallTransferRow> {
  const { row, changed } = await settleTransfer(ctx.db, { ...input, detail: input.detail == null ? null : short(input.detail), at: ctx.now() });
  if (changed) await tell(ctx, row);
  return row;
}
