// Places in a request (text/places.ts): the district a text names (from the units tree), the place
// names a dispatcher compares two requests by (roads with their sections, communities, landmarks,
// house numbers on their compound), and the gazetteer a deployment learns from its own addresses.
// Every expectation below is read off the rule in places.ts' comments, by hand.

import { describe, expect, it } from 'vitest';
import { addressPlaces, findDistrict, findPlaces, placeGazetteer, type PlaceUnit } from '../../src/text/places.js';

const places = (text: string, address = false) => [...findPlaces(text, { address })].sort();
const sorted = (xs: string[]) => [...xs].sort();

describe('findDistrict: the short form of a district, and what a street belongs to', () => {
  const units: PlaceUnit[] = [
    { id: 1, name: '测试市热线中心', kind: 'center', parentId: null },
    { id: 2, name: '城市管理局', kind: 'department', parentId: 10 }, // a department under a district is not a place
    { id: 10, name: '东城区', kind: 'district', parentId: 1 },
    { id: 11, name: '望江街道', kind: 'street', parentId: 10 },
    { id: 12, name: '红星街道', kind: 'street', parentId: 1 }, // a street hung under the centre: no district
    { id: 13, name: '白沙街道', kind: 'street', parentId: 99 }, // its parent is not in the tree
    { id: 20, name: '南湖区', kind: 'district', parentId: 1 },
    { id: 30, name: '矿区', kind: 'district', parentId: 1 }, // 矿 alone (one character) is no short form
    { id: 40, name: '市中区', kind: 'district', parentId: 1 }, // short form 市中: only the final 区 goes
  ];

  it('a name whose short form would be one character is matched whole only', () => {
    expect(findDistrict('矿区医院门口积水', units)).toBe(30);
    expect(findDistrict('煤矿附近路面塌陷', units)).toBeNull();
  });

  it('the short form drops the suffix at the end of the name, not a suffix character inside it', () => {
    expect(findDistrict('家住市中，楼下烧烤油烟', units)).toBe(40);
  });

  it('a street names its district only when its parent is a district', () => {
    expect(findDistrict('望江街道路灯不亮', units)).toBe(10);
    expect(findDistrict('红星街道路灯不亮', units)).toBeNull();
    expect(findDistrict('白沙街道路灯不亮', units)).toBeNull();
    expect(findDistrict('城市管理局不作为', units)).toBeNull();
  });

  it('a unit that is no place, named first, does not hide the district named after it', () => {
    expect(findDistrict('城市管理局说东城区不归他们管', units)).toBe(10);
  });

  it('the earliest mention wins even over a longer name later', () => {
    // 东城 (bare, at 0) before 南湖区 (full, at 5).
    expect(findDistrict('东城这边和南湖区交界处', units)).toBe(10);
  });

  it('at the same place the longer name wins, whichever unit the tree lists first', () => {
    // 东城街道 is a street of 南湖区; 东城 is the short form of 东城区: both start at 0.
    const street: PlaceUnit = { id: 21, name: '东城街道', kind: 'street', parentId: 20 };
    const tree = [...units, street];
    expect(findDistrict('东城街道办事处门口积水', tree)).toBe(20);
    expect(findDistrict('东城街道办事处门口积水', [...tree].reverse())).toBe(20);
    // …and the same unit's full name and short name are one district whichever comes first.
    expect(findDistrict('东城区', [...units].reverse())).toBe(10);
  });
});

describe('placeGazetteer: the names a deployment knows', () => {
  it('keeps names of three characters or more with two Chinese characters, normalised and once', () => {
    const g = placeGazetteer([' 幸福里 ', '幸福里', '东门', 'k8县', 'ｋ９路', '解放西路', '幸福花园']);
    // 幸福里 (trimmed, once), 解放西路, 幸福花园: 东门 is too short, k8县 and ｋ９路 have one Chinese character.
    expect(g.size).toBe(3);
    expect(g.has('幸福里')).toBe(true);
    expect(g.has('东门')).toBe(false);
    expect(g.has('k8县')).toBe(false);
    expect(g.has('解放西路')).toBe(true);
  });

  it('a three-character name is long enough', () => {
    const g = placeGazetteer(['中和里']);
    expect(g.size).toBe(1);
    expect(g.find('中和里门口有垃圾')).toEqual(['中和里']);
  });

  it('finds every known name in a text, names sharing their first two characters included, at its start and end', () => {
    const g = placeGazetteer(['幸福里', '幸福花园', '解放西路', '人民路']);
    expect(sorted(g.find('幸福里和幸福花园之间的解放西路'))).toEqual(['幸福花园', '幸福里', '解放西路']);
    expect(g.find('从幸福花园到幸福里')).toEqual(['幸福花园', '幸福里']);
    expect(g.find('解放路井盖缺失')).toEqual([]);
  });

  it('is case-insensitive through normalisation (full-width letters too)', () => {
    const g = placeGazetteer(['ＡＢ路口']);
    expect(g.has('ab路口')).toBe(true);
    expect(g.has('AB路口')).toBe(true);
  });

  it('gives findPlaces the roads jieba cannot name (解放/西路: a verb before the suffix)', () => {
    expect(places('解放西路井盖缺失')).toEqual([]);
    expect([...findPlaces('解放西路井盖缺失', { gazetteer: placeGazetteer(['解放西路']) })]).toEqual(['解放西路']);
  });
});

