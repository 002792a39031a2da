// Smart dispatch (智能分拨): which category a request belongs to, learnt from the platform's own
// labelled tickets. Pure TypeScript on top of jieba, no I/O and no model files: a linear model over
//   - jieba words in search mode (海淀区 → 海淀 / 淀区 / 海淀区), and
//   - character n-grams (1–3) of the normalised text, which catch words jieba splits differently
//     and the paraphrases a word model misses (吵到凌晨 shares 吵 with 噪音扰民's training texts),
// weighted by sublinear TF × IDF, the title (first line) counting more than the body, words and
// n-grams each L2-normalised as a block. The title's words and n-grams are also features of their
// own (a word in the title says more than the same word in the body: 道路 in the subject line of a
// message about a road versus in passing in a long story); IDF is ln((1 + N) / (1 + df)), which
// lets the rare, telling terms count more than the common ones. The vocabulary is pruned by document frequency and χ².
// The category tree itself is prior knowledge: a word of a label's own name or of its subcategories'
// names (物业管理 under 城乡建设, 工资福利 under 劳动和社会保障) also counts for a feature of that label,
// so a request using the tree's words leans to its branch even when the training tickets never did;
// and each subcategory's names, as one short document of its branch, join every training fit (never
// scored), which teaches the branch words no ticket has used yet.
// One-vs-rest linear SVMs (L2-regularised squared hinge, dual coordinate descent as in LIBLINEAR)
// give one score per label; softmax(score / T) turns them into probabilities, with the temperature
// T fitted on out-of-fold scores (inner cross-validation) so that p ≈ 0.9 means right about 9 in 10.
// The model is a plain JSON object (store it as jsonb); training is deterministic for a seed.

import { rng, truncatedSvd } from './embedding.js';
import { normalize, segmenter } from './segment.js';

export interface ClassifierOptions {
  /** jieba words, search mode (default true). */
  words?: boolean;
  /** Character n-gram lengths [min, max] with 1 ≤ min ≤ max ≤ 3, or null for none (default [1, 3]). */
  charNgrams?: [number, number] | null;
  /** Weight of the title's terms relative to the body's (default 2). */
  titleWeight?: number;
  /** The title's words and n-grams also as title-only features (default true). */
  titleFeatures?: boolean;
  /** Weight of the n-gram block relative to the word block (default 1). */
  charWeight?: number;
  /** Minimum document frequency of a feature; 0 = automatic: 1 below 500 documents, else 2. */
  minDf?: number;
  /** Features kept, the most label-specific by χ² (default 20000); bounds the model's size. */
  maxFeatures?: number;
  /** SVM regularisation: larger fits the training data more closely (default 2). */
  C?: number;
  /** Weight classes inversely to their frequency, so small categories are not drowned (default true). */
  balanced?: boolean;
  /** Passes of coordinate descent at most (default 100; it usually converges in 10–30). */
  maxEpochs?: number;
  /** Inner folds used to fit the probability temperature (default 5; 0 or 1 = use a default temperature). */
  calibrationFolds?: number;
  /** Seed of the shuffles (default 1). */
  seed?: number;
  /** How much a word of a label's terms (its category names) counts for that label's feature (default 3). */
  labelTermWeight?: number;
  /** Each subcategory's names (a group of the label's terms) is also a training document of the label, this many times (default 2; 0 = not). */
  labelTermDocs?: number;
  /** Unlabelled documents count in the IDF (default true). */
  unlabelledIdf?: boolean;
  /** Dimensions of the latent semantic features learnt from labelled and unlabelled text (0 = none). */
  embedDim?: number;
  /** Weight of the latent block against the sparse features (default 1). */
  embedWeight?: number;
  /** Words at most in the latent features' vocabulary, the most frequent first (default 20000). */
  embedVocab?: number;
  /** Minimum document frequency (labelled and unlabelled) of a word of the latent vocabulary (default 3). */
  embedMinDf?: number;
  /** Each latent dimension is scaled by its singular value to this power (0 = as the projection gives it). */
  embedPower?: number;
  /** Self-training rounds on the unlabelled documents (0 = none). */
  pseudoRounds?: number;
  /** Least probability of a pseudo-label to be trained on. */
  pseudoThreshold?: number;
  /** Weight (C multiplier) of a pseudo-labelled document. */
  pseudoWeight?: number;
  /** Pseudo-labelled documents per label at most, as a multiple of its labelled count. */
  pseudoShare?: number;
}

/**
 * Words that describe each label: the names of its category and of the categories below it. An
 * entry that is a list is one subcategory's names (its own and those below it): besides giving
 * words, it is a short training document of the label (see `labelTermDocs`).
 */
export type LabelTerms = Record<string, readonly (string | readonly string[])[]>;

export type ResolvedOptions = Required<ClassifierOptions>;

export const DEFAULT_OPTIONS: ResolvedOptions = {
  words: true,
  charNgrams: [1, 3],
  titleWeight: 2,
  titleFeatures: true,
  charWeight: 1,
  minDf: 0,
  maxFeatures: 20000,
  C: 2,
  balanced: true,
  maxEpochs: 100,
  calibrationFolds: 5,
  seed: 1,
  labelTermWeight: 3,
  labelTermDocs: 2,
  unlabelledIdf: true,
  embedDim: 0,
  embedWeight: 1,
  embedVocab: 20000,
  embedMinDf: 3,
  embedPower: 0,
  pseudoRounds: 0,
  pseudoThreshold: 0.9,
  pseudoWeight: 0.5,
  pseudoShare: 2,
};

export interface ClassifierModel {
  kind: 'hotline-text-classifier';
  version: 1;
  labels: string[];
  /** Number of training documents, and per label (same order as `labels`). */
  trainingSize: number;
  labelCounts: number[];
  options: ResolvedOptions;
  /** Softmax temperature: p = softmax(score / temperature). */
  temperature: number;
  /**
   * Out-of-fold scores from the calibration folds, free with training: every document scored by a
   * model trained on the other folds (null when there were too few documents to calibrate).
   */
  estimate: { folds: number; accuracy: number; macroF1: number; logLoss: number; perLabel: LabelMetrics[]; weakClasses?: WeakClass[] } | null;
  /** Features: words (jieba), then character n-grams; `idf` and each row of `weights` follow this order. */
  words: string[];
  grams: string[];
  idf: number[];
  /** One row per label. */
  weights: number[][];
  bias: number[];
  /** Words of the labels' category names, each with the labels (indices into `labels`) it describes. */
  terms?: [string, number[]][];
}

export interface LabelledDoc {
  /** Title and body as `title + '\n' + body` (the first line is taken as the title), or the body when `title` is given. */
  text: string;
  title?: string | null;
  label: string;
}

/** A document without a label (the uncategorised history): the same shape as a labelled one. */
export type UnlabelledDoc = Omit<LabelledDoc, 'label'>;

export type ClassifierInput = string | { title?: string | null; text: string };

