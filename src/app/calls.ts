// Call events from the telephony system, as a use case: the event is recorded with the floor's
// rule for when a missed call is due a callback (working minutes on the centre's calendar), and
// the call's agent's state follows it (answered → on a call, ended → after-call work) in the same
// transaction; after the commit the agent's screen and the floor hear of it. At a peak, events
// that arrive while earlier ones commit are written together (GroupCommit): one transaction and
// a handful of statements for the batch instead of a transaction per event.

import { applyCallsToAgents } from '../store/agent-states.js';
import { getCallFloorSettings } from '../store/call-floor-settings.js';
import { agentsNamed, CallProblem, recordCallEvents, type CallEventInput, type CallRow } from '../store/calls.js';
import { announce, type Change } from '../store/events.js';
import { inTransaction } from '../store/tickets.js';
import { callFloorChange } from './agent-states.js';
import type { AppContext } from './context.js';
import { GroupCommit, groupPerContext } from './group-commit.js';

/** A call event as the telephony reports it: the agent by username, or by the extension they signed in at. */
export type CallEvent = Omit<CallEventInput, 'missedDueBy' | 'agentUserId'> & { agentUsername: string | null };
type Recorded = { call: CallRow; ticketIds: number[] };

// Events of one call never share a batch (each moves the call's row in turn).
const batchOf = groupPerContext((ctx: AppContext) => new GroupCommit<CallEvent, Recorded | CallProblem>((events) => recordCallBatch(ctx, events), { key: (e) => e.callId, max: 256 }));

/** Records a call event; a CallProblem (422) for an agent username that names no active user. */
export async function recordCall(ctx: AppContext, input: CallEvent): Promise<Recorded> {
  const result = await batchOf(ctx).submit(input);
  if (result instanceof CallProblem) throw result;
  return result;
}

async function recordCallBatch(ctx: AppContext, events: CallEvent[]): Promise<(Recorded | CallProblem)[]> {
  const ref = await ctx.ref.get();
  const missedDueBy: CallEventInput['missedDueBy'] = async (at, tx) =>
    ref.calendar.addWorkingMinutes(at, (await getCallFloorSettings(tx)).missedCallbackMinutes);
  const now = ctx.now();
  const { results, recorded, moved } = await inTransaction(ctx.db, async (tx) => {
    // The agents named, for the whole batch at once; an unknown username refuses its event only.
    const agents = await agentsNamed(
      tx,
      events.flatMap((e) => (e.agentUsername ? [e.agentUsername] : [])),
      events.flatMap((e) => (!e.agentUsername && e.extension ? [e.extension] : [])),
    );
    const results: (Recorded | CallProblem | null)[] = events.map((e) =>
      e.agentUsername && !agents.byUsername.has(e.agentUsername) ? new CallProblem(422, 'unknown_agent', `坐席用户 ${e.agentUsername} 不存在`) : null,
    );
    const inputs: CallEventInput[] = events.flatMap((e, k) => {
      if (results[k]) return [];
      const { agentUsername, ...event } = e;
      const agentUserId = agentUsername ? agents.byUsername.get(agentUsername)! : e.extension ? (agents.byExtension.get(e.extension) ?? null) : null;
      return [{ ...event, agentUserId, missedDueBy }];
    });
    const recorded = await recordCallEvents(tx, inputs);
    let next = 0;
    for (let k = 0; k < results.length; k++) if (!results[k]) results[k] = recorded[next++];
    return { results: results as (Recorded | CallProblem)[], recorded, moved: await applyCallsToAgents(tx, recorded.map((r) => r.call), now) };
  });
  // The agents' screens (a queue's call rings nobody's yet) and the floor, in one round trip.
  const changes: Change[] = recorded.flatMap(({ call }, k) => {
    const floor = callFloorChange(call, moved[k].changed);
    return call.agent_user_id != null || call.extension != null
      ? [{ kind: 'call', userId: call.agent_user_id, extension: call.extension, callId: call.id, state: call.state, phone: call.caller }, floor]
      : [floor];
  });
  if (changes.length) await announce(ctx.db, ...changes).catch((err) => ctx.log.error({ err }, 'call announce failed'));
  return results;
}
