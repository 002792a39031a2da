// An SMS from a citizen (上行短信), as the SMS gateway reports it: recorded, always, with what
// became of it. An answer 1–5 to the latest survey (短信回访) sent to that number becomes the
// callback of record of the reply it asked about, exactly as a portal rating does (a `callback`
// step by the system actor: satisfied closes, unsatisfied reopens by the reopen rule), once per
// reply: a second answer is recorded and changes nothing. Nothing is sent back (an automatic
// answer to an automatic answer could loop).

import { normalizePhone } from '../domain/masking.js';
import { parseRating, ratingCallback } from '../domain/sms-rating.js';
import { SYSTEM_ACTOR } from '../domain/ticket.js';
import { claimSurvey, insertInbound, latestReplyEventId, latestSurvey, type InboundOutcome } from '../store/sms.js';
import { DomainFailure } from '../store/tickets.js';
import type { AppContext } from './context.js';
import { runStepOnce } from './steps.js';

export interface ReceivedSms {
  id: string;
  outcome: InboundOutcome;
  ticketId: number | null;
  grade: number | null;
}

export async function receiveSms(ctx: AppContext, input: { from: string; text: string }): Promise<ReceivedSms> {
  const phone = normalizePhone(input.from);
  const text = input.text.trim();
  const now = ctx.now();
  const record = async (outcome: InboundOutcome, ticketId: number | null, answersId: string | null, grade: number | null) => ({
    id: await insertInbound(ctx.db, { phone, text, now, outcome, ticketId, answersId, grade }),
    outcome,
    ticketId,
    grade,
  });
  const survey = await latestSurvey(ctx.db, phone);
  if (!survey) return record('no_survey', null, null, null);
  const grade = parseRating(text);
  if (grade == null) return record('not_a_rating', survey.ticketId, survey.id, null);
  if (survey.answeredAt) return record('already_rated', survey.ticketId, survey.id, grade);
  // A survey about an older reply (the ticket was replied again since) is closed.
  if (survey.replyEventId !== (await latestReplyEventId(ctx.db, survey.ticketId))) return record('survey_closed', survey.ticketId, survey.id, grade);
  let id = '';
  try {
    const after = await runStepOnce(ctx, SYSTEM_ACTOR, survey.ticketId, ratingCallback(grade, 'sms'), {
      now,
      // The survey is answered once: the answer, the claim and the callback commit together.
      claim: (tx) => claimSurvey(tx, survey.id, now),
      alongside: async (tx) => {
        id = await insertInbound(tx, { phone, text, now, outcome: 'rated', ticketId: survey.ticketId, answersId: survey.id, grade });
      },
    });
    if (!after) return record('already_rated', survey.ticketId, survey.id, grade);
  } catch (err) {
    // The ticket no longer waits for this callback (a callback agent reached the citizen first).
    if (err instanceof DomainFailure && err.error.status === 409) return record('survey_closed', survey.ticketId, survey.id, grade);
    throw err;
  }
  return { id, outcome: 'rated', ticketId: survey.ticketId, grade };
}
