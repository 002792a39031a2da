// Places in Chinese text: which district (区/县) a request is about, from the units tree.

export interface PlaceUnit {
  id: number;
  name: string;
  kind: string;
  parentId: number | null;
}

/** Names are matched whole ("江北区"), and without their suffix when that leaves two or more characters ("江北"). */
function variants(name: string): string[] {
  const out = [name];
  const bare = name.replace(/(街道办事处|街道|区|县|市|镇|乡)$/, '');
  if (bare !== name && bare.length >= 2) out.push(bare);
  return out;
}

/**
 * The district a text names, directly or through one of its streets/towns; the earliest
 * mention wins, and a full name beats a bare one at the same place. Null when none is named.
 */
export function findDistrict(text: string, units: readonly PlaceUnit[]): number | null {
  if (!text) return null;
  const byId = new Map(units.map((u) => [u.id, u]));
  let best: { at: number; len: number; district: number } | null = null;
  for (const u of units) {
    let district: number | null = null;
    if (u.kind === 'district') district = u.id;
    else if (u.kind === 'street' && u.parentId != null && byId.get(u.parentId)?.kind === 'district') district = u.parentId;
    if (district == null) continue;
    // Short forms only for districts: a street's short form (东门) is too often ordinary text.
    for (const v of u.kind === 'district' ? variants(u.name) : [u.name]) {
      const at = text.indexOf(v);
      if (at < 0) continue;
      if (!best || at < best.at || (at === best.at && v.length > best.len)) best = { at, len: v.length, district };
    }
  }
  return best?.district ?? null;
}

// ── Place names in a request (地点): roads, communities, landmarks ─────────────────────────────
// The same matter is the same problem at the same place, and citizens name the place in the text
// as often as in the address field. A place is a name part and a suffix (建设路, 金桂花园,
// 五一广场); 大道, 道 and 里 end too many ordinary words (知道, 难道, 报道, 这里, 群里) to be taken
// on their own, so a road or lane ending with them is a place only when it is plainly a name: a
// proper name before the suffix (星沙大道, jieba tags it a place/person/unknown word), a section
// after it (北段, 三段, 18号), or the city knows the name from its own addresses and units tree
// (the gazetteer).

import { normalize, segmenter } from './segment.js';

/**
 * Place names a deployment knows — its streets and communities (the units tree) and the places
 * named in its tickets' addresses — found in a text by substring, whatever jieba makes of them.
 */
export interface PlaceGazetteer {
  readonly size: number;
  has(name: string): boolean;
  /** The known names that occur in a (normalised) text. */
  find(text: string): string[];
}

/** A gazetteer of these names (normalised; names shorter than three characters are left out: 东门 is ordinary text too). */
export function placeGazetteer(names: Iterable<string>): PlaceGazetteer {
  const all = new Set<string>();
  const byPrefix = new Map<string, string[]>();
  for (const raw of names) {
    const n = normalize(raw.trim());
    if (n.length < 3 || all.has(n) || !/\p{Script=Han}{2}/u.test(n)) continue;
    all.add(n);
    const key = n.slice(0, 2);
    byPrefix.set(key, [...(byPrefix.get(key) ?? []), n]);
  }
  return {
    size: all.size,
    has: (name) => all.has(normalize(name)),
    find(text) {
      const out = new Set<string>();
      for (let i = 0; i + 2 < text.length; i++) {
        const list = byPrefix.get(text.slice(i, i + 2));
        if (list) for (const n of list) if (text.startsWith(n, i)) out.add(n);
      }
      return [...out];
    },
  };
}

/** The empty gazetteer: only what the words themselves say. */
export const NO_GAZETTEER: PlaceGazetteer = placeGazetteer([]);

