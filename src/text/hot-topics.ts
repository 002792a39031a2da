// Hot topics (热点问题): requests about the same matter, that is the same problem at the same
// place, grouped within the period the caller passes in, and the groups ranked by heat.
//
// How (pure, no I/O; about 2.5 s of CPU for 4,326 board messages, linear in the number of
// requests; segmenting the text with jieba is most of it):
//
// 1. Words. Title (or, without one, the content's first 60 characters) counted twice, the
//    content's first 500 characters, the address; NFKC, segmented by jieba with part-of-speech
//    tags. Coded districts ("A4区", "K8县") and district names jieba tags as places (the unit
//    tree's names are jieba user words, tagged ns) are taken out as districts. Stopwords,
//    hotline boilerplate (反映, 问题, 投诉, 书记 …) and single characters are dropped; runs of
//    pieces of unknown names also give their character bigrams (58|车|贷案 and 58|车贷 share
//    车贷). Weight = (1 + ln tf) × idf (jieba's; unknown words, mostly local names, get the
//    median) × damping for words in more than 5% of the batch × damping for words (nearly)
//    only one caller uses; each request keeps its 24 heaviest words.
// 2. Places. A place phrase is a run of name-like words ending in a place or organisation word
//    (路, 小区, 新城, 苑, 村, 站, 学校, 驾校, 公司 …) or a word that is one (汇金路): 伊景园滨河苑,
//    月亮岛路, 3号线. Its name (伊景园滨河, 月亮岛, 3号线) identifies the place; two names are
//    the same place when one contains the other or they share three characters in a row. Name
//    words and their bigrams are the batch's place words when at least a third of the requests
//    using them use them in a place phrase. A request's places are the names in its title and
//    address (further into a text, places are often incidental). Its problem vectors (whole
//    text, and title) are its weighted words without place words and districts.
// 3. Candidates (blocking). An inverted index from each request's 6 heaviest problem words and
//    2 heaviest place words to the requests, sorted by time; each request is compared with the
//    30 requests before it in each list, within maxGapDays. No all-pairs comparison.
// 4. Pairs. Requests naming different districts, or both naming places and no place in
//    common, are different matters (score 0). Otherwise score = 0.85 × (½ cosine of the
//    problem vectors + ½ weighted containment of the shorter title's words in the other's)
//    + 0.15 × place overlap. Pairs at or above `threshold` link.
// 5. Groups, pass 1. Links are applied strongest first (Kruskal order) with union-find; two
//    groups join only when their places and districts are compatible (as in 4, on the groups'
//    places) and their problem centroids are alike (cosine ≥ 0.8 × threshold). This stops
//    chaining: a request without a place cannot bridge 望江路 and 滨河路, and drifting
//    paraphrases cannot pull two problems into one group.
// 6. Groups, pass 2. A centroid keeps what a group's requests share and averages away each
//    one's wording, so a request or group whose centroid is close to a group's (cosine ≥
//    joinThreshold, default 0.8 × threshold) joins it, if places are compatible and they share
//    a proper name of the titles (unknown word, name, place) that a third of each side uses.
//    The several 58车贷 messages, each worded its own way, meet here; themes without a shared
//    name (公积金 loans, 地铁 in general) do not.
// 7. Topics. Groups of at least minSize requests, each with a label (place + the problem words
//    most titles share), counts, growth and heat (see heatOf), sorted by heat.

import { idf as idfData } from '@node-rs/jieba/dict.js';
import { segmenter } from './segment.js';
import { curatedSynonyms } from './synonyms.js';
import { WordWeights } from './word-weights.js';

export interface HotTopicItem {
  id: string | number;
  title?: string | null;
  content: string;
  address?: string | null;
  /** Who asked (caller number, user id); null counts as a distinct unknown caller. */
  caller?: string | null;
  at: Date;
  /** Supports (点赞/附议) the request got; 0 when absent. */
  supports?: number;
}

export interface HotTopicOptions {
  /** Smallest group reported as a topic (default 2). */
  minSize?: number;
  /** Pair score (0..1) that links two requests (default 0.45, tuned on the wenzheng board messages). */
  threshold?: number;
  /** Reference time for `quietDays` and the optional cooling; default the latest request. */
  now?: Date;
  /** Centroid similarity at which a request or group joins a group in the second pass (default 0.8 × threshold). */
  joinThreshold?: number;
  /** Two requests further apart than this are never linked directly (default 90 days). */
  maxGapDays?: number;
  /** Heat halves every this many days since a topic's last request (default: no cooling). */
  halfLifeDays?: number;
  /** Problem similarity at which groups naming the same site (a compound, a school, a firm) join (default 0.15). */
  placeJoinThreshold?: number;
  /** Problem similarity at which groups naming the same road or area join (default 0.3). */
  roadJoinThreshold?: number;
  /** Return at most this many topics (default all). */
  limit?: number;
}

export interface HotTopicMember {
  id: string | number;
  at: Date;
  caller: string | null;
  supports: number;
}

export interface HotTopic {
  /** Short label: place + problem words, e.g. "A4区 58车贷 立案" or "望江路 夜间施工噪音". */
  label: string;
  /** The place most of the requests name (district code/name and/or place phrase), or null. */
  place: string | null;
  /** The problem words most of the requests share, joined by spaces. */
  problem: string;
  size: number;
  /** Distinct callers (unknown callers each count once). */
  callers: number;
  /** Sum of supports. */
  supports: number;
  first: Date;
  last: Date;
  /**
   * How fast it grows: (requests in the last third of [first, last] + 1) / (requests in the
   * first third + 1). 1 steady, > 1 accelerating, < 1 fading; 1 when the span is under a day.
   */
  growth: number;
  /** Requests per day over the topic's span (span at least one day). */
  perDay: number;
  /** Days from the last request to `now`. */
  quietDays: number;
  /** See heatOf. */
  heat: number;
  /** Request ids, oldest first. */
  items: (string | number)[];
  /** The same requests with their time, caller and supports, oldest first. */
  members: HotTopicMember[];
  /** The group's heaviest words (place and problem). */
  keywords: string[];
}

const DAY = 86_400_000;

/**
 * A request from a JSON Lines record as exports and the wenzheng board files write them:
 * {id, title?, body|content, time|at, user|caller?, up|supports?, address?}. Throws when the
 * content or a valid time is missing.
 */
export function hotItemFrom(r: Record<string, unknown>, fallbackId: string | number): HotTopicItem {
  const content = String(r.body ?? r.content ?? '');
  const at = new Date(String(r.time ?? r.at ?? ''));
  if (!content || Number.isNaN(at.getTime())) throw new Error('缺少内容或时间');
  const caller = r.user ?? r.caller;
  return {
    id: (r.id as string | number | undefined) ?? fallbackId,
    title: typeof r.title === 'string' ? r.title : null,
    content,
    address: typeof r.address === 'string' ? r.address : null,
    at,
    caller: caller == null ? null : String(caller),
    supports: Number(r.up ?? r.supports ?? 0) || 0,
  };
}

/**
 * Heat: (distinct callers + 0.25 × repeat requests by the same callers + 2 × log2(1 + supports))
 * × (1 + 0.2 × clamp(log2(growth), −1, 2)) × cooling.
 *
 * Distinct callers are the backbone (one person posting five times is not five people);
 * repeats still add a little; supports (likes, co-signatures) are cheap, so they count
 * logarithmically (1,000 supports ≈ 20 callers). Growth moves heat by −20% (halving) to +40%
 * (quadrupling). Cooling is 0.5^(quietDays / halfLifeDays), 1 unless halfLifeDays is given.
 */
