// Canned replies (常用语, migration 0032): rows in, rows out. Who may see or change which is the
// use case's (app/canned-replies.ts, by domain/canned-replies.ts).

import { sql, type Kysely } from 'kysely';
import type { CannedReply } from '../domain/canned-replies.js';
import type { DB } from './schema.js';

export interface CannedReplyRow extends CannedReply {
  lastUsedAt: Date | null;
  createdBy: number | null;
  updatedBy: number | null;
  createdAt: Date;
  updatedAt: Date;
}

interface Raw {
  id: number;
  title: string;
  body: string;
  unit_id: number | null;
  category_ids: number[] | string;
  steps: string[] | string;
  enabled: boolean;
  use_count: number;
  last_used_at: Date | string | null;
  created_by: number | null;
  updated_by: number | null;
  created_at: Date | string;
  updated_at: Date | string;
}

/** A Postgres array as either driver hands it over (a JS array; '{1,2}' text just in case). */
const arr = (v: unknown[] | string): string[] => (Array.isArray(v) ? v.map(String) : v.replace(/^\{|\}$/g, '').split(',').filter(Boolean).map((s) => s.replace(/^"|"$/g, '')));

const fromRow = (r: Raw): CannedReplyRow => ({
  id: r.id,
  title: r.title,
  body: r.body,
  unitId: r.unit_id,
  categoryIds: arr(r.category_ids).map(Number),
  steps: arr(r.steps),
  enabled: r.enabled,
  useCount: r.use_count,
  lastUsedAt: r.last_used_at ? new Date(r.last_used_at) : null,
  createdBy: r.created_by,
  updatedBy: r.updated_by,
  createdAt: new Date(r.created_at),
  updatedAt: new Date(r.updated_at),
});

/** Every canned reply of these owners: the centre's (null) and/or the given units'; `all` for every one. */
export async function listCannedReplies(db: Kysely<DB>, owners: { centre: boolean; unitIds: readonly number[] } | 'all'): Promise<CannedReplyRow[]> {
  const where =
    owners === 'all'
      ? sql`TRUE`
      : sql`(${owners.centre ? sql`unit_id IS NULL` : sql`FALSE`} OR unit_id = ANY(${[...owners.unitIds]}::integer[]))`;
  const { rows } = await sql<Raw>`SELECT * FROM canned_replies WHERE ${where} ORDER BY id`.execute(db);
  return rows.map(fromRow);
}

export async function findCannedReply(db: Kysely<DB>, id: number): Promise<CannedReplyRow | null> {
  const { rows } = await sql<Raw>`SELECT * FROM canned_replies WHERE id = ${id}`.execute(db);
  return rows[0] ? fromRow(rows[0]) : null;
}

/** What is written: the reply without its id and use count. */
export type CannedReplyInput = Omit<CannedReply, 'id' | 'useCount'>;

export async function insertCannedReply(db: Kysely<DB>, input: CannedReplyInput, userId: number, now: Date): Promise<CannedReplyRow> {
  const { rows } = await sql<Raw>`
    INSERT INTO canned_replies (title, body, unit_id, category_ids, steps, enabled, created_by, updated_by, created_at, updated_at)
    VALUES (${input.title}, ${input.body}, ${input.unitId}, ${[...input.categoryIds]}::integer[], ${[...input.steps]}::text[], ${input.enabled}, ${userId}, ${userId}, ${now}, ${now})
    RETURNING *
  `.execute(db);
  return fromRow(rows[0]);
}

export async function updateCannedReply(db: Kysely<DB>, id: number, input: CannedReplyInput, userId: number, now: Date): Promise<CannedReplyRow | null> {
  const { rows } = await sql<Raw>`
    UPDATE canned_replies SET title = ${input.title}, body = ${input.body}, unit_id = ${input.unitId},
      category_ids = ${[...input.categoryIds]}::integer[], steps = ${[...input.steps]}::text[], enabled = ${input.enabled},
      updated_by = ${userId}, updated_at = ${now}
    WHERE id = ${id} RETURNING *
  `.execute(db);
  return rows[0] ? fromRow(rows[0]) : null;
}

export async function deleteCannedReply(db: Kysely<DB>, id: number): Promise<boolean> {
  const res = await sql`DELETE FROM canned_replies WHERE id = ${id}`.execute(db);
  return Number(res.numAffectedRows ?? 0) > 0;
}

/** One more use (inserted into a step's text). */
export async function countCannedUse(db: Kysely<DB>, id: number, now: Date): Promise<number | null> {
  const { rows } = await sql<{ use_count: number }>`
    UPDATE canned_replies SET use_count = use_count + 1, last_used_at = ${now} WHERE id = ${id} RETURNING use_count
  `.execute(db);
  return rows[0]?.use_count ?? null;
}
