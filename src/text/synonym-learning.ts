// Synonyms learnt from a city's own history (同义词学习). Citizens reporting one matter use
// different words for the same problem: at 星沙大道北段 one caller says the manhole cover is
// 缺失, the next that it is 不见了. Two requests at the same place about the same object,
// within a few weeks of each other, are most likely about the same matter; the words that fill
// the problem's slot after that object (井盖 ＿) are then likely to mean the same. A pair is
// proposed only when that happens at several different places, when the two words seldom appear
// in one request together (停水 and 停电 do: they are two problems, not one), when neither is
// the other negated (修好 / 没修好), and when the curated lexicon does not already say they are
// different. Pure: the caller feeds it the texts (app/repeats.ts loads them from the tickets).

import { normalize, segmenter } from './segment.js';
import { curatedSynonyms, type SynonymLexicon } from './synonyms.js';

export interface HistoryText {
  text: string;
  /** The places the request names (places.ts findPlaces); a request without one teaches nothing. */
  places: Iterable<string>;
  /** When it came in: two requests far apart in time are less likely the same matter. */
  at?: Date;
}

export interface LearningOptions {
  /** Different places (place + object) at which both words filled the slot: at least this many (default 3). */
  minPlaces?: number;
  /** Requests that use each word: at least this many (default 3). */
  minRequests?: number;
  /** Of the requests using the rarer word, the share that also uses the other: at most this (default 0.1). */
  maxTogether?: number;
  /** Of the places where the rarer word fills a slot, the share where the other fills it too: at least this (default 0.3). */
  minShare?: number;
  /** Two requests at one place count together only this close in time, in days (default 30). */
  windowDays?: number;
  /** The fillers kept per place and object (the most recent), to bound the work (default 50). */
  maxPerSlot?: number;
}

/** Parts of speech of a problem word: verbs, adjectives, idioms (缺失, 不见, 损坏, 破损, 很吵). */
const PROBLEM_TAGS = new Set(['v', 'vd', 'vi', 'vn', 'a', 'ad', 'an', 'l', 'i', 'z']);
/** Parts of speech of an object: nouns (jieba tags 井盖 as a person's name, nr, hence all n*). */
const OBJECT_TAG = /^n/;
/** Between an object and its problem word: particles and adverbs (井盖 都 不见 了, 路灯 又 坏 了). */
const BETWEEN = new Set(['u', 'uj', 'ul', 'uz', 'ud', 'ug', 'uv', 'd', 'p', 'c']);
const NEGATION = /^(?:不|没|没有|未|无|非)/;
/** Negating adverbs between an object and its word (护栏 不 牢固, 路灯 从未 修好): the word says the opposite there. */
const NEGATING = new Set('不 没 没有 未 无 非 别 从未 从不 从来不 并未 并非 不再 尚未 毫不 绝不 决不 未曾'.split(' '));
/** Words too general to be a problem of their own (有, 是, 说, 要): they fill every slot. */
const GENERAL = new Set('是 有 说 要 会 能 去 来 到 在 让 给 做 看 想 用 被 把 发现 出现 存在 进行 造成 导致 希望 请求 要求 反映 投诉 举报 处理 解决 没有 已经 一直 现在 目前'.split(' '));

interface Filler {
  word: string;
  doc: number;
  at: number | null;
}

const pairKey = (a: string, b: string) => (a < b ? `${a}\t${b}` : `${b}\t${a}`);

/** Learns from requests fed one by one (a caller may yield between them); `pairs()` proposes. */
export class SynonymLearner {
  private readonly o: Required<LearningOptions>;
  private readonly slots = new Map<string, Filler[]>();
  private readonly requests = new Map<string, number>(); // word → requests using it as a problem word
  private readonly together = new Map<string, number>(); // pair → requests using both
  private docs = 0;

  constructor(
    private readonly base: SynonymLexicon = curatedSynonyms,
    opts: LearningOptions = {},
  ) {
    this.o = { minPlaces: 3, minRequests: 3, maxTogether: 0.1, minShare: 0.3, windowDays: 30, maxPerSlot: 50, ...opts };
  }

