// Similar requests (相似诉求): the same matter is the same problem at the same place. A
// candidate's score mixes how alike the words are (TF-IDF keywords, cosine), whether the place
// matches (district, road/community/landmark names, house numbers), and how close in time it is.
// Words are compared by meaning: each is replaced by its synonym group's canonical word
// (不见了 and 缺失 are one word here), through the curated lexicon or one extended with groups
// learnt from the deployment's history (synonym-learning.ts). Places are found by places.ts,
// with the deployment's gazetteer (its addresses and units) when given one.

import { findPlaces, type PlaceGazetteer } from './places.js';
import { keywords, normalize, queryTokens, segmenter, tsQuery } from './segment.js';
import { curatedSynonyms, type SynonymLexicon } from './synonyms.js';

export interface SimilarityInput {
  title?: string | null;
  content: string;
  address?: string | null;
  districtId?: number | null;
  createdAt?: Date;
  /** The caller's name: not part of the matter (a caller who signs each request is not one matter). */
  callerName?: string | null;
}

export interface Profile {
  terms: Map<string, number>; // canonical keyword → TF-IDF weight
  places: Set<string>; // place names: roads (with section), communities, landmarks, house numbers
  districtId: number | null;
  createdAt: Date;
}

/** What a deployment knows of its own words: its place names and its synonyms. */
export interface MatchingKnowledge {
  gazetteer?: PlaceGazetteer;
  lexicon?: SynonymLexicon;
}

/** The longest synonym phrase looked for, in words (不见 + 了). */
const MAX_PHRASE = 4;
const lexiconWords = new WeakMap<SynonymLexicon, Set<string>>();
function wordsOf(lexicon: SynonymLexicon): Set<string> {
  let set = lexiconWords.get(lexicon);
  if (!set) lexiconWords.set(lexicon, (set = new Set(lexicon.words())));
  return set;
}

/**
 * A text's weighted terms, by meaning. jieba's TF-IDF keywords give the weights; the synonym
 * lexicon's words and phrases are found over jieba's words (不见/了 → 不见了), so that a phrase
 * the keyword extractor splits or drops (丢/了, 不见) still counts, as its canonical word, with
 * the weight of its strongest part (or the text's mean keyword weight). A keyword used up inside
 * a phrase (不见 in 不见了) does not count again on its own.
 */
export function meaningTerms(text: string, lexicon: SynonymLexicon = curatedSynonyms, topK = 20): Map<string, number> {
  const kw = new Map(keywords(text, topK).map((k) => [k.keyword, k.weight]));
  const mean = kw.size ? [...kw.values()].reduce((a, b) => a + b, 0) / kw.size : 2;
  const known = wordsOf(lexicon);
  const tokens = segmenter().cut(normalize(text), true);
  const phrases = new Map<string, number>(); // canonical → weight
  const inPhrase = new Set<string>();
  const alone = new Set<string>();
  for (let i = 0; i < tokens.length; ) {
    let hit = 0;
    for (let n = Math.min(MAX_PHRASE, tokens.length - i); n >= 1 && !hit; n--) {
      const phrase = tokens.slice(i, i + n).join('');
      if (!known.has(phrase)) continue;
      hit = n;
      const parts = tokens.slice(i, i + n);
      const w = Math.max(kw.get(phrase) ?? 0, ...parts.map((p) => kw.get(p) ?? 0)) || mean;
      const c = lexicon.canonical(phrase);
      phrases.set(c, Math.max(phrases.get(c) ?? 0, w));
      if (n > 1) for (const p of parts) inPhrase.add(p);
    }
    if (hit) i += hit;
    else alone.add(tokens[i++]);
  }
  const terms = new Map<string, number>();
  const add = (k: string, w: number) => terms.set(k, Math.max(terms.get(k) ?? 0, w));
  for (const [k, w] of kw) if (!inPhrase.has(k) || alone.has(k)) add(lexicon.canonical(k), w);
  for (const [c, w] of phrases) add(c, w);
  // Heaviest first: shared words are reported in this order.
  return new Map([...terms].sort((a, b) => b[1] - a[1]));
}

/**
 * Words that say who is asking, not what about: contact words, numbers of five digits or more
 * (phone, ID and account numbers), the caller's name. Two requests of one caller share them
 * whatever the matter; in a short request they would outweigh it.
 */
const CONTACT_WORDS = new Set('联系电话 联系方式 电话 手机 手机号 手机号码 电话号码 号码 联系人 来电 来电人 本人 姓名'.split(' '));
function aboutWho(word: string, name: string | null): boolean {
  return CONTACT_WORDS.has(word) || /^\d{5,}$/.test(word) || (name != null && name.length >= 2 && (word.includes(name) || (name.includes(word) && word.length >= 2)));
}

