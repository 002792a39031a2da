// The session check in front of every signed-in request, as a use case: checked in the database on
// every request — signing out, a disabled account or a changed role ends the session at once, on
// every process — but requests that arrive while a check is under way are checked together in the
// next one (GroupCommit, as app/api-keys.ts does for keys): at a peak, a handful of queries a
// second instead of one per request.

import { usersForTokens, type UserRecord } from '../store/users.js';
import type { AppContext } from './context.js';
import { GroupCommit, groupPerContext } from './group-commit.js';

// Real time, not the context's clock: a session's expiry is the wall clock's.
const checksOf = groupPerContext((ctx: AppContext) => new GroupCommit<string, UserRecord | null>((tokens) => usersForTokens(ctx.db, tokens, new Date()), { max: 512 }));

/** The user signed in with this token now, or null. */
export function checkSession(ctx: AppContext, token: string): Promise<UserRecord | null> {
  return checksOf(ctx).submit(token);
}
