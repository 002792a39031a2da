// Hot topics (热点问题) over the tickets of a period: the same problem at the same place, ranked
// by heat. Read by the console's hot-topic page and by the timer that raises rising topics.

import type { Kysely } from 'kysely';
import type { DB } from '../store/schema.js';
import { findHotTopics, type HotTopic } from '../text/hot-topics.js';

/** Most tickets a hot-topic pass reads (about half a millisecond of CPU each): the newest first. */
export const HOT_TOPIC_LIMIT = 20_000;

export async function hotTopicsFor(db: Kysely<DB>, from: Date, to: Date, now: Date): Promise<{ topics: HotTopic[]; numbers: Map<number, string>; callerNames: Map<number, string | null>; read: number }> {
  const rows = await db
    .selectFrom('tickets')
    .select(['id', 'number', 'title', 'content', 'address', 'caller_phone', 'caller_name', 'created_at', 'supports'])
    .where('created_at', '>=', from)
    .where('created_at', '<', to)
    .where('status', '!=', 'merged')
    // A confidential ticket's words must not become a topic's label.
    .where('confidential', '=', false)
    .orderBy('created_at', 'desc')
    .limit(HOT_TOPIC_LIMIT)
    .execute();
  const topics = findHotTopics(
    rows.map((r) => ({
      id: r.id,
      title: r.title,
      content: r.content,
      address: r.address,
      caller: r.caller_phone ?? r.caller_name,
      at: r.created_at,
      supports: r.supports,
    })),
    { now },
  );
  return {
    topics,
    numbers: new Map(rows.map((r) => [r.id, r.number])),
    callerNames: new Map(rows.map((r) => [r.id, r.caller_name])),
    read: rows.length,
  };
}
