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

// Words that name a place in Chinese addresses end with these. (道 and 里 are left out: too
// many ordinary words end with them — 知道, 难道, 报道, 群里.)
// Districts (区/县) are compared through districtId, not as shared words.
const PLACE_SUFFIX = /(路|街|巷|弄|村|镇|乡|小区|花园|苑|庭|府|城|广场|大厦|市场|公园|学校|中学|小学|医院|号|栋|楼|单元)$/;
/** Words with a place suffix that name no particular place. */
const GENERIC_PLACES = new Set(
  '小区 花园 道路 马路 公路 街道 人行道 管道 排水管道 学校 中学 小学 医院 市场 广场 公园 大厦 城市 县城 城区 市区 郊区 社区 楼 楼房 大楼 楼栋 单元 政府 区政府 市政府 县政府 村里 全区 全县 全市 本市 我区 该区 辖区 园区 景区 片区 新区 老城 商城 校区 小区里 附近 门口'.split(' '),
);

export function profile(x: SimilarityInput): Profile {
  const text = `${x.title ?? ''}。${x.content}`;
  const terms = new Map<string, number>();
  for (const k of keywords(text, 20)) terms.set(k.keyword, k.weight);
  const places = new Set<string>();
  const placeText = normalize(`${x.address ?? ''} ${text}`);
  for (const w of segmenter().cut(placeText, true)) {
    if (w.length >= 2 && PLACE_SUFFIX.test(w) && !GENERIC_PLACES.has(w)) places.add(w);
  }
  for (const m of placeText.matchAll(/\d+(号|栋|幢|单元|室)/g)) places.add(m[0]);
  // Community names jieba splits (金桂 花园, 阳光 小区): the two characters before the suffix.
  for (const m of placeText.matchAll(/\p{Script=Han}{2}(?:花园|小区|家园|公寓|苑|庭)/gu)) {
    if (!GENERIC_PLACES.has(m[0]) && !/^(位于|住在|我们|我家|门口|附近|这个|那个|整个|本小|该小)/.test(m[0])) places.add(m[0]);
  }
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
  const otherPlace = differentDistrict || (a.places.size > 0 && b.places.size > 0 && sharedPlaces.length === 0);
  const score = otherPlace ? 0.5 * text * (0.8 + 0.2 * time) + 0.1 * place : 0.6 * text + 0.3 * place + 0.1 * time;
  const sharedWords = [...a.terms.keys()].filter((k) => b.terms.has(k)).slice(0, 8);
  return { score: Math.round(score * 1000) / 1000, text, place, time, sharedWords, sharedPlaces };
}
