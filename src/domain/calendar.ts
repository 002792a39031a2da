// Working-time calendar (工作日历) for Asia/Shanghai. Every deadline, warning and
// handling-time measure goes through this module; nothing else does date math on limits.
//
// Asia/Shanghai has had a fixed UTC+8 offset with no daylight saving since 1991, so local
// dates and clock times are computed by shifting the instant by 8 hours, not through Intl:
// that keeps this module pure, exact and fast.

export const SHANGHAI_OFFSET_MS = 8 * 3600_000;
const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

/** One year of official holiday data: days off on weekdays, and weekend days worked (调休). */
export interface CalendarYear {
  year: number;
  holidays: string[]; // YYYY-MM-DD, 放假
  workdays: string[]; // YYYY-MM-DD, 调休上班
  provisional?: boolean;
  source?: string;
}

/** Office hours of a working day, as [start, end) minutes after local midnight. */
export interface OfficeWindow {
  start: number;
  end: number;
}

/** 08:30–12:00 and 13:30–17:30: a common government office day (7.5 working hours). */
export const DEFAULT_OFFICE_HOURS: readonly OfficeWindow[] = [
  { start: 8 * 60 + 30, end: 12 * 60 },
  { start: 13 * 60 + 30, end: 17 * 60 + 30 },
];

/** A time limit: working hours/days count only office time on working days; clock hours count every minute. */
export interface Duration {
  amount: number;
  unit: 'working_hours' | 'working_days' | 'clock_hours';
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The local (Asia/Shanghai) calendar date of an instant, as YYYY-MM-DD. */
export function shanghaiDate(at: Date): string {
  return new Date(at.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant of local midnight starting a YYYY-MM-DD day in Asia/Shanghai. */
export function shanghaiMidnight(day: string): Date {
  const m = DATE_RE.exec(day);
  if (!m) throw new RangeError(`not a date: ${day}`);
  return new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]) - SHANGHAI_OFFSET_MS);
}

/** True for a real calendar date written YYYY-MM-DD (rejects 2026-02-30). */
export function isValidDate(day: string): boolean {
  const m = DATE_RE.exec(day);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.toISOString().slice(0, 10) === day;
}

export class WorkCalendar {
  private readonly holidays = new Set<string>();
  private readonly workdays = new Set<string>();
  private readonly windows: readonly OfficeWindow[];
  /** Working minutes in one working day. */
  readonly dayMinutes: number;

  constructor(years: readonly CalendarYear[] = [], office: readonly OfficeWindow[] = DEFAULT_OFFICE_HOURS) {
    for (const y of years) {
      for (const d of y.holidays) this.holidays.add(d);
      for (const d of y.workdays) this.workdays.add(d);
    }
    const sorted = [...office].sort((a, b) => a.start - b.start);
    for (let i = 0; i < sorted.length; i++) {
      const w = sorted[i];
      if (!(w.start >= 0 && w.end <= 1440 && w.start < w.end) || (i > 0 && w.start < sorted[i - 1].end)) {
        throw new RangeError('office hours must be ordered, non-overlapping windows within one day');
      }
    }
    if (sorted.length === 0) throw new RangeError('office hours need at least one window');
    this.windows = sorted;
    this.dayMinutes = sorted.reduce((n, w) => n + (w.end - w.start), 0);
  }

  /** A working day is Monday–Friday unless a holiday, or a weekend day listed as 调休 workday. */
  isWorkingDay(day: string): boolean {
    if (this.workdays.has(day)) return true;
    if (this.holidays.has(day)) return false;
    const dow = new Date(`${day}T00:00:00Z`).getUTCDay();
    return dow !== 0 && dow !== 6;
  }

  /**
   * The first instant by which `minutes` of working time have passed since `from`. No time is
   * `from` itself, even outside office hours: a deadline moved on by a pause in which no working
   * time passed stays where it was (a Friday 17:30 deadline does not become Monday 08:30).
   */
  addWorkingMinutes(from: Date, minutes: number): Date {
    if (!(minutes >= 0) || !Number.isFinite(minutes)) throw new RangeError('minutes must be a finite number ≥ 0');
    if (minutes === 0) return new Date(from.getTime());
    let remaining = minutes;
    let dayStart = shanghaiMidnight(shanghaiDate(from)).getTime();
    let cursor = from.getTime();
    // A guard against a calendar with no working days at all: ten years is far past any limit.
    for (let guard = 0; guard < 3660; guard++, dayStart += DAY_MS) {
      const day = shanghaiDate(new Date(dayStart));
      if (!this.isWorkingDay(day)) continue;
      for (const w of this.windows) {
        const ws = dayStart + w.start * MINUTE_MS;
        const we = dayStart + w.end * MINUTE_MS;
        const start = Math.max(ws, cursor);
        if (start >= we) continue;
        const available = (we - start) / MINUTE_MS;
        // A deadline that lands exactly on a window's end stays there (17:30, not 08:30 next day).
        if (remaining <= available) return new Date(start + remaining * MINUTE_MS);
        remaining -= available;
        cursor = we;
      }
    }
    throw new RangeError('no working time found within ten years: check the calendar');
  }

