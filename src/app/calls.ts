// Call events from the telephony system, as a use case: the event is recorded with the floor's
// rule for when a missed call is due a callback (working minutes on the centre's calendar); then
// the call's agent's state follows it (answered → on a call, ended → after-call work) and the
// floor hears of it.

import { getCallFloorSettings } from '../store/call-floor-settings.js';
import { recordCallEvent, type CallEventInput } from '../store/calls.js';
import { callEventForAgent } from './agent-states.js';
import type { AppContext } from './context.js';

export async function recordCall(ctx: AppContext, input: Omit<CallEventInput, 'missedDueBy'>) {
  const [ref, floor] = await Promise.all([ctx.ref.get(), getCallFloorSettings(ctx.db)]);
  const recorded = await recordCallEvent(ctx.db, { ...input, missedDueBy: (at) => ref.calendar.addWorkingMinutes(at, floor.missedCallbackMinutes) });
  await callEventForAgent(ctx, recorded.call, floor.afterCallSeconds);
  return recorded;
}