export interface Prediction {
  label: string;
  probability: number;
}

// ---------------------------------------------------------------------------------------------
// Features

const WORDISH = /[\p{L}\p{N}]/u;
/** Not shown as reasons by explain() (they still count as features). */
const FUNCTION_WORDS = new Set(
  '的 地 得 了 着 过 是 在 和 与 及 或 有 我 你 他 她 它 我们 你们 他们 这 那 这个 那个 就 也 都 而 被 把 对 为 请 吗 呢 啊 吧 呀 给 让 从 到 向 将 其 之 所 该 等 个 一 又 还 很 太 已经 一直 什么 怎么 如何 是否 可以 能否'.split(' '),
);
const NON_WORD = /[^\p{L}\p{N}]+/gu;

function split(input: ClassifierInput): { title: string; body: string } {
  if (typeof input !== 'string') return { title: input.title ?? '', body: input.text ?? '' };
  const i = input.indexOf('\n');
  return i < 0 ? { title: '', body: input } : { title: input.slice(0, i), body: input.slice(i + 1) };
}

/**
 * Title-only features are marked by this prefix: a word 道路 of the title is also the feature
 * '\u0001道路'; a title n-gram's packed key gets TITLE_GRAM added (keys of n-grams are < 2^48, so
 * the sum stays an exact integer below 2^49). Text never contains the mark: it is not a letter.
 */
const TITLE_MARK = '\u0001';
const TITLE_GRAM = 2 ** 48;
/** The feature of a label's terms is the word LABEL_MARK + label (not a letter either: no text has it). */
const LABEL_MARK = '\u0002';

/** A character n-gram packed into a number, 16 bits a UTF-16 code unit (at most 3 units: < 2^48). */
function gramKey(s: string): number {
  if (s.startsWith(TITLE_MARK)) return TITLE_GRAM + gramKey(s.slice(1));
  let key = 0;
  for (let i = 0; i < s.length; i++) key = key * 65536 + s.charCodeAt(i);
  return key;
}

function gramString(key: number): string {
  if (key >= TITLE_GRAM) return TITLE_MARK + gramString(key - TITLE_GRAM);
  const cs: number[] = [];
  while (key > 0) {
    cs.unshift(key % 65536);
    key = Math.floor(key / 65536);
  }
  return String.fromCharCode(...cs);
}

/**
 * Feature ids: words (a Map) and packed n-grams (an open-addressing table, much faster than a Map
 * with non-small-integer keys). While training it interns every feature it meets; a model's lexicon
 * is frozen, its ids are the model's columns, and unknown features are skipped.
 */
class Lexicon {
  readonly words = new Map<string, number>();
  private keys = new Float64Array(1 << 12);
  private ids = new Int32Array(1 << 12).fill(-1);
  private grams = 0;
  /** Feature of each id: a word, or a packed n-gram. */
  readonly keyOf: (string | number)[] = [];
  /** When frozen, unknown features get -1 instead of a new id. */
  frozen = false;
  /** A word of the labels' terms → the ids of the label features it counts for. */
  terms: Map<string, number[]> | null = null;

  get size(): number {
    return this.keyOf.length;
  }

  word(w: string): number {
    const id = this.words.get(w);
    if (id !== undefined) return id;
    if (this.frozen) return -1;
    this.words.set(w, this.keyOf.length);
    this.keyOf.push(w);
    return this.keyOf.length - 1;
  }

  gram(key: number): number {
    const mask = this.keys.length - 1;
    const hi = Math.floor(key / 16777216);
    let h = Math.imul(hi ^ (key - hi * 16777216), 0x9e3779b1);
    h = Math.imul(h ^ (h >>> 15), 0x85ebca6b) ^ (h >>> 13);
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const id = this.ids[i];
      if (id < 0) {
        if (this.frozen) return -1;
        this.keys[i] = key;
        this.ids[i] = this.keyOf.length;
        this.keyOf.push(key);
        if (++this.grams * 2 > this.keys.length) this.grow();
        return this.keyOf.length - 1;
      }
      if (this.keys[i] === key) return id;
    }
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldIds = this.ids;
    this.keys = new Float64Array(oldKeys.length * 2);
    this.ids = new Int32Array(oldKeys.length * 2).fill(-1);
    const mask = this.keys.length - 1;
    for (let j = 0; j < oldKeys.length; j++) {
      if (oldIds[j] < 0) continue;
      const key = oldKeys[j];
      const hi = Math.floor(key / 16777216);
      let h = Math.imul(hi ^ (key - hi * 16777216), 0x9e3779b1);
      h = Math.imul(h ^ (h >>> 15), 0x85ebca6b) ^ (h >>> 13);
      let i = h & mask;
      while (this.ids[i] >= 0) i = (i + 1) & mask;
      this.keys[i] = key;
      this.ids[i] = oldIds[j];
    }
  }
}

/** A document as weighted term frequencies: sublinear TF of the body + titleWeight × that of the title. */
interface Bag {
  ids: Int32Array;
  tf: Float64Array;
}

// Reused buffers: counts per feature id in the title and in the body, and which ids were touched.
let titleCounts = new Float64Array(1 << 16);
let bodyCounts = new Float64Array(1 << 16);
const touched: number[] = [];

function count(id: number, inTitle: boolean, amount = 1): void {
  if (id < 0) return;
  if (id >= titleCounts.length) {
    const n = Math.max(id + 1, titleCounts.length * 2);
    const t = new Float64Array(n);
    t.set(titleCounts);
    titleCounts = t;
    const b = new Float64Array(n);
    b.set(bodyCounts);
    bodyCounts = b;
  }
  if (titleCounts[id] === 0 && bodyCounts[id] === 0) touched.push(id);
  if (inTitle) titleCounts[id] += amount;
  else bodyCounts[id] += amount;
}

function scanPart(text: string, inTitle: boolean, o: ResolvedOptions, lex: Lexicon): void {
  if (!text) return;
  const n = normalize(text);
  // Title-only features are counted once an occurrence, as body counts (the title weight is for the shared ones).
  const own = inTitle && o.titleFeatures;
  if (o.words) {
    for (const w of segmenter().cutForSearch(n, true)) {
      const t = w.trim();
      if (t && WORDISH.test(t)) {
        const labels = lex.terms?.get(t);
        if (labels) for (const id of labels) count(id, inTitle, o.labelTermWeight);
        count(lex.word(t), inTitle);
        if (own) count(lex.word(TITLE_MARK + t), false);
      }
    }
  }
  if (o.charNgrams) {
    const [lo, hi] = o.charNgrams;
    const g = n.replace(NON_WORD, ' ');
    const L = g.length;
    for (let i = 0; i < L; i++) {
      let key = 0;
      for (let k = 1; k <= hi && i + k <= L; k++) {
        const c = g.charCodeAt(i + k - 1);
        if (c === 32) break;
        key = key * 65536 + c;
        if (k >= lo) {
          count(lex.gram(key), inTitle);
          if (own) count(lex.gram(TITLE_GRAM + key), false);
        }
      }
    }
  }
}

