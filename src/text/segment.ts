// Chinese word segmentation (分词) with jieba, shared by indexing and querying so that both
// see the same words. Search documents are jieba's search-mode tokens joined by spaces and
// stored as a 'simple' tsvector: PostgreSQL's parser keeps each token whole (CJK included)
// and lowercases Latin letters, identically on PGlite and on a PostgreSQL server.

import { Jieba, TfIdf, type Keyword } from '@node-rs/jieba';
import { dict, idf } from '@node-rs/jieba/dict.js';

let jieba: Jieba | null = null;
let tfidf: TfIdf | null = null;
const userWords = new Set<string>();

/** The process-wide segmenter (loading the dictionary takes about a quarter of a second). */
export function segmenter(): Jieba {
  if (!jieba) jieba = Jieba.withDict(dict);
  return jieba;
}

/**
 * Adds words jieba must keep whole: place names, unit names, local terms. A high frequency
 * makes the segmenter prefer them over splitting ("望江街道", "K8县").
 */
export function addUserWords(words: Iterable<string>): number {
  const fresh = [...words].map((w) => w.trim()).filter((w) => w.length >= 2 && !/\s/.test(w) && !userWords.has(w));
  if (!fresh.length) return 0;
  for (const w of fresh) userWords.add(w);
  segmenter().loadDict(Buffer.from(fresh.map((w) => `${w} 100000 ns`).join('\n') + '\n'));
  return fresh.length;
}

/** Unit and place names with their short forms (江北区 → 江北, 望江街道 → 望江). */
export function placeWords(names: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const n of names) {
    out.add(n);
    const bare = n.replace(/(街道办事处|街道|社区|区|县|市|镇|乡|村)$/, '');
    if (bare !== n && bare.length >= 2) out.add(bare);
  }
  return [...out];
}

/** Full-width letters and digits to half-width, lower case: "ＫＳ１２" and "ks12" are one word. */
export function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

// A token is kept when it has a letter, digit or CJK character; punctuation and spaces are not words.
const WORDISH = /[\p{L}\p{N}]/u;
/** Words too common to narrow a query (they stay searchable inside phrases). */
const STOPWORDS = new Set(
  '的 了 是 在 和 与 及 或 有 我 你 他 她 它 们 我们 这 那 就 也 都 而 被 把 对 为 请 吗 呢 啊 吧 呀 着 过 给 让 从 到 向 将 其 之 所 该 等 个 一 不 没有 什么 怎么 如何 能否 是否 可以 已经 一直 还 又 很 非常'.split(' '),
);
/** Whether a (normalised) word is too common to narrow a query. */
export const isStopword = (word: string): boolean => STOPWORDS.has(word);

/**
 * Coded place names ("K8县", "A3区" in masked data, "B2栋") are kept whole and taken out before
 * segmenting: jieba would otherwise glue their suffix to the next name (县春华 → 春华镇 lost).
 */
const CODED_PLACE = /[a-z]+\d+(?:区|县|市|镇|乡|村|栋|号楼)/g;

export function splitCoded(text: string): { coded: string[]; rest: string } {
  const coded: string[] = [];
  const rest = text.replace(CODED_PLACE, (m) => {
    coded.push(m);
    return ' ';
  });
  return { coded, rest };
}

/** Tokens for a search document: jieba's search mode (海淀区 → 海淀 淀区 海淀区), normalised. */
export function indexTokens(text: string): string[] {
  if (!text) return [];
  const { coded, rest } = splitCoded(normalize(text));
  const words = segmenter()
    .cutForSearch(rest, true)
    .map((t) => t.trim())
    .filter((t) => t && WORDISH.test(t));
  return [...coded, ...words];
}

/** A search document's text: tokens joined by spaces, for to_tsvector('simple', …). */
export function documentText(...parts: (string | null | undefined)[]): string {
  return indexTokens(parts.filter(Boolean).join('\n')).join(' ');
}

/** Tokens of a query: the words a user typed (precise mode), without stopwords, deduplicated. */
export function queryTokens(query: string): string[] {
  const { coded, rest } = splitCoded(normalize(query));
  const words = segmenter()
    .cut(rest, true)
    .map((t) => t.trim())
    .filter((t) => t && WORDISH.test(t) && !STOPWORDS.has(t));
  return [...new Set([...coded, ...words])];
}

const quote = (t: string) => `'${t.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;

/**
 * A to_tsquery('simple', …) expression: every token required (`&`) or any (`|`). With `&`, a
 * compound word also matches its parts apart: 拖欠工资 → ('拖欠工资' | ('拖欠' & '工资')), for
 * a text that says 拖欠了三个月工资. Null when nothing is left to search.
 */
export function tsQuery(tokens: readonly string[], op: '&' | '|' = '&'): string | null {
  const terms = tokens.map((t) => {
    if (op === '|') return quote(t);
    if (!/^\p{Script=Han}{3,}$/u.test(t)) return quote(t); // only Chinese compounds have parts worth trying
    const parts = [...new Set(segmenter().cutForSearch(t, true))].filter((p) => p !== t && WORDISH.test(p));
    return parts.length >= 2 ? `(${quote(t)} | (${parts.map(quote).join(' & ')}))` : quote(t);
  });
  return terms.length ? terms.join(` ${op} `) : null;
}

/** The most distinctive words of a text by TF-IDF on jieba's corpus statistics. */
export function keywords(text: string, topK = 12): Keyword[] {
  if (!tfidf) tfidf = TfIdf.withDict(idf);
  return tfidf.extractKeywords(segmenter(), normalize(text), topK).filter((k) => WORDISH.test(k.keyword) && !STOPWORDS.has(k.keyword));
}

/**
 * A snippet of `text` around the first hit, with every hit wrapped in <mark>…</mark> and the
 * rest HTML-escaped. Without a hit, the beginning of the text.
 */
export function highlight(text: string, tokens: readonly string[], width = 80): string {
  const norm = normalize(text); // same length as text for CJK, letters and digits
  const sameLength = norm.length === text.length;
  const hay = sameLength ? norm : text;
  const terms = [...new Set(tokens.filter(Boolean))].sort((a, b) => b.length - a.length);
  let first = -1;
  for (const t of terms) {
    const i = hay.indexOf(t);
    if (i >= 0 && (first < 0 || i < first)) first = i;
  }
  const start = first < 0 ? 0 : Math.max(0, first - Math.floor(width / 4));
  const end = Math.min(text.length, start + width);
  // Mark every occurrence inside the window, longest terms first, without overlaps.
  const marks: [number, number][] = [];
  for (const t of terms) {
    for (let i = hay.indexOf(t, start); i >= 0 && i < end; i = hay.indexOf(t, i + t.length)) {
      const j = Math.min(end, i + t.length);
      if (!marks.some(([a, b]) => i < b && j > a)) marks.push([i, j]);
    }
  }
  marks.sort((a, b) => a[0] - b[0]);
  let out = start > 0 ? '…' : '';
  let pos = start;
  for (const [a, b] of marks) {
    out += escapeHtml(text.slice(pos, a)) + '<mark>' + escapeHtml(text.slice(a, b)) + '</mark>';
    pos = b;
  }
  out += escapeHtml(text.slice(pos, end)) + (end < text.length ? '…' : '');
  return out;
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}
