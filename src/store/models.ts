// Trained models (the dispatch classifier), versioned in the database so that every server
// process serves the same one, and retraining swaps the active version in one statement.

import { sql, type Kysely } from 'kysely';
import type { DB } from './schema.js';

export interface StoredModel<M> {
  id: number;
  kind: string;
  version: number;
  trainedAt: Date;
  trainingSize: number;
  scores: Record<string, unknown>;
  model: M;
}

/** Saves a new version and makes it the active one (the previous stays, inactive). */
export async function saveModel<M extends object>(
  db: Kysely<DB>,
  kind: string,
  model: M,
  info: { trainedAt: Date; trainingSize: number; scores: Record<string, unknown> },
): Promise<{ id: number; version: number }> {
  return db.transaction().execute(async (tx) => {
    // One writer at a time per kind, so versions stay unique and ordered.
    await sql`SELECT pg_advisory_xact_lock(hashtext(${`hotline-model-${kind}`}))`.execute(tx);
    const { v } = await tx.selectFrom('models').select((eb) => eb.fn.max('version').as('v')).where('kind', '=', kind).executeTakeFirstOrThrow();
    const version = Number(v ?? 0) + 1;
    await tx.updateTable('models').set({ active: false }).where('kind', '=', kind).execute();
    const row = await tx
      .insertInto('models')
      .values({
        kind,
        version,
        trained_at: info.trainedAt,
        training_size: info.trainingSize,
        scores: JSON.stringify(info.scores),
        model: JSON.stringify(model),
        active: true,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { id: row.id, version };
  });
}

export async function activeModel<M>(db: Kysely<DB>, kind: string): Promise<StoredModel<M> | null> {
  const r = await db.selectFrom('models').selectAll().where('kind', '=', kind).where('active', '=', true).executeTakeFirst();
  if (!r) return null;
  return { id: r.id, kind: r.kind, version: r.version, trainedAt: r.trained_at, trainingSize: r.training_size, scores: r.scores, model: r.model as M };
}

export async function listModels(db: Kysely<DB>, kind: string) {
  const rows = await db.selectFrom('models').select(['id', 'kind', 'version', 'trained_at', 'training_size', 'scores', 'active']).where('kind', '=', kind).orderBy('version', 'desc').execute();
  return rows.map((r) => ({ id: r.id, kind: r.kind, version: r.version, trainedAt: r.trained_at.toISOString(), trainingSize: r.training_size, scores: r.scores, active: r.active }));
}

/** Only the active model's id and version: cheap enough to check on every request. */
export async function activeModelVersion(db: Kysely<DB>, kind: string): Promise<number | null> {
  const r = await db.selectFrom('models').select('version').where('kind', '=', kind).where('active', '=', true).executeTakeFirst();
  return r?.version ?? null;
}