const sublinear = (c: number) => (c > 0 ? 1 + Math.log(c) : 0);

function bag(input: ClassifierInput, o: ResolvedOptions, lex: Lexicon): Bag {
  const { title, body } = split(input);
  scanPart(title, true, o, lex);
  scanPart(body, false, o, lex);
  const ids = Int32Array.from(touched);
  const tf = new Float64Array(ids.length);
  for (let j = 0; j < ids.length; j++) {
    const id = ids[j];
    tf[j] = sublinear(bodyCounts[id]) + o.titleWeight * sublinear(titleCounts[id]);
    titleCounts[id] = 0;
    bodyCounts[id] = 0;
  }
  touched.length = 0;
  return { ids, tf };
}

/** The chosen features: lexicon id → column (or -1), IDF per column; words first, then n-grams. */
interface Space {
  /** Lexicon id → column; null when the lexicon's ids are the columns (a model's own lexicon). */
  colOf: Int32Array | null;
  /** Column → lexicon id. */
  idOf: Int32Array;
  nWords: number;
  idf: Float64Array;
}

interface Vec {
  idx: Int32Array;
  val: Float64Array;
}

function vectorize(b: Bag, s: Space, o: ResolvedOptions): Vec {
  let m = 0;
  const idx = new Int32Array(b.ids.length);
  const val = new Float64Array(b.ids.length);
  let nw = 0;
  let nc = 0;
  for (let j = 0; j < b.ids.length; j++) {
    const col = s.colOf ? (b.ids[j] < s.colOf.length ? s.colOf[b.ids[j]] : -1) : b.ids[j];
    if (col < 0) continue;
    const x = b.tf[j] * s.idf[col];
    idx[m] = col;
    val[m++] = x;
    if (col < s.nWords) nw += x * x;
    else nc += x * x;
  }
  // Each block to unit length (the n-grams would otherwise outweigh the words), then the whole.
  const fw = nw ? 1 / Math.sqrt(nw) : 0;
  const fc = nc ? o.charWeight / Math.sqrt(nc) : 0;
  let n2 = 0;
  for (let j = 0; j < m; j++) {
    val[j] *= idx[j] < s.nWords ? fw : fc;
    n2 += val[j] * val[j];
  }
  const f = n2 ? 1 / Math.sqrt(n2) : 0;
  for (let j = 0; j < m; j++) val[j] *= f;
  return { idx: idx.subarray(0, m), val: val.subarray(0, m) };
}

const round = (x: number, digits: number) => {
  const p = 10 ** digits;
  return Math.round(x * p) / p || 0; // || 0: no -0
};

/** Picks the features: document frequency ≥ minDf, then the maxFeatures with the highest χ² for some label. */
function buildSpace(docs: Bag[], y: Int32Array, K: number, o: ResolvedOptions, lex: Lexicon, unl: Bag[] = []): Space & { latent: Int32Array } {
  const N = docs.length;
  const V = lex.size;
  const minDf = o.minDf > 0 ? o.minDf : N < 500 ? 1 : 2;
  const df = new Int32Array(V);
  for (const d of docs) for (const id of d.ids) df[id]++;
  // Document frequency over labelled and unlabelled text: the IDF, and the latent features' vocabulary.
  const useUnl = unl.length > 0 && (o.unlabelledIdf || o.embedDim > 0);
  const dfAll = useUnl ? Int32Array.from(df) : df;
  if (useUnl) for (const d of unl) for (const id of d.ids) dfAll[id]++;
  const cand: number[] = [];
  for (let id = 0; id < V; id++) if (df[id] >= minDf) cand.push(id);
  let chosen = cand;
  if (cand.length > o.maxFeatures) {
    const M = cand.length;
    const candIndex = new Int32Array(V).fill(-1);
    cand.forEach((id, j) => (candIndex[id] = j));
    const byClass = new Int32Array(M * K);
    const nc = new Float64Array(K);
    for (let i = 0; i < N; i++) {
      const c = y[i];
      nc[c]++;
      for (const id of docs[i].ids) {
        const j = candIndex[id];
        if (j >= 0) byClass[j * K + c]++;
      }
    }
    const score = new Float64Array(M);
    for (let j = 0; j < M; j++) {
      const tot = df[cand[j]];
      let best = 0;
      for (let c = 0; c < K; c++) {
        const a = byClass[j * K + c]; // in the class, has the feature
        const b = tot - a; // other classes, has it
        const cc = nc[c] - a; // in the class, lacks it
        const dd = N - tot - cc; // other classes, lacks it
        const den = (a + cc) * (b + dd) * (a + b) * (cc + dd);
        const x2 = den ? (N * (a * dd - b * cc) ** 2) / den : 0;
        if (x2 > best) best = x2;
      }
      score[j] = best;
    }
    const order = Array.from({ length: M }, (_, j) => j).sort((a, b) => score[b] - score[a] || a - b);
    chosen = order.slice(0, o.maxFeatures).map((j) => cand[j]);
  }
  // The latent features' vocabulary: the most frequent words of all the text (not title or label marks).
  let latentIds: number[] = [];
  if (o.embedDim > 0 && unl.length) {
    const isWord = (id: number) => {
      const k = lex.keyOf[id];
      return typeof k === 'string' && k[0] !== TITLE_MARK && k[0] !== LABEL_MARK;
    };
    for (let id = 0; id < V; id++) if (dfAll[id] >= o.embedMinDf && isWord(id)) latentIds.push(id);
    latentIds = latentIds.sort((a, b) => dfAll[b] - dfAll[a] || a - b).slice(0, o.embedVocab);
    const inChosen = new Set(chosen);
    chosen = [...chosen, ...latentIds.filter((id) => !inChosen.has(id))];
  }
  const wordIds = chosen.filter((id) => typeof lex.keyOf[id] === 'string').sort((a, b) => a - b);
  const gramIds = chosen.filter((id) => typeof lex.keyOf[id] === 'number').sort((a, b) => a - b);
  const idOf = Int32Array.from([...wordIds, ...gramIds]);
  const colOf = new Int32Array(V).fill(-1);
  idOf.forEach((id, col) => (colOf[id] = col));
  // Smoothed IDF without the +1 some libraries add: a term in most documents weighs next to nothing.
  const Nall = N + (useUnl && o.unlabelledIdf ? unl.length : 0);
  const dfIdf = useUnl && o.unlabelledIdf ? dfAll : df;
  const idf = Float64Array.from(idOf, (id) => round(Math.log((1 + Nall) / (1 + dfIdf[id])), 3));
  return { colOf, idOf, nWords: wordIds.length, idf, latent: Int32Array.from(latentIds, (id) => colOf[id]).sort() };
}
// ---------------------------------------------------------------------------------------------
// Linear SVM, one against the rest

