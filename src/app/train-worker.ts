// Training off the main thread: a worker (worker_threads) fits the classifier on the documents
// it is given and hands the model back, so the server keeps answering while it trains
// (training 10,000 tickets takes seconds of CPU). Used by POST /api/v1/models/train.

import { Worker } from 'node:worker_threads';
import type { LabelTerms } from '../text/classifier.js';
import type { TrainingScores } from '../text/training.js';
import type { ClassifierModel } from '../text/classifier.js';

export interface TrainInput {
  docs: { title: string; text: string; label: string }[];
  labelTerms: LabelTerms;
  /** The history without a category (see unlabelledDocs in store/models.ts). */
  unlabelled: { title: string; text: string }[];
}

// The worker's own code. In the server bundle (bin/hotline.js: dist/server/cli.mjs) it loads the
// bundle's training entry beside it; from the TypeScript sources (tests, tsx) the source through tsx.
const WORKER = `
import { parentPort, workerData } from 'node:worker_threads';
if (workerData.tsx) (await import(workerData.tsx)).register();
const { trainOnDocs } = await import(workerData.module);
try {
  parentPort.postMessage({ ok: true, result: trainOnDocs(workerData.input.docs, workerData.input.labelTerms, workerData.input.unlabelled) });
} catch (err) {
  parentPort.postMessage({ ok: false, error: String(err && err.stack || err) });
}
`;

const BUNDLED = import.meta.url.endsWith('/dist/server/cli.mjs');

/** Trains in a worker thread; resolves with the model and its out-of-fold scores. */
export function trainInWorker(input: TrainInput): Promise<{ model: ClassifierModel; scores: TrainingScores }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, {
      eval: true,
      // Absolute addresses: the worker resolves nothing relative to the server's working directory.
      workerData: BUNDLED
        ? { input, module: new URL('./text/training.mjs', import.meta.url).href, tsx: null }
        : { input, module: new URL('../text/training.ts', import.meta.url).href, tsx: import.meta.resolve('tsx/esm/api') },
    });
    let settled = false;
    worker.once('message', (m: { ok: true; result: { model: ClassifierModel; scores: TrainingScores } } | { ok: false; error: string }) => {
      settled = true;
      void worker.terminate();
      if (m.ok) resolve(m.result);
      else reject(new Error(m.error));
    });
    worker.once('error', (err) => {
      if (!settled) reject(err);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`training worker stopped (exit code ${code})`));
    });
  });
}