/** Suffixes of roads and lanes (a section or house number may follow them). */
const ROAD = ['大街', '公路', '胡同', '路', '街', '巷', '弄'];
/** Suffixes that end ordinary words too: a place only when plainly a name (above). */
const WEAK = ['大道', '道', '里'];
/** Areas and communities. */
const AREA = ['街道', '社区', '小区', '花园', '家园', '新村', '公寓', '山庄', '大院', '村', '镇', '乡', '苑', '庭', '府', '城'];
/** Landmarks. */
const LANDMARK = [
  '广场', '大厦', '市场', '菜市场', '公园', '学校', '中学', '小学', '幼儿园', '大学', '医院', '卫生院', '商场', '酒店', '宾馆',
  '大桥', '桥', '地铁站', '汽车站', '火车站', '高铁站', '体育馆', '图书馆', '博物馆', '工业园', '产业园',
];
/** Parts of a building: kept only with a number (3栋, 2单元) or a name before them. */
const BUILDING = ['号楼', '号', '栋', '幢', '楼', '单元'];
const SUFFIXES = [...ROAD, ...WEAK, ...AREA, ...LANDMARK, ...BUILDING].sort((a, b) => b.length - a.length);
const KIND = new Map<string, 'road' | 'weak' | 'area'>([...ROAD.map((s) => [s, 'road'] as const), ...WEAK.map((s) => [s, 'weak'] as const)]);

/** Words with a place suffix that name no particular place. */
const GENERIC = new Set(
  (
    '小区 花园 道路 马路 公路 高速公路 街道 人行道 车道 通道 隧道 管道 排水管道 下水道 学校 中学 小学 大学 医院 市场 广场 公园 大厦 城市 县城 城区 市区 郊区 社区 ' +
    '楼 楼房 大楼 高楼 楼栋 楼道 单元 政府 区政府 市政府 县政府 村里 全区 全县 全市 本市 我区 该区 辖区 园区 景区 片区 新区 老城 商城 校区 小区里 ' +
    '附近 门口 农村 乡村 城乡 城镇 乡镇 村庄 全村 本村 该村 集镇 小镇 城里 家里 这里 那里 哪里 心里 夜里 手里 眼里 群里 公里 千里 万里 ' +
    '知道 难道 报道 味道 频道 渠道 轨道 跑道 走道 过道 地道 坡道 便道 盲道 匝道 公道 厚道 霸道 大道 一道 顺道 绕道 街道办 当街 上街 逛街 临街 沿街 ' +
    '桥 天桥 大桥 商场 酒店 宾馆 超市 地铁站 车站 网站 站 苑 府 政府 学府 王府 城 长城 省城 满城 全城 进城 号 楼 栋 幢'
  ).split(' '),
);
/**
 * Ordinary words ending in a suffix that never end a name, whatever word comes before them: not
 * a place, and no stem joins them (时候/修路, 回家/迷路, 张伟/知道, 王大爷/家里).
 */
const NEVER_A_TAIL = new Set(
  '修路 走路 迷路 开路 让路 问路 带路 引路 上路 拦路 挡路 铺路 赶路 绕路 知道 难道 报道 味道 频道 渠道 这里 那里 哪里 心里 夜里 手里 眼里 家里 群里'.split(' '),
);
/** A pointing word, not a name: 这条路, 那个小区, 该路段, 一条路. */
const POINTING = /^(?:这|那|哪|该|此|本|每|某|各|全|整|一[条段个片座])/;
/** Words before 大道 that make an idiom, not a road (康庄大道, 阳关大道). */
const NOT_A_ROAD_NAME = new Set('康庄 阳关 光明 金光 通天 人间 正道 天下'.split(' '));
/** Parts of speech of a proper name: place, person, organisation, other proper noun, or a word jieba does not know. */
const PROPER = new Set(['ns', 'nr', 'nrt', 'nrfg', 'nt', 'nz', 'x']);
/** Parts of speech that never belong to a name: prepositions, pronouns, conjunctions, particles, adverbs, verbs, interjections. */
const NOT_NAME = new Set('p r rr rz rg c cc u uj ul uz ud ug uv d dg v vd vg vi vf vx y e o w q zg'.split(' '));
/** A section of a road (北段, 三段) after its name. */
const SECTION = /^(?:[东西南北中]段|[一二三四五六七八九十\d]+段|[东西南北]延线)$/;
const NUMBER = /^\d+(?:号楼|号|栋|幢|单元|室)$/;

export interface FindPlacesOptions {
  gazetteer?: PlaceGazetteer;
  /** The text is an address field: a name with a weak suffix there is a place name (幸福里, 星沙大道) unless it is an ordinary word. */
  address?: boolean;
}

