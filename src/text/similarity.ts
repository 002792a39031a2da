// Similar requests (相似诉求): the same matter is the same problem at the same place. A
// candidate's score mixes how alike the words are (TF-IDF keywords, cosine), whether the place
// matches (district, road/community names, house numbers), and how close in time it is.

import { keywords, normalize, segmenter } from './segment.js';

export interface SimilarityInput {
  title?: string | null;
  content: string;
  address?: string | null;
  districtId?: number | null;
  createdAt?: Date;
}

export interface Profile {
  terms: Map<string, number>; // keyword → TF-IDF weight
  places: Set<string>; // place-like words: roads, communities, numbers with 号/栋/小区
  districtId: number | null;
  createdAt: Date;
}

// Words that name a place in Chinese addresses end with these.
const PLACE_SUFFIX = /(路|街|道|巷|弄|里|村|镇|乡|区|县|小区|花园|苑|庭|府|城|广场|大厦|市场|公园|学校|中学|小学|医院|号|栋|楼|单元)$/;

export function profile(x: SimilarityInput): Profile {
  const text = `${x.title ?? ''}。${x.content}`;
  const terms = new Map<string, number>();
  for (const k of keywords(text, 20)) terms.set(k.keyword, k.weight);
  const places = new Set<string>();
  const placeText = normalize(`${x.address ?? ''} ${text}`);
  for (const w of segmenter().cut(placeText, true)) {
    if (w.length >= 2 && PLACE_SUFFIX.test(w)) places.add(w);
  }
  for (const m of placeText.matchAll(/\d+(号|栋|幢|单元|室)/g)) places.add(m[0]);
  // Masked or coded place names: "a3区", "k8县" (jieba splits them into letters and a suffix).
  for (const m of placeText.matchAll(/[a-z]+\d+(区|县|市|镇)/g)) places.add(m[0]);
  return { terms, places, districtId: x.districtId ?? null, createdAt: x.createdAt ?? new Date() };
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
}

/** How likely b is about the same matter as a. */
export function similarity(a: Profile, b: Profile): SimilarityScore {
  const text = cosine(a.terms, b.terms);
  const sharedPlaces = [...a.places].filter((p) => b.places.has(p));
  const placeOverlap = a.places.size && b.places.size ? sharedPlaces.length / Math.min(a.places.size, b.places.size) : 0;
  const sameDistrict = a.districtId != null && a.districtId === b.districtId ? 1 : 0;
  const differentDistrict = a.districtId != null && b.districtId != null && a.districtId !== b.districtId;
  const place = differentDistrict ? 0 : Math.min(1, 0.3 * sameDistrict + 0.7 * placeOverlap);
  const days = Math.abs(a.createdAt.getTime() - b.createdAt.getTime()) / 86_400_000;
  const time = Math.exp(-days / 30);
  // Different districts are different places: the same complaint elsewhere is another matter.
  const score = differentDistrict ? 0.5 * text * (0.8 + 0.2 * time) : (0.6 * text + 0.3 * place + 0.1 * time);
  const sharedWords = [...a.terms.keys()].filter((k) => b.terms.has(k)).slice(0, 8);
  return { score: Math.round(score * 1000) / 1000, text, place, time, sharedWords, sharedPlaces };
}
