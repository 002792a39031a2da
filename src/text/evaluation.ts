// The report `hotline eval` prints: per-label precision, recall, F1, the confusion matrix,
// and a last line of JSON. The numbers come from src/text/classifier.ts.

export interface LabelScore {
  label: string;
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

/** What `scoreLabels` and `crossValidate` (src/text/classifier.ts) return, as far as a report needs. */
export interface Evaluation {
  n: number;
  accuracy: number;
  macroF1: number;
  perLabel: LabelScore[];
  confusion: { labels: string[]; matrix: number[][] }; // matrix[truth][predicted]
}

/** A plain-text report: per-label table, confusion matrix, and as the last line one JSON object. */
export function formatEvaluation(e: Evaluation): string {
  const pct = (x: number) => (x * 100).toFixed(1).padStart(6);
  const width = Math.max(8, ...e.confusion.labels.map((l) => l.length * 2));
  const lines = [`${'标签'.padEnd(width - 2)}  精确率  召回率     F1   样本`];
  for (const s of e.perLabel.filter((x) => x.support > 0)) lines.push(`${s.label.padEnd(width - s.label.length)}${pct(s.precision)}  ${pct(s.recall)} ${pct(s.f1)}  ${String(s.support).padStart(5)}`);
  lines.push('', '混淆矩阵（行：实际，列：预测）：');
  // A matrix row's name starts with its number ("1. "): its column is that much wider.
  const rowWidth = Math.max(width, ...e.confusion.labels.map((l, i) => `${i + 1}. `.length + l.length * 2));
  lines.push(`${''.padEnd(rowWidth)}${e.confusion.labels.map((_, j) => String(j + 1).padStart(5)).join('')}`);
  e.confusion.matrix.forEach((row, i) => {
    const l = `${i + 1}. ${e.confusion.labels[i]}`;
    lines.push(`${l.padEnd(rowWidth - e.confusion.labels[i].length)}${row.map((x) => String(x).padStart(5)).join('')}`);
  });
  lines.push('', `准确率 ${pct(e.accuracy)}%，宏平均 F1 ${pct(e.macroF1)}%`);
  lines.push(JSON.stringify({ n: e.n, accuracy: round(e.accuracy), macro_f1: round(e.macroF1) }));
  return lines.join('\n');
}

const round = (x: number) => Math.round(x * 10000) / 10000;
