// Similar requests: the same matter is the same problem at the same place. A small hand-written
// set: for each matter, a repost (the same text again), a paraphrase (another citizen's words
// about the same thing), the same problem somewhere else (in the same district and in another
// one), and another problem at the same place.

import { describe, expect, it } from 'vitest';
import { placeGazetteer } from '../../src/text/places.js';
import { candidateQuery, meaningTerms, profile, similarity, type Profile, type SimilarityInput } from '../../src/text/similarity.js';
import { addUserWords, keywords, placeWords } from '../../src/text/segment.js';
import { curatedSynonyms, SynonymLexicon } from '../../src/text/synonyms.js';

// As the server does with the units tree: place names stay whole words.
addUserWords(placeWords(['东城区', '南湖区', '东门街道', '西门街道', '湖滨街道']));

const EAST = 1; // 东城区
const SOUTH = 2; // 南湖区
const NOW = new Date('2026-03-10T10:00:00+08:00');
const daysAgo = (n: number) => new Date(NOW.getTime() - n * 86_400_000);

interface Matter {
  base: SimilarityInput;
  repost: SimilarityInput;
  paraphrase: SimilarityInput;
  elsewhere: SimilarityInput; // the same problem at another place in the same district
  otherDistrict: SimilarityInput; // the same problem in another district
  otherProblem: SimilarityInput; // a different problem at the same place
}