export function profile(x: SimilarityInput, knowledge: MatchingKnowledge = {}): Profile {
  const text = `${x.title ?? ''}。${x.content}`;
  const name = x.callerName?.trim() ? normalize(x.callerName.trim()) : null;
  const terms = meaningTerms(text, knowledge.lexicon);
  for (const k of [...terms.keys()]) if (aboutWho(k, name)) terms.delete(k);
  const places = findPlaces(text, { gazetteer: knowledge.gazetteer });
  if (x.address) for (const p of findPlaces(x.address, { gazetteer: knowledge.gazetteer, address: true })) places.add(p);
  return { terms, places, districtId: x.districtId ?? null, createdAt: x.createdAt ?? new Date() };
}

/**
 * A to_tsquery('simple', …) for the tickets that may be about the same matter: any of the
 * profile's heaviest words in any spelling of its synonym group (缺失 → 不见了, 丢失了 …), or any
 * of its places, each as the words a search document holds (星沙大道北段 → 星沙 & 大道 & 北段).
 * With `placeRequired` (the same matter from anyone needs a shared place: app/repeats.ts): one
 * of its places AND one of its words — a handful of tickets, where any common word (小区, 噪音)
 * would match a good part of a month's tickets, each to be read and ranked. Null when nothing is
 * left to search (with `placeRequired`, also when it names no place).
 */
export function candidateQuery(p: Profile, lexicon: SynonymLexicon = curatedSynonyms, maxTerms = 12, opts: { placeRequired?: boolean } = {}): string | null {
  const words = new Set<string>();
  const places = new Set<string>();
  const add = (into: Set<string>, phrase: string) => {
    const q = tsQuery(queryTokens(phrase));
    if (q) into.add(q.includes(' & ') ? `(${q})` : q);
  };
  for (const term of [...p.terms.keys()].slice(0, maxTerms)) for (const v of lexicon.variants(term)) add(words, v);
  for (const place of p.places) add(places, place);
  if (opts.placeRequired) return places.size && words.size ? `(${[...places].join(' | ')}) & (${[...words].join(' | ')})` : null;
  const parts = new Set([...words, ...places]);
  return parts.size ? [...parts].join(' | ') : null;
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [k, w] of a) {
    na += w * w;
    const v = b.get(k);
    if (v) dot += w * v;
  }
  for (const w of b.values()) nb += w * w;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

export interface SimilarityScore {
  score: number; // 0..1
  text: number;
  place: number;
  time: number;
  sharedWords: string[];
  sharedPlaces: string[];
  /** Named places of which none is shared, or different districts: another place, whatever the words. */
  otherPlace: boolean;
}

const AREA_NAME = /(?:街道|镇|乡)$/;

/** How likely b is about the same matter as a. */
export function similarity(a: Profile, b: Profile): SimilarityScore {
  const text = cosine(a.terms, b.terms);
  const sharedPlaces = [...a.places].filter((p) => b.places.has(p));
  // Jaccard: sharing one name out of many is weaker evidence than sharing all of them.
  const union = new Set([...a.places, ...b.places]).size;
  const placeOverlap = union ? sharedPlaces.length / union : 0;
  const sameDistrict = a.districtId != null && a.districtId === b.districtId ? 1 : 0;
  const differentDistrict = a.districtId != null && b.districtId != null && a.districtId !== b.districtId;
  const place = differentDistrict ? 0 : Math.min(1, 0.3 * sameDistrict + 0.7 * placeOverlap);
  const days = Math.abs(a.createdAt.getTime() - b.createdAt.getTime()) / 86_400_000;
  const time = Math.exp(-days / 30);
  // Different districts, or named places of which none is shared, are different places: the
  // same complaint elsewhere is another matter, however alike the words.
  // A street or town (东门街道) is an area, not a place: sharing one says little, and naming
  // different roads in one street is naming different places.
  const fineA = [...a.places].filter((p) => !AREA_NAME.test(p));
  const fineB = [...b.places].filter((p) => !AREA_NAME.test(p));
  const otherPlace = differentDistrict || (fineA.length > 0 && fineB.length > 0 && !fineA.some((p) => b.places.has(p)));
  const score = otherPlace ? 0.5 * text * (0.8 + 0.2 * time) + 0.1 * place : 0.6 * text + 0.3 * place + 0.1 * time;
  const sharedWords = [...a.terms.keys()].filter((k) => b.terms.has(k)).slice(0, 8);
  return { score: Math.round(score * 1000) / 1000, text, place, time, sharedWords, sharedPlaces, otherPlace };
}
