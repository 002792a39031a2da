// The working-time calendar: every deadline in the product is computed here, so these tests
// pin it to hand-worked instants on the real 2024–2027 holiday data (calendar/*.json), and check
// every day of 2025 and 2026 against the State Council's notices typed in below.
//
// Expected values are worked out by hand from the rules: office hours 08:30–12:00 (210 min)
// and 13:30–17:30 (240 min), i.e. 450 working minutes a day, Asia/Shanghai = UTC+8 fixed.
// Local times are written with an explicit +08:00 offset and parsed by Date itself, so the
// expectations do not go through the module under test.

import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_OFFICE_HOURS,
  WorkCalendar,
  isValidDate,
  shanghaiDate,
  shanghaiMidnight,
  type CalendarYear,
} from '../../src/domain/calendar.js';

const CALENDAR_DIR = new URL('../../calendar/', import.meta.url);

function loadYears(): CalendarYear[] {
  return fs
    .readdirSync(CALENDAR_DIR)
    .filter((f) => /^\d{4}\.json$/.test(f))
    .sort()
    .map((f) => JSON.parse(fs.readFileSync(new URL(f, CALENDAR_DIR), 'utf8')) as CalendarYear);
}

const years = loadYears();
const cal = new WorkCalendar(years);

/** '2026-02-13 16:00' in Asia/Shanghai → the instant. */
const local = (s: string): Date => new Date(`${s.replace(' ', 'T')}:00+08:00`);

/** Day of week computed independently of the module: 0 = Sunday … 6 = Saturday. */
const dow = (day: string): number => new Date(`${day}T12:00:00Z`).getUTCDay();

describe('calendar data files', () => {
  it('holds the official years 2024–2026 and a provisional 2027', () => {
    expect(years.map((y) => y.year)).toEqual([2024, 2025, 2026, 2027]);
    for (const y of years.filter((y) => y.year < 2027)) expect(y.provisional ?? false).toBe(false);
    expect(years.find((y) => y.year === 2027)?.provisional).toBe(true);
  });

  it.each(years.map((y) => [y.year, y] as const))('%i: every date is valid, in its year, and 调休 days are weekend days', (_year, y) => {
    for (const d of [...y.holidays, ...y.workdays]) {
      expect(isValidDate(d), d).toBe(true);
      expect(d.startsWith(`${y.year}-`), d).toBe(true);
    }
    for (const d of y.workdays) expect([0, 6], `${d} should be a Saturday or Sunday`).toContain(dow(d));
    // A day cannot be both off and worked.
    expect(y.holidays.filter((d) => y.workdays.includes(d))).toEqual([]);
  });

  it.each(years.map((y) => [y.year, y] as const))('%i: the calendar treats every holiday as off and every 调休 day as worked', (_year, y) => {
    for (const d of y.holidays) expect(cal.isWorkingDay(d), d).toBe(false);
    for (const d of y.workdays) expect(cal.isWorkingDay(d), d).toBe(true);
  });
});