export function heatOf(t: { size: number; callers: number; supports: number; growth: number; quietDays: number }, halfLifeDays?: number): number {
  const base = t.callers + 0.25 * (t.size - t.callers) + 2 * Math.log2(1 + Math.max(0, t.supports));
  const g = 1 + 0.2 * Math.min(2, Math.max(-1, Math.log2(t.growth)));
  const cool = halfLifeDays && halfLifeDays > 0 ? Math.pow(0.5, Math.max(0, t.quietDays) / halfLifeDays) : 1;
  return Math.round(base * g * cool * 100) / 100;
}

// ---------------------------------------------------------------------------------------------
// Words

// jieba's corpus IDF, read in place (a Map of its 270,000 words would cost ~90 MB resident).
let idfTable: WordWeights | null = null;
function idfTableOf(): WordWeights {
  if (!idfTable) idfTable = new WordWeights(idfData);
  return idfTable;
}
function idfOf(word: string): number {
  const table = idfTableOf();
  return table.get(word) ?? table.median;
}

function inDictionary(word: string): boolean {
  return idfTableOf().has(word);
}

const WORDISH = /[\p{L}\p{N}]/u;
const NUMBER = /^[\d.]+$/;
const CJK = /^\p{Script=Han}+$/u;
/** Function words, and words every hotline request uses (they say nothing about the matter). */
const STOP = new Set(
  (
    '的 了 是 在 和 与 及 或 有 我 你 他 她 它 们 我们 你们 他们 这 那 这个 那个 这些 那些 就 也 都 而 被 把 对 为 请 吗 呢 啊 吧 呀 着 过 给 让 从 到 向 将 其 之 所 该 等 个 一 不 没有 什么 怎么 如何 能否 是否 可以 已经 一直 还 又 很 非常 ' +
    '反映 问题 投诉 举报 建议 咨询 求助 关于 请求 恳请 希望 要求 请问 情况 相关 有关 部门 领导 书记 市长 省长 主任 局长 政府 单位 工作 解决 处理 落实 尽快 及时 严重 ' +
    '市民 群众 老百姓 百姓 本人 我家 大家 现在 目前 时候 时间 今年 去年 每天 多次 一些 这里 那里 哪里 存在 没有 不能 不是 进行 出现 造成 导致 影响 希望 谢谢 感谢 您好 你好 尊敬 ' +
    '回复 答复 留言 网友 事情 问下 一下 为什么 怎么办 何时 何时能 什么时候 到底 什么 那么 这么 因为 所以 但是 如果 虽然 然后 而且 并且 以及 以上 以下 之前 之后 由于 经过 通过 根据 按照 对于 还是 只是 就是 可是 ' +
    '西地省 省里 市里 区里 县里 有限公司 公司'
  ).split(' '),
);
/** Common nouns that follow or precede names but are not names themselves. */
const GENERIC = new Set(
  '业主 居民 住户 村民 物业 小区 社区 街道 公司 政府 部门 领导 项目 工程 工地 道路 马路 公路 铁路 线路 附近 周边 门口 旁边 对面 交汇处 交汇 交叉口 交叉 十字路口 交界处 交界 沿线 一带 区段 楼下 楼上 家 房子 房屋 学校 医院 中心 城市 开发商 一楼 二楼 楼栋 单位 市场 村委 村委会 居委会 管理处 办事处 片区 区域 地方 地段 路段 路口 路面 大门 东门 西门 南门 北门 新区 城区 市区 郊区 地区 辖区 部分 有关 相关 全市 全省 全县 全区 中国 全国 国家 国内 国外 美国 政府 省政府 市政府 区政府 县政府 镇政府 人民政府 省委 市委 区委 县委 市委市政府'.split(' '),
);
/** Words that end a place phrase (a place is a name followed by one of these). */
const PLACE_END = new Set(
  '路 街 道 大道 巷 弄 村 镇 乡 组 小区 社区 街道 花园 新城 家园 公寓 广场 大厦 市场 公园 学校 学院 大学 小学 中学 幼儿园 医院 苑 院 湾 城 园 府 庭 居 郡 楼 栋 幢 站 桥 大桥 隧道 高速 线 号线 湖 河 山 港 商城 公馆 名苑 华府 一期 二期 三期 四期 小镇 驾校 银行 超市 酒店 宾馆 工厂 集团 物业 公司 有限公司 医院 卫生院 诊所 幼儿园'.split(' '),
);
/** Place words that make the place a site: a compound, estate, building, school, hospital or firm. */
const SITE_END = /(小区|社区|花园|新城|家园|公寓|广场|大厦|市场|公园|学校|学院|大学|小学|中学|幼儿园|医院|卫生院|诊所|苑|院|湾|城|园|府|庭|居|郡|商城|公馆|期|小镇|驾校|银行|超市|酒店|宾馆|工厂|集团|物业|公司|村|站)$/;
/** Two-character place words with a direction or kind before the place character: 东路, 岛路, 南街. */
const SHORT_END = /^[东南西北中新老上下大小岛湾江河湖山桥]+(路|街|巷|村|桥|湖|园|苑)$/;
/** A single word that names a place on its own: 汇金路, 星沙镇, 丽发新城. */
const PLACE_SUFFIX = /(路|街|大道|巷|村|镇|乡|小区|社区|街道|花园|新城|家园|公寓|广场|大厦|苑|湾|府|郡|公馆)$/;
/** Part-of-speech tags of words that can be part of a name. */
const NAMEISH = new Set(['n', 'nr', 'nrt', 'nrfg', 'ns', 'nt', 'nz', 'x', 'j', 'ng', 'zg', 's', 'eng', 'l', 'i', 'a', 'b', 'vn', 'f']);
/** Districts written as codes (masked data: A4区, K8县) or full names tagged ns by jieba. */
const DISTRICT_CODE = /([A-Za-z]\d{1,3})(区|县)/g;
const CITY_CODE = /[A-Za-z]\d{0,3}(市|区|县|省)/g;
const DISTRICT_NAME = /^..+(区|县)$/;
/** Place words that take a number as their name. */
const NUMBERED = new Set(['号线', '线', '路', '号', '栋', '幢', '单元', '期', '区']);
/** Tags of proper names (and words jieba does not know). */
const PROPER = new Set(['x', 'nz', 'nr', 'nrt', 'nrfg', 'ns', 'nt', 'eng', 'j']);

const MAX_CONTENT = 500;
/** The opening of the content: its districts and place phrases stand in when the title names none. */
const LEAD = 200;
/** How much of the content stands in for a missing title. */
const HEAD = 60;