const MATTERS: Record<string, Matter> = {
  工地夜间施工噪音: {
    base: {
      title: '建设路地铁工地夜间施工噪音扰民',
      content: '东门街道建设路与人民路交叉口的地铁工地每天晚上十一点以后还在打桩施工，噪音很大，附近居民无法入睡。',
      address: '东门街道建设路',
      districtId: EAST,
      createdAt: NOW,
    },
    repost: {
      title: '建设路地铁工地夜间施工噪音扰民',
      content: '东门街道建设路与人民路交叉口的地铁工地每天晚上十一点以后还在打桩施工，噪音很大，附近居民无法入睡。',
      address: '东门街道建设路',
      districtId: EAST,
      createdAt: daysAgo(1),
    },
    paraphrase: {
      title: '建设路人民路口地铁工地半夜打桩噪音',
      content: '建设路人民路路口的地铁工地半夜还在打桩，噪音吵得孩子睡不着，夜间施工有没有审批？请管一管。',
      address: '东门街道建设路',
      districtId: EAST,
      createdAt: daysAgo(2),
    },
    elsewhere: {
      title: '解放路商场工地夜间施工噪音扰民',
      content: '西门街道解放路的商场工地每天晚上十一点以后还在打桩施工，噪音很大，附近居民无法入睡。',
      address: '西门街道解放路',
      districtId: EAST,
      createdAt: daysAgo(1),
    },
    otherDistrict: {
      title: '湖滨路商场工地夜间施工噪音扰民',
      content: '湖滨街道湖滨路的商场工地每天晚上十一点以后还在打桩施工，噪音很大，附近居民无法入睡。',
      address: '南湖区湖滨路',
      districtId: SOUTH,
      createdAt: daysAgo(1),
    },
    otherProblem: {
      title: '建设路地铁工地渣土车撒漏',
      content: '东门街道建设路与人民路交叉口的地铁工地运输渣土的车辆沿路撒漏泥土，路面脏乱，下雨满地泥浆。',
      address: '东门街道建设路',
      districtId: EAST,
      createdAt: daysAgo(1),
    },
  },
  道路积水: {
    base: {
      title: '金桂花园南门滨河路积水',
      content: '金桂花园南门外的滨河路每逢下雨就大面积积水，积水深达半米，居民出行困难，请尽快疏通排水管道。',
      address: '滨河路18号金桂花园',
      districtId: EAST,
      createdAt: NOW,
    },
    repost: {
      title: '金桂花园南门滨河路积水',
      content: '金桂花园南门外的滨河路每逢下雨就大面积积水，积水深达半米，居民出行困难，请尽快疏通排水管道。',
      address: '滨河路18号金桂花园',
      districtId: EAST,
      createdAt: daysAgo(2),
    },
    paraphrase: {
      title: '滨河路金桂花园门口下雨积水严重',
      content: '一下雨金桂花园南门滨河路上就积水，路人只能蹚水走，应该是排水管道堵塞了，希望尽快疏通。',
      address: '滨河路金桂花园南门',
      districtId: EAST,
      createdAt: daysAgo(5),
    },
    elsewhere: {
      title: '翠湖苑北门长江路积水',
      content: '翠湖苑北门外的长江路每逢下雨就大面积积水，居民出行困难，请尽快疏通排水管道。',
      address: '长江路66号翠湖苑',
      districtId: EAST,
      createdAt: daysAgo(3),
    },
    otherDistrict: {
      title: '翠湖苑北门长江路积水',
      content: '翠湖苑北门外的长江路每逢下雨就大面积积水，居民出行困难，请尽快疏通排水管道。',
      address: '南湖区长江路66号翠湖苑',
      districtId: SOUTH,
      createdAt: daysAgo(3),
    },
    otherProblem: {
      title: '金桂花园物业乱收停车费',
      content: '金桂花园物业擅自上调停车费，每月从150元涨到300元，没有经过业主大会表决，要求查处。',
      address: '滨河路18号金桂花园',
      districtId: EAST,
      createdAt: daysAgo(4),
    },
  },
  拖欠农民工工资: {
    base: {
      title: '恒达建筑拖欠幸福里三期农民工工资',
      content: '我们在恒达建筑公司承建的幸福里三期项目干活，老板拖欠二十多名农民工工资共计四十万元，已经三个月没发了。',
      districtId: EAST,
      createdAt: NOW,
    },
    repost: {
      title: '恒达建筑拖欠幸福里三期农民工工资',
      content: '我们在恒达建筑公司承建的幸福里三期项目干活，老板拖欠二十多名农民工工资共计四十万元，已经三个月没发了。',
      districtId: EAST,
      createdAt: daysAgo(1),
    },
    paraphrase: {
      title: '幸福里三期工地拖欠工资',
      content: '幸福里三期工地的恒达建筑公司到现在还拖欠我们农民工四十万工资，讨了几次都说没钱，快过年了请帮帮我们。',
      districtId: EAST,
      createdAt: daysAgo(6),
    },
    elsewhere: {
      title: '宏远装饰拖欠阳光城项目农民工工资',
      content: '我们在宏远装饰公司承建的阳光城商场装修项目干活，老板拖欠十多名农民工工资共计二十万元，已经两个月没发了。',
      districtId: EAST,
      createdAt: daysAgo(1),
    },
    otherDistrict: {
      title: '宏远装饰拖欠阳光城项目农民工工资',
      content: '我们在宏远装饰公司承建的阳光城商场装修项目干活，老板拖欠十多名农民工工资共计二十万元，已经两个月没发了。',
      districtId: SOUTH,
      createdAt: daysAgo(1),
    },
    otherProblem: {
      title: '幸福里三期工地扬尘严重',
      content: '恒达建筑公司承建的幸福里三期项目工地没有覆盖防尘网，刮风时尘土飞扬，周边居民家里全是灰。',
      districtId: EAST,
      createdAt: daysAgo(1),
    },
  },
};

const score = (a: SimilarityInput, b: SimilarityInput) => similarity(profile(a), profile(b));

