// Training the category classifier with its cross-validated scores: one function for the
// `hotline train` command and anything else that retrains.

import { trainClassifier, type ClassifierModel, type ClassifierOptions, type LabelTerms, type WeakClass } from './classifier.js';

export interface TrainingScores {
  folds: number | null;
  accuracy: number | null;
  macroF1: number | null;
  perLabel: { label: string; precision: number; recall: number; f1: number; support: number }[];
  /** The labels whose out-of-fold F1 is below 0.9, weakest first, with the labels they are mixed up with. */
  weakClasses: WeakClass[];
  /** Unlabelled documents the model also learnt from (their words' frequencies and co-occurrences). */
  unlabelled: number;
}

/**
 * Trains on every document, and on the unlabelled history (tickets without a category). The
 * scores are the out-of-fold ones the training computes anyway while calibrating its
 * probabilities (stratified folds): no second cross-validation.
 */
export function trainOnDocs(
  docs: { title: string; text: string; label: string }[],
  labelTerms?: LabelTerms,
  unlabelled: readonly { title: string; text: string }[] = [],
  options?: ClassifierOptions,
): { model: ClassifierModel; scores: TrainingScores } {
  const model = trainClassifier(docs, options, labelTerms, unlabelled);
  const e = model.estimate;
  return {
    model,
    scores: {
      folds: e?.folds ?? null,
      accuracy: e?.accuracy ?? null,
      macroF1: e?.macroF1 ?? null,
      perLabel: e?.perLabel ?? [],
      weakClasses: e?.weakClasses ?? [],
      unlabelled: unlabelled.length,
    },
  };
}

/**
 * Each category's words for the classifier (LabelTerms), keyed by `key` (a code, or a name): its
 * own name, then one group per direct subcategory — that subcategory's name and the names of
 * everything below it — which also serves as a short training document of the category.
 */
export function categoryTerms(categories: readonly { id: number; parentId: number | null; name: string; key: string }[]): LabelTerms {
  const children = new Map<number | null, (typeof categories)[number][]>();
  for (const c of categories) children.set(c.parentId, [...(children.get(c.parentId) ?? []), c]);
  const below = (id: number, seen = new Set<number>()): string[] =>
    (children.get(id) ?? []).flatMap((c) => (seen.has(c.id) ? [] : (seen.add(c.id), [c.name, ...below(c.id, seen)])));
  const out: Record<string, (string | string[])[]> = {};
  for (const c of categories) {
    const own = (out[c.key] ??= []);
    own.push(c.name);
    for (const child of children.get(c.id) ?? []) own.push([child.name, ...below(child.id)]);
  }
  return out;
}

/**
 * The same keyed by name, as evaluation files name their labels; a name used twice (a level-2
 * 交通运输 under the level-1 交通运输) keys the shallowest category only.
 */
export function categoryTermsByName(categories: readonly { id: number; parentId: number | null; name: string; level: number }[]): LabelTerms {
  const taken = new Set<string>();
  const key = new Map<number, string>();
  for (const c of [...categories].sort((a, b) => a.level - b.level || a.id - b.id)) {
    key.set(c.id, taken.has(c.name) ? `\u0000${c.id}` : (taken.add(c.name), c.name));
  }
  return categoryTerms(categories.map((c) => ({ ...c, key: key.get(c.id)! })));
}
