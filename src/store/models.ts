// Trained models (the dispatch classifier), versioned in the database so that every server
// process serves the same one, and retraining swaps the active version in one statement.

import { sql, type Kysely } from 'kysely';
import type { ClassifierModel, LabelTerms } from '../text/classifier.js';
import { categoryTerms, categoryTermsByName, type TrainingScores } from '../text/training.js';
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
  return rows.map((r) => {
    // Versions trained before weak classes were reported have none.
    const s = r.scores as Partial<TrainingScores>;
    return {
      id: r.id, kind: r.kind, version: r.version, trainedAt: r.trained_at.toISOString(), trainingSize: r.training_size, scores: r.scores, active: r.active,
      weakClasses: s.weakClasses ?? [], unlabelled: s.unlabelled ?? 0,
    };
  });
}

/** Makes an earlier (or later) version the active one (回退): false when there is no such version. */
export async function activateModel(db: Kysely<DB>, kind: string, version: number): Promise<boolean> {
  return db.transaction().execute(async (tx) => {
    await sql`SELECT pg_advisory_xact_lock(hashtext(${`hotline-model-${kind}`}))`.execute(tx);
    const found = await tx.selectFrom('models').select('id').where('kind', '=', kind).where('version', '=', version).executeTakeFirst();
    if (!found) return false;
    await tx.updateTable('models').set({ active: false }).where('kind', '=', kind).where('version', '!=', version).execute();
    await tx.updateTable('models').set({ active: true }).where('id', '=', found.id).execute();
    return true;
  });
}

/** Only the active model's id and version: cheap enough to check on every request. */
export async function activeModelVersion(db: Kysely<DB>, kind: string): Promise<number | null> {
  const r = await db.selectFrom('models').select('version').where('kind', '=', kind).where('active', '=', true).executeTakeFirst();
  return r?.version ?? null;
}

/** The classifier's words for every category, by code (training's labels) and by name (evaluation files'). */
export async function labelTermsOf(db: Kysely<DB>): Promise<LabelTerms> {
  const rows = await db.selectFrom('categories').select(['id', 'parent_id', 'name', 'code', 'level']).execute();
  const nodes = rows.map((r) => ({ id: r.id, parentId: r.parent_id, name: r.name, level: r.level }));
  return { ...categoryTermsByName(nodes), ...categoryTerms(rows.map((r) => ({ id: r.id, parentId: r.parent_id, name: r.name, key: r.code }))) };
}

/** The classifier's model kind in the models table. */
export const CLASSIFIER = 'category-classifier';

export type TrainingInput = { docs: TrainingDoc[]; labelTerms: LabelTerms; unlabelled: UnlabelledTrainingDoc[] };
export type Retrained =
  | { ok: true; version: number; trainedAt: Date; trainingSize: number; labels: number; scores: TrainingScores }
  | { ok: false; reason: string };

/**
 * Retrains the classifier on the closed tickets at `level`, with the category tree's names, and
 * makes it the active version (`hotline train` and the console's retrain). `train` fits the model:
 * in this thread or in a worker.
 */
export async function retrainClassifier(
  db: Kysely<DB>,
  level: number | 'leaf',
  train: (input: TrainingInput) => Promise<{ model: ClassifierModel; scores: TrainingScores }>,
  now: () => Date,
): Promise<Retrained> {
  const [docs, labelTerms, unlabelled] = await Promise.all([trainingDocs(db, level), labelTermsOf(db), unlabelledDocs(db)]);
  const labels = new Set(docs.map((d) => d.label)).size;
  if (docs.length < 20 || labels < 2) {
    return { ok: false, reason: `可用于训练的已办结工单太少（${docs.length} 条，${labels} 个分类）：至少需要 20 条、2 个分类` };
  }
  const { model, scores } = await train({ docs, labelTerms, unlabelled });
  const trainedAt = now();
  const { version } = await saveModel(db, CLASSIFIER, model, { trainedAt, trainingSize: docs.length, scores: { ...scores, level } });
  return { ok: true, version, trainedAt, trainingSize: docs.length, labels, scores };
}

export interface TrainingDoc {
  title: string;
  text: string;
  label: string; // category code
}

/**
 * What the classifier learns from: closed tickets with a category, labelled with the category
 * at `level` (1 = top level) or the ticket's own category ('leaf'). Merged duplicates are left
 * out, so that one matter does not count many times.
 */
export async function trainingDocs(db: Kysely<DB>, level: number | 'leaf', limit = 200_000): Promise<TrainingDoc[]> {
  const [rows, categories] = await Promise.all([
    db
      .selectFrom('tickets')
      .select(['title', 'content', 'category_id'])
      .where('status', '=', 'closed')
      .where('category_id', 'is not', null)
      .orderBy('id', 'desc')
      .limit(limit)
      .execute(),
    db.selectFrom('categories').select(['id', 'code', 'parent_id', 'level']).execute(),
  ]);
  const byId = new Map(categories.map((c) => [c.id, c]));
  const at = (id: number): string | null => {
    let c = byId.get(id);
    if (level === 'leaf') return c?.code ?? null;
    while (c && c.level > level && c.parent_id != null) c = byId.get(c.parent_id);
    return c && c.level === level ? c.code : null;
  };
  return rows.flatMap((r) => {
    const label = at(r.category_id as number);
    return label ? [{ title: r.title, text: r.content, label }] : [];
  });
}

export interface UnlabelledTrainingDoc {
  title: string;
  text: string;
}

/**
 * The history without a category (imported rows without a label, tickets not yet categorised),
 * most recent first: the classifier learns its words' frequencies and co-occurrences from it. A
 * city has far more of these than labelled tickets. Merged duplicates are left out.
 */
export async function unlabelledDocs(db: Kysely<DB>, limit = 50_000): Promise<UnlabelledTrainingDoc[]> {
  const rows = await db
    .selectFrom('tickets')
    .select(['title', 'content'])
    .where('category_id', 'is', null)
    .where('status', '!=', 'merged')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ title: r.title ?? '', text: r.content }));
}