// The State Council's notices, typed in by hand (not read from calendar/): each period of days
// off (放假) and each weekend day worked instead (调休上班), as the notice words them.
//
// 国务院办公厅关于2025年部分节假日安排的通知 (国办发明电〔2024〕12号):
//   元旦 1月1日（周三）放假1天，不调休。
//   春节 1月28日（农历除夕、周二）至2月4日（农历正月初七、周二）放假调休，共8天。1月26日（周日）、2月8日（周六）上班。
//   清明节 4月4日（周五）至6日（周日）放假，共3天。
//   劳动节 5月1日（周四）至5日（周一）放假调休，共5天。4月27日（周日）上班。
//   端午节 5月31日（周六）至6月2日（周一）放假，共3天。
//   国庆节、中秋节 10月1日（周三）至8日（周三）放假调休，共8天。9月28日（周日）、10月11日（周六）上班。
// 国务院办公厅关于2026年部分节假日安排的通知:
//   元旦 1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。
//   春节 2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。
//   清明节 4月4日（周六）至6日（周一）放假，共3天。
//   劳动节 5月1日（周五）至5日（周二）放假调休，共5天。5月9日（周六）上班。
//   端午节 6月19日（周五）至21日（周日）放假，共3天。
//   中秋节 9月25日（周五）至27日（周日）放假，共3天。
//   国庆节 10月1日（周四）至7日（周三）放假调休，共7天。9月20日（周日）、10月10日（周六）上班。
interface Notice {
  /** Each period off: first and last day, the weekday the notice gives for each (0 = Sunday), and its length. */
  off: [first: string, firstDow: number, last: string, lastDow: number, days: number][];
  /** Each 调休 working day with its weekday. */
  worked: [day: string, dow: number][];
}
const NOTICES: Record<2025 | 2026, Notice> = {
  2025: {
    off: [
      ['2025-01-01', 3, '2025-01-01', 3, 1], // 元旦
      ['2025-01-28', 2, '2025-02-04', 2, 8], // 春节
      ['2025-04-04', 5, '2025-04-06', 0, 3], // 清明节
      ['2025-05-01', 4, '2025-05-05', 1, 5], // 劳动节
      ['2025-05-31', 6, '2025-06-02', 1, 3], // 端午节
      ['2025-10-01', 3, '2025-10-08', 3, 8], // 国庆节、中秋节
    ],
    worked: [['2025-01-26', 0], ['2025-02-08', 6], ['2025-04-27', 0], ['2025-09-28', 0], ['2025-10-11', 6]],
  },
  2026: {
    off: [
      ['2026-01-01', 4, '2026-01-03', 6, 3], // 元旦
      ['2026-02-15', 0, '2026-02-23', 1, 9], // 春节
      ['2026-04-04', 6, '2026-04-06', 1, 3], // 清明节
      ['2026-05-01', 5, '2026-05-05', 2, 5], // 劳动节
      ['2026-06-19', 5, '2026-06-21', 0, 3], // 端午节
      ['2026-09-25', 5, '2026-09-27', 0, 3], // 中秋节
      ['2026-10-01', 4, '2026-10-07', 3, 7], // 国庆节
    ],
    worked: [['2026-01-04', 0], ['2026-02-14', 6], ['2026-02-28', 6], ['2026-05-09', 6], ['2026-09-20', 0], ['2026-10-10', 6]],
  },
};

/** Every date of a year, 'YYYY-MM-DD', walked in UTC (no time zone involved). */
function daysOf(year: number): string[] {
  const out: string[] = [];
  for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += 86_400_000) out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}
/** The days from first to last, both included. */
function span(first: string, last: string): string[] {
  return daysOf(Number(first.slice(0, 4))).filter((d) => d >= first && d <= last);
}

describe.each([2025, 2026] as const)('the State Council’s notice for %i, typed in by hand', (year) => {
  const notice = NOTICES[year];
  const off = new Set(notice.off.flatMap(([first, , last]) => span(first, last)));
  const worked = new Set(notice.worked.map(([d]) => d));

  it('is typed in right: each period has the weekdays and the length the notice gives; 调休 days fall on weekends', () => {
    for (const [first, firstDow, last, lastDow, days] of notice.off) {
      expect([dow(first), dow(last)], `${first}…${last}`).toEqual([firstDow, lastDow]);
      expect(span(first, last), `${first}…${last}`).toHaveLength(days);
    }
    for (const [d, weekday] of notice.worked) expect(dow(d), d).toBe(weekday);
    for (const d of worked) expect([0, 6], d).toContain(dow(d));
  });

  it('the calendar agrees on every day of the year: off on each holiday, at work on each 调休 day, otherwise Monday–Friday', () => {
    const wrong: string[] = [];
    for (const d of daysOf(year)) {
      const expected = worked.has(d) || (!off.has(d) && dow(d) >= 1 && dow(d) <= 5);
      if (cal.isWorkingDay(d) !== expected) wrong.push(`${d} ${expected ? '班' : '休'}`);
    }
    expect(wrong).toEqual([]);
  });

  it('so a year has the notice’s number of working days', () => {
    // Weekdays, less the holidays falling on a weekday, plus the 调休 days.
    const weekdays = daysOf(year).filter((d) => dow(d) >= 1 && dow(d) <= 5).length;
    const weekdaysOff = [...off].filter((d) => dow(d) >= 1 && dow(d) <= 5).length;
    expect(daysOf(year).filter((d) => cal.isWorkingDay(d))).toHaveLength(weekdays - weekdaysOff + worked.size);
  });
});

