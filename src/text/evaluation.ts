// Scores of a classifier's predictions against the truth: per-label precision, recall, F1,
// the confusion matrix, accuracy and macro-F1.

export interface LabelScore {
  label: string;
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface Evaluation {
  n: number;
  accuracy: number;
  macroF1: number;
  perLabel: LabelScore[];
  confusion: { labels: string[]; matrix: number[][] }; // matrix[truth][predicted]
}

export function evaluatePredictions(truth: readonly string[], predicted: readonly string[]): Evaluation {
  const labels = [...new Set([...truth, ...predicted])].sort();
  const index = new Map(labels.map((l, i) => [l, i]));
  const matrix = labels.map(() => labels.map(() => 0));
  let right = 0;
  truth.forEach((t, i) => {
    matrix[index.get(t) as number][index.get(predicted[i]) as number]++;
    if (t === predicted[i]) right++;
  });
  const truthLabels = labels.filter((l) => truth.includes(l));
  const perLabel = truthLabels.map((label) => {
    const i = index.get(label) as number;
    const tp = matrix[i][i];
    const predictedAs = matrix.reduce((n, row) => n + row[i], 0);
    const support = matrix[i].reduce((n, x) => n + x, 0);
    const precision = predictedAs ? tp / predictedAs : 0;
    const recall = support ? tp / support : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    return { label, precision, recall, f1, support };
  });
  const macroF1 = perLabel.length ? perLabel.reduce((n, s) => n + s.f1, 0) / perLabel.length : 0;
  return { n: truth.length, accuracy: truth.length ? right / truth.length : 0, macroF1, perLabel, confusion: { labels, matrix } };
}

/** A plain-text report: per-label table, confusion matrix, and as the last line one JSON object. */
export function formatEvaluation(e: Evaluation): string {
  const pct = (x: number) => (x * 100).toFixed(1).padStart(6);
  const width = Math.max(8, ...e.confusion.labels.map((l) => l.length * 2));
  const lines = [`${'标签'.padEnd(width - 2)}  精确率  召回率     F1   样本`];
  for (const s of e.perLabel) lines.push(`${s.label.padEnd(width - s.label.length)}${pct(s.precision)}  ${pct(s.recall)} ${pct(s.f1)}  ${String(s.support).padStart(5)}`);
  lines.push('', '混淆矩阵（行：实际，列：预测）：');
  lines.push(`${''.padEnd(width)}${e.confusion.labels.map((_, j) => String(j + 1).padStart(5)).join('')}`);
  e.confusion.matrix.forEach((row, i) => {
    const l = `${i + 1}. ${e.confusion.labels[i]}`;
    lines.push(`${l.padEnd(width - e.confusion.labels[i].length)}${row.map((x) => String(x).padStart(5)).join('')}`);
  });
  lines.push('', `准确率 ${pct(e.accuracy)}%，宏平均 F1 ${pct(e.macroF1)}%`);
  lines.push(JSON.stringify({ n: e.n, accuracy: round(e.accuracy), macro_f1: round(e.macroF1) }));
  return lines.join('\n');
}

const round = (x: number) => Math.round(x * 10000) / 10000;