  add(h: HistoryText): void {
    const places = [...new Set(h.places)];
    const doc = this.docs++;
    const tokens = segmenter().tag(normalize(h.text), true);
    const words = new Set<string>();
    const pairs: [object: string, word: string][] = [];
    for (let i = 0; i < tokens.length; i++) {
      const { word, tag } = tokens[i];
      if (!PROBLEM_TAGS.has(tag) || word.length < 2 || GENERAL.has(word) || !/^\p{Script=Han}+$/u.test(word)) continue;
      // The object: the nearest noun before it, over particles and adverbs only.
      let j = i - 1;
      while (j >= 0 && BETWEEN.has(tokens[j].tag) && i - j <= 3) j--;
      const obj = tokens[j];
      if (!obj || !OBJECT_TAG.test(obj.tag) || obj.word.length < 2 || places.some((p) => p.includes(obj.word))) continue;
      if (tokens.slice(j + 1, i).some((t) => NEGATING.has(t.word))) continue;
      words.add(word);
      pairs.push([obj.word, word]);
    }
    for (const w of words) this.requests.set(w, (this.requests.get(w) ?? 0) + 1);
    const list = [...words].sort();
    for (let a = 0; a < list.length; a++) for (let b = a + 1; b < list.length; b++) {
      const k = pairKey(list[a], list[b]);
      this.together.set(k, (this.together.get(k) ?? 0) + 1);
    }
    if (!places.length) return;
    const at = h.at ? h.at.getTime() : null;
    for (const [obj, word] of pairs) {
      for (const place of places) {
        const key = `${place}\t${obj}`;
        const slot = this.slots.get(key) ?? [];
        slot.push({ word, doc, at });
        if (slot.length > this.o.maxPerSlot) slot.shift();
        this.slots.set(key, slot);
      }
    }
  }

  /** The proposed pairs, best supported first. */
  pairs(): [string, string][] {
    const window = this.o.windowDays * 86_400_000;
    const support = new Map<string, Set<string>>(); // pair → the slots where both filled it
    const slotsOf = new Map<string, Set<string>>(); // word → the slots it filled
    for (const [key, fillers] of this.slots) {
      for (const f of fillers) slotsOf.set(f.word, (slotsOf.get(f.word) ?? new Set()).add(key));
      for (let x = 0; x < fillers.length; x++) {
        for (let y = x + 1; y < fillers.length; y++) {
          const a = fillers[x];
          const b = fillers[y];
          if (a.word === b.word || a.doc === b.doc) continue;
          if (a.at != null && b.at != null && Math.abs(a.at - b.at) > window) continue;
          const k = pairKey(a.word, b.word);
          support.set(k, (support.get(k) ?? new Set()).add(key));
        }
      }
    }
    // One place is often named several ways (星沙大道, 星沙大道北段): count places, not names.
    const distinctPlaces = (slots: Set<string>) => new Set([...slots].map((s) => s.split('\t')[1] + '\t' + root(s.split('\t')[0]))).size;
    const out: { pair: [string, string]; n: number }[] = [];
    for (const [k, slots] of support) {
      const [a, b] = k.split('\t') as [string, string];
      const n = distinctPlaces(slots);
      if (n < this.o.minPlaces) continue;
      const ra = this.requests.get(a) ?? 0;
      const rb = this.requests.get(b) ?? 0;
      if (Math.min(ra, rb) < this.o.minRequests) continue;
      if ((this.together.get(k) ?? 0) / Math.min(ra, rb) > this.o.maxTogether) continue;
      const fewer = Math.min(distinctPlaces(slotsOf.get(a) ?? new Set()), distinctPlaces(slotsOf.get(b) ?? new Set()));
      if (n / fewer < this.o.minShare) continue;
      if (negates(a, b) || negates(b, a)) continue;
      // The curated base decides between its own words: the same group needs nothing, different groups are different.
      const knownA = this.base.variants(a).length > 1;
      const knownB = this.base.variants(b).length > 1;
      if (knownA && knownB) continue;
      out.push({ pair: knownB && !knownA ? [b, a] : [a, b], n });
    }
    return out.sort((x, y) => y.n - x.n || x.pair.join().localeCompare(y.pair.join())).map((x) => x.pair);
  }
}

/** A road's sections and numbers are one place for learning (星沙大道北段 → 星沙大道). */
function root(place: string): string {
  return place.replace(/(?:[东西南北中]段|[一二三四五六七八九十\d]+段|\d+(?:号楼|号|栋|幢|单元|室))+$/, '') || place;
}

/** Whether a is b negated (没修好 / 修好, 不亮 / 亮). */
function negates(a: string, b: string): boolean {
  const m = NEGATION.exec(a);
  return m != null && a.slice(m[0].length) === b;
}

/** The pairs learnt from these requests (see SynonymLearner). */
export function learnSynonyms(history: Iterable<HistoryText>, base: SynonymLexicon = curatedSynonyms, opts: LearningOptions = {}): [string, string][] {
  const learner = new SynonymLearner(base, opts);
  for (const h of history) learner.add(h);
  return learner.pairs();
}