describe('findPlaces: roads and their sections', () => {
  it('星沙大道北段 is a road with its section', () => {
    expect(places('星沙大道北段井盖缺失')).toEqual(['星沙大道', '星沙大道北段']);
  });

  it('a road ending in 路 with a section (人民路三段), and a road and its house number', () => {
    expect(places('人民路三段18号门口')).toEqual(['人民路', '人民路三段', '人民路三段18号']);
    expect(places('滨河路18号')).toEqual(['滨河路', '滨河路18号']);
  });

  it('a road named alone has no section added', () => {
    expect(places('芙蓉大道')).toEqual(['芙蓉大道']);
    expect(places('五一大道路面破损')).toEqual(['五一大道']);
  });

  it('a road word is its own name when it has two characters before the suffix (东门街道 / 建设路)', () => {
    expect(places('东门街道建设路井盖缺失')).toEqual(['东门街道', '建设路']);
    // The district or city before it is not part of the road's name.
    expect(places('芙蓉区建设路井盖缺失')).toEqual(['建设路']);
    expect(places('长沙市建设路')).toEqual(['建设路']);
  });

  it('joins a one-character word to the word before it (万家/丽/中路)', () => {
    expect(places('万家丽中路积水')).toEqual(['万家丽中路']);
  });

  it('a pointing word is not a place name: 这条路, 该路段, 那个小区, 一条路', () => {
    for (const t of ['这条路的井盖不见了', '该路段积水', '那个小区停水', '一条路']) expect(places(t)).toEqual([]);
  });

  it('a suffix with less than two characters of name before it is no place (我们/村)', () => {
    expect(places('我们村停水三天了')).toEqual([]);
  });

  it('an ordinary word ending in a suffix is no place, whatever word comes before it (时候/修路, 回家/迷路, 张伟/知道)', () => {
    expect(places('人民路什么时候修路')).toEqual(['人民路']);
    expect(places('孩子放学回家迷路了')).toEqual([]);
    expect(places('张伟知道这件事')).toEqual([]);
    expect(places('王大爷家里漏水')).toEqual([]);
  });

  it('coded place names of masked data, with several letters and digits', () => {
    expect(places('KS12区停水')).toEqual(['ks12区']);
    expect(places('a13区停电')).toEqual(['a13区']);
  });
});

describe('findPlaces: 大道, 道 and 里 end ordinary words too', () => {
  it('大道 after a name is a road, after an idiom word it is not (人间大道, 通天大道)', () => {
    expect(places('芙蓉大道北段')).toEqual(['芙蓉大道', '芙蓉大道北段']);
    expect(places('人间大道')).toEqual([]);
    expect(places('通天大道')).toEqual([]);
  });

  it('道 and 里 after a proper name are a road or a lane (南京道, 和平里); after an ordinary word they are not (院子里)', () => {
    expect(places('和平区南京道井盖缺失')).toEqual(['南京道']);
    expect(places('和平里')).toEqual(['和平里']);
    expect(places('院子里堆满垃圾')).toEqual([]);
    expect(places('我知道这里有问题')).toEqual([]);
  });

  it('a one-word name with a weak suffix (中和里) is a place in a text only with a number or a section after it', () => {
    expect(places('中和里门口有垃圾')).toEqual([]);
    expect(places('中和里18号门口垃圾')).toEqual(['中和里', '中和里18号']);
    expect(places('中和里3栋')).toEqual(['中和里', '中和里3栋']);
    // 康庄大道 with nothing after it is the idiom.
    expect(places('走上康庄大道')).toEqual([]);
  });

  it('in an address field a name with a weak suffix is a place (中和里, 幸福里)', () => {
    expect(places('中和里', true)).toEqual(['中和里']);
    expect(places('幸福里小区门口积水', true)).toEqual(['幸福里', '幸福里小区']);
    // In a text, 幸福 (an adjective) + 里 is no lane of its own; the community is.
    expect(places('幸福里小区门口积水')).toEqual(['幸福里小区']);
  });
});

describe('findPlaces: house numbers', () => {
  it('a building number attaches to its compound (金桂花园3栋), and the number alone is not a place', () => {
    expect(places('我家住在金桂花园3栋')).toEqual(['金桂花园', '金桂花园3栋']);
    // 18号 alone would be shared by every road's number 18.
    expect(places('金桂花园18号门口')).toEqual(['金桂花园', '金桂花园18号']);
    expect(places('东风新村3栋2单元')).toEqual(['东风新村', '东风新村3栋', '东风新村3栋2单元']);
  });

  it('a number with nothing named before it stands alone', () => {
    expect(places('18号楼下面漏水')).toEqual(['18号楼']);
  });

  it('a building part without a number or a name is no place, and does not break on the first word', () => {
    expect(places('楼')).toEqual([]);
  });
});

describe('addressPlaces: the names an address gives the gazetteer', () => {
  it('its roads, sections and communities, without house numbers', () => {
    expect(sorted(addressPlaces('芙蓉区星沙大道北段18号金桂花园3栋'))).toEqual(['星沙大道', '星沙大道北段', '金桂花园']);
  });

  it('reads the address as an address (幸福里 is a lane there)', () => {
    expect(sorted(addressPlaces('幸福里小区3栋'))).toEqual(['幸福里', '幸福里小区']);
  });
});
