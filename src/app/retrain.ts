// Retraining the classifier from the closed tickets (from the console: POST /models/train), and
// going back to an earlier version. Training runs in a worker thread, one at a time per process.

import type { Actor } from '../domain/ticket.js';
import { audit } from '../store/admin-console.js';
import { activateModel, CLASSIFIER, retrainClassifier, type Retrained } from '../store/models.js';
import { DomainFailure } from '../store/tickets.js';
import type { AppContext } from './context.js';
import { trainInWorker } from './train-worker.js';

const training = new WeakSet<AppContext>();

export type Trained = Extract<Retrained, { ok: true }>;

/** Trains a new version on the closed tickets (by top-level category, another level, or leaves) and makes it active. */
export async function retrainModel(ctx: AppContext, actor: Pick<Actor, 'id'>, command: { level: number | 'leaf' }): Promise<Trained> {
  const { level } = command;
  if (training.has(ctx)) throw new DomainFailure({ status: 409, code: 'training_in_progress', detail: '模型正在训练，请稍后再试' });
  training.add(ctx);
  try {
    const started = Date.now();
    const r = await retrainClassifier(ctx.db, level, trainInWorker, ctx.now);
    if (!r.ok) throw new DomainFailure({ status: 422, code: 'not_enough_tickets', detail: r.reason });
    await audit(ctx.db, actor.id, 'model.train', { version: r.version, trainingSize: r.trainingSize, level, seconds: Math.round((Date.now() - started) / 100) / 10 });
    return r;
  } finally {
    training.delete(ctx);
  }
}

/** Makes an earlier (or later) version the active one; false when there is no such version. */
export async function activateModelVersion(ctx: AppContext, actor: Pick<Actor, 'id'>, command: { version: number }): Promise<boolean> {
  const { version } = command;
  if (!(await activateModel(ctx.db, CLASSIFIER, version))) return false;
  await audit(ctx.db, actor.id, 'model.activate', { version });
  return true;
}