describe('isWorkingDay', () => {
  it('ordinary weekdays work and weekends rest', () => {
    // Week of Mon 2026-03-02 … Sun 2026-03-08: no holiday, no 调休.
    expect(cal.isWorkingDay('2026-03-02')).toBe(true); // Mon
    expect(cal.isWorkingDay('2026-03-04')).toBe(true); // Wed
    expect(cal.isWorkingDay('2026-03-06')).toBe(true); // Fri
    expect(cal.isWorkingDay('2026-03-07')).toBe(false); // Sat
    expect(cal.isWorkingDay('2026-03-08')).toBe(false); // Sun
  });

  it('public holidays on weekdays are not working days', () => {
    expect(dow('2026-02-16')).toBe(1); // a Monday …
    expect(cal.isWorkingDay('2026-02-16')).toBe(false); // … of the Spring Festival
    expect(dow('2025-10-08')).toBe(3); // a Wednesday …
    expect(cal.isWorkingDay('2025-10-08')).toBe(false); // … the last day of National Day 2025
    expect(cal.isWorkingDay('2026-01-02')).toBe(false); // Fri, New Year 2026
    expect(cal.isWorkingDay('2024-06-10')).toBe(false); // Mon, Dragon Boat 2024
  });

  it('调休 Saturdays and Sundays are working days', () => {
    for (const [d, weekday] of [
      ['2026-02-14', 6],
      ['2026-02-28', 6],
      ['2026-01-04', 0],
      ['2025-09-28', 0],
      ['2025-10-11', 6],
    ] as const) {
      expect(dow(d), d).toBe(weekday);
      expect(cal.isWorkingDay(d), d).toBe(true);
    }
  });

  it('with no data, only Monday–Friday work', () => {
    const bare = new WorkCalendar();
    expect(bare.isWorkingDay('2026-02-16')).toBe(true); // a Monday, holiday unknown
    expect(bare.isWorkingDay('2026-02-14')).toBe(false); // a Saturday, 调休 unknown
  });
});