describe.each(Object.entries(MATTERS))('%s', (_name, m) => {
  const s = {
    repost: score(m.base, m.repost),
    paraphrase: score(m.base, m.paraphrase),
    elsewhere: score(m.base, m.elsewhere),
    otherDistrict: score(m.base, m.otherDistrict),
    otherProblem: score(m.base, m.otherProblem),
  };

  it('a repost scores highest, near 1', () => {
    expect(s.repost.score).toBeGreaterThanOrEqual(0.75);
    for (const other of [s.paraphrase, s.elsewhere, s.otherDistrict, s.otherProblem]) expect(s.repost.score).toBeGreaterThan(other.score);
  });

  it('a paraphrase of the same matter beats the same problem elsewhere and another problem at the same place', () => {
    expect(s.paraphrase.score).toBeGreaterThan(s.elsewhere.score);
    expect(s.paraphrase.score).toBeGreaterThan(s.otherDistrict.score);
    expect(s.paraphrase.score).toBeGreaterThan(s.otherProblem.score);
    // The same text in another district is another matter: it scores below the same text in the same district.
    expect(s.otherDistrict.score).toBeLessThan(s.elsewhere.score);
  });

  it('reports the shared words, and the shared places when the texts name one', () => {
    expect(s.repost.sharedWords.length).toBeGreaterThan(0);
    expect(s.repost.sharedWords.length).toBeLessThanOrEqual(8);
    expect(s.paraphrase.sharedWords.length).toBeGreaterThan(0);
    const base = profile(m.base);
    for (const w of s.paraphrase.sharedWords) expect(base.terms.has(w)).toBe(true);
    for (const p of s.paraphrase.sharedPlaces) expect(base.places.has(p)).toBe(true);
  });

  it('is symmetric in its score and stays within [0, 1] for every pair', () => {
    const all = [m.base, m.repost, m.paraphrase, m.elsewhere, m.otherDistrict, m.otherProblem];
    for (const a of all) {
      for (const b of all) {
        const x = score(a, b);
        expect(x.score).toBeGreaterThanOrEqual(0);
        expect(x.score).toBeLessThanOrEqual(1);
        for (const part of [x.text, x.place, x.time]) {
          expect(Number.isFinite(part)).toBe(true);
          expect(part).toBeGreaterThanOrEqual(0);
          expect(part).toBeLessThanOrEqual(1 + 1e-9);
        }
        expect(score(b, a).score).toBeCloseTo(x.score, 3);
      }
    }
  });
});

describe('what is shared', () => {
  it('names the street and the problem words two reports of the night works share', () => {
    const m = MATTERS['工地夜间施工噪音'];
    const s = score(m.base, m.paraphrase);
    expect(s.sharedPlaces).toEqual(expect.arrayContaining(['建设路']));
    expect(s.sharedWords).toEqual(expect.arrayContaining(['噪音', '打桩']));
    expect(s.place).toBeGreaterThan(0.5);
    // The works elsewhere share the problem words but not the place.
    const e = score(m.base, m.elsewhere);
    expect(e.sharedWords).toEqual(expect.arrayContaining(['噪音']));
    expect(e.sharedPlaces).not.toContain('建设路');
    expect(e.place).toBeLessThan(s.place);
  });

  it('names the road, house number and community of a flooded entrance', () => {
    const m = MATTERS['道路积水'];
    // The house number on its road: 18号 alone would be shared by every road's number 18.
    expect(score(m.base, m.repost).sharedPlaces).toEqual(expect.arrayContaining(['滨河路', '滨河路18号', '金桂花园']));
    expect(score(m.base, m.otherProblem).sharedPlaces).toEqual(expect.arrayContaining(['滨河路']));
    expect(score(m.base, m.elsewhere).sharedPlaces).not.toContain('滨河路');
  });

  it('recognises coded place names of the kind masked data uses (K8县, A3区)', () => {
    const a = profile({ title: 'K8县春华镇金鼎村自来水停水', content: 'K8县春华镇金鼎村已经停水三天，村民生活用水困难。' });
    const b = profile({ title: '金鼎村停水', content: 'k8县春华镇金鼎村停水好几天了，请尽快恢复供水。' });
    expect(a.places.has('k8县')).toBe(true);
    const s = similarity(a, b);
    expect(s.sharedPlaces).toEqual(expect.arrayContaining(['k8县']));
  });

  it('gives a text without keywords a finite, low score instead of NaN', () => {
    const empty = profile({ content: '。。。' });
    const s = similarity(empty, profile(MATTERS['道路积水'].base));
    expect(Number.isFinite(s.score)).toBe(true);
    expect(s.text).toBe(0);
    expect(s.score).toBeLessThan(0.2);
    expect(s.sharedWords).toEqual([]);
  });

  it('weighs time: the same report a year apart scores below the same report a day apart', () => {
    const m = MATTERS['拖欠农民工工资'];
    const near = score(m.base, m.repost);
    const far = score(m.base, { ...m.repost, createdAt: daysAgo(365) });
    expect(far.score).toBeLessThan(near.score);
    expect(far.time).toBeLessThan(0.01);
  });
});

