// Ranking by term weight (BM25) over a small corpus with two fields, title and body: the
// knowledge base (知识库) ranks its articles for an agent's question with it. Pure: the corpus
// statistics (number of documents, average field lengths, document frequencies) are computed
// from the documents passed in, so the ranking is the same on every engine and in every process.
//
// A query is a list of words; each word has alternatives that may stand for it in a document:
// the word itself, its synonyms (同义词, a little less), its parts (a compound's pieces, or a
// single character as the start of a longer word: 怎么补 → 补… finds 补办; less still). A word
// scores, in a document, as its best alternative there:
//
//   score(d) = Σ_word max_alt  weight(alt) × idf(alt) × (TITLE × sat(tf_title) + sat(tf_body))
//   sat(tf)  = tf × (k1 + 1) / (tf + k1 × (1 − b + b × len / avg_len))        (saturating, length-normalised)
//   idf(t)   = ln(1 + (N − df + 0.5) / (df + 0.5))                            (never negative)
//
// where df counts the documents with the word or any of its synonyms (one meaning, one weight),
// and, for a part, the documents with that part.
//
// sat() never exceeds k1 + 1 and is 1 for one occurrence in a field of average length, so with
// TITLE = 3 a word in the title outweighs any number of mentions of it in the body. The sum is
// then multiplied by the share of the question's words the document has (coordination, as
// Lucene's classic scoring did; words no document has are left out of the share): 社保卡 挂失
// finds 社保卡遗失补办, which has both, before 医保卡挂失, which has 挂失 in its title only.

/** Term counts of one document, per field. */
export interface FieldTerms {
  title: ReadonlyMap<string, number>;
  body: ReadonlyMap<string, number>;
  /** Number of tokens in each field (the sum of its counts). */
  titleLength: number;
  bodyLength: number;
}

export interface RankDoc<Id = number> {
  id: Id;
  terms: FieldTerms;
}

/** How an alternative stands for the query's word. */
export type MatchKind = 'exact' | 'synonym' | 'part';

export interface Alternative {
  term: string;
  kind: MatchKind;
  /** Matches every document token that starts with `term` (a single character: 补 → 补办, 补领). */
  prefix: boolean;
  weight: number;
}

export interface QueryWord {
  /** The word as the query has it. */
  word: string;
  alternatives: Alternative[];
}

/** How much an alternative counts against the word itself. */
export const MATCH_WEIGHTS = { exact: 1, synonym: 0.8, part: 0.5, prefix: 0.4 } as const;

export const BM25_PARAMS = { k1: 1.2, b: 0.75, title: 3 } as const;

export interface Hit<Id = number> {
  id: Id;
  score: number;
  /** The query words found (by any alternative), in query order. */
  words: string[];
  /** The document's own tokens that matched (for highlighting: 遗失 for 丢了, 补办 for 补…). */
  terms: string[];
}

interface TermStats {
  df: number;
  idf: number;
}

/** Counts of `alt` in one field: the exact term, or the sum over tokens starting with it. */
function countIn(field: ReadonlyMap<string, number>, alt: Alternative, found?: Set<string>): number {
  if (!alt.prefix) {
    const n = field.get(alt.term) ?? 0;
    if (n && found) found.add(alt.term);
    return n;
  }
  let n = 0;
  for (const [token, c] of field) {
    if (token.startsWith(alt.term)) {
      n += c;
      found?.add(token);
    }
  }
  return n;
}

const altKey = (a: Alternative) => (a.prefix ? `${a.term}*` : a.term);

/**
 * The documents that match at least one word, best first (ties: in the order given). With
 * `requireAll`, only those matching every word.
 */
export function rankBm25<Id>(query: readonly QueryWord[], docs: readonly RankDoc<Id>[], opts: { requireAll?: boolean } = {}): Hit<Id>[] {
  if (!query.length || !docs.length) return [];
  const { k1, b, title: TITLE } = BM25_PARAMS;
  const n = docs.length;
  let titleSum = 0;
  let bodySum = 0;
  for (const d of docs) {
    titleSum += d.terms.titleLength;
    bodySum += d.terms.bodyLength;
  }
  const avgTitle = titleSum / n || 1;
  const avgBody = bodySum / n || 1;

  // Document frequencies. The word and its synonyms are one meaning with one weight (a document
  // saying 丢失 is no more or less about losing than one saying 遗失); a part is a broader term of
  // its own (补… is in many more documents than 补办).
  const has = (d: RankDoc<Id>, alt: Alternative) => countIn(d.terms.title, alt) > 0 || countIn(d.terms.body, alt) > 0;
  const idfOf = (df: number) => Math.log(1 + (n - df + 0.5) / (df + 0.5));
  const stats = new Map<string, TermStats>(); // by word and alternative
  for (const w of query) {
    const meaning = w.alternatives.filter((a) => a.kind !== 'part');
    const meaningDf = docs.reduce((k, d) => k + (meaning.some((a) => has(d, a)) ? 1 : 0), 0);
    for (const alt of w.alternatives) {
      const df = alt.kind === 'part' ? docs.reduce((k, d) => k + (has(d, alt) ? 1 : 0), 0) : meaningDf;
      stats.set(`${w.word}\u0000${altKey(alt)}`, { df, idf: idfOf(df) });
    }
  }

  const present = query.filter((w) => w.alternatives.some((a) => (stats.get(`${w.word}\u0000${altKey(a)}`)?.df ?? 0) > 0)).length;
  const sat = (tf: number, len: number, avg: number) => (tf === 0 ? 0 : (tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * len) / avg)));
  const hits: (Hit<Id> & { order: number })[] = [];
  docs.forEach((d, order) => {
    let score = 0;
    const words: string[] = [];
    const terms = new Set<string>();
    for (const w of query) {
      let best = 0;
      let bestTerms: Set<string> | null = null;
      for (const alt of w.alternatives) {
        const st = stats.get(`${w.word}\u0000${altKey(alt)}`);
        if (!st?.df) continue;
        const found = new Set<string>();
        const tfTitle = countIn(d.terms.title, alt, found);
        const tfBody = countIn(d.terms.body, alt, found);
        if (!tfTitle && !tfBody) continue;
        const s = alt.weight * st.idf * (TITLE * sat(tfTitle, d.terms.titleLength, avgTitle) + sat(tfBody, d.terms.bodyLength, avgBody));
        if (s > best) {
          best = s;
          bestTerms = found;
        }
      }
      if (best > 0) {
        score += best;
        words.push(w.word);
        for (const t of bestTerms ?? []) terms.add(t);
      } else if (opts.requireAll) return;
    }
    if (score > 0) hits.push({ id: d.id, score: (score * words.length) / present, words, terms: [...terms], order });
  });
  hits.sort((x, y) => y.score - x.score || x.order - y.order);
  return hits.map(({ order: _order, ...h }) => h);
}

/** Term counts of a token list. */
export function termCounts(tokens: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of tokens) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}
