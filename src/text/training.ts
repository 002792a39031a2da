// Training the category classifier with its cross-validated scores: one function for the
// `hotline train` command and anything else that retrains.

import { trainClassifier, type ClassifierModel, type LabelTerms } from './classifier.js';

export interface TrainingScores {
  folds: number | null;
  accuracy: number | null;
  macroF1: number | null;
  perLabel: { label: string; precision: number; recall: number; f1: number; support: number }[];
}

/**
 * Trains on every document. The scores are the out-of-fold ones the training computes anyway
 * while calibrating its probabilities (stratified folds): no second cross-validation.
 */
export function trainOnDocs(docs: { title: string; text: string; label: string }[], labelTerms?: LabelTerms): { model: ClassifierModel; scores: TrainingScores } {
  const model = trainClassifier(docs, undefined, labelTerms);
  const e = model.estimate;
  return {
    model,
    scores: { folds: e?.folds ?? null, accuracy: e?.accuracy ?? null, macroF1: e?.macroF1 ?? null, perLabel: e?.perLabel ?? [] },
  };
}

/**
 * Each category's words for the classifier (LabelTerms), keyed by `key` (a code, or a name): its
 * own name and the names of every category below it.
 */
export function categoryTerms(categories: readonly { id: number; parentId: number | null; name: string; key: string }[]): LabelTerms {
  const byId = new Map(categories.map((c) => [c.id, c]));
  const out: Record<string, string[]> = {};
  for (const c of categories) {
    // Walk up from every category: its name is a term of itself and of each ancestor.
    const seen = new Set<number>();
    for (let a: typeof c | undefined = c; a && !seen.has(a.id); a = a.parentId == null ? undefined : byId.get(a.parentId)) {
      seen.add(a.id);
      (out[a.key] ??= []).push(c.name);
    }
  }
  return out;
}