describe('known weakness: generic words taken for places', () => {
  // "小区", "花园", "道路", "排水管道" end with a place suffix (区, 园, 路, 道), so two
  // communities' flooded entrances share four "places" although no real place is shared; the
  // place score of the same problem elsewhere then beats a paraphrase of the same matter.
  // See the report: src/text/similarity.ts PLACE_SUFFIX. Flip to `it` once fixed.
  const base: SimilarityInput = {
    title: '金桂花园小区门口道路积水',
    content: '金桂花园小区南门外的滨河路每逢下雨就大面积积水，积水深达半米，居民出行困难，请尽快疏通排水管道。',
    address: '东城区滨河路18号金桂花园',
    districtId: EAST,
    createdAt: NOW,
  };
  const paraphrase: SimilarityInput = {
    title: '滨河路金桂花园门口下雨积水严重',
    content: '一下雨金桂花园小区南门滨河路上就积满了水，路人只能蹚水走，排水管道堵塞了，希望相关部门疏通排水。',
    address: '滨河路金桂花园南门',
    districtId: EAST,
    createdAt: daysAgo(5),
  };
  const elsewhere: SimilarityInput = {
    title: '翠湖苑小区门口道路积水',
    content: '翠湖苑小区北门外的长江路每逢下雨就大面积积水，居民出行困难，请尽快疏通排水管道。',
    address: '东城区长江路66号翠湖苑',
    districtId: EAST,
    createdAt: daysAgo(3),
  };

  it('finds the real place', () => {
    expect(profile(base).places.has('滨河路')).toBe(true);
  });

  it('generic words are not places', () => {
    expect([...profile(base).places].filter((w) => ['小区', '花园', '道路', '排水管道'].includes(w))).toEqual([]);
  });

  it('the same matter in other words beats the same problem at another community of the district', () => {
    expect(score(base, paraphrase).score).toBeGreaterThan(score(base, elsewhere).score);
  });
});

// ── The score by hand ────────────────────────────────────────────────────────────────────────
// Profiles written out (words and weights, places, district, date), so that each part of the score
// can be worked out on paper: text = cosine of the weights; place = 0.3·same district + 0.7·(shared
// places / all places), 0 in different districts; time = e^(−days/30); score = 0.6·text + 0.3·place
// + 0.1·time, or, when the places differ, 0.5·text·(0.8 + 0.2·time) + 0.1·place.

const prof = (terms: Record<string, number>, places: string[], districtId: number | null, createdAt = NOW): Profile => ({
  terms: new Map(Object.entries(terms)),
  places: new Set(places),
  districtId,
  createdAt,
});