  /** Working minutes between two instants (0 when `to` is not after `from`). */
  workingMinutesBetween(from: Date, to: Date): number {
    const a = from.getTime();
    const b = to.getTime();
    if (b <= a) return 0;
    let total = 0;
    for (let dayStart = shanghaiMidnight(shanghaiDate(from)).getTime(); dayStart < b; dayStart += DAY_MS) {
      if (!this.isWorkingDay(shanghaiDate(new Date(dayStart)))) continue;
      for (const w of this.windows) {
        const s = Math.max(a, dayStart + w.start * MINUTE_MS);
        const e = Math.min(b, dayStart + w.end * MINUTE_MS);
        if (e > s) total += (e - s) / MINUTE_MS;
      }
    }
    return total;
  }

  /** The deadline for a limit starting at `from`. */
  deadline(from: Date, limit: Duration): Date {
    switch (limit.unit) {
      case 'clock_hours':
        return new Date(from.getTime() + limit.amount * 3600_000);
      case 'working_hours':
        return this.addWorkingMinutes(from, limit.amount * 60);
      case 'working_days':
        return this.addWorkingMinutes(from, limit.amount * this.dayMinutes);
    }
  }

  /** The instant at which `fraction` (e.g. 0.8 for the warning) of the span from→deadline has passed, in the limit's own time. */
  fractionPoint(from: Date, deadline: Date, limit: Duration, fraction: number): Date {
    if (limit.unit === 'clock_hours') {
      return new Date(from.getTime() + (deadline.getTime() - from.getTime()) * fraction);
    }
    return this.addWorkingMinutes(from, this.workingMinutesBetween(from, deadline) * fraction);
  }
}

export interface CalendarParseResult {
  year: CalendarYear | null;
  errors: string[]; // zh-CN, with line numbers
}

/**
 * Reads one year of holidays from the simple format an admin can type or export from a
 * spreadsheet — one date per line, then 休 (day off) or 班 (调休 working day), an optional
 * name after it; blank lines and lines starting with # are ignored:
 *
 *     2027-01-01 休 元旦
 *     2027-02-07 班
 *
 * A JSON object {year, holidays, workdays} is accepted too. Every date must fall in one year.
 */
export function parseCalendarFile(text: string): CalendarParseResult {
  const errors: string[] = [];
  const trimmed = text.trim();
  let holidays: string[] = [];
  let workdays: string[] = [];
  let source: string | undefined;
  const lineOf = new Map<string, number>(); // date → its line, for messages about text files
  if (trimmed.startsWith('{')) {
    try {
      const j = JSON.parse(trimmed) as Partial<CalendarYear>;
      holidays = Array.isArray(j.holidays) ? j.holidays.map(String) : [];
      workdays = Array.isArray(j.workdays) ? j.workdays.map(String) : [];
      source = typeof j.source === 'string' ? j.source : undefined;
      if (!Array.isArray(j.holidays) || !Array.isArray(j.workdays)) errors.push('JSON 需要 holidays 和 workdays 两个日期数组');
    } catch {
      errors.push('不是有效的 JSON');
    }
  } else {
    trimmed.split(/\r?\n/).forEach((raw, i) => {
      const line = raw.trim();
      if (!line || line.startsWith('#')) return;
      const m = /^(\d{4}-\d{2}-\d{2})[\s,，\t]+(休|假|放假|holiday|off|班|上班|workday|work)(?=$|[\s,，])/i.exec(line);
      if (!m) {
        errors.push(`第 ${i + 1} 行格式不对：应为“YYYY-MM-DD 休”或“YYYY-MM-DD 班”`);
        return;
      }
      (/^(班|上班|workday|work)$/i.test(m[2]) ? workdays : holidays).push(m[1]);
      lineOf.set(m[1], i + 1);
    });
  }
  for (const d of [...holidays, ...workdays]) if (!isValidDate(d)) errors.push(`日期无效：${d}`);
  const years = new Set([...holidays, ...workdays].map((d) => d.slice(0, 4)));
  if (years.size > 1) {
    // Name the lines of every year but the most common one: those are the likely mistakes.
    const all = [...holidays, ...workdays];
    const count = (y: string) => all.filter((d) => d.startsWith(y)).length;
    const main = [...years].sort((a, b) => count(b) - count(a))[0];
    const stray = all.filter((d) => !d.startsWith(main)).map((d) => (lineOf.has(d) ? `第 ${lineOf.get(d)} 行 ${d}` : d));
    errors.push(`日期跨了多个年份：${[...years].sort().join('、')}；每个文件只能有一年（${stray.join('，')} 不属于 ${main} 年）`);
  }
  if (years.size === 0 && !errors.length) errors.push('文件中没有日期');
  const both = holidays.filter((d) => workdays.includes(d));
  if (both.length) errors.push(`同一天既是假日又是调休上班日：${both.join('、')}`);
  if (errors.length) return { year: null, errors };
  return {
    year: { year: Number([...years][0]), holidays: [...new Set(holidays)].sort(), workdays: [...new Set(workdays)].sort(), source },
    errors,
  };
}