/**
 * L2-regularised L2-loss SVM for one label against the rest, by dual coordinate descent with
 * shrinking (Hsieh et al. 2008, LIBLINEAR -s 1). The bias is a feature of constant value 1.
 * Returns D + 1 weights, the last being the bias.
 */
function svmBinary(X: Vec[], pos: Uint8Array, D: number, Cp: number, Cn: number, maxEpochs: number, seed: number, weight?: Float64Array): Float64Array {
  const n = X.length;
  const w = new Float64Array(D + 1);
  const alpha = new Float64Array(n);
  const qd = new Float64Array(n);
  // Per example: 1 / (2 C_i), C_i the label side's C times the example's weight.
  const diag = Float64Array.from({ length: n }, (_, i) => 0.5 / ((pos[i] ? Cp : Cn) * (weight ? weight[i] : 1)));
  for (let i = 0; i < n; i++) {
    let s = 1;
    for (const v of X[i].val) s += v * v;
    qd[i] = s + diag[i];
  }
  const index = Int32Array.from({ length: n }, (_, i) => i);
  const random = rng(seed);
  let active = n;
  let pgMaxOld = Infinity;
  const eps = 0.1;
  for (let epoch = 0; epoch < maxEpochs; epoch++) {
    for (let s = active - 1; s > 0; s--) {
      const j = Math.floor(random() * (s + 1));
      const t = index[s];
      index[s] = index[j];
      index[j] = t;
    }
    let pgMax = -Infinity;
    let pgMin = Infinity;
    for (let s = 0; s < active; s++) {
      const i = index[s];
      const yi = pos[i] ? 1 : -1;
      const { idx, val } = X[i];
      let z = w[D];
      for (let j = 0; j < idx.length; j++) z += w[idx[j]] * val[j];
      const G = yi * z - 1 + alpha[i] * diag[i];
      let pg = G;
      if (alpha[i] === 0) {
        if (G > pgMaxOld) {
          // Shrink: this example is far on the right side and its alpha stays 0.
          active--;
          index[s] = index[active];
          index[active] = i;
          s--;
          continue;
        }
        if (G > 0) pg = 0;
      }
      if (pg > pgMax) pgMax = pg;
      if (pg < pgMin) pgMin = pg;
      if (Math.abs(pg) > 1e-12) {
        const old = alpha[i];
        alpha[i] = Math.max(old - G / qd[i], 0);
        const d = (alpha[i] - old) * yi;
        for (let j = 0; j < idx.length; j++) w[idx[j]] += d * val[j];
        w[D] += d;
      }
    }
    if (pgMax - pgMin <= eps) {
      if (active === n) break;
      active = n; // converged on the active set: check every example once more
      pgMaxOld = Infinity;
      continue;
    }
    pgMaxOld = pgMax <= 0 ? Infinity : pgMax;
  }
  return w;
}

/** Linear scores: K rows of D + 1 weights (the last is the bias). */
interface Scorer {
  W: Float64Array[];
  D: number;
}

interface Fitted extends Scorer {
  space: Space;
}

/** One-vs-rest SVMs on vectors of D columns; `weight` scales an example's C (pseudo-labels weigh less). */
function fitRows(X: Vec[], y: Int32Array, K: number, D: number, o: ResolvedOptions, weight?: Float64Array): Float64Array[] {
  let n = 0;
  const counts = new Float64Array(K);
  y.forEach((c, i) => {
    const w = weight ? weight[i] : 1;
    counts[c] += w;
    n += w;
  });
  const W: Float64Array[] = [];
  for (let c = 0; c < K; c++) {
    const pos = Uint8Array.from(y, (v) => (v === c ? 1 : 0));
    // Balanced: each side of the split weighs as much as the other in total.
    const Cp = o.balanced && counts[c] ? (o.C * n) / (2 * counts[c]) : o.C;
    const Cn = o.balanced && n - counts[c] ? (o.C * n) / (2 * (n - counts[c])) : o.C;
    W.push(counts[c] ? svmBinary(X, pos, D, Cp, Cn, o.maxEpochs, o.seed * 7919 + c, weight) : Float64Array.from({ length: D + 1 }, (_, j) => (j === D ? -1 : 0)));
  }
  return W;
}

/** A vector with the latent coordinates appended as columns D … D + k - 1. */
function withLatent(x: Vec, P: Float64Array, latentOf: Int32Array, k: number, D: number): Vec {
  const z = new Float64Array(k);
  for (let j = 0; j < x.idx.length; j++) {
    const r = latentOf[x.idx[j]];
    if (r < 0) continue;
    const v = x.val[j];
    for (let t = 0; t < k; t++) z[t] += v * P[r * k + t];
  }
  const idx = new Int32Array(x.idx.length + k);
  const val = new Float64Array(x.idx.length + k);
  idx.set(x.idx);
  val.set(x.val);
  for (let t = 0; t < k; t++) {
    idx[x.idx.length + t] = D + t;
    val[x.idx.length + t] = z[t];
  }
  return { idx, val };
}

/**
 * Fits the model on labelled bags, with what the unlabelled ones teach: their words' document
 * frequencies (IDF), latent features from the co-occurrence of words in all the text (a truncated
 * SVD of the document × word matrix), and self-training on the unlabelled documents the model is
 * sure of. The latent block is linear in the sparse vector, so its weights fold back into the
 * words' own: the fitted model has the same form, and classifies as fast, as one without it.
 */
