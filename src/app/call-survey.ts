// The telephony system's post-call IVR survey (通话满意度): after the agent hangs up, the caller
// presses 1–5 (1 非常满意 … 5 非常不满意, src/domain/sms-rating.ts). In 12345 centres that
// survey rates the call — the agent's service (话务服务评价) — not the unit's handling of the
// request, which is not done yet when the call ends: so by default ('service') the digit is
// recorded on the call, for the quality checks (话务质检) and the agent's figures, and rates no
// ticket. A call placed to rate a replied ticket (an automated voice callback, 语音回访) reports
// subject 'result': then the digit is also the callback of record of every ticket linked to
// the call (call_tickets; or the ticket it names by number, whose caller must be the call's
// number: it is linked then) that waits for its callback (status replied), as an SMS or portal
// rating is. A call is rated once: a repeated report changes nothing.

import { ratingCallback, type Grade } from '../domain/sms-rating.js';
import { SYSTEM_ACTOR } from '../domain/ticket.js';
import { DomainFailure, inTransaction } from '../store/tickets.js';
import type { AppContext } from './context.js';
import { runStep } from './steps.js';

export type SurveySubject = 'service' | 'result';

export interface CallSurveyResult {
  callId: string;
  grade: number;
  subject: SurveySubject;
  at: Date;
  /** false: the call had been rated before; this report changed nothing. */
  recorded: boolean;
  /** The tickets this report rated (subject 'result'). */
  ratedTicketIds: number[];
}

export class CallNotFound extends Error {}
/** The named ticket is not one of the call's number (or does not exist). */
export class TicketMismatch extends Error {}

export async function recordCallSurvey(ctx: AppContext, input: { callId: string; grade: Grade; subject: SurveySubject; at: Date; ticketNumber?: string | null }): Promise<CallSurveyResult> {
  const claimed = await inTransaction(ctx.db, async (tx) => {
    const call = await tx.selectFrom('calls').select(['id', 'caller', 'survey_grade', 'survey_subject', 'survey_at']).where('id', '=', input.callId).forUpdate().executeTakeFirst();
    if (!call) throw new CallNotFound(input.callId);
    if (call.survey_grade != null) return { first: false, grade: call.survey_grade, subject: call.survey_subject as SurveySubject, at: call.survey_at! };
    if (input.subject === 'result' && input.ticketNumber) {
      const ticket = await tx.selectFrom('tickets').select(['id', 'caller_phone']).where('number', '=', input.ticketNumber).executeTakeFirst();
      if (!ticket || !call.caller || ticket.caller_phone !== call.caller) throw new TicketMismatch(input.ticketNumber);
      await tx
        .insertInto('call_tickets')
        .values({ call_id: call.id, ticket_id: ticket.id, attached_by: null, attached_at: input.at })
        .onConflict((oc) => oc.columns(['call_id', 'ticket_id']).doNothing())
        .execute();
    }
    await tx.updateTable('calls').set({ survey_grade: input.grade, survey_subject: input.subject, survey_at: input.at }).where('id', '=', input.callId).execute();
    return { first: true, grade: input.grade, subject: input.subject, at: input.at };
  });
  const result: CallSurveyResult = { callId: input.callId, grade: claimed.grade, subject: claimed.subject, at: claimed.at, recorded: claimed.first, ratedTicketIds: [] };
  if (!claimed.first || input.subject !== 'result') return result;
  const linked = await ctx.db
    .selectFrom('call_tickets')
    .innerJoin('tickets', 'tickets.id', 'call_tickets.ticket_id')
    .select('tickets.id')
    .where('call_tickets.call_id', '=', input.callId)
    .where('tickets.status', '=', 'replied')
    .orderBy('tickets.id')
    .execute();
  for (const { id } of linked) {
    try {
      await runStep(ctx, SYSTEM_ACTOR, id, ratingCallback(input.grade, 'ivr'), { now: input.at });
      result.ratedTicketIds.push(id);
    } catch (err) {
      // Called back meanwhile by someone else: that callback stands.
      if (!(err instanceof DomainFailure && err.error.status === 409)) throw err;
    }
  }
  return result;
}
