// An agent's question in the citizen's words (社保卡丢了怎么补), turned into words for the
// knowledge base's ranking (bm25.ts), and an article turned into the terms it is ranked on.
//
// A question's words: jieba's precise cut, with the synonym lexicon's phrases that jieba cuts
// apart joined again (丢 了 → 丢了, 怎么 补 → 怎么补), without stopwords. Each word may be found
// in an article as itself, as one of its synonyms (丢了 → 遗失, a little less), or by its parts
// (怎么补 → 补, as the start of a word: 补办; less). Words of one synonym group are one word
// (社保 and 社保卡 in one question count once).
//
// An article's terms: jieba's search-mode tokens of each field (社保卡 → 社保, 社保卡), with the
// lexicon's phrases joined the same way, so that a synonym written in the article is found.

import { MATCH_WEIGHTS, termCounts, type Alternative, type FieldTerms, type MatchKind, type QueryWord } from './bm25.js';
import { indexTokens, isStopword, normalize, segmenter, splitCoded } from './segment.js';
import { curatedSynonyms, type SynonymLexicon } from './synonyms.js';

const WORDISH = /[\p{L}\p{N}]/u;
const HAN = /^\p{Script=Han}+$/u;
/** Stretches of letters and digits: words never join across punctuation or spaces. */
const runsOf = (text: string) => text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);

interface Phrase {
  pieces: string[];
  phrase: string;
}

/** The lexicon's phrases jieba cuts into pieces (丢了 → 丢 了), by their first piece, longest first. */
const phraseTables = new WeakMap<SynonymLexicon, Map<string, Phrase[]>>();
function phraseTable(lexicon: SynonymLexicon): Map<string, Phrase[]> {
  let table = phraseTables.get(lexicon);
  if (table) return table;
  table = new Map();
  for (const w of lexicon.words()) {
    const phrase = normalize(w);
    const pieces = segmenter()
      .cut(phrase, true)
      .map((t) => t.trim())
      .filter((t) => WORDISH.test(t));
    if (pieces.length < 2 || pieces.join('') !== phrase) continue;
    const list = table.get(pieces[0]) ?? [];
    list.push({ pieces, phrase });
    table.set(pieces[0], list);
  }
  for (const list of table.values()) list.sort((a, b) => b.pieces.length - a.pieces.length);
  phraseTables.set(lexicon, table);
  return table;
}

/** Tokens with the lexicon's phrases joined: [社保卡, 丢, 了] → 社保卡, 丢了 (pieces 丢, 了). */
function joinPhrases(tokens: readonly string[], lexicon: SynonymLexicon): { word: string; pieces: string[] }[] {
  const table = phraseTable(lexicon);
  const out: { word: string; pieces: string[] }[] = [];
  for (let i = 0; i < tokens.length; ) {
    const p = table.get(tokens[i])?.find((c) => c.pieces.every((piece, k) => tokens[i + k] === piece));
    if (p) {
      out.push({ word: p.phrase, pieces: p.pieces });
      i += p.pieces.length;
    } else {
      out.push({ word: tokens[i], pieces: [tokens[i]] });
      i++;
    }
  }
  return out;
}

/** At most this many words of a question are ranked on (a call's whole text is ~200 characters). */
export const MAX_QUERY_WORDS = 32;

/**
 * The words of a question with the alternatives that may stand for each. Empty when only
 * punctuation or stopwords are left (吗？怎么办 is not a question the knowledge base can rank).
 */
export function analyzeQuery(text: string, lexicon: SynonymLexicon = curatedSynonyms): QueryWord[] {
  const { coded, rest } = splitCoded(normalize(text ?? ''));
  const found: { word: string; pieces: string[] }[] = coded.map((c) => ({ word: c, pieces: [c] }));
  for (const run of runsOf(rest)) {
    const tokens = segmenter()
      .cut(run, true)
      .map((t) => t.trim())
      .filter((t) => WORDISH.test(t));
    found.push(...joinPhrases(tokens, lexicon));
  }

  const words = new Map<string, QueryWord>(); // by the synonym group's canonical word
  for (const { word, pieces } of found) {
    const phrase = pieces.length > 1;
    if (!phrase && isStopword(word)) continue;
    const alts = new Map<string, Alternative>();
    const add = (term: string, kind: MatchKind, prefix = false) => {
      const weight = prefix ? MATCH_WEIGHTS.prefix : MATCH_WEIGHTS[kind];
      const key = prefix ? `${term}*` : term;
      const had = alts.get(key);
      if (!had || had.weight < weight) alts.set(key, { term, kind, prefix, weight });
    };
    add(word, 'exact');
    for (const v of lexicon.variants(word)) if (normalize(v) !== word) add(normalize(v), 'synonym');
    // Parts: a joined phrase's pieces (怎么补 → 补), a long compound's pieces (社保卡补办 → 社保卡, 补办).
    const parts = phrase ? pieces : HAN.test(word) && word.length >= 3 ? segmenter().cutForSearch(word, true).filter((p) => p !== word && WORDISH.test(p)) : [];
    for (const p of new Set(parts)) {
      if (isStopword(p)) continue;
      if (p.length === 1 && HAN.test(p)) add(p, 'part', true);
      else add(p, 'part');
    }
    // A single character also starts longer words: 丢 → 丢失.
    if (!phrase && word.length === 1 && HAN.test(word)) add(word, 'part', true);

    const key = lexicon.canonical(word);
    const same = words.get(key);
    if (same) {
      for (const a of alts.values()) {
        const i = same.alternatives.findIndex((x) => x.term === a.term && x.prefix === a.prefix);
        if (i < 0) same.alternatives.push(a);
        else if (same.alternatives[i].weight < a.weight) same.alternatives[i] = a;
      }
    } else {
      if (words.size >= MAX_QUERY_WORDS) break;
      words.set(key, { word, alternatives: [...alts.values()] });
    }
  }
  return [...words.values()];
}

/** A field's tokens for ranking: search-mode tokens, and the lexicon's phrases joined. */
export function fieldTokens(text: string | null | undefined, lexicon: SynonymLexicon = curatedSynonyms): string[] {
  const out: string[] = [];
  for (const run of runsOf(normalize(text ?? ''))) {
    const tokens = indexTokens(run);
    out.push(...tokens);
    for (const j of joinPhrases(tokens, lexicon)) if (j.pieces.length > 1) out.push(j.word);
  }
  return out;
}

/** An article's terms: the title, and the body with the source document (依据文件). */
export function articleTerms(a: { title: string; body: string; source?: string | null }, lexicon: SynonymLexicon = curatedSynonyms): FieldTerms {
  const title = fieldTokens(a.title, lexicon);
  const body = fieldTokens(`${a.body}\n${a.source ?? ''}`, lexicon);
  return { title: termCounts(title), body: termCounts(body), titleLength: title.length, bodyLength: body.length };
}

/** The synonyms a question was widened with, for showing the agent (丢了 → 遗失, 丢失 …). */
export function expansions(query: readonly QueryWord[]): { word: string; synonyms: string[] }[] {
  return query
    .map((w) => ({ word: w.word, synonyms: w.alternatives.filter((a) => a.kind === 'synonym').map((a) => a.term) }))
    .filter((e) => e.synonyms.length > 0);
}
