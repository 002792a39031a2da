// Chinese segmentation for search: what a query becomes, how it reaches to_tsquery, how hits are
// shown, and which district a text names.

import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/store/db.js';
import { findDistrict, type PlaceUnit } from '../../src/text/places.js';
import { addUserWords, documentText, highlight, indexTokens, keywords, placeWords, queryTokens, tsQuery } from '../../src/text/segment.js';
import { snapshot, testDatabase } from '../helpers.js';

describe('queryTokens', () => {
  it('keeps numbers, Latin codes and Chinese words of a mixed query', () => {
    expect(queryTokens('12315 退款')).toEqual(expect.arrayContaining(['12315', '退款']));
    const k8 = queryTokens('K8县 噪音');
    expect(k8).toContain('噪音');
    expect(k8.join(' ')).toMatch(/k8/); // lower-cased, as the 'simple' tsvector stores it
    expect(k8.every((w) => w === w.toLowerCase())).toBe(true);
    expect(queryTokens('58车贷')).toEqual(expect.arrayContaining(['58', '车贷']));
  });

  it('normalises full-width letters and digits to the half-width, lower-case word', () => {
    expect(queryTokens('ＡＢＣ１２３')).toEqual(['abc123']);
    expect(queryTokens('ＡＢＣ１２３')).toEqual(queryTokens('abc123'));
    expect(queryTokens('１２３４５ 热线')).toEqual(queryTokens('12345 热线'));
  });

  it('gives no tokens for punctuation only, whitespace only, or stopwords only', () => {
    for (const q of ['，。！？、；：“”‘’（）【】《》…—', '!!! ??? ... ---', '   \t\n', "'", '\\', '"', '&|!():*<->', '我们 的 是 在 吗', '的了吗呢吧']) {
      expect(queryTokens(q), JSON.stringify(q)).toEqual([]);
    }
  });

  it('drops stopwords and repeats but keeps the words that narrow the search', () => {
    const words = queryTokens('我们小区的噪音，噪音，噪音！');
    expect(words).toContain('噪音');
    expect(words.filter((w) => w === '噪音')).toHaveLength(1);
    expect(words).not.toContain('的');
    expect(words).not.toContain('我们');
    for (const w of words) expect(w).toMatch(/[\p{L}\p{N}]/u);
  });

  it('indexes in search mode: a long word and its parts are both in the document', () => {
    const tokens = indexTokens('中华人民共和国');
    expect(tokens).toContain('中华人民共和国');
    expect(tokens).toContain('共和国');
    expect(indexTokens('')).toEqual([]);
    expect(indexTokens('，。！')).toEqual([]);
  });

  it('keywords are the distinctive words of a text, without stopwords', () => {
    const k = keywords('建设路地铁工地夜间施工噪音扰民，凌晨还在打桩，噪音很大。', 5).map((x) => x.keyword);
    expect(k.length).toBeGreaterThan(0);
    expect(k.length).toBeLessThanOrEqual(5);
    expect(k).toEqual(expect.arrayContaining(['噪音']));
    expect(k).not.toContain('的');
  });
});

