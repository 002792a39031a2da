// Call events from the telephony system, as a use case: the event is recorded with the floor's
// rule for when a missed call is due a callback (working minutes on the centre's calendar); after
// the commit the call's agent hears of it, the agent's state follows it (answered → on a call,
// ended → after-call work) and the floor hears of it. The floor's settings are read only on the
// paths that need them: an event is one short transaction at a call centre's peak.

import { getCallFloorSettings } from '../store/call-floor-settings.js';
import { recordCallEvent, type CallEventInput } from '../store/calls.js';
import { announce, type Change } from '../store/events.js';
import { moveAgentByCall } from './agent-states.js';
import type { AppContext } from './context.js';

export async function recordCall(ctx: AppContext, input: Omit<CallEventInput, 'missedDueBy'>) {
  const ref = await ctx.ref.get();
  const recorded = await recordCallEvent(ctx.db, {
    ...input,
    missedDueBy: async (at, tx) => ref.calendar.addWorkingMinutes(at, (await getCallFloorSettings(tx)).missedCallbackMinutes),
  });
  const call = recorded.call;
  const floor = await moveAgentByCall(ctx, call);
  // The agent's screen (a queue's call rings nobody's yet) and the floor, in one round trip.
  const changes: Change[] = call.agent_user_id != null || call.extension != null
    ? [{ kind: 'call', userId: call.agent_user_id, extension: call.extension, callId: call.id, state: call.state, phone: call.caller }, floor]
    : [floor];
  await announce(ctx.db, ...changes).catch((err) => ctx.log.error({ err }, 'call announce failed'));
  return recorded;
}
