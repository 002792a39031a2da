// The API key check in front of every route other systems call (telephony, SMS, Open311, 110,
// feeds, departments' systems), as a use case: checked in the database on every request —
// revoking a key stops it at once, on every process — but requests that arrive while a check is
// under way are checked together in the next one (GroupCommit), so a telephony system posting
// hundreds of events a second costs a handful of queries, not one each.

import { verifyApiKeys, type ApiKeyInfo } from '../store/apikeys.js';
import type { AppContext } from './context.js';
import { GroupCommit } from './group-commit.js';

const checks = new WeakMap<AppContext, GroupCommit<string, ApiKeyInfo | null>>();

/** The active key presented, or null. */
export function checkApiKey(ctx: AppContext, key: string): Promise<ApiKeyInfo | null> {
  let batch = checks.get(ctx);
  if (!batch) {
    batch = new GroupCommit((keys) => verifyApiKeys(ctx.db, keys, ctx.now()), { max: 512 });
    checks.set(ctx, batch);
  }
  return batch.submit(key);
}
