// Training the category classifier with its cross-validated scores: one function for the
// `hotline train` command and anything else that retrains.

import { trainClassifier, type ClassifierModel } from './classifier.js';

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
export function trainOnDocs(docs: { title: string; text: string; label: string }[]): { model: ClassifierModel; scores: TrainingScores } {
  const model = trainClassifier(docs);
  const e = model.estimate;
  return {
    model,
    scores: { folds: e?.folds ?? null, accuracy: e?.accuracy ?? null, macroF1: e?.macroF1 ?? null, perLabel: e?.perLabel ?? [] },
  };
}