interface Analysed {
  /** word → weighted term frequency (title counts twice). */
  tf: Map<string, number>;
  /** word → term frequency in the title (or the content's opening when there is no title). */
  headTf: Map<string, number>;
  /** Place cores (names in place phrases) anywhere in the request. */
  cores: Set<string>;
  /** Words jieba tags ns. */
  nsWords: Set<string>;
  /** Proper names of the title: unknown words, names, places (what makes a matter specific). */
  specific: Set<string>;
  /** The request's main places (names in the title/address). */
  places: Set<string>;
  /** Those of them that are sites. */
  sites: Set<string>;
  /** Its districts (key lowercase → display), and place phrases (display), from the same part. */
  districts: Map<string, string>;
  phrases: Set<string>;
  /** Words that came out of the segmenter (not bigrams), for labels. */
  real: Set<string>;
  /**
   * The matter as the title and the content's opening state it: words with their synonyms
   * folded (油烟味 → 油烟, 噪声 → 噪音), title twice; for comparing requests that name one place.
   */
  lead: Map<string, number>;
  /** The title's words, synonyms folded (what the request says it is about). */
  titleWords: Map<string, number>;
  /** Normalised title + content, for adjacency checks in labels. */
  text: string;
}

function districtsOf(text: string, into: Map<string, string>): void {
  for (const m of text.matchAll(DISTRICT_CODE)) into.set(m[0].toLowerCase(), m[1].toUpperCase() + m[2]);
}

interface Tagged {
  word: string;
  tag: string;
}

function tagged(text: string): Tagged[] {
  // Codes break jieba's segmentation ("A5区汇金路" → 区汇|金路): cut the text at them.
  const cut = text.replace(CITY_CODE, '，').toLowerCase();
  const out: Tagged[] = [];
  for (const t of segmenter().tag(cut, true)) {
    const word = t.word.trim();
    if (word) out.push({ word, tag: t.tag });
  }
  return out;
}

function usable(word: string): boolean {
  if (!WORDISH.test(word) || STOP.has(word)) return false;
  if (NUMBER.test(word)) return word.length >= 2 && word.length <= 4;
  return word.length >= 2;
}

/** Dictionary words of two characters inside a longer Chinese word. */
function subWords(word: string): string[] {
  if (word.length < 3 || !CJK.test(word)) return [];
  const out: string[] = [];
  for (let i = 0; i + 2 <= word.length; i++) {
    const sub = word.slice(i, i + 2);
    if (inDictionary(sub) && usable(sub) && !GENERIC.has(sub)) out.push(sub);
  }
  return out;
}

/** Place phrases and their cores in a tagged text. */
interface PlaceFinds {
  phrases: Set<string>;
  /** Whole names (伊景园滨河, 丽发, 3号线): what identifies the place. */
  names: Set<string>;
  /** The names that are sites (see SITE_END). */
  sites: Set<string>;
  /** Name words and bigrams: which words of the batch are place words. */
  cores: Set<string>;
  ns: Set<string>;
  districts: Map<string, string>;
}

function finds(): PlaceFinds {
  return { phrases: new Set(), names: new Set(), sites: new Set(), cores: new Set(), ns: new Set(), districts: new Map() };
}

/** Place phrases and their cores (names) in a tagged text. */
function placesIn(tokens: Tagged[], f: PlaceFinds): void {
  for (let i = 0; i < tokens.length; i++) {
    const { word, tag } = tokens[i];
    if (tag === 'ns' && DISTRICT_NAME.test(word) && !GENERIC.has(word)) {
      f.districts.set(word, word);
      continue;
    }
    if (tag === 'ns' && word.length >= 2 && !GENERIC.has(word) && !STOP.has(word)) f.ns.add(word);
    const selfNamed = word.length >= 3 && PLACE_SUFFIX.test(word) && !GENERIC.has(word) && !/政府$/.test(word) && NAMEISH.has(tag);
    const end = PLACE_END.has(word) || (word.length === 2 && SHORT_END.test(word) && !GENERIC.has(word) && NAMEISH.has(tag));
    if (!end && !selfNamed) continue;
    // 线 ends a place only after a number or code (3号线, 5线): 高压电|线 is a power line.
    if ((word === '线' || word === '号线') && !(i > 0 && /^[\da-z]+$/.test(tokens[i - 1].word))) continue;
    let j = i;
    let chars = word.length;
    // A word that names a place by itself (汇金路) is complete; a bare place word (路, 小区)
    // takes up to three name-like words before it.
    while (!selfNamed && j > 0 && i - j < 3) {
      const p = tokens[j - 1];
      const ok = p.word === '之' || (NAMEISH.has(p.tag) && WORDISH.test(p.word) && !STOP.has(p.word) && !GENERIC.has(p.word) && !PLACE_END.has(p.word));
      if (!ok || chars + p.word.length > 12) break;
      j--;
      chars += p.word.length;
    }
    const parts = tokens.slice(j, i + 1).map((t) => t.word);
    const names = parts.slice(0, -1).filter((w) => w.length >= 2 && !GENERIC.has(w) && !NUMBER.test(w) && !PLACE_END.has(w));
    if (!PLACE_END.has(word) && !selfNamed && names.length) names.push(word); // 月亮|岛路: 岛路 is part of the name
    if (selfNamed) names.push(word);
    // Numbered places are named by their number: 3号线, 12栋.
    if (!names.length && i > 0 && NUMBER.test(tokens[i - 1].word) && NUMBERED.has(word)) {
      const numbered = tokens[i - 1].word + word;
      f.names.add(numbered);
      f.phrases.add(numbered);
      continue;
    }
    if (!names.length) continue;
    for (const n of names) f.cores.add(n);
    const phrase = parts.join('');
    f.phrases.add(phrase);
    // 魅力之|城|小区, 丽发|新城|小区: a place word followed by another belongs to the name.
    const nextEnd = i + 1 < tokens.length && PLACE_END.has(tokens[i + 1].word);
    const name = selfNamed || nextEnd ? parts.join('') : parts.slice(0, -1).join('') + (PLACE_END.has(word) ? '' : word.slice(0, -1));
    f.names.add(name);
    // A site (a compound, an estate, a school, a company) is where one matter happens; a road or
    // an area holds many.
    // A two-character name is too common alone (丽园, 人民) but names one site with its kind: 丽园小区.
    const kind = nextEnd ? tokens[i + 1].word : word;
    if (SITE_END.test(kind)) f.sites.add(name.length >= 3 || !CJK.test(name) || name.endsWith(kind) ? name : name + kind);
    // The name's character bigrams are place words too (see fragmentBigrams).
    if (CJK.test(name)) for (let k = 0; k + 2 <= name.length; k++) f.cores.add(name.slice(k, k + 2));
  }
}

/**
 * Names jieba does not know come out in pieces that differ from text to text ("58车贷案" →
 * 58|车|贷案, "58车贷" → 58|车贷). Runs of such pieces (single Chinese characters and unknown
 * Chinese words) also yield their character bigrams, so that both share 车贷.
 */
function fragmentBigrams(tokens: Tagged[]): string[] {
  const out: string[] = [];
  let run = '';
  let parts = 0;
  const flush = () => {
    if (parts >= 2 && run.length >= 3) {
      for (let i = 0; i + 2 <= run.length; i++) {
        const b = run.slice(i, i + 2);
        if (!STOP.has(b)) out.push(b);
      }
    }
    run = '';
    parts = 0;
  };
  for (const t of tokens) {
    const piece = CJK.test(t.word) && !STOP.has(t.word) && (t.word.length === 1 || t.tag === 'x');
    if (piece) {
      run += t.word;
      parts++;
    } else flush();
  }
  flush();
  return out;
}