describe('tsQuery', () => {
  it('requires every token (or any, with |) and is null without tokens', () => {
    expect(tsQuery([])).toBeNull();
    expect(tsQuery(['噪音', '工地'])).toBe("'噪音' & '工地'");
    expect(tsQuery(['噪音', '工地'], '|')).toBe("'噪音' | '工地'");
  });

  it('doubles quotes and backslashes inside each quoted term', () => {
    expect(tsQuery(["it's"])).toBe("'it''s'");
    expect(tsQuery(['a\\b'])).toBe("'a\\\\b'");
    expect(tsQuery(["'"])).toBe("''''");
    expect(tsQuery(['\\'])).toBe("'\\\\'");
  });

  describe('in the database', () => {
    let database: Database;
    beforeAll(async () => {
      database = await testDatabase();
    });
    afterAll(async () => {
      await database?.close();
    });

    const matches = async (doc: string, expr: string) => {
      const { rows } = await sql<{ m: boolean }>`SELECT to_tsvector('simple', ${doc}::text) @@ to_tsquery('simple', ${expr}::text) AS m`.execute(database.db);
      return rows[0].m;
    };

    it('a token with a quote or a backslash cannot break out of its term', async () => {
      const before = await snapshot(database);
      const evil = ["x' | 'y", "'); DROP TABLE tickets; --", "a'b", 'a\\', '\\', "\\'", "''", "x\\' | 'y", ':*', "x' & !'y"];
      for (const tok of evil) {
        const expr = tsQuery([tok]) as string;
        // Compiles (no syntax error) …
        await expect(sql`SELECT to_tsquery('simple', ${expr}::text)`.execute(database.db), tok).resolves.toBeDefined();
      }
      // … and stays one term: "x' | 'y" would match a document holding only x if the quote had closed the term.
      expect(await matches('x', tsQuery(["x' | 'y"]) as string)).toBe(false);
      expect(await matches('x y', tsQuery(["x' | 'y"]) as string)).toBe(true);
      expect(await matches('y', tsQuery(["x' & !'y"]) as string)).toBe(false);
      // A normal query still finds its document.
      expect(await matches(indexTokens('工地夜间施工噪音').join(' '), tsQuery(queryTokens('施工 噪音')) as string)).toBe(true);
      expect(await matches(indexTokens('工地夜间施工噪音').join(' '), tsQuery(queryTokens('施工 退款')) as string)).toBe(false);
      // Nothing ran but the queries: every table is still there, with the same rows.
      expect(await snapshot(database)).toEqual(before);
    });

    it('a compound word also finds its parts apart: 拖欠工资 finds 拖欠了三个月工资, not 拖欠 alone', async () => {
      const q = tsQuery(queryTokens('拖欠工资')) as string;
      expect(await matches(documentText('老板拖欠了三个月工资'), q)).toBe(true);
      expect(await matches(documentText('物业费拖欠三个月'), q)).toBe(false);
      // Any word (|): either one is enough.
      const any = tsQuery(['拖欠工资', '噪音'], '|') as string;
      expect(await matches(documentText('工地夜间噪音'), any)).toBe(true);
      expect(await matches(documentText('老板拖欠了三个月工资'), any)).toBe(false);
    });
  });
});

