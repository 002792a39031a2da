// Training the category classifier with its cross-validated scores: one function for the
// `hotline train` command and the server's background retraining.

import { crossValidate, trainClassifier, type ClassifierModel } from './classifier.js';

export interface TrainingScores {
  folds: number | null;
  accuracy: number | null;
  macroF1: number | null;
  perLabel: { label: string; precision: number; recall: number; f1: number; support: number }[];
}

/** Cross-validates when every label has at least `folds` examples, then trains on everything. */
export function trainOnDocs(docs: { title: string; text: string; label: string }[], folds = 5): { model: ClassifierModel; scores: TrainingScores } {
  const counts = new Map<string, number>();
  for (const d of docs) counts.set(d.label, (counts.get(d.label) ?? 0) + 1);
  const canCv = folds >= 2 && [...counts.values()].every((n) => n >= folds);
  const cv = canCv ? crossValidate(docs, folds) : null;
  const model = trainClassifier(docs);
  return {
    model,
    scores: {
      folds: cv ? folds : null,
      accuracy: cv?.accuracy ?? null,
      macroF1: cv?.macroF1 ?? null,
      perLabel: cv?.perLabel ?? [],
    },
  };
}
