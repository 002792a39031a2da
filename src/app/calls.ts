// Call events from the telephony system, as a use case: the event is recorded with the floor's
// rule for when a missed call is due a callback (working minutes on the centre's calendar).

import { getCallFloorSettings } from '../store/call-floor-settings.js';
import { recordCallEvent, type CallEventInput } from '../store/calls.js';
import type { AppContext } from './context.js';

export async function recordCall(ctx: AppContext, input: Omit<CallEventInput, 'missedDueBy'>) {
  const [ref, floor] = await Promise.all([ctx.ref.get(), getCallFloorSettings(ctx.db)]);
  return recordCallEvent(ctx.db, { ...input, missedDueBy: (at) => ref.calendar.addWorkingMinutes(at, floor.missedCallbackMinutes) });
}
