// Similar requests: the same matter is the same problem at the same place. A small hand-written
// set: for each matter, a repost (the same text again), a paraphrase (another citizen's words
// about the same thing), the same problem somewhere else (in the same district and in another
// one), and another problem at the same place.

import { describe, expect, it } from 'vitest';
import { profile, similarity, type SimilarityInput } from '../../src/text/similarity.js';
import { addUserWords, placeWords } from '../../src/text/segment.js';

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
