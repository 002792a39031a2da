import { describe, it, expect } from 'vitest';
import {
  demoUnits,
  demoCategories,
  demoLines,
  demoRequests,
  demoSurnames,
  demoGivenNames,
  demoRoadNames,
  demoCommunities,
  fillTemplate,
  type DemoCategory,
  type TicketType,
} from '../src/demo/city.js';

const ALL_TYPES: TicketType[] = ['consult', 'help', 'complaint', 'report', 'suggestion', 'praise'];
const PLACEHOLDERS = new Set(['district', 'street', 'road', 'community', 'number', 'company']);

const unitByCode = new Map(demoUnits.map((u) => [u.code, u]));
const categoryByCode = new Map(demoCategories.map((c) => [c.code, c]));

function level(c: DemoCategory): number {
  let n = 1;
  let cur = c;
  while (cur.parentCode) {
    const parent = categoryByCode.get(cur.parentCode);
    if (!parent || n > 10) throw new Error(`broken category chain at ${c.code}`);
    cur = parent;
    n++;
  }
  return n;
}

function topLevelOf(code: string): string {
  let cur = categoryByCode.get(code);
  while (cur?.parentCode) cur = categoryByCode.get(cur.parentCode);
  if (!cur) throw new Error(`unknown category ${code}`);
  return cur.code;
}

/** Length in characters (code points), not UTF-16 units. */
const len = (s: string): number => [...s].length;

describe('demo city: units', () => {
  it('has unique ASCII uppercase codes', () => {
    const codes = demoUnits.map((u) => u.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[A-Z0-9]+(-[A-Z0-9]+)*$/);
  });

  it('has a single root center and every parentCode resolves', () => {
    const roots = demoUnits.filter((u) => !u.parentCode);
    expect(roots).toHaveLength(1);
    expect(roots[0]).toMatchObject({ code: 'CENTER', kind: 'center', name: '临江市12345政务服务便民热线中心' });
    for (const u of demoUnits) if (u.parentCode) expect(unitByCode.has(u.parentCode), u.code).toBe(true);
  });

  it('nests departments, districts and enterprises under the center and streets under districts', () => {
    for (const u of demoUnits) {
      if (u.kind === 'department' || u.kind === 'district' || u.kind === 'enterprise') {
        expect(u.parentCode, u.code).toBe('CENTER');
      }
      if (u.kind === 'street') {
        expect(unitByCode.get(u.parentCode!)?.kind, u.code).toBe('district');
        expect(u.code.startsWith(`${u.parentCode}-`), u.code).toBe(true);
        expect(u.name, u.code).toMatch(/(街道|镇)$/);
      }
    }
    const districts = demoUnits.filter((u) => u.kind === 'district');
    expect(districts.map((d) => d.code).sort()).toEqual(['D-BS', 'D-GX', 'D-JB', 'D-JN', 'D-LG', 'D-QS']);
    for (const d of districts) {
      const streets = demoUnits.filter((u) => u.parentCode === d.code);
      expect(streets.length, d.code).toBeGreaterThanOrEqual(3);
      expect(streets.length, d.code).toBeLessThanOrEqual(5);
    }
    for (const code of ['SCJG', 'RSJ', 'JTJ', 'SHJ', 'WJW', 'ZJJ', 'CGJ', 'JYJ', 'GAJ', 'ZRZY', 'SWJ']) {
      expect(unitByCode.get(code)?.kind, code).toBe('department');
    }
    const enterprises = demoUnits.filter((u) => u.kind === 'enterprise');
    expect(enterprises.length).toBeGreaterThanOrEqual(2);
    expect(enterprises.length).toBeLessThanOrEqual(3);
  });
});

describe('demo city: categories', () => {
  it('has unique codes shaped like C01 / C0101 / C010101', () => {
    const codes = demoCategories.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of demoCategories) {
      expect(c.code).toMatch(/^C\d{2}(\d{2}){0,2}$/);
      if (c.parentCode) expect(c.code.startsWith(c.parentCode), c.code).toBe(true);
    }
    expect(demoCategories.length).toBeGreaterThanOrEqual(80);
    expect(demoCategories.length).toBeLessThanOrEqual(110);
  });

  it('every parentCode resolves', () => {
    for (const c of demoCategories) if (c.parentCode) expect(categoryByCode.has(c.parentCode), c.code).toBe(true);
  });

  it('is a tree of exactly 3 levels with 2-4 children per inner node', () => {
    const levels = demoCategories.map(level);
    expect(Math.max(...levels)).toBe(3);
    for (const c of demoCategories) {
      const lv = level(c);
      const children = demoCategories.filter((x) => x.parentCode === c.code);
      if (lv < 3) {
        expect(children.length, c.code).toBeGreaterThanOrEqual(2);
        expect(children.length, c.code).toBeLessThanOrEqual(4);
      } else {
        expect(children, c.code).toHaveLength(0);
      }
    }
  });

  it('every leadUnitCode resolves to a unit', () => {
    for (const c of demoCategories) {
      if (c.leadUnitCode) expect(unitByCode.has(c.leadUnitCode), `${c.code} → ${c.leadUnitCode}`).toBe(true);
    }
  });
});