function analyse(x: HotTopicItem): Analysed {
  // The matter is stated up front; the rest of a long text is detail (and segmenting is the cost).
  const content = (x.content ?? '').slice(0, MAX_CONTENT).normalize('NFKC');
  // Without a title (a phone request), the opening of the content stands in for it.
  const title = (x.title?.trim() ? x.title : content.slice(0, HEAD)).normalize('NFKC');
  const address = (x.address ?? '').normalize('NFKC');
  const head = tagged(`${title}，${address}`);
  const body = tagged(content);
  let split = 0;
  for (let chars = 0; split < body.length && chars + body[split].word.length <= LEAD; split++) chars += body[split].word.length;
  const inHead = finds();
  const inLead = finds();
  const inRest = finds();
  districtsOf(`${title} ${address}`, inHead.districts);
  districtsOf(content.slice(0, LEAD), inLead.districts);
  districtsOf(content.slice(LEAD), inRest.districts);
  placesIn(head, inHead);
  placesIn(body.slice(0, split), inLead);
  placesIn(body.slice(split), inRest);

  const tf = new Map<string, number>();
  const headTf = new Map<string, number>();
  const specific = new Set<string>();
  for (const t of head) {
    if (!usable(t.word)) continue;
    tf.set(t.word, (tf.get(t.word) ?? 0) + 2);
    headTf.set(t.word, (headTf.get(t.word) ?? 0) + 1);
    if (PROPER.has(t.tag) && !NUMBER.test(t.word)) specific.add(t.word);
    // A compound also counts, at half weight, as the words inside it (搅拌站 → 搅拌), so that
    // 搅拌站 and 搅拌厂, 诈骗案 and 诈骗 meet.
    for (const sub of subWords(t.word)) {
      tf.set(sub, (tf.get(sub) ?? 0) + 1);
      headTf.set(sub, (headTf.get(sub) ?? 0) + 0.5);
    }
  }
  const real = new Set(headTf.keys());
  for (const t of body) {
    if (!usable(t.word)) continue;
    tf.set(t.word, (tf.get(t.word) ?? 0) + 1);
    real.add(t.word);
  }
  const lead = new Map<string, number>();
  // The place phrases' own words (滨河苑, 二期, 大道, 中学) say where, not what.
  const where = [...inHead.phrases, ...inLead.phrases, ...inHead.districts.keys(), ...inLead.districts.keys()];
  const addLead = (word: string, f: number) => {
    if (!usable(word) || GENERIC.has(word) || PLACE_END.has(word) || where.some((x) => x.includes(word))) return;
    const w = curatedSynonyms.canonical(word);
    lead.set(w, (lead.get(w) ?? 0) + f);
    for (const sub of subWords(word)) {
      const c = curatedSynonyms.canonical(sub);
      if (c !== w) lead.set(c, (lead.get(c) ?? 0) + f / 2);
    }
  };
  for (const t of head) addLead(t.word, LEAD_TITLE_WEIGHT);
  const titleWords = new Map<string, number>();
  for (const [w, f] of lead) titleWords.set(w, f / LEAD_TITLE_WEIGHT);
  for (let k = 0, chars = 0; k < split && chars < LEAD_CHARS; k++) {
    chars += body[k].word.length;
    addLead(body[k].word, 1);
  }
  for (const b of fragmentBigrams(head)) {
    tf.set(b, (tf.get(b) ?? 0) + 2);
    headTf.set(b, (headTf.get(b) ?? 0) + 1);
    specific.add(b);
  }
  for (const b of fragmentBigrams(body)) tf.set(b, (tf.get(b) ?? 0) + 1);
  const cores = new Set([...inHead.cores, ...inLead.cores, ...inRest.cores]);
  const nsWords = new Set([...inHead.ns, ...inLead.ns, ...inRest.ns]);
  for (const c of inHead.cores) specific.add(c);
  for (const f of [inHead, inLead, inRest]) for (const d of f.districts.keys()) tf.delete(d);
  return {
    tf,
    headTf,
    cores,
    nsWords,
    specific,
    // Main places: names of place phrases in the title/address (or the content's opening when
    // there is no title). Places further into the text are often incidental (where the
    // writer lives, the bank he used) and would keep apart what belongs together.
    places: inHead.names,
    sites: inHead.sites,
    districts: inHead.districts.size ? inHead.districts : inLead.districts,
    phrases: inHead.phrases.size ? inHead.phrases : inLead.phrases,
    real,
    lead,
    titleWords,
    text: `${title}\n${content}`.toLowerCase(),
  };
}

// ---------------------------------------------------------------------------------------------
// Vectors: parallel arrays of term ids (ascending) and weights, unit length.

interface Vec {
  ids: Int32Array;
  w: Float64Array;
}

function vec(pairs: [number, number][], unit = true): Vec {
  pairs.sort((a, b) => a[0] - b[0]);
  let n = 0;
  for (const [, w] of pairs) n += w * w;
  n = unit ? Math.sqrt(n) || 1 : 1;
  return { ids: Int32Array.from(pairs.map((p) => p[0])), w: Float64Array.from(pairs.map((p) => p[1] / n)) };
}

/** Weighted overlap of two raw (not unit) vectors: Σ min over shared terms / the smaller total. */
function containment(a: Vec, b: Vec, sa: number, sb: number): number {
  const least = Math.min(sa, sb);
  if (!(least > 0)) return 0;
  let i = 0;
  let j = 0;
  let s = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i];
    const y = b.ids[j];
    if (x === y) s += Math.min(a.w[i++], b.w[j++]);
    else if (x < y) i++;
    else j++;
  }
  return s / least;
}

function dot(a: Vec, b: Vec): number {
  let i = 0;
  let j = 0;
  let s = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i];
    const y = b.ids[j];
    if (x === y) s += a.w[i++] * b.w[j++];
    else if (x < y) i++;
    else j++;
  }
  return s;
}

function mapCosine(a: Map<number, number>, b: Map<number, number>): number {
  let d = 0;
  let na = 0;
  let nb = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const [k, v] of small) {
    const u = large.get(k);
    if (u) d += u * v;
  }
  for (const v of a.values()) na += v * v;
  for (const v of b.values()) nb += v * v;
  return na && nb ? d / Math.sqrt(na * nb) : 0;
}

function disjoint<T>(a: Set<T>, b: Set<T>): boolean {
  if (!a.size || !b.size) return false;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) return false;
  return true;
}

/**
 * Two place names are one place when one contains the other (滨河 / 伊景园滨河) or they share
 * three characters in a row (伊景园滨河 / 景园滨河苑); 长房云时代 and 金科时代中心 are two.
 */
function samePlace(a: string, b: string): boolean {
  if (a === b || a.includes(b) || b.includes(a)) return true;
  for (let i = 0; i + 3 <= a.length; i++) if (b.includes(a.slice(i, i + 3))) return true;
  return false;
}

/**
 * Both name one place closely: a name of one contains a name of the other, or they share a run
 * of characters covering at least 70 % of the shorter (伊景园滨河 / 景园滨河苑), not only a
 * developer's brand (碧桂园中央花园 / 碧桂园威尼斯城). Numbered names (3号线, 10栋) do not count.
 */
