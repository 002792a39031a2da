// The API key check in front of every route other systems call (telephony, SMS, Open311, 110,
// feeds, departments' systems), as a use case: checked in the database on every request —
// revoking a key stops it at once, on every process — but requests that arrive while a check is
// under way are checked together in the next one (GroupCommit), so a telephony system posting
// hundreds of events a second costs a handful of queries, not one each.

import { verifyApiKeys, type ApiKeyInfo } from '../store/apikeys.js';
import type { AppContext } from './context.js';
import { GroupCommit, groupPerContext } from './group-commit.js';

const checksOf = groupPerContext((ctx: AppContext) => new GroupCommit<string, ApiKeyInfo | null>((keys) => verifyApiKeys(ctx.db, keys, ctx.now()), { max: 512 }));

/** The active key presented, or null. */
export function checkApiKey(ctx: AppContext, key: string): Promise<ApiKeyInfo | null> {
  return checksOf(ctx).submit(key);
}