function fit(docs: Bag[], y: Int32Array, K: number, o: ResolvedOptions, lex: Lexicon, unl: Bag[] = []): Fitted {
  const space = buildSpace(docs, y, K, o, lex, unl);
  const D = space.idf.length;
  let X = docs.map((d) => vectorize(d, space, o));
  const needU = unl.length > 0 && (o.embedDim > 0 || o.pseudoRounds > 0);
  let U = needU ? unl.map((d) => vectorize(d, space, o)) : [];
  // Latent features: P maps a latent-vocabulary column to its k coordinates (times the block weight).
  let k = 0;
  let P: Float64Array = new Float64Array(0);
  const latentOf = new Int32Array(D).fill(-1);
  if (o.embedDim > 0 && unl.length && space.latent.length) {
    space.latent.forEach((col, r) => (latentOf[col] = r));
    const restrict = (x: Vec) => {
      const idx: number[] = [];
      const val: number[] = [];
      for (let j = 0; j < x.idx.length; j++) {
        const r = latentOf[x.idx[j]];
        if (r >= 0) {
          idx.push(r);
          val.push(x.val[j]);
        }
      }
      return { idx: Int32Array.from(idx), val: Float64Array.from(val) };
    };
    const svd = truncatedSvd([...U, ...X].map(restrict), space.latent.length, o.embedDim, o.seed * 104729 + 1);
    k = svd.k;
    P = svd.V;
    for (let t = 0; t < k; t++) {
      const f = o.embedWeight * (o.embedPower ? (svd.S[t] / svd.S[0]) ** o.embedPower : 1);
      for (let r = 0; r < space.latent.length; r++) P[r * k + t] *= f;
    }
    X = X.map((x) => withLatent(x, P, latentOf, k, D));
    U = U.map((x) => withLatent(x, P, latentOf, k, D));
  }
  let W = fitRows(X, y, K, D + k, o);
  // Self-training: the unlabelled documents the model is sure of join as weaker examples.
  for (let round = 0; round < o.pseudoRounds && U.length; round++) {
    const take: { i: number; c: number; p: number }[] = [];
    for (let i = 0; i < U.length; i++) {
      const p = softmax(scoresOf({ W, D: D + k }, U[i]), DEFAULT_TEMPERATURE);
      const c = argmax(p);
      if (p[c] >= o.pseudoThreshold) take.push({ i, c, p: p[c] });
    }
    // At most pseudoShare × a label's own count, its surest first: a label the history is full of does not swamp the rest.
    const cap = new Float64Array(K);
    for (const c of y) cap[c] += o.pseudoShare;
    take.sort((a, b) => b.p - a.p || a.i - b.i);
    const kept = take.filter((t) => cap[t.c]-- >= 1);
    if (!kept.length) break;
    kept.sort((a, b) => a.i - b.i);
    W = fitRows(
      [...X, ...kept.map((t) => U[t.i])],
      Int32Array.from([...y, ...kept.map((t) => t.c)]),
      K,
      D + k,
      o,
      Float64Array.from([...X.map(() => 1), ...kept.map(() => o.pseudoWeight)]),
    );
  }
  // Fold the latent block's weights into the words that span it.
  if (k) {
    W = W.map((w) => {
      const out = new Float64Array(D + 1);
      out.set(w.subarray(0, D));
      out[D] = w[D + k];
      for (const col of space.latent) {
        const r = latentOf[col];
        let x = 0;
        for (let t = 0; t < k; t++) x += P[r * k + t] * w[D + t];
        out[col] += x;
      }
      return out;
    });
  }
  return { space, W, D };
}

function scoresOf(f: Scorer, x: Vec): Float64Array {
  const D = f.D;
  const s = new Float64Array(f.W.length);
  for (let c = 0; c < f.W.length; c++) {
    const w = f.W[c];
    let z = w[D];
    for (let j = 0; j < x.idx.length; j++) z += w[x.idx[j]] * x.val[j];
    s[c] = z;
  }
  return s;
}

function softmax(s: ArrayLike<number>, T: number): Float64Array {
  const p = new Float64Array(s.length);
  let mx = -Infinity;
  for (let c = 0; c < s.length; c++) mx = Math.max(mx, s[c] / T);
  let z = 0;
  for (let c = 0; c < s.length; c++) z += p[c] = Math.exp(s[c] / T - mx);
  for (let c = 0; c < s.length; c++) p[c] /= z;
  return p;
}

/** The temperature minimising the log-loss of softmax(score / T) (golden-section search on log T). */
function fitTemperature(S: Float64Array[], y: Int32Array): number {
  const nll = (logT: number) => {
    const T = Math.exp(logT);
    let L = 0;
    for (let i = 0; i < S.length; i++) L -= Math.log(Math.max(softmax(S[i], T)[y[i]], 1e-12));
    return L;
  };
  let a = Math.log(0.01);
  let b = Math.log(10);
  const g = (Math.sqrt(5) - 1) / 2;
  let c = b - g * (b - a);
  let d = a + g * (b - a);
  let fc = nll(c);
  let fd = nll(d);
  for (let it = 0; it < 40; it++) {
    if (fc < fd) {
      b = d;
      d = c;
      fd = fc;
      c = b - g * (b - a);
      fc = nll(c);
    } else {
      a = c;
      c = d;
      fc = fd;
      d = a + g * (b - a);
      fd = nll(d);
    }
  }
  return Math.exp((a + b) / 2);
}

/** Temperature when there are too few documents to fit one (typical of these scores on real data). */
const DEFAULT_TEMPERATURE = 0.25;

// ---------------------------------------------------------------------------------------------
// Folds and metrics

/**
 * Stratified folds: per label, documents are shuffled (seeded) and dealt round-robin, continuing
 * where the previous label stopped so fold sizes stay even. Identical texts share a fold, so a
 * duplicated message cannot be tested on its own copy.
 */
function stratifiedFolds(texts: string[], y: Int32Array, K: number, k: number, seed: number): Int32Array {
  const groupOf = new Map<string, number>();
  const groups: number[][] = [];
  texts.forEach((t, i) => {
    const key = normalize(t).replace(NON_WORD, '');
    let g = groupOf.get(key);
    if (g === undefined) {
      g = groups.length;
      groupOf.set(key, g);
      groups.push([]);
    }
    groups[g].push(i);
  });
  const fold = new Int32Array(texts.length);
  const random = rng(seed);
  let next = 0;
  for (let c = 0; c < K; c++) {
    const gs = groups.filter((g) => y[g[0]] === c);
    for (let i = gs.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [gs[i], gs[j]] = [gs[j], gs[i]];
    }
    for (const g of gs) {
      for (const i of g) fold[i] = next % k;
      next++;
    }
  }
  return fold;
}