function closePlaces(a: Set<string>, b: Set<string>): boolean {
  for (const x of a) {
    if (/\d/.test(x) || x.length < 3) continue;
    for (const y of b) {
      if (/\d/.test(y) || y.length < 3) continue;
      if (x.includes(y) || y.includes(x)) return true;
      const [s, l] = x.length <= y.length ? [x, y] : [y, x];
      const need = Math.max(3, Math.ceil(0.7 * s.length));
      for (let i = 0; i + need <= s.length; i++) if (l.includes(s.slice(i, i + need))) return true;
    }
  }
  return false;
}

/** Share of the smaller set's names that match a name of the other. */
function placeOverlap(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const x of small) {
    for (const y of large) {
      if (samePlace(x, y)) {
        n++;
        break;
      }
    }
  }
  return n / small.size;
}

/**
 * Both name places, and no name matches: different places. Numbered names (3号线, 5栋) are
 * coarse or partial; when both sides also have proper names, the proper names decide
 * (星沙文体中心站 and 松雅湖站 are two places though both are on 3号线).
 */
function differentPlaces(a: Set<string>, b: Set<string>): boolean {
  if (!a.size || !b.size) return false;
  const pa = proper(a);
  const pb = proper(b);
  if (pa.size && pb.size) return placeOverlap(pa, pb) === 0;
  return placeOverlap(a, b) === 0;
}

function proper(names: Set<string>): Set<string> {
  let all = true;
  for (const x of names) if (/\d/.test(x)) all = false;
  return all ? names : new Set([...names].filter((x) => !/\d/.test(x)));
}

// ---------------------------------------------------------------------------------------------

interface Prepared {
  item: HotTopicItem;
  index: number;
  t: number;
  a: Analysed;
  /** Problem vector (place words and districts removed), of the whole text and of the title. */
  problem: Vec;
  head: Vec;
  headSum: number;
  /** All kept words with weights (for keywords and labels). */
  words: Map<string, number>;
  places: Set<string>;
  sites: Set<string>;
  districts: Set<string>;
  specific: Set<string>;
  blockers: number[];
  /** The title and opening's problem words (place words out), batch idf, unit length. */
  lead: Map<number, number>;
  /** The title's problem words, idf over the batch's titles, unit length. */
  title: Map<number, number>;
}

const MAX_TERMS = 24;
/** The title's words count this many times in a request's lead (title + opening). */
const LEAD_TITLE_WEIGHT = 2;
/** The opening of the content that states the matter, in characters. */
const LEAD_CHARS = 200;
/**
 * Default problem similarity at which groups naming the same site (伊景园滨河苑, 丽发新城小区) join
 * (pass 3): a site is one building or estate, so little shared wording says one matter (捆绑销售车位
 * / 欺诈消费者 at one estate). Chosen by reading every join it makes on a whole board (4,326
 * messages): 0.15 adds about twenty, nearly all one matter; 0.225 added none of them.
 */
const SITE_JOIN = 0.15;
/** Default problem similarity at which groups naming the same road or area join (pass 3): a road holds many matters. */
const ROAD_JOIN = 0.3;
const EMPTY: Map<string, number> = new Map();
const BLOCK_PROBLEM = 6;
const BLOCK_PLACE = 2;
const NEIGHBOURS = 30;