describe('similarity, worked out by hand', () => {
  it('the same words at the same places on the same day score 1', () => {
    const a = prof({ 井盖: 3, 缺失: 4 }, ['星沙大道', '星沙大道北段'], EAST);
    const s = similarity(a, prof({ 井盖: 3, 缺失: 4 }, ['星沙大道', '星沙大道北段'], EAST));
    expect(s.text).toBeCloseTo(1, 9);
    expect(s.place).toBe(1);
    expect(s.time).toBe(1);
    expect(s.score).toBe(1);
    expect(s.otherPlace).toBe(false);
    expect(s.sharedWords).toEqual(['井盖', '缺失']);
    expect(s.sharedPlaces).toEqual(['星沙大道', '星沙大道北段']);
  });

  it('one word of two, one place of two, a month apart', () => {
    // text = 3·3 / (√(3²+4²)·3) = 9/15 = 0.6; place = 0.3 + 0.7·1/2 = 0.65; time = e^−1 ≈ 0.36788;
    // score = 0.36 + 0.195 + 0.036788 = 0.591788 → 0.592.
    const s = similarity(prof({ 井盖: 3, 缺失: 4 }, ['星沙大道', '星沙大道北段'], EAST), prof({ 井盖: 3 }, ['星沙大道'], EAST, daysAgo(30)));
    expect(s.text).toBeCloseTo(0.6, 9);
    expect(s.place).toBeCloseTo(0.65, 9);
    expect(s.time).toBeCloseTo(0.36788, 5);
    expect(s.score).toBe(0.592);
    expect(s.otherPlace).toBe(false);
    expect(s.sharedWords).toEqual(['井盖']);
    expect(s.sharedPlaces).toEqual(['星沙大道']);
  });

  it('the same words on another road of the district: another place, the text discounted', () => {
    // place = 0.3 (same district, nothing shared); time = e^−1;
    // score = 0.5·1·(0.8 + 0.2·0.36788) + 0.1·0.3 = 0.436788 + 0.03 = 0.466788 → 0.467.
    const s = similarity(prof({ 井盖: 1 }, ['星沙大道'], EAST), prof({ 井盖: 1 }, ['芙蓉大道'], EAST, daysAgo(30)));
    expect(s.otherPlace).toBe(true);
    expect(s.place).toBeCloseTo(0.3, 9);
    expect(s.score).toBe(0.467);
  });

  it('the same road named in another district is another place, with no place score', () => {
    // score = 0.5·1·(0.8 + 0.2·1) + 0 = 0.5.
    const s = similarity(prof({ 井盖: 1 }, ['星沙大道'], EAST), prof({ 井盖: 1 }, ['星沙大道'], SOUTH));
    expect(s.otherPlace).toBe(true);
    expect(s.place).toBe(0);
    expect(s.score).toBe(0.5);
  });

  it('a district known on one side only is neither the same nor another district', () => {
    // place = 0.7·1 = 0.7; score = 0.6 + 0.21 + 0.1 = 0.91.
    for (const [da, db] of [
      [EAST, null],
      [null, EAST],
      [null, null],
    ] as const) {
      const s = similarity(prof({ 井盖: 1 }, ['星沙大道'], da), prof({ 井盖: 1 }, ['星沙大道'], db));
      expect(s.otherPlace).toBe(false);
      expect(s.place).toBeCloseTo(0.7, 9);
      expect(s.score).toBe(0.91);
    }
  });

  it('a street (街道) shared says little: different roads in one street are different places', () => {
    const s = similarity(prof({ 井盖: 1 }, ['东门街道', '建设路'], EAST), prof({ 井盖: 1 }, ['东门街道', '人民路'], EAST));
    expect(s.otherPlace).toBe(true);
    expect(s.sharedPlaces).toEqual(['东门街道']);
    // …but a request naming only the street is not about another place than one naming a road in it.
    expect(similarity(prof({ 井盖: 1 }, ['东门街道'], EAST), prof({ 井盖: 1 }, ['东门街道', '建设路'], EAST)).otherPlace).toBe(false);
    expect(similarity(prof({ 井盖: 1 }, ['东门街道', '建设路'], EAST), prof({ 井盖: 1 }, ['东门街道'], EAST)).otherPlace).toBe(false);
  });

  it('a request that names no place is not about another place', () => {
    // place = 0.3 + 0.7·0/1 = 0.3; score = 0.6 + 0.09 + 0.1 = 0.79.
    const s = similarity(prof({ 井盖: 1 }, [], EAST), prof({ 井盖: 1 }, ['建设路'], EAST));
    expect(s.otherPlace).toBe(false);
    expect(s.score).toBe(0.79);
  });

  it('reports at most eight shared words, heaviest of the first request first, and only shared ones', () => {
    const words = '一 二 三 四 五 六 七 八 九 十'.split(' ').map((w) => `井盖${w}`);
    const a = prof(Object.fromEntries(words.map((w, i) => [w, 10 - i])), ['建设路'], EAST);
    const b = prof(Object.fromEntries(words.slice(1).map((w) => [w, 1])), ['建设路'], EAST);
    expect(similarity(a, b).sharedWords).toEqual(words.slice(1, 9));
  });

  it('words with nothing in common score no text similarity', () => {
    expect(similarity(prof({ 井盖: 1 }, ['建设路'], EAST), prof({ 路灯: 1 }, ['建设路'], EAST)).text).toBe(0);
  });
});

