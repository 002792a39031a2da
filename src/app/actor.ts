// Who is acting: a signed-in user as the domain sees them (role, unit and the unit's subtree).

import type { Actor } from '../domain/ticket.js';
import type { UserRecord } from '../store/users.js';
import type { AppContext } from './context.js';

export async function actorFor(ctx: AppContext, user: UserRecord): Promise<Actor> {
  const ref = await ctx.ref.get();
  return { id: user.id, role: user.role, unitId: user.unitId, scope: ref.subtree(user.unitId) };
}