describe('highlight', () => {
  it('wraps every hit in <mark> and escapes the rest', () => {
    const out = highlight('<script>alert("x")</script>工地噪音 & 扰民，噪音不停', ['噪音'], 200);
    expect(out).toContain('<mark>噪音</mark>');
    expect(out.match(/<mark>噪音<\/mark>/g)).toHaveLength(2);
    expect(out).toContain('&lt;script&gt;');
    expect(out).toContain('&amp;');
    expect(out).toContain('&quot;x&quot;');
    expect(out).not.toContain('<script>');
    // Nothing but the marks is markup.
    expect(out.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
  });

  it('escapes a hit itself, and marks the longest term without overlapping marks', () => {
    expect(highlight('a<b>c', ['<b>'])).toBe('a<mark>&lt;b&gt;</mark>c');
    const out = highlight('东门街道的噪音', ['东门', '东门街道', '噪音']);
    expect(out).toBe('<mark>东门街道</mark>的<mark>噪音</mark>');
  });

  it('finds full-width and upper-case text by the normalised token and shows the original characters', () => {
    expect(highlight('ＡＢＣ１２３退款', ['abc123'])).toBe('<mark>ＡＢＣ１２３</mark>退款');
    expect(highlight('K8县噪音', queryTokens('k8县 噪音'))).toContain('<mark>噪音</mark>');
  });

  it('cuts a window around the first hit, with ellipses; without a hit, the beginning', () => {
    const long = '无关内容'.repeat(50) + '这里有噪音' + '其他内容'.repeat(50);
    const out = highlight(long, ['噪音'], 40);
    expect(out.startsWith('…')).toBe(true);
    expect(out.endsWith('…')).toBe(true);
    expect(out).toContain('<mark>噪音</mark>');
    expect(out.replace(/<\/?mark>/g, '').length).toBeLessThanOrEqual(42);
    const none = highlight('没有命中的文字<i>', ['噪音']);
    expect(none).toBe('没有命中的文字&lt;i&gt;');
    expect(highlight('', ['噪音'])).toBe('');
  });
});

describe('user words', () => {
  it('keep a street name whole in queries and documents, and its short form is a word too', () => {
    // Before: jieba does not know this street.
    expect(queryTokens('澜湾街道积水')).not.toContain('澜湾街道');
    const words = placeWords(['澜湾街道', '翠屏区', 'K8县', '市']);
    expect(words).toEqual(expect.arrayContaining(['澜湾街道', '澜湾', '翠屏区', '翠屏', 'K8县', 'K8']));
    expect(words).not.toContain(''); // '市' has no short form
    expect(addUserWords(words)).toBeGreaterThan(0);
    expect(addUserWords(words)).toBe(0); // already known
    expect(queryTokens('翠屏区澜湾街道办事处门口积水')).toEqual(expect.arrayContaining(['翠屏区', '澜湾街道', '积水']));
    const doc = indexTokens('翠屏区澜湾街道门口积水');
    expect(doc).toContain('澜湾街道');
    expect(doc).toContain('澜湾'); // search mode also indexes the short form, so "澜湾" finds it
  });

  it('ignores blanks, single characters and words with spaces', () => {
    expect(addUserWords(['', ' ', '区', 'a b'])).toBe(0);
  });
});

describe('findDistrict', () => {
  const units: PlaceUnit[] = [
    { id: 1, name: '测试市热线中心', kind: 'center', parentId: null },
    { id: 2, name: '测试市生态环境局', kind: 'department', parentId: 1 },
    { id: 10, name: '东城区', kind: 'district', parentId: 1 },
    { id: 11, name: '望江街道', kind: 'street', parentId: 10 },
    { id: 20, name: '南湖区', kind: 'district', parentId: 1 },
    { id: 21, name: '湖滨街道', kind: 'street', parentId: 20 },
    { id: 30, name: 'K8县', kind: 'district', parentId: 1 },
  ];

  it('finds a district by its name', () => {
    expect(findDistrict('南湖区人民路夜市噪音扰民', units)).toBe(20);
    expect(findDistrict('K8县春华镇自来水停水三天', units)).toBe(30);
  });

  it("finds a district by one of its streets' names", () => {
    expect(findDistrict('望江街道幸福小区路灯不亮', units)).toBe(10);
    expect(findDistrict('湖滨街道办事处门口积水', units)).toBe(20);
  });

  it("finds a district by the short form of its name, but not by a street's short form (too often ordinary words)", () => {
    expect(findDistrict('东城这边的菜市场占道经营', units)).toBe(10);
    expect(findDistrict('湖滨一带晚上有人飙车', units)).toBeNull();
  });

  it('takes the earliest mention, and the full name over the short one at the same place', () => {
    expect(findDistrict('我住南湖区，在东城区上班，单位附近施工噪音', units)).toBe(20);
    expect(findDistrict('我住东城区，在南湖区上班', units)).toBe(10);
    expect(findDistrict('望江街道和南湖区交界处', units)).toBe(10);
    expect(findDistrict('东城区', units)).toBe(10);
  });

  it('is null when no district is named, and departments or the centre are not places', () => {
    expect(findDistrict('', units)).toBeNull();
    expect(findDistrict('楼上邻居装修噪音', units)).toBeNull();
    expect(findDistrict('测试市生态环境局不作为', units)).toBeNull();
    expect(findDistrict('测试市热线中心电话打不通', units)).toBeNull();
  });
});

describe('indexing and querying see the same words', () => {
  it('a word jieba only guesses (没水) is in the document as in the query', () => {
    expect(queryTokens('没水')).toEqual(['没水']);
    expect(indexTokens('小区没水了')).toEqual(['小区', '没水', '了']);
  });

  it('a document’s text: its parts’ tokens, the parts kept apart, blanks and nulls left out', () => {
    // 热线12345 | 3号楼漏水: written together they would read 123453.
    expect(documentText('热线12345', null, undefined, '3号楼漏水')).toBe('热线 12345 3 号楼 漏水');
    expect(documentText(null, '')).toBe('');
  });
});

describe('tsQuery: compounds', () => {
  it('with &, a Chinese compound of three or more characters also matches its parts together', () => {
    expect(tsQuery(['拖欠工资'])).toBe("('拖欠工资' | ('拖欠' & '工资'))");
    expect(tsQuery(['拖欠工资', '噪音'])).toBe("('拖欠工资' | ('拖欠' & '工资')) & '噪音'");
    expect(tsQuery(['中华人民共和国'])).toBe("('中华人民共和国' | ('中华' & '华人' & '人民' & '共和' & '共和国'))");
  });

  it('with |, every token is one term', () => {
    expect(tsQuery(['拖欠工资', '噪音'], '|')).toBe("'拖欠工资' | '噪音'");
  });

  it('no loosening for a compound with a single part, nor for a token that is not all Chinese', () => {
    // 睡不着 → 不着 only: 不着 alone would match far too much.
    expect(tsQuery(['睡不着'])).toBe("'睡不着'");
    expect(tsQuery(['12345热线电话'])).toBe("'12345热线电话'");
    expect(tsQuery(['热线电话12345'])).toBe("'热线电话12345'");
    expect(tsQuery(['工资'])).toBe("'工资'");
  });
});

describe('highlight: the window and the marks', () => {
  const filler = (n: number) => '无关内容'.repeat(n);

  it('the window starts a quarter of its width before the earliest hit, whatever the order of the terms', () => {
    // 工地 at 100, 噪音 at 202; width 40 → characters 90–129.
    const text = filler(25) + '工地' + filler(25) + '噪音' + filler(25);
    const expected = '…内容' + filler(2) + '<mark>工地</mark>' + filler(7) + '…';
    expect(highlight(text, ['噪音', '工地'], 40)).toBe(expected);
    expect(highlight(text, ['工地', '噪音'], 40)).toBe(expected);
    // A term the text does not have changes nothing.
    expect(highlight(text, ['工地', '噪音', '天气'], 40)).toBe(expected);
    expect(highlight(text, ['天气', '工地', '噪音'], 40)).toBe(expected);
  });

  it('a hit at the very start starts the window there', () => {
    const text = '工地' + filler(50) + '噪音';
    for (const terms of [['工地', '噪音'], ['噪音', '工地']]) {
      expect(highlight(text, terms, 20)).toBe('<mark>工地</mark>' + filler(4) + '无关…');
    }
  });

  it('a hit that starts where the window ends is not marked', () => {
    expect(highlight('噪音abcdefgh噪音zz', ['噪音'], 10)).toBe('<mark>噪音</mark>abcdefgh…');
  });

  it('marks are in text order, a shorter term before or right next to a longer one included', () => {
    expect(highlight('噪音扰民，东门街道', ['东门街道', '噪音'])).toBe('<mark>噪音</mark>扰民，<mark>东门街道</mark>');
    expect(highlight('噪音东门街道', ['东门街道', '噪音'])).toBe('<mark>噪音</mark><mark>东门街道</mark>');
  });

  it('when normalising changes the length (㎡ → m2), hits are found in the original text', () => {
    expect(highlight('面积100㎡，噪音', ['噪音'])).toBe('面积100㎡，<mark>噪音</mark>');
  });

  it('an empty token marks nothing', () => {
    expect(highlight('噪音', ['', '噪音'])).toBe('<mark>噪音</mark>');
    expect(highlight('噪音', [''])).toBe('噪音');
  });
});

describe('user words and place names: edges', () => {
  it('a word with blanks around it is trimmed, then kept whole', () => {
    expect(queryTokens('锦华街道积水')).not.toContain('锦华街道');
    expect(addUserWords(['  锦华街道 '])).toBe(1);
    expect(queryTokens('锦华街道积水')).toEqual(['锦华街道', '积水']);
  });

  it('only a suffix at the end is taken off: 市中区 → 市中', () => {
    expect(placeWords(['市中区'])).toEqual(['市中区', '市中']);
    expect(placeWords(['街道口街道'])).toEqual(['街道口街道', '街道口']);
  });
});