describe('demo city: merged lines', () => {
  it('every categoryCode and unitCode resolves and numbers are unique', () => {
    expect(new Set(demoLines.map((l) => l.number)).size).toBe(demoLines.length);
    for (const l of demoLines) {
      const cat = categoryByCode.get(l.categoryCode);
      expect(cat, l.number).toBeDefined();
      expect(level(cat!), l.number).toBeGreaterThanOrEqual(2);
      expect(unitByCode.has(l.unitCode), l.number).toBe(true);
    }
  });

  it('includes the usual merged hotlines', () => {
    const numbers = demoLines.map((l) => l.number);
    for (const n of ['12315', '12333', '12328', '12365', '12369', '12320', '12319', '12358', '12331']) {
      expect(numbers).toContain(n);
    }
    expect(demoLines.some((l) => l.unitCode === 'E-SW')).toBe(true);
  });
});

describe('demo city: request templates', () => {
  it('has at least 60 templates, each pointing at a level-3 category', () => {
    expect(demoRequests.length).toBeGreaterThanOrEqual(60);
    for (const r of demoRequests) {
      const cat = categoryByCode.get(r.categoryCode);
      expect(cat, r.title).toBeDefined();
      expect(level(cat!), r.title).toBe(3);
    }
  });

  it('covers every ticket type, with complaints and consults the most common', () => {
    const count = (t: TicketType) => demoRequests.filter((r) => r.type === t).length;
    for (const t of ALL_TYPES) expect(count(t), t).toBeGreaterThan(0);
    for (const t of ['help', 'report', 'suggestion', 'praise'] as const) {
      expect(count('complaint')).toBeGreaterThan(count(t));
      expect(count('consult')).toBeGreaterThan(count(t));
    }
  });

  it('covers every top-level category', () => {
    const covered = new Set(demoRequests.map((r) => topLevelOf(r.categoryCode)));
    for (const top of demoCategories.filter((c) => !c.parentCode)) expect(covered.has(top.code), top.name).toBe(true);
  });

  it('has contents and replies of reasonable length and only known placeholders', () => {
    for (const r of demoRequests) {
      expect(r.title.length, r.title).toBeGreaterThan(0);
      expect(len(r.content), r.title).toBeGreaterThanOrEqual(40);
      expect(len(r.content), r.title).toBeLessThanOrEqual(160);
      expect(len(r.reply), r.title).toBeGreaterThanOrEqual(40);
      expect(len(r.reply), r.title).toBeLessThanOrEqual(150);
      for (const text of [r.title, r.content, r.reply]) {
        for (const m of text.matchAll(/\{(\w+)\}/g)) expect(PLACEHOLDERS.has(m[1]), `${r.title}: ${m[0]}`).toBe(true);
        // no stray braces, and nothing that looks like a phone or ID number
        expect(text.replace(/\{\w+\}/g, ''), r.title).not.toMatch(/[{}]/);
        expect(text, r.title).not.toMatch(/\d{7,}/);
      }
    }
  });
});

describe('demo city: name and address parts', () => {
  it('has enough distinct entries', () => {
    const check = (xs: string[], min: number) => {
      expect(xs.length).toBeGreaterThanOrEqual(min);
      expect(new Set(xs).size).toBe(xs.length);
    };
    check(demoSurnames, 25);
    check(demoGivenNames, 35);
    check(demoRoadNames, 20);
    check(demoCommunities, 20);
    for (const g of demoGivenNames) expect([1, 2]).toContain(len(g));
  });
});

describe('fillTemplate', () => {
  it('replaces known keys, including repeated ones', () => {
    expect(fillTemplate('{district}{road}{number}号，{road}口', { district: '江北区', road: '滨江路', number: '18' })).toBe(
      '江北区滨江路18号，滨江路口',
    );
  });

  it('leaves unknown keys as they are', () => {
    expect(fillTemplate('{community}{unknown}门口', { community: '锦绣花园' })).toBe('锦绣花园{unknown}门口');
    expect(fillTemplate('no placeholders', {})).toBe('no placeholders');
  });

  it('does not treat inherited object properties as values', () => {
    expect(fillTemplate('{toString}', {})).toBe('{toString}');
  });

  it('fills every template completely with sample values', () => {
    const values = { district: '江南区', street: '南湖街道', road: '人民路', community: '阳光小区', number: '25', company: '某公司' };
    for (const r of demoRequests) {
      for (const text of [r.title, r.content, r.reply]) expect(fillTemplate(text, values)).not.toMatch(/[{}]/);
    }
  });
});