/** Groups requests about the same matter and ranks the groups by heat (hottest first). */
export function findHotTopics(items: readonly HotTopicItem[], opts: HotTopicOptions = {}): HotTopic[] {
  const minSize = Math.max(1, opts.minSize ?? 2);
  const threshold = opts.threshold ?? 0.45;
  const maxGap = (opts.maxGapDays ?? 90) * DAY;
  if (!items.length) return [];

  // Stable order: time, then id, then input position.
  const order = items
    .map((item, index) => ({ item, index, t: item.at.getTime() }))
    .sort((a, b) => a.t - b.t || String(a.item.id).localeCompare(String(b.item.id)) || a.index - b.index);
  const analysed = order.map((o) => analyse(o.item));
  const n = order.length;

  // Batch statistics: document frequency, and how often a word is a place core.
  const df = new Map<string, number>();
  const coreDf = new Map<string, number>();
  const leadDf = new Map<string, number>();
  const titleDf = new Map<string, number>();
  // Distinct callers of a word, up to 64 (small integer lists: cheap for 50,000 requests).
  const callersOf = new Map<string, number[]>();
  const callerIds = new Map<string, number>();
  analysed.forEach((a, k) => {
    const who = order[k].item.caller;
    let caller = who ? callerIds.get(who) : undefined;
    if (caller === undefined) {
      caller = who ? callerIds.size : -1 - k; // unknown callers are each their own
      if (who) callerIds.set(who, caller);
    }
    for (const w of a.tf.keys()) {
      df.set(w, (df.get(w) ?? 0) + 1);
      const cs = callersOf.get(w);
      if (!cs) callersOf.set(w, [caller]);
      else if (cs.length < 64 && !cs.includes(caller)) cs.push(caller);
    }
    for (const w of new Set([...a.cores, ...a.nsWords])) coreDf.set(w, (coreDf.get(w) ?? 0) + 1);
    for (const w of a.lead.keys()) leadDf.set(w, (leadDf.get(w) ?? 0) + 1);
    for (const w of a.titleWords.keys()) titleDf.set(w, (titleDf.get(w) ?? 0) + 1);
  });
  const isPlace = (w: string): boolean => {
    const c = coreDf.get(w) ?? 0;
    return c > 0 && c * 3 >= (df.get(w) ?? c);
  };
  // Words in more than 5% of the batch say little about one matter. Words few distinct callers
  // use are one caller's style or template, not a shared matter: weight × √(callers / requests),
  // callers counted up to 64, so words in more than 64 requests are also damped (√(64 / df)),
  // like a batch idf.
  const damping = (w: string): number => {
    const d = df.get(w) ?? 1;
    const f = d / n;
    const common = n >= 40 && f > 0.05 ? Math.max(0.1, Math.log(1 / f) / Math.log(20)) : 1;
    const own = d >= 4 ? Math.sqrt(Math.max(0.1, Math.min(1, (callersOf.get(w)?.length ?? 1) / d))) : 1;
    return common * own;
  };

  // A word's weight before term frequency: idf × dampings, once per word of the batch.
  const baseCache = new Map<string, number>();
  const baseOf = (w: string): number => {
    let b = baseCache.get(w);
    if (b === undefined) baseCache.set(w, (b = idfOf(w) * damping(w) * (NUMBER.test(w) ? 0.5 : 1)));
    return b;
  };
  const heavier = (weight: number, w: string, than: [string, number]) => weight > than[1] || (weight === than[1] && w < than[0]);

  const rareDf = Math.max(10, 0.02 * n);
  const termIds = new Map<string, number>();
  const termNames: string[] = [];
  const idOf = (w: string): number => {
    let id = termIds.get(w);
    if (id === undefined) {
      id = termNames.length;
      termIds.set(w, id);
      termNames.push(w);
    }
    return id;
  };

  const prepared: Prepared[] = order.map((o, k) => {
    const a = analysed[k];
    const headPairs: [number, number][] = [];
    for (const [w, f] of a.headTf) if (!isPlace(w)) headPairs.push([idOf(w), (1 + Math.log(f)) * baseOf(w)]);
    // The heaviest MAX_TERMS words, kept sorted as they come (ties by word).
    const kept: [string, number][] = [];
    for (const [w, f] of a.tf) {
      const weight = (1 + Math.log(f)) * baseOf(w);
      if (kept.length === MAX_TERMS && !heavier(weight, w, kept[MAX_TERMS - 1])) continue;
      let at = kept.length;
      while (at > 0 && heavier(weight, w, kept[at - 1])) at--;
      kept.splice(at, 0, [w, weight]);
      if (kept.length > MAX_TERMS) kept.pop();
    }
    // Only the words are needed from here on; let the rest go (50,000 requests add up).
    a.tf = EMPTY;
    const words = new Map(kept);
    const problemPairs: [number, number][] = [];
    const placeWords: string[] = [];
    for (const [w, weight] of kept) {
      if (isPlace(w)) placeWords.push(w);
      else problemPairs.push([idOf(w), weight]);
    }
    const places = a.places;
    const districts = new Set(a.districts.keys());
    // Specific words: proper names of the title that few requests use (58车贷, 伊景园, 3号线).
    const specific = new Set([...a.specific].filter((w) => (df.get(w) ?? 1) <= rareDf));
    const blockers = [
      ...problemPairs
        .slice()
        .sort((x, y) => y[1] - x[1] || x[0] - y[0])
        .slice(0, BLOCK_PROBLEM)
        .map((p) => p[0]),
      ...placeWords.slice(0, BLOCK_PLACE).map((w) => idOf(`@${w}`)),
    ];
    // Lead words: a word no other request uses cannot join two requests, it only dilutes.
    const leadPairs: [string, number][] = [];
    for (const [w, f] of a.lead) {
      const d = leadDf.get(w) ?? 1;
      if (d < 2 || isPlace(w) || NUMBER.test(w)) continue;
      const weight = (1 + Math.log(f)) * Math.log(n / d);
      if (weight <= 0) continue;
      leadPairs.push([w, weight]);
    }
    leadPairs.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
    const lead = new Map<number, number>();
    let norm = 0;
    for (const [w, weight] of leadPairs) {
      lead.set(idOf(w), weight);
      norm += weight * weight;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [k, v] of lead) lead.set(k, v / norm);
    const title = new Map<number, number>();
    norm = 0;
    for (const [w, f] of a.titleWords) {
      const d = titleDf.get(w) ?? 1;
      if (d < 2 || isPlace(w) || NUMBER.test(w)) continue;
      const weight = f * Math.log(n / d);
      title.set(idOf(w), weight);
      norm += weight * weight;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [k, v] of title) title.set(k, v / norm);
    return { item: o.item, index: o.index, t: o.t, a, problem: vec(problemPairs), head: vec(headPairs, false), headSum: headPairs.reduce((s, p) => s + p[1], 0), words, places, sites: a.sites, districts, specific, blockers, lead, title };
  });

  // Candidate pairs through the inverted index, neighbours in time only.
  const postings = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    for (const b of prepared[i].blockers) {
      let list = postings.get(b);
      if (!list) postings.set(b, (list = []));
      list.push(i); // i ascends with time
    }
  }
  const seen = new Set<number>();
  const edges: { i: number; j: number; s: number }[] = [];
  for (const list of postings.values()) {
    for (let x = 1; x < list.length; x++) {
      const j = list[x];
      for (let y = x - 1; y >= 0 && y >= x - NEIGHBOURS; y--) {
        const i = list[y];
        if (prepared[j].t - prepared[i].t > maxGap) break;
        const key = i * n + j;
        if (seen.has(key)) continue;
        seen.add(key);
        const s = pairScore(prepared[i], prepared[j]);
        if (s >= threshold) edges.push({ i, j, s });
      }
    }
  }
  edges.sort((a, b) => b.s - a.s || a.i - b.i || a.j - b.j);

  // Constrained union-find.
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  };
  interface Group {
    members: number[];
    places: Set<string>;
    sites: Set<string>;
    districts: Set<string>;
    /** Specific word → how many members use it. */
    specific: Map<string, number>;
    centroid: Map<number, number>;
    /** Sum of the members' lead vectors. */
    lead: Map<number, number>;
    /** Sum of the members' title vectors. */
    title: Map<number, number>;
    first: number;
    last: number;
  }
  const groups = new Map<number, Group>();
  const groupOf = (r: number): Group => {
    let g = groups.get(r);
    if (!g) {
      const p = prepared[r];
      const centroid = new Map<number, number>();
      for (let k = 0; k < p.problem.ids.length; k++) centroid.set(p.problem.ids[k], p.problem.w[k]);
      g = { members: [r], places: new Set(p.places), sites: new Set(p.sites), districts: new Set(p.districts), specific: new Map([...p.specific].map((w) => [w, 1])), centroid, lead: new Map(p.lead), title: new Map(p.title), first: p.t, last: p.t };
      groups.set(r, g);
    }
    return g;
  };
  // A specific word both groups share, used by at least a third of each (so that a group's
  // stray words do not let it grow by theme: 长株潭 城际 → 长株潭 暮坪大桥 → …).
  const sharesSpecific = (a: Group, b: Group): boolean => {
    const [x, y] = a.specific.size <= b.specific.size ? [a, b] : [b, a];
    for (const [w, c] of x.specific) {
      const d = y.specific.get(w);
      if (d && c * 3 >= x.members.length && d * 3 >= y.members.length) return true;
    }
    return false;
  };
  const compatible = (a: Group, b: Group): boolean => !differentPlaces(a.places, b.places) && !disjoint(a.districts, b.districts);
  const merge = (ri: number, rj: number): number => {
    const gi = groupOf(ri);
    const gj = groupOf(rj);
    const [big, bigRoot, small, smallRoot] = gi.members.length >= gj.members.length ? [gi, ri, gj, rj] : [gj, rj, gi, ri];
    parent[smallRoot] = bigRoot;
    for (const m of small.members) big.members.push(m);
    for (const p of small.places) if (big.places.size < 32) big.places.add(p);
    for (const p of small.sites) if (big.sites.size < 32) big.sites.add(p);
    for (const d of small.districts) big.districts.add(d);
    for (const [w, c] of small.specific) big.specific.set(w, (big.specific.get(w) ?? 0) + c);
    for (const [k, v] of small.centroid) big.centroid.set(k, (big.centroid.get(k) ?? 0) + v);
    for (const [k, v] of small.lead) big.lead.set(k, (big.lead.get(k) ?? 0) + v);
    for (const [k, v] of small.title) big.title.set(k, (big.title.get(k) ?? 0) + v);
    big.first = Math.min(big.first, small.first);
    big.last = Math.max(big.last, small.last);
    groups.delete(smallRoot);
    return bigRoot;
  };

  // Pass 1: links, strongest first; groups join only when compatible and alike as a whole.
  for (const e of edges) {
    const ri = find(e.i);
    const rj = find(e.j);
    if (ri === rj) continue;
    const gi = groupOf(ri);
    const gj = groupOf(rj);
    if (!compatible(gi, gj) || mapCosine(gi.centroid, gj.centroid) < 0.8 * threshold) continue;
    merge(ri, rj);
  }

  // Pass 2: a group's centroid keeps the words its requests share and averages away each
  // one's own wording, so a request (or group) close enough to a group's centroid joins it
  // (the several 58车贷 messages, each worded its own way, meet here).
  const joinAt = opts.joinThreshold ?? 0.8 * threshold;
  for (let round = 0; round < 3; round++) {
    const roots = [...new Set(prepared.map((_, i) => find(i)))];
    const grouped = roots.filter((r) => (groups.get(r)?.members.length ?? 1) >= 2);
    if (!grouped.length) break;
    // Index the groups by their centroids' heaviest words; requests and groups look them up.
    const index = new Map<number, number[]>();
    for (const r of grouped) {
      for (const id of topIds(groupOf(r).centroid, BLOCK_PROBLEM)) {
        let list = index.get(id);
        if (!list) index.set(id, (list = []));
        list.push(r);
      }
    }
    let merged = 0;
    const bySize = roots.slice().sort((a, b) => (groups.get(a)?.members.length ?? 1) - (groups.get(b)?.members.length ?? 1) || a - b);
    for (const r0 of bySize) {
      const r = find(r0);
      const g = groupOf(r);
      let best = -1;
      let bestScore = joinAt;
      const tried = new Set<number>();
      for (const id of topIds(g.centroid, BLOCK_PROBLEM)) {
        for (const c0 of index.get(id) ?? []) {
          const c = find(c0);
          if (c === r || tried.has(c)) continue;
          tried.add(c);
          const h = groupOf(c);
          if (h.first - g.last > maxGap || g.first - h.last > maxGap || !compatible(g, h)) continue;
          // Without a shared proper name or place a group is only a theme (公积金, 地铁).
          if (!sharesSpecific(g, h)) continue;
          const score = mapCosine(g.centroid, h.centroid);
          if (score > bestScore || (score === bestScore && best >= 0 && c < best)) {
            best = c;
            bestScore = score;
          }
        }
      }
      if (best >= 0) {
        merge(r, best);
        merged++;
      }
    }
    if (!merged) break;
  }

  // Pass 3: one place, one problem, however it is worded. Groups (and single requests) that
  // name the same place are one matter when their problems are alike at a lower bar than
  // strangers need: the shared place already says much (魅力之城 油烟扰民 / 底层商铺噪音 /
  // 夜宵摊污染空气). Two problems at one place still differ in their problem words.
  const placeJoin = opts.placeJoinThreshold ?? SITE_JOIN;
  const roadJoin = opts.roadJoinThreshold ?? ROAD_JOIN;
  // Where a group is: its places, and its sites with their kind (丽园小区).
  const whereOf = (g: Group) => (g.sites.size ? new Set([...g.places, ...g.sites]) : g.places);
  {
    const roots = [...new Set(prepared.map((_, i) => find(i)))];
    const byKey = new Map<string, number[]>();
    for (const r of roots) {
      const keys = new Set<string>();
      for (const name of whereOf(groupOf(r))) if (!/\d/.test(name)) for (const k of placeKeys(name)) keys.add(k);
      for (const k of keys) {
        let list = byKey.get(k);
        if (!list) byKey.set(k, (list = []));
        list.push(r);
      }
    }
    // Half what the titles say the matter is, half the title with the opening.
    const placeSim = (g: Group, h: Group) => 0.5 * mapCosine(g.title, h.title) + 0.5 * mapCosine(g.lead, h.lead);
    const cands: { a: number; b: number; s: number }[] = [];
    const tried = new Set<string>();
    for (const list of byKey.values()) {
      if (list.length < 2 || list.length > 400) continue;
      for (let x = 0; x < list.length; x++) {
        for (let y = x + 1; y < list.length; y++) {
          const [a, b] = list[x] < list[y] ? [list[x], list[y]] : [list[y], list[x]];
          const key = `${a}:${b}`;
          if (tried.has(key)) continue;
          tried.add(key);
          const g = groupOf(a);
          const h = groupOf(b);
          if (h.first - g.last > maxGap || g.first - h.last > maxGap || !compatible(g, h) || !closePlaces(whereOf(g), whereOf(h))) continue;
          const sc = placeSim(g, h);
          const bar = closePlaces(g.sites, h.sites) ? placeJoin : roadJoin;
          if (sc >= bar) cands.push({ a, b, s: sc });
        }
      }
    }
    cands.sort((x, y) => y.s - x.s || x.a - y.a || x.b - y.b);
    for (const c of cands) {
      const ra = find(c.a);
      const rb = find(c.b);
      if (ra === rb) continue;
      const g = groupOf(ra);
      const h = groupOf(rb);
      if (!compatible(g, h) || placeSim(g, h) < (closePlaces(g.sites, h.sites) ? placeJoin : roadJoin)) continue;
      merge(ra, rb);
    }
  }

  const now = opts.now ?? new Date(prepared[n - 1].t);
  const topics: HotTopic[] = [];
  const roots = minSize <= 1 ? [...new Set(prepared.map((_, i) => find(i)))] : [...groups.keys()];
  for (const r of roots) {
    const members = groups.get(r)?.members ?? [r];
    if (members.length < minSize) continue;
    members.sort((a, b) => a - b);
    topics.push(describe(members.map((m) => prepared[m]), now, opts.halfLifeDays, isPlace));
  }
  topics.sort((a, b) => b.heat - a.heat || b.size - a.size || a.first.getTime() - b.first.getTime() || String(a.items[0]).localeCompare(String(b.items[0])));
  return opts.limit != null ? topics.slice(0, opts.limit) : topics;
}

