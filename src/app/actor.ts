// Who is acting: a signed-in user as the domain sees them (role, unit and the unit's subtree,
// their centre and the units of its tree).

import type { Actor } from '../domain/ticket.js';
import type { UserRecord } from '../store/users.js';
import type { AppContext } from './context.js';

export async function actorFor(ctx: AppContext, user: UserRecord): Promise<Actor> {
  const ref = await ctx.ref.get();
  // The centre (中心/分中心) their unit belongs to: centre staff see its tickets and those of the centres below it.
  const centreId = ref.centreOf(user.unitId);
  return { id: user.id, role: user.role, unitId: user.unitId, scope: ref.subtree(user.unitId), centreId, centres: ref.centreUnits(centreId) };
}