interface Tagged {
  word: string;
  tag: string;
}

const isNamePart = (t: Tagged | undefined): t is Tagged =>
  !!t && /^[\p{Script=Han}a-z0-9]+$/u.test(t.word) && !NOT_NAME.has(t.tag) && !GENERIC.has(t.word);

/**
 * The places a text names: roads (with their section or house number when one follows), areas
 * and communities, landmarks, house numbers, masked codes (a3区), and the gazetteer's names.
 * Districts are not among them (compared through the ticket's district).
 */
export function findPlaces(text: string, opts: FindPlacesOptions = {}): Set<string> {
  const out = new Set<string>();
  const norm = normalize(text);
  if (!norm.trim()) return out;
  const gazetteer = opts.gazetteer ?? NO_GAZETTEER;
  const tokens: Tagged[] = segmenter().tag(norm, true);
  for (let i = 0; i < tokens.length; i++) {
    const { word, tag } = tokens[i];
    const suffix = SUFFIXES.find((s) => word.endsWith(s));
    if (!suffix || NEVER_A_TAIL.has(word)) continue;
    if (BUILDING.includes(suffix) && /\d$/.test(word.slice(0, -suffix.length) || (tokens[i - 1]?.word ?? ''))) continue; // numbers: below
    // The name: the word itself when it holds two characters or more before the suffix, else
    // the word before it joined to it (人民/路, 星沙/大道, 万家/丽路, 劳动/东路) — and the one
    // before that when that word is a single character.
    let name = word;
    let stem: Tagged | null = null;
    if (word.length - suffix.length < 2) {
      stem = isNamePart(tokens[i - 1]) ? tokens[i - 1] : null;
      if (stem && stem.word.length === 1 && isNamePart(tokens[i - 2])) stem = { word: tokens[i - 2].word + stem.word, tag: tokens[i - 2].tag };
      if (stem) name = stem.word + word;
    }
    if (name.length - suffix.length < 2 || GENERIC.has(name) || POINTING.test(name)) continue;
    const next = tokens[i + 1]?.word ?? '';
    const section = SECTION.test(next) ? next : null;
    const kind = KIND.get(suffix);
    if (kind === 'weak') {
      const known = gazetteer.has(name);
      let plain: boolean;
      if (stem) {
        // 大道 after any name-like word (芙蓉大道, 五一大道) but an idiom's; 道 and 里 after a proper name only.
        plain = suffix === '大道' ? stem.word.length >= 2 && !NOT_A_ROAD_NAME.has(stem.word) : PROPER.has(stem.tag) && stem.word.length >= 2;
        if (opts.address) plain = true;
      } else {
        // One word (康庄大道, 中和里): in an address a proper one; in a text only with a section or number after it.
        plain = PROPER.has(tag) && (opts.address === true || section != null || NUMBER.test(next) || /^\d+$/.test(next));
      }
      if (!(plain || known || section)) continue;
    }
    out.add(name);
    if ((kind === 'road' || kind === 'weak') && section) out.add(name + section);
  }
  // House numbers (18号, 3栋): on the place named just before them (滨河路18号, 金桂花园3栋), else alone.
  for (const m of norm.matchAll(/\d+(?:号楼|号|栋|幢|单元|室)/g)) {
    const before = norm.slice(Math.max(0, (m.index ?? 0) - 12), m.index);
    const on = [...out].filter((p) => before.endsWith(p)).sort((a, b) => b.length - a.length)[0];
    out.add(on ? on + m[0] : m[0]);
  }
  // Masked or coded place names: "a3区", "k8县" (jieba splits them into letters and a suffix).
  for (const m of norm.matchAll(/[a-z]+\d+(?:区|县|市|镇)/g)) out.add(m[0]);
  for (const n of gazetteer.find(norm)) out.add(n);
  return out;
}

/**
 * The place names of an address field, for a gazetteer: its roads, areas and landmarks (without
 * house numbers, which name no place on their own).
 */
export function addressPlaces(address: string): string[] {
  return [...findPlaces(address, { address: true })].filter((p) => !/\d/.test(p));
}