export interface LabelMetrics {
  label: string;
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

function metrics(labels: string[], y: ArrayLike<number>, pred: ArrayLike<number>) {
  const K = labels.length;
  const matrix = labels.map(() => new Array<number>(K).fill(0));
  let right = 0;
  for (let i = 0; i < y.length; i++) {
    matrix[y[i]][pred[i]]++;
    if (y[i] === pred[i]) right++;
  }
  const perLabel: LabelMetrics[] = labels.map((label, c) => {
    const tp = matrix[c][c];
    const support = matrix[c].reduce((a, b) => a + b, 0);
    let predicted = 0;
    for (let r = 0; r < K; r++) predicted += matrix[r][c];
    const precision = predicted ? tp / predicted : 0;
    const recall = support ? tp / support : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    return { label, precision, recall, f1, support };
  });
  const present = perLabel.filter((m) => m.support > 0);
  return {
    accuracy: y.length ? right / y.length : 0,
    macroF1: present.length ? present.reduce((a, m) => a + m.f1, 0) / present.length : 0,
    perLabel,
    confusion: { labels, matrix },
  };
}

/** A label the model is weak at: its out-of-fold F1 and the labels it is mixed up with most. */
export interface WeakClass {
  label: string;
  f1: number;
  /** Mix-ups in either direction (its documents predicted as that label, and that label's predicted as it), most first, at most 3. */
  confusedWith: { label: string; count: number }[];
}

/** A label is weak when its F1 is below this. */
export const WEAK_F1 = 0.9;

/** The labels (with documents) whose F1 is below `threshold`, weakest first, each with its commonest mix-ups. */
export function weakClasses(perLabel: readonly { label: string; f1: number; support: number }[], confusion: { labels: string[]; matrix: number[][] }, threshold = WEAK_F1): WeakClass[] {
  const { labels, matrix } = confusion;
  return perLabel
    .filter((m) => m.support > 0 && m.f1 < threshold)
    .sort((a, b) => a.f1 - b.f1 || (a.label < b.label ? -1 : 1))
    .map((m) => {
      const c = labels.indexOf(m.label);
      const confusedWith = labels
        .map((label, d) => ({ label, count: d === c ? 0 : matrix[c][d] + matrix[d][c] }))
        .filter((x) => x.count > 0)
        .sort((a, b) => b.count - a.count || (a.label < b.label ? -1 : 1))
        .slice(0, 3);
      return { label: m.label, f1: round(m.f1, 4), confusedWith };
    });
}

/** Per-label precision/recall/F1, accuracy, macro-F1 and the confusion matrix of predicted labels against the truth. */
export function scoreLabels(truth: readonly string[], predicted: readonly string[]) {
  const labels = [...new Set([...truth, ...predicted])].sort();
  const index = new Map(labels.map((l, i) => [l, i]));
  const at = (l: string) => index.get(l) as number;
  return { n: truth.length, ...metrics(labels, truth.map(at), predicted.map(at)) };
}

function argmax(s: ArrayLike<number>): number {
  let b = 0;
  for (let c = 1; c < s.length; c++) if (s[c] > s[b]) b = c;
  return b;
}

// ---------------------------------------------------------------------------------------------
// Training

function resolve(opts?: ClassifierOptions): ResolvedOptions {
  const o = { ...DEFAULT_OPTIONS, ...(opts ?? {}) };
  for (const k of Object.keys(o) as (keyof ResolvedOptions)[]) if (o[k] === undefined) (o as Record<string, unknown>)[k] = DEFAULT_OPTIONS[k];
  // n-grams are packed 16 bits a character into a double: at most 3 characters.
  if (o.charNgrams && !(o.charNgrams[0] >= 1 && o.charNgrams[0] <= o.charNgrams[1] && o.charNgrams[1] <= 3)) throw new Error(`charNgrams must be [min, max] with 1 ≤ min ≤ max ≤ 3, not ${JSON.stringify(o.charNgrams)}`);
  if (!o.words && !o.charNgrams) throw new Error('the classifier needs words or charNgrams');
  return o;
}

function joined(d: UnlabelledDoc): string {
  return d.title != null ? `${d.title}\n${d.text}` : d.text;
}

interface Prepared {
  labels: string[];
  y: Int32Array;
  bags: Bag[];
  /** The unlabelled documents (none of them a labelled text). */
  ubags: Bag[];
  lex: Lexicon;
  texts: string[];
  /** The labels' term words, with the labels each describes (stored in the model). */
  terms: [string, number[]][];
  /** Indices of the subcategory documents (after the real ones): always trained on, never scored. */
  extra: number[];
}

/** Each subcategory's names as a document of its label (labelTermDocs copies), for training only. */
function termDocs(labels: string[], labelTerms: LabelTerms | undefined, o: ResolvedOptions): LabelledDoc[] {
  const out: LabelledDoc[] = [];
  if (!labelTerms || o.labelTermDocs <= 0) return out;
  for (const label of labels) {
    for (const group of labelTerms[label] ?? []) {
      if (typeof group === 'string' || !group.length) continue;
      for (let r = 0; r < o.labelTermDocs; r++) out.push({ title: '', text: group.join('，'), label });
    }
  }
  return out;
}

/**
 * The words of each label's terms (jieba search mode, as the texts are cut), with the labels each
 * describes. A word every label shares tells nothing and is left out.
 */
function termWords(labels: string[], labelTerms: LabelTerms | undefined): [string, number[]][] {
  if (!labelTerms) return [];
  const byWord = new Map<string, Set<number>>();
  labels.forEach((label, c) => {
    for (const phrase of (labelTerms[label] ?? []).flat()) {
      for (const w of segmenter().cutForSearch(normalize(phrase), true)) {
        const t = w.trim();
        if ([...t].length < 2 || !WORDISH.test(t) || FUNCTION_WORDS.has(t)) continue;
        if (!byWord.has(t)) byWord.set(t, new Set());
        byWord.get(t)!.add(c);
      }
    }
  });
  return [...byWord]
    .filter(([, cs]) => cs.size < labels.length)
    .map(([w, cs]): [string, number[]] => [w, [...cs].sort((a, b) => a - b)])
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/** Points the lexicon's term words at the label features (new ids while training, the model's own after). */
function useTerms(lex: Lexicon, labels: string[], terms: [string, number[]][]): void {
  lex.terms = terms.length ? new Map(terms.map(([w, cs]) => [w, cs.map((c) => lex.word(LABEL_MARK + labels[c])).filter((id) => id >= 0)])) : null;
}

/** A text's identity for de-duplication: normalised, letters and digits only. */
const textKey = (t: string) => normalize(t).replace(NON_WORD, '');

function prepare(docs: LabelledDoc[], o: ResolvedOptions, labelTerms?: LabelTerms, unlabelled: readonly UnlabelledDoc[] = []): Prepared {
  const labels = [...new Set(docs.map((d) => d.label))].sort();
  const li = new Map(labels.map((l, i) => [l, i]));
  const lex = new Lexicon();
  const terms = termWords(labels, labelTerms);
  useTerms(lex, labels, terms);
  const all = [...docs, ...termDocs(labels, labelTerms, o)];
  const bags = all.map((d) => bag(d.title != null ? { title: d.title, text: d.text } : d.text, o, lex));
  // Unlabelled history, without the labelled texts (an imported ticket may be both) and repeats.
  const seen = new Set(docs.map((d) => textKey(joined(d))));
  const ubags: Bag[] = [];
  for (const d of unlabelled) {
    const key = textKey(joined(d));
    if (!key || seen.has(key)) continue;
    seen.add(key);
    ubags.push(bag(d.title != null ? { title: d.title, text: d.text } : d.text, o, lex));
  }
  // The count buffers grew to the whole training vocabulary; a model only needs its own.
  if (titleCounts.length > 1 << 16) {
    titleCounts = new Float64Array(1 << 16);
    bodyCounts = new Float64Array(1 << 16);
  }
  const extra = Array.from({ length: all.length - docs.length }, (_, j) => docs.length + j);
  return { labels, y: Int32Array.from(all, (d) => li.get(d.label)!), bags, ubags, lex, texts: docs.map(joined), terms, extra };
}

function pick<T>(xs: T[], ids: number[]): T[] {
  return ids.map((i) => xs[i]);
}

/** Out-of-fold scores of the documents (each scored by a model that did not see it). */
function outOfFold(p: Prepared, ids: number[], k: number, o: ResolvedOptions): Float64Array[] {
  const K = p.labels.length;
  const y = Int32Array.from(ids, (i) => p.y[i]);
  const fold = stratifiedFolds(pick(p.texts, ids), y, K, k, o.seed + 1);
  const out: Float64Array[] = new Array(ids.length);
  for (let f = 0; f < k; f++) {
    const tr: number[] = [];
    const te: number[] = [];
    ids.forEach((_, j) => (fold[j] === f ? te : tr).push(j));
    if (!te.length || !tr.length) continue;
    const m = fit(
      [...tr.map((j) => p.bags[ids[j]]), ...pick(p.bags, p.extra)],
      Int32Array.from([...tr.map((j) => y[j]), ...p.extra.map((i) => p.y[i])]),
      K,
      o,
      p.lex,
      p.ubags,
    );
    for (const j of te) out[j] = scoresOf(m, vectorize(p.bags[ids[j]], m.space, o));
  }
  return out;
}

function trainPrepared(p: Prepared, ids: number[], o: ResolvedOptions): ClassifierModel {
  const K = p.labels.length;
  const y = Int32Array.from(ids, (i) => p.y[i]);
  const m = fit(pick(p.bags, [...ids, ...p.extra]), Int32Array.from([...ids, ...p.extra], (i) => p.y[i]), K, o, p.lex, p.ubags);
  let temperature = DEFAULT_TEMPERATURE;
  let estimate: ClassifierModel['estimate'] = null;
  if (o.calibrationFolds >= 2 && ids.length >= Math.max(20, 2 * o.calibrationFolds) && K >= 2) {
    const S = outOfFold(p, ids, o.calibrationFolds, o);
    const ok = S.map((s, j) => (s ? j : -1)).filter((j) => j >= 0);
    const Sok = ok.map((j) => S[j]);
    const yok = Int32Array.from(ok, (j) => y[j]);
    temperature = fitTemperature(Sok, yok);
    const r = metrics(p.labels, yok, Sok.map(argmax));
    let L = 0;
    for (let i = 0; i < Sok.length; i++) L -= Math.log(Math.max(softmax(Sok[i], temperature)[yok[i]], 1e-12));
    estimate = {
      folds: o.calibrationFolds,
      accuracy: round(r.accuracy, 4),
      macroF1: round(r.macroF1, 4),
      logLoss: round(L / Math.max(1, Sok.length), 4),
      perLabel: r.perLabel.map((m) => ({ label: m.label, precision: round(m.precision, 4), recall: round(m.recall, 4), f1: round(m.f1, 4), support: m.support })),
      weakClasses: weakClasses(r.perLabel, r.confusion),
    };
  }
  const D = m.space.idf.length;
  const keys = Array.from(m.space.idOf, (id) => p.lex.keyOf[id]);
  const words = keys.slice(0, m.space.nWords) as string[];
  const grams = (keys.slice(m.space.nWords) as number[]).map(gramString);
  const counts = new Array<number>(K).fill(0);
  for (const c of y) counts[c]++;
  return {
    kind: 'hotline-text-classifier',
    version: 1,
    labels: [...p.labels],
    trainingSize: ids.length,
    labelCounts: counts,
    options: { ...o, charNgrams: o.charNgrams ? [o.charNgrams[0], o.charNgrams[1]] : null },
    temperature: round(temperature, 4),
    estimate,
    words,
    grams,
    idf: Array.from(m.space.idf),
    weights: m.W.map((w) => Array.from(w.subarray(0, D), (x) => round(x, 4))),
    bias: m.W.map((w) => round(w[D], 4)),
    ...(p.terms.length ? { terms: p.terms } : {}),
  };
}

/**
 * Trains a classifier on labelled documents (`text` = title + '\n' + body, or `title` and `text`).
 * Deterministic for given documents (in the same order) and options. `labelTerms`: the names of each
 * label's category and of the categories below it (see the header).
 */
export function trainClassifier(docs: LabelledDoc[], opts?: ClassifierOptions, labelTerms?: LabelTerms, unlabelled?: readonly UnlabelledDoc[]): ClassifierModel {
  if (!docs.length) throw new Error('trainClassifier: no documents');
  const o = resolve(opts);
  const p = prepare(docs, o, labelTerms, unlabelled);
  return trainPrepared(
    p,
    docs.map((_, i) => i),
    o,
  );
}

// ---------------------------------------------------------------------------------------------
// Using a model

interface Runtime extends Scorer {
  lex: Lexicon;
  space: Space;
  options: ResolvedOptions;
}

const runtimes = new WeakMap<ClassifierModel, Runtime>();

function runtime(model: ClassifierModel): Runtime {
  let r = runtimes.get(model);
  if (!r) {
    if (model.kind !== 'hotline-text-classifier' || model.version !== 1) throw new Error(`unsupported classifier model (${model.kind} v${model.version})`);
    const nWords = model.words.length;
    const D = nWords + model.grams.length;
    // The model's own lexicon: ids are its columns.
    const lex = new Lexicon();
    model.words.forEach((w, i) => {
      if (lex.word(w) !== i) throw new Error('classifier model: duplicate word feature');
    });
    model.grams.forEach((g, i) => {
      if (lex.gram(gramKey(g)) !== nWords + i) throw new Error('classifier model: duplicate n-gram feature');
    });
    lex.frozen = true;
    useTerms(lex, model.labels, model.terms ?? []);
    const space: Space = { colOf: null, idOf: Int32Array.from({ length: D }, (_, i) => i), nWords, idf: Float64Array.from(model.idf) };
    const W = model.weights.map((row, c) => {
      const w = new Float64Array(D + 1);
      w.set(row);
      w[D] = model.bias[c];
      return w;
    });
    // Models trained before title-only features existed have no such option: they did not use them.
    const saved: ClassifierOptions = model.options;
    r = { lex, space, W, D, options: resolve({ ...saved, titleFeatures: saved.titleFeatures ?? false }) };
    runtimes.set(model, r);
  }
  return r;
}

function probabilities(model: ClassifierModel, input: ClassifierInput): { p: Float64Array; x: Vec; r: Runtime } {
  const r = runtime(model);
  const x = vectorize(bag(input, r.options, r.lex), r.space, r.options);
  return { p: softmax(scoresOf(r, x), model.temperature), x, r };
}

/** The topK most likely labels, most likely first; probabilities over all labels sum to 1. */
export function classify(model: ClassifierModel, text: ClassifierInput, topK = 3): Prediction[] {
  const { p } = probabilities(model, text);
  return model.labels
    .map((label, c) => ({ label, probability: p[c] }))
    .sort((a, b) => b.probability - a.probability || (a.label < b.label ? -1 : 1))
    .slice(0, Math.max(0, topK));
}

/**
 * The words of `text` that weighed most towards `label`: each feature's contribution (weight ×
 * value) is shared among its occurrences in the text and, within an occurrence, among the jieba
 * words it overlaps. Words with a positive total, largest first.
 */
export function explain(model: ClassifierModel, text: ClassifierInput, label: string, n = 8): { word: string; weight: number }[] {
  const c = model.labels.indexOf(label);
  if (c < 0) return [];
  const r = runtime(model);
  const { title, body } = split(text);
  const full = normalize(title ? `${title}\n${body}` : body);
  const x = vectorize(bag(text, r.options, r.lex), r.space, r.options);
  // Words of the text (precise mode) and the span each covers.
  const tokens = segmenter().cut(full, true);
  const owner = new Int32Array(full.length).fill(-1);
  let pos = 0;
  tokens.forEach((t, i) => {
    if (full.startsWith(t, pos)) {
      owner.fill(i, pos, pos + t.length);
      pos += t.length;
    } else {
      const at = full.indexOf(t, pos);
      if (at >= 0) {
        owner.fill(i, at, at + t.length);
        pos = at + t.length;
      }
    }
  });
  const byWord = new Map<string, number>();
  const w = r.W[c];
  const featureText = (i: number): string => {
    const f = i < r.space.nWords ? model.words[i] : model.grams[i - r.space.nWords];
    return f.startsWith(TITLE_MARK) ? f.slice(1) : f;
  };
  // A label's term feature (its category names) is credited to the term words of the text that fired it.
  const termsOf = new Map<number, string[]>();
  for (const [word, ids] of r.lex.terms ?? []) for (const id of ids) termsOf.set(id, [...(termsOf.get(id) ?? []), word]);
  for (let j = 0; j < x.idx.length; j++) {
    const contrib = w[x.idx[j]] * x.val[j];
    if (!contrib) continue;
    const texts = termsOf.get(x.idx[j]) ?? [featureText(x.idx[j])];
    const at: [number, number][] = []; // where each occurrence starts, and its length
    for (const f of texts) for (let i = full.indexOf(f); i >= 0; i = full.indexOf(f, i + 1)) at.push([i, f.length]);
    if (!at.length) continue;
    for (const [i, len] of at) {
      const share = contrib / at.length / len;
      for (let k = i; k < i + len; k++) {
        const t = owner[k];
        if (t < 0) continue;
        const word = tokens[t];
        byWord.set(word, (byWord.get(word) ?? 0) + share);
      }
    }
  }
  return [...byWord]
    .filter(([word, v]) => v > 0 && WORDISH.test(word) && !FUNCTION_WORDS.has(word))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, Math.max(0, n))
    .map(([word, weight]) => ({ word, weight: round(weight, 4) }));
}

// ---------------------------------------------------------------------------------------------
// Cross-validation

export interface CalibrationBin {
  /** Bin of the top prediction's probability: [from, to). */
  from: number;
  to: number;
  n: number;
  meanProbability: number;
  accuracy: number;
}

export interface Evaluation {
  n: number;
  accuracy: number;
  macroF1: number;
  perLabel: LabelMetrics[];
  /** matrix[i][j]: documents labelled labels[i] that were predicted labels[j]. */
  confusion: { labels: string[]; matrix: number[][] };
  /** Log-loss of the calibrated probabilities, and how well the top probability matches the hit rate (ECE). */
  logLoss: number;
  calibration: { bins: CalibrationBin[]; ece: number };
}

export interface CrossValidation extends Evaluation {
  folds: number;
}

function report(labels: string[], y: Int32Array, pred: Int32Array, prob: Float64Array, logLossSum: number): Evaluation {
  const n = y.length;
  const m = metrics(labels, y, pred);
  const edges = [0, 0.3, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.0000001];
  const bins: CalibrationBin[] = [];
  let ece = 0;
  for (let b = 0; b + 1 < edges.length; b++) {
    let k = 0;
    let sp = 0;
    let hit = 0;
    for (let i = 0; i < n; i++) {
      if (prob[i] >= edges[b] && prob[i] < edges[b + 1]) {
        k++;
        sp += prob[i];
        if (pred[i] === y[i]) hit++;
      }
    }
    if (!k) continue;
    bins.push({ from: edges[b], to: Math.min(1, edges[b + 1]), n: k, meanProbability: sp / k, accuracy: hit / k });
    ece += (k / n) * Math.abs(sp / k - hit / k);
  }
  return { n, ...m, logLoss: n ? logLossSum / n : 0, calibration: { bins, ece } };
}

/** Scores `docs` with `model` into `pred`/`prob` (indices into `labels`); returns the summed log-loss. */
function predictInto(model: ClassifierModel, texts: string[], ids: number[], truth: string[], labels: string[], pred: Int32Array, prob: Float64Array): number {
  const r = runtime(model);
  // The model may lack some labels (absent from its training data): map to the full label list.
  const map = model.labels.map((l) => labels.indexOf(l));
  let logLoss = 0;
  for (const i of ids) {
    const pr = softmax(scoresOf(r, vectorize(bag(texts[i], r.options, r.lex), r.space, r.options)), model.temperature);
    const b = argmax(pr);
    pred[i] = map[b];
    prob[i] = pr[b];
    const own = model.labels.indexOf(truth[i]);
    logLoss -= Math.log(Math.max(own >= 0 ? pr[own] : 0, 1e-12));
  }
  return logLoss;
}

/**
 * k-fold stratified cross-validation (seeded; identical texts share a fold). Each fold trains a full
 * model, inner calibration included, on the other folds.
 */
export function crossValidate(docs: LabelledDoc[], k = 5, opts?: ClassifierOptions, seed = 1, labelTerms?: LabelTerms, unlabelled?: readonly UnlabelledDoc[]): CrossValidation {
  const o = resolve(opts);
  const p = prepare(docs, o, labelTerms, unlabelled);
  const K = p.labels.length;
  k = Math.max(2, Math.min(k, docs.length));
  const y = p.y.subarray(0, docs.length);
  const fold = stratifiedFolds(p.texts, y, K, k, seed);
  const truth = docs.map((d) => d.label);
  const pred = new Int32Array(docs.length);
  const prob = new Float64Array(docs.length);
  let logLoss = 0;
  for (let f = 0; f < k; f++) {
    const tr: number[] = [];
    const te: number[] = [];
    for (let i = 0; i < docs.length; i++) (fold[i] === f ? te : tr).push(i);
    if (!te.length) continue;
    logLoss += predictInto(trainPrepared(p, tr, o), p.texts, te, truth, p.labels, pred, prob);
  }
  return { folds: k, ...report(p.labels, y, pred, prob, logLoss) };
}

/**
 * How a trained model does on labelled documents it was not trained on (`hotline eval FILE`).
 * Labels the model does not know count as misses; the label list is the model's, then any others.
 */
export function evaluate(model: ClassifierModel, docs: LabelledDoc[]): Evaluation {
  const labels = [...model.labels];
  for (const l of [...new Set(docs.map((d) => d.label))].sort()) if (!labels.includes(l)) labels.push(l);
  const y = Int32Array.from(docs, (d) => labels.indexOf(d.label));
  const pred = new Int32Array(docs.length);
  const prob = new Float64Array(docs.length);
  const logLoss = predictInto(
    model,
    docs.map(joined),
    docs.map((_, i) => i),
    docs.map((d) => d.label),
    labels,
    pred,
    prob,
  );
  return report(labels, y, pred, prob, logLoss);
}