describe('the same road and the same problem in other words', () => {
  // The thresholds a repeat flag uses (app/repeats.ts): score ≥ 0.6, words ≥ 0.55 alike, a shared place, no other place.
  const at = (content: string) => profile({ content, districtId: EAST, createdAt: NOW });
  const missing = '星沙大道北段人行道上的井盖缺失，晚上路过很危险，请尽快补上。';

  it('井盖缺失 and 井盖不见了 at 星沙大道北段 are one matter', () => {
    const s = similarity(at(missing), at('星沙大道北段人行道上的井盖不见了，晚上路过很危险。'));
    expect(s.score).toBeGreaterThanOrEqual(0.6);
    expect(s.text).toBeGreaterThanOrEqual(0.55);
    expect(s.otherPlace).toBe(false);
    expect(s.sharedPlaces).toEqual(expect.arrayContaining(['星沙大道北段']));
    expect(s.sharedWords).toEqual(expect.arrayContaining(['井盖', '缺失']));
  });

  it('another problem on the same road is not: its words are not alike enough', () => {
    const s = similarity(at(missing), at('星沙大道北段人行道上的路灯坏了，晚上一片漆黑。'));
    expect(s.otherPlace).toBe(false);
    expect(s.text).toBeLessThan(0.55);
  });

  it('the same problem on another road is another place', () => {
    const s = similarity(at(missing), at('芙蓉大道北段人行道上的井盖缺失，晚上路过很危险。'));
    expect(s.otherPlace).toBe(true);
    expect(s.sharedPlaces).toEqual([]);
    expect(s.score).toBeLessThan(0.55);
  });

  it('"什么时候修路" on two roads shares no place (修路 is no road)', () => {
    const s = similarity(at('人民路坑坑洼洼，请问什么时候修路？'), at('建设路坑坑洼洼，请问什么时候修路？'));
    expect(s.sharedPlaces).toEqual([]);
    expect(s.otherPlace).toBe(true);
    expect(s.score).toBeLessThan(0.6);
  });
});

describe('meaningTerms: words by meaning', () => {
  it('a phrase jieba splits (不见/了) counts as its canonical word, with the weight of its heaviest part, and the part not again', () => {
    const text = '施工噪音影响休息';
    const kw = new Map(keywords(text, 20).map((k) => [k.keyword, k.weight]));
    const terms = meaningTerms(text);
    // 影响/休息 → 影响休息 → 扰民, weighted as the heavier of 影响 and 休息.
    expect(terms.get('扰民')).toBe(Math.max(kw.get('影响')!, kw.get('休息')!));
    expect(kw.get('休息')).not.toBe(kw.get('影响'));
    expect(terms.has('休息')).toBe(false);
    expect(terms.has('影响')).toBe(false);
    expect(terms.get('噪音')).toBe(kw.get('噪音'));
  });

  it('井盖不见了 and 井盖缺失 have the same words', () => {
    expect([...meaningTerms('井盖不见了').keys()].sort()).toEqual(['井盖', '缺失'].sort());
    expect([...meaningTerms('井盖缺失').keys()].sort()).toEqual(['井盖', '缺失'].sort());
  });

  it('丢失了 is 缺失 (a phrase of its own), not 丢失 (遗失, losing a thing) — unless 丢失 also stands alone', () => {
    expect([...meaningTerms('井盖丢失了').keys()].sort()).toEqual(['井盖', '缺失'].sort());
    const both = meaningTerms('井盖丢失了，路灯也丢失');
    expect(both.has('缺失')).toBe(true);
    expect(both.has('遗失')).toBe(true);
    // 影响 used up in 影响休息 (扰民) counts on its own where it also stands alone.
    const again = meaningTerms('施工噪音影响休息，也影响出行');
    expect(again.has('扰民')).toBe(true);
    expect(again.has('影响')).toBe(true);
  });

  it('a phrase the keyword extractor drops (很/吵) weighs the mean of the text’s keywords', () => {
    const terms = meaningTerms('楼下邻居很吵');
    expect([...terms.keys()].sort()).toEqual(['噪音', '楼下', '邻居'].sort());
    expect(terms.get('噪音')).toBeCloseTo((terms.get('楼下')! + terms.get('邻居')!) / 2, 9);
  });

  it('a lexicon word outside the top keywords still counts, with the mean keyword weight', () => {
    const terms = meaningTerms('井盖缺失', curatedSynonyms, 1);
    expect([...terms.keys()]).toEqual(['井盖', '缺失']);
    expect(terms.get('缺失')).toBe(terms.get('井盖'));
  });

  it('heaviest first, a phrase among the keywords included', () => {
    const terms = meaningTerms('星沙大道北段路灯坏了');
    expect(terms.has('损坏')).toBe(true);
    const weights = [...terms.values()];
    for (let i = 1; i < weights.length; i++) expect(weights[i]).toBeLessThanOrEqual(weights[i - 1]);
    for (const w of weights) expect(w).toBeGreaterThan(0);
  });
});