/** Keys under which a place name is indexed: its character trigrams (two-character names whole). */
function placeKeys(name: string): string[] {
  // Two characters (人民, 星沙) name too many places to vouch for one.
  if (name.length <= 2) return [];
  const out: string[] = [];
  for (let i = 0; i + 3 <= name.length; i++) out.push(name.slice(i, i + 3));
  return out;
}

/** Term ids of a centroid's heaviest words. */
function topIds(centroid: Map<number, number>, k: number): number[] {
  return [...centroid]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, k)
    .map((e) => e[0]);
}

function pairScore(a: Prepared, b: Prepared): number {
  if (disjoint(a.districts, b.districts) || differentPlaces(a.places, b.places)) return 0;
  const text = 0.5 * dot(a.problem, b.problem) + 0.5 * containment(a.head, b.head, a.headSum, b.headSum);
  return 0.85 * text + 0.15 * placeOverlap(a.places, b.places);
}

function describe(ps: Prepared[], now: Date, halfLifeDays: number | undefined, isPlace: (w: string) => boolean): HotTopic {
  const size = ps.length;
  const first = new Date(ps[0].t);
  const last = new Date(ps[size - 1].t);
  const callerKeys = new Set(ps.map((p) => (p.item.caller ? `c:${p.item.caller}` : `i:${p.index}`)));
  const supports = ps.reduce((s, p) => s + Math.max(0, p.item.supports ?? 0), 0);
  const span = last.getTime() - first.getTime();
  let growth = 1;
  if (span >= DAY) {
    const third = span / 3;
    const early = ps.filter((p) => p.t - first.getTime() <= third).length;
    const late = ps.filter((p) => last.getTime() - p.t <= third).length;
    growth = Math.round(((late + 1) / (early + 1)) * 100) / 100;
  }
  const perDay = Math.round((size / Math.max(1, span / DAY)) * 100) / 100;
  const quietDays = Math.round(((now.getTime() - last.getTime()) / DAY) * 10) / 10;

  // Words: coverage (share of requests that have the word) × mean weight where present.
  const stats = new Map<string, { n: number; w: number }>();
  for (const p of ps) {
    for (const [w, weight] of p.words) {
      if (!p.a.real.has(w)) continue; // bigrams help matching, not reading
      const s = stats.get(w) ?? { n: 0, w: 0 };
      s.n++;
      s.w += weight;
      stats.set(w, s);
    }
  }
  const ranked = [...stats]
    .map(([w, s]) => ({ w, cover: s.n / size, score: (s.n / size) * (s.w / s.n) }))
    .sort((a, b) => b.score - a.score || (a.w < b.w ? -1 : 1));
  const keywords = ranked.slice(0, 8).map((r) => r.w);

  // The representative request: the one whose words best cover the group's words.
  let rep = ps[0];
  let repScore = -1;
  for (const p of ps) {
    let s = 0;
    for (const r of ranked.slice(0, 12)) if (p.words.has(r.w)) s += r.score;
    if (s > repScore + 1e-9) {
      rep = p;
      repScore = s;
    }
  }

  // Place: the commonest district and place phrase.
  const district = commonest(ps.map((p) => [...p.a.districts.values()]), size);
  const phrase = commonest(ps.map((p) => [...p.a.phrases]), size);
  const placeParts = [district, phrase && !(district && phrase.startsWith(district)) ? phrase : null].filter((x): x is string => !!x);
  const place = placeParts.length ? placeParts.join(' ') : null;

  // Problem: up to 3 words most titles share (titles summarise; bodies digress), not place
  // words, in the order the representative request uses them; words that stand side by side
  // in most of the texts are joined ("58" + "车贷" → "58车贷", "施工" + "噪音" → "施工噪音").
  const placeText = (place ?? '').toLowerCase();
  const texts = ps.map((p) => p.a.text);
  const together = (x: string) => texts.filter((t) => t.includes(x)).length * 2 >= size;
  const headStats = new Map<string, { n: number; w: number }>();
  for (const p of ps) {
    for (const w of p.a.headTf.keys()) {
      const weight = p.words.get(w);
      if (weight === undefined || !p.a.real.has(w)) continue;
      const s = headStats.get(w) ?? { n: 0, w: 0 };
      s.n++;
      s.w += weight;
      headStats.set(w, s);
    }
  }
  const usableForLabel = (w: string) => !isPlace(w) && !GENERIC.has(w) && !placeText.includes(w) && !/^[\d.]+$/.test(w);
  const headRanked = [...headStats]
    .map(([w, s]) => ({ w, cover: s.n / size, score: (s.n / size) * (s.w / s.n) }))
    .sort((a, b) => b.score - a.score || (a.w < b.w ? -1 : 1));
  let problemWords = headRanked.filter((r) => r.cover >= 0.3 && usableForLabel(r.w)).slice(0, 3).map((r) => r.w);
  if (!problemWords.length) problemWords = ranked.filter((r) => r.cover >= 0.3 && usableForLabel(r.w)).slice(0, 3).map((r) => r.w);
  if (!problemWords.length && ranked.length) problemWords = [ranked[0].w];
  // A word inside another chosen word adds nothing (积金 in 公积金).
  problemWords = problemWords.filter((w) => !problemWords.some((o) => o !== w && o.includes(w)));
  const text = rep.a.text;
  const pos = (w: string) => {
    const i = text.indexOf(w);
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  problemWords.sort((a, b) => pos(a) - pos(b) || (a < b ? -1 : 1));
  const joined: string[] = [];
  for (const w of problemWords) {
    const prev = joined[joined.length - 1];
    if (prev && together(prev + w)) joined[joined.length - 1] = prev + w;
    else joined.push(w);
  }
  // A number or code most titles put before a word belongs to it: 车贷 → 58车贷.
  const widen = headRanked.filter((r) => r.cover >= 0.5 && /^[\da-z]+$/.test(r.w)).map((r) => r.w);
  for (let k = 0; k < joined.length; k++) {
    const before = widen.find((c) => !joined[k].includes(c) && together(c + joined[k]));
    if (before) joined[k] = before + joined[k];
  }
  const problem = joined.filter((w, k) => !joined.some((o, j) => j !== k && o.includes(w) && (o !== w || j < k))).join(' ');
  const label = [place, problem].filter(Boolean).join(' ');

  const t = { size, callers: callerKeys.size, supports, growth, quietDays };
  const members = ps.map((p) => ({ id: p.item.id, at: new Date(p.t), caller: p.item.caller ?? null, supports: Math.max(0, p.item.supports ?? 0) }));
  return {
    label,
    place,
    problem,
    size,
    callers: t.callers,
    supports,
    first,
    last,
    growth,
    perDay,
    quietDays,
    heat: heatOf(t, halfLifeDays),
    items: members.map((m) => m.id),
    members,
    keywords,
  };
}

/** The value most lists contain (at least 30% of `size`), ties to the shorter, then alphabetical. */
function commonest(lists: string[][], size: number): string | null {
  const counts = new Map<string, number>();
  for (const l of lists) for (const v of new Set(l)) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  let bestN = 0;
  for (const [v, c] of counts) {
    if (c > bestN || (c === bestN && best !== null && (v.length < best.length || (v.length === best.length && v < best)))) {
      best = v;
      bestN = c;
    }
  }
  return best !== null && bestN >= Math.max(1, 0.3 * size) ? best : null;
}

// ---------------------------------------------------------------------------------------------

export interface RisingTopic {
  topic: HotTopic;
  /** Requests in (now − windowDays, now]. */
  recent: number;
  /** Distinct callers among them. */
  recentCallers: number;
  /** Requests in (now − 2·windowDays, now − windowDays]. */
  previous: number;
  /** recent / max(previous, 1). */
  ratio: number;
}

export interface RisingOptions {
  /** Fewest recent requests for an alert (default 3). */
  minRecent?: number;
  /** Fewest distinct recent callers (default 2: one person reposting is not a trend). */
  minCallers?: number;
  /** recent must be at least this multiple of previous (default 2). */
  minRatio?: number;
}

/**
 * Topics growing fast enough to alert a supervisor. Rule: in the last `windowDays` before
 * `now` the topic got at least 3 requests from at least 2 distinct callers, and at least
 * twice as many as in the window before that (a topic new in this window qualifies with 3).
 * Sorted by recent − previous, then by heat.
 */
export function risingTopics(topics: readonly HotTopic[], now: Date, windowDays: number, opts: RisingOptions = {}): RisingTopic[] {
  const minRecent = opts.minRecent ?? 3;
  const minCallers = opts.minCallers ?? 2;
  const minRatio = opts.minRatio ?? 2;
  const end = now.getTime();
  const w = windowDays * DAY;
  const out: RisingTopic[] = [];
  for (const topic of topics) {
    let recent = 0;
    let previous = 0;
    const callers = new Set<string>();
    topic.members.forEach((m, k) => {
      const t = m.at.getTime();
      if (t > end) return;
      if (t > end - w) {
        recent++;
        callers.add(m.caller ? `c:${m.caller}` : `i:${k}`);
      } else if (t > end - 2 * w) previous++;
    });
    const ratio = Math.round((recent / Math.max(previous, 1)) * 100) / 100;
    if (recent >= minRecent && callers.size >= minCallers && recent >= minRatio * previous) {
      out.push({ topic, recent, recentCallers: callers.size, previous, ratio });
    }
  }
  return out.sort((a, b) => b.recent - b.previous - (a.recent - a.previous) || b.topic.heat - a.topic.heat);
}