describe('addWorkingMinutes', () => {
  const at = (from: string, minutes: number) => cal.addWorkingMinutes(local(from), minutes);

  it('inside one office window', () => {
    expect(at('2026-03-02 09:00', 60)).toEqual(local('2026-03-02 10:00'));
    expect(at('2026-03-02 09:00', 0)).toEqual(local('2026-03-02 09:00'));
  });

  it('across lunch: 11:30 + 60 = 30 min before 12:00 and 30 after 13:30', () => {
    expect(at('2026-03-02 11:30', 60)).toEqual(local('2026-03-02 14:00'));
    // a start in the lunch break begins counting at 13:30
    expect(at('2026-03-02 12:30', 30)).toEqual(local('2026-03-02 14:00'));
  });

  it('a deadline that lands exactly on a window end stays there', () => {
    expect(at('2026-03-02 16:30', 60)).toEqual(local('2026-03-02 17:30'));
    expect(at('2026-03-02 11:00', 60)).toEqual(local('2026-03-02 12:00'));
    // 450 minutes from 08:30 is the whole day: 17:30, not 08:30 the next morning
    expect(at('2026-03-02 08:30', 450)).toEqual(local('2026-03-02 17:30'));
  });

  it('across a night: 17:00 + 60 = 30 today, 30 from 08:30 tomorrow', () => {
    expect(at('2026-03-02 17:00', 60)).toEqual(local('2026-03-03 09:00'));
    // before office hours counting starts at 08:30
    expect(at('2026-03-03 07:00', 30)).toEqual(local('2026-03-03 09:00'));
    // after office hours counting starts at 08:30 the next working day
    expect(at('2026-03-02 20:00', 30)).toEqual(local('2026-03-03 09:00'));
  });

  it('across a weekend: Fri 17:00 + 60 → Mon 09:00', () => {
    expect(at('2026-03-06 17:00', 60)).toEqual(local('2026-03-09 09:00'));
    // starting on a Saturday counts from Monday 08:30
    expect(at('2026-03-07 10:00', 30)).toEqual(local('2026-03-09 09:00'));
  });

  it('across the 2026 Spring Festival', () => {
    // Fri 02-13 16:00 + 1 working day (450): 90 min on Friday to 17:30, 360 left;
    // Sat 02-14 is 调休: 210 in the morning, 150 left → 13:30 + 150 = 16:00 Saturday.
    expect(cal.deadline(local('2026-02-13 16:00'), { amount: 1, unit: 'working_days' })).toEqual(local('2026-02-14 16:00'));
    // A second working day skips the whole holiday, Sun 02-15 … Mon 02-23, to Tue 02-24 16:00.
    expect(cal.deadline(local('2026-02-13 16:00'), { amount: 2, unit: 'working_days' })).toEqual(local('2026-02-24 16:00'));
    // Sat 02-14 17:00 + 60: 30 on Saturday, then 30 on Tue 02-24 → 09:00
    expect(at('2026-02-14 17:00', 60)).toEqual(local('2026-02-24 09:00'));
    // Fri 02-27 17:00 + 60: 30 Friday, then Sat 02-28 (调休) 08:30 + 30 = 09:00
    expect(at('2026-02-27 17:00', 60)).toEqual(local('2026-02-28 09:00'));
  });

  it('across National Day 2025', () => {
    // Sat 09-27 is a normal weekend day, Sun 09-28 is 调休: Fri 09-26 17:00 + 60 → Sun 09:00
    expect(at('2025-09-26 17:00', 60)).toEqual(local('2025-09-28 09:00'));
    // Tue 09-30 15:00 + 1 day: 150 min to 17:30, 300 left; 10-01…10-08 off; Thu 10-09:
    // 210 in the morning, 90 left → 13:30 + 90 = 15:00.
    expect(cal.deadline(local('2025-09-30 15:00'), { amount: 1, unit: 'working_days' })).toEqual(local('2025-10-09 15:00'));
    // + 3 days: Thu 10-09, Fri 10-10, Sat 10-11 (调休) — each 15:00.
    expect(cal.deadline(local('2025-09-30 15:00'), { amount: 3, unit: 'working_days' })).toEqual(local('2025-10-11 15:00'));
  });

  it('across the new year into a 调休 Sunday', () => {
    // Wed 2025-12-31 17:00 + 60: 30 on Wednesday; 2026-01-01…03 off; Sun 01-04 is 调休 → 09:00
    expect(at('2025-12-31 17:00', 60)).toEqual(local('2026-01-04 09:00'));
  });

  it('refuses negative and non-finite amounts', () => {
    expect(() => at('2026-03-02 09:00', -1)).toThrow(RangeError);
    expect(() => at('2026-03-02 09:00', Number.NaN)).toThrow(RangeError);
    expect(() => at('2026-03-02 09:00', Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe('workingMinutesBetween', () => {
  const between = (a: string, b: string) => cal.workingMinutesBetween(local(a), local(b));

  it('counts only office time on working days', () => {
    expect(between('2026-03-02 08:30', '2026-03-02 17:30')).toBe(450);
    expect(between('2026-03-02 11:30', '2026-03-02 14:00')).toBe(60); // 30 + 30 around lunch
    expect(between('2026-03-02 00:00', '2026-03-03 00:00')).toBe(450);
    expect(between('2026-03-06 17:00', '2026-03-09 09:00')).toBe(60); // over a weekend
    expect(between('2026-03-07 00:00', '2026-03-09 00:00')).toBe(0); // Sat + Sun
    // Fri 02-13 16:00 → Tue 02-24 16:00: 90 (Fri) + 450 (Sat 调休) + 360 (Tue to 16:00) = 900
    expect(between('2026-02-13 16:00', '2026-02-24 16:00')).toBe(900);
    // the whole National Day 2025 week, 10-01 … 10-08, holds no working time
    expect(between('2025-09-30 17:30', '2025-10-09 08:30')).toBe(0);
  });

  it('counts fractions of a minute', () => {
    expect(cal.workingMinutesBetween(local('2026-03-02 09:00'), new Date(local('2026-03-02 09:00').getTime() + 30_000))).toBe(0.5);
    // 11:59:30 → 13:30:30: 30 s before lunch and 30 s after
    expect(cal.workingMinutesBetween(new Date('2026-03-02T03:59:30Z'), new Date('2026-03-02T05:30:30Z'))).toBe(1);
  });

  it('is 0 when the end is not after the start', () => {
    expect(between('2026-03-02 10:00', '2026-03-02 10:00')).toBe(0);
    expect(between('2026-03-02 11:00', '2026-03-02 10:00')).toBe(0);
  });

  // Property: over a grid of start times (every 47 minutes for three weeks around the 2026
  // Spring Festival, which covers nights, lunches, weekends, holidays and 调休 days) and
  // several amounts, counting the working time up to addWorkingMinutes(from, m) gives m back.
  const starts: Date[] = [];
  for (let t = local('2026-02-09 00:00').getTime(); t < local('2026-03-02 00:00').getTime(); t += 47 * 60_000) {
    starts.push(new Date(t));
  }
  const amounts = [0, 1, 29, 60, 210, 449, 450, 451, 900, 2250, 4500];

  it(`is the inverse of addWorkingMinutes on ${starts.length} start times × ${amounts.length} amounts`, () => {
    expect(starts.length).toBeGreaterThan(500);
    for (const from of starts) {
      for (const m of amounts) {
        const to = cal.addWorkingMinutes(from, m);
        expect(to.getTime(), `${from.toISOString()} + ${m}`).toBeGreaterThanOrEqual(from.getTime());
        expect(cal.workingMinutesBetween(from, to), `${from.toISOString()} + ${m}`).toBe(m);
      }
    }
  });

  it('adding in two steps equals adding at once (for a positive second step)', () => {
    for (const from of starts.filter((_, i) => i % 5 === 0)) {
      for (const [a, b] of [[30, 30], [210, 240], [450, 1], [100, 800]] as const) {
        expect(cal.addWorkingMinutes(cal.addWorkingMinutes(from, a), b), `${from.toISOString()} ${a}+${b}`).toEqual(
          cal.addWorkingMinutes(from, a + b),
        );
      }
    }
  });
});

describe('deadline', () => {
  it('clock hours ignore the calendar', () => {
    // 23:00 on Mon 02-16, a Spring Festival holiday, + 2 clock hours = 01:00 the next day
    expect(cal.deadline(local('2026-02-16 23:00'), { amount: 2, unit: 'clock_hours' })).toEqual(local('2026-02-17 01:00'));
    // 0.5 clock hours on a Saturday night
    expect(cal.deadline(local('2026-03-07 22:00'), { amount: 0.5, unit: 'clock_hours' })).toEqual(local('2026-03-07 22:30'));
  });

  it('working hours count office minutes', () => {
    // 11:30 + 1 working hour → 14:00 (over lunch); 0.5 working hours from 17:15 → 15 + 15 → 08:45 next day
    expect(cal.deadline(local('2026-03-02 11:30'), { amount: 1, unit: 'working_hours' })).toEqual(local('2026-03-02 14:00'));
    expect(cal.deadline(local('2026-03-02 17:15'), { amount: 0.5, unit: 'working_hours' })).toEqual(local('2026-03-03 08:45'));
  });

  it('working days are days of office time: 5 days from Mon 09:00 is the next Mon 09:00', () => {
    expect(cal.dayMinutes).toBe(450);
    expect(cal.deadline(local('2026-03-02 09:00'), { amount: 5, unit: 'working_days' })).toEqual(local('2026-03-09 09:00'));
  });
});

describe('fractionPoint', () => {
  it('80% of one working day from 08:30 is 16:00 (360 of 450 minutes)', () => {
    const from = local('2026-03-02 08:30');
    const limit = { amount: 1, unit: 'working_days' } as const;
    const due = cal.deadline(from, limit);
    expect(due).toEqual(local('2026-03-02 17:30'));
    // 360 min: 210 in the morning, 150 from 13:30 → 16:00
    expect(cal.fractionPoint(from, due, limit, 0.8)).toEqual(local('2026-03-02 16:00'));
  });

  it('80% of five working days from Mon 09:00 is Fri 09:00 (1800 of 2250 minutes = 4 days)', () => {
    const from = local('2026-03-02 09:00');
    const limit = { amount: 5, unit: 'working_days' } as const;
    expect(cal.fractionPoint(from, cal.deadline(from, limit), limit, 0.8)).toEqual(local('2026-03-06 09:00'));
  });

  it('80% over the Spring Festival counts working time, not clock time', () => {
    // 900 working minutes from Fri 02-13 16:00 to Tue 02-24 16:00; 80% = 720:
    // 90 on Friday + 450 on Sat 02-14 = 540, then 180 on Tue 02-24 from 08:30 → 11:30
    const from = local('2026-02-13 16:00');
    const limit = { amount: 2, unit: 'working_days' } as const;
    expect(cal.fractionPoint(from, cal.deadline(from, limit), limit, 0.8)).toEqual(local('2026-02-24 11:30'));
  });

  it('clock-hour limits split clock time: 80% of 2 hours is 96 minutes', () => {
    const from = local('2026-02-16 10:00');
    const limit = { amount: 2, unit: 'clock_hours' } as const;
    expect(cal.fractionPoint(from, cal.deadline(from, limit), limit, 0.8)).toEqual(local('2026-02-16 11:36'));
  });
});

describe('shanghaiDate and shanghaiMidnight', () => {
  it('switches date at 16:00 UTC (midnight UTC+8)', () => {
    expect(shanghaiDate(new Date('2026-02-13T15:59:59.999Z'))).toBe('2026-02-13');
    expect(shanghaiDate(new Date('2026-02-13T16:00:00.000Z'))).toBe('2026-02-14');
    expect(shanghaiDate(new Date('2025-12-31T15:59:59.999Z'))).toBe('2025-12-31');
    expect(shanghaiDate(new Date('2025-12-31T16:00:00.000Z'))).toBe('2026-01-01');
    // 07:59 UTC is still the same local day (15:59 local)
    expect(shanghaiDate(new Date('2026-03-02T00:00:00Z'))).toBe('2026-03-02');
  });

  it('local midnight is 16:00 UTC the day before', () => {
    expect(shanghaiMidnight('2026-02-14')).toEqual(new Date('2026-02-13T16:00:00Z'));
    expect(shanghaiMidnight('2026-01-01')).toEqual(new Date('2025-12-31T16:00:00Z'));
    expect(() => shanghaiMidnight('2026/01/01')).toThrow(RangeError);
  });
});

describe('isValidDate', () => {
  it('accepts real dates and rejects impossible or malformed ones', () => {
    expect(isValidDate('2026-02-28')).toBe(true);
    expect(isValidDate('2024-02-29')).toBe(true); // leap year
    expect(isValidDate('2026-02-30')).toBe(false);
    expect(isValidDate('2025-02-29')).toBe(false);
    expect(isValidDate('2026-13-01')).toBe(false);
    expect(isValidDate('2026-04-31')).toBe(false);
    expect(isValidDate('2026-2-3')).toBe(false);
    expect(isValidDate('2026-02-03T00:00')).toBe(false);
    expect(isValidDate('')).toBe(false);
  });
});

describe('WorkCalendar office hours', () => {
  it('the default day is 08:30–12:00 and 13:30–17:30', () => {
    expect(DEFAULT_OFFICE_HOURS).toEqual([
      { start: 510, end: 720 },
      { start: 810, end: 1050 },
    ]);
  });

  it('rejects overlapping, empty, reversed or out-of-day windows', () => {
    expect(() => new WorkCalendar([], [{ start: 480, end: 720 }, { start: 700, end: 1000 }])).toThrow(RangeError);
    // the same overlap given in the other order
    expect(() => new WorkCalendar([], [{ start: 700, end: 1000 }, { start: 480, end: 720 }])).toThrow(RangeError);
    expect(() => new WorkCalendar([], [])).toThrow(RangeError);
    expect(() => new WorkCalendar([], [{ start: 600, end: 600 }])).toThrow(RangeError);
    expect(() => new WorkCalendar([], [{ start: 700, end: 600 }])).toThrow(RangeError);
    expect(() => new WorkCalendar([], [{ start: 1000, end: 1500 }])).toThrow(RangeError);
    expect(() => new WorkCalendar([], [{ start: -10, end: 100 }])).toThrow(RangeError);
  });

  it('accepts touching or unordered windows and counts their minutes', () => {
    expect(new WorkCalendar([], [{ start: 720, end: 1000 }, { start: 480, end: 720 }]).dayMinutes).toBe(520);
    // A 09:00–17:00 single window: 1 working day = 480 minutes
    const nine = new WorkCalendar(years, [{ start: 540, end: 1020 }]);
    expect(nine.dayMinutes).toBe(480);
    expect(nine.addWorkingMinutes(local('2026-03-02 16:30'), 60)).toEqual(local('2026-03-03 09:30'));
  });
});