describe('profile: what is the matter and where', () => {
  it('leaves out the words that say who is asking: contact words, long numbers, the caller’s name', () => {
    const text = '我是李娜，联系电话13812345678，星沙大道北段井盖缺失';
    // Without a caller's name, her name is a keyword like any other.
    expect(profile({ content: text }).terms.has('李娜')).toBe(true);
    const p = profile({ content: text, callerName: '李娜' });
    expect(p.terms.has('井盖')).toBe(true);
    expect(p.terms.has('缺失')).toBe(true);
    for (const w of ['李娜', '13812345678', '联系电话']) expect(p.terms.has(w)).toBe(false);
    const q = profile({ content: '来电人手机号码15912345678，幸福里小区停水' });
    expect(q.terms.has('停水')).toBe(true);
    for (const w of ['来电', '手机号码', '15912345678']) expect(q.terms.has(w)).toBe(false);
    // A licence plate says what the matter is about, not who asks: kept.
    expect(profile({ content: '湘A12345的小车长期占用消防通道' }).terms.has('a12345')).toBe(true);
  });

  it('a word that is part of the caller’s name goes too; a one-character name is not looked for', () => {
    expect(profile({ content: '欧阳明反映星沙大道北段井盖缺失' }).terms.has('欧阳明')).toBe(true);
    const p = profile({ content: '欧阳明反映星沙大道北段井盖缺失', callerName: '欧阳明华' });
    expect(p.terms.has('欧阳明')).toBe(false);
    expect(p.terms.has('井盖')).toBe(true);
    expect(p.terms.has('北段')).toBe(true);
    const q = profile({ content: '王府井大街井盖缺失，我姓王', callerName: '王' });
    expect(q.terms.has('王府井大街')).toBe(true);
  });

  it('reads the address field as an address, and uses the deployment’s gazetteer for the text and the address', () => {
    expect(profile({ content: '门口积水', address: '幸福里' }).places.has('幸福里')).toBe(true);
    const gazetteer = placeGazetteer(['解放西路', '金鼎家园']);
    const p = profile({ content: '解放西路井盖缺失', address: '金鼎家园' }, { gazetteer });
    expect(p.places.has('解放西路')).toBe(true);
    expect(p.places.has('金鼎家园')).toBe(true);
    expect(profile({ content: '解放西路井盖缺失' }).places.has('解放西路')).toBe(false);
    expect(profile({ content: '门口积水', districtId: SOUTH }).districtId).toBe(SOUTH);
  });
});

describe('candidateQuery', () => {
  const lexicon = new SynonymLexicon([['缺失', '不见了']]);

  it('the heaviest words in every spelling of their group, and each place as the words a document holds', () => {
    const p = prof({ 井盖: 3, 缺失: 2, 路灯: 1 }, ['星沙大道北段'], EAST);
    // maxTerms 2: 路灯 is left out; 不见了 → 不见 (了 is a stopword); 星沙大道北段 → 星沙 & 大道 & 北段.
    expect(candidateQuery(p, lexicon, 2)).toBe("'井盖' | '缺失' | '不见' | ('星沙' & '大道' & '北段')");
  });

  it('is null when nothing is left to search', () => {
    expect(candidateQuery(prof({ 了: 1 }, [], EAST), lexicon)).toBeNull();
  });

  it('with placeRequired: one of the places AND one of the words (the same matter from anyone shares a place)', () => {
    const p = prof({ 井盖: 3, 缺失: 2 }, ['星沙大道北段', '望江街道'], EAST);
    expect(candidateQuery(p, lexicon, 12, { placeRequired: true })).toBe(
      // 望江街道 → 望江 & 街道, as the query side segments it.
      "(('星沙' & '大道' & '北段') | ('望江' & '街道')) & ('井盖' | '缺失' | '不见')",
    );
    // No place: no ticket can be the same matter, nothing to search; no word: nothing either.
    expect(candidateQuery(prof({ 井盖: 3 }, [], EAST), lexicon, 12, { placeRequired: true })).toBeNull();
    expect(candidateQuery(prof({ 了: 1 }, ['望江街道'], EAST), lexicon, 12, { placeRequired: true })).toBeNull();
  });
});
