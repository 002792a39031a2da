// Reference data every decision needs: units tree, categories, calendar, time-limit rules,
// policy. Small and read on every command, so it is cached in memory and reloaded when an
// admin changes it (and at most every `maxAgeMs`, so several server processes converge).

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql, type Kysely } from 'kysely';
import { WorkCalendar, type CalendarYear, type OfficeWindow, DEFAULT_OFFICE_HOURS } from '../domain/calendar.js';
import { DEFAULT_TIME_LIMIT_RULES, type TimeLimitRule } from '../domain/time-limits.js';
import { DEFAULT_POLICY, type Policy, type UnitRef } from '../domain/ticket.js';
import type { Priority, TicketType } from '../domain/ticket-types.js';
import type { DB, LineMode } from './schema.js';
import { addUserWords, placeWords } from '../text/segment.js';

export interface UnitRow {
  id: number;
  code: string;
  name: string;
  kind: string;
  parentId: number | null;
  active: boolean;
  /** A centre (中心/分中心, migration 0015); the root centre (kind center, no parent) always is one. */
  isCentre?: boolean;
}

export interface CategoryRow {
  id: number;
  code: string;
  name: string;
  parentId: number | null;
  level: number;
  leadUnitId: number | null;
}

export interface AutoDispatch {
  enabled: boolean;
  threshold: number; // the top category's probability needed
}

/**
 * The smart suggestion's verdict (智能建议): at or above `threshold` the top category is "sure"
 * and the console may fill it in; below it the console shows 不确定 and the top three. The
 * classifier's probabilities are calibrated, so 0.6 means right about 6 times in 10 or better.
 */
export interface SuggestionSettings {
  threshold: number;
}
export const DEFAULT_SUGGESTION: SuggestionSettings = { threshold: 0.6 };

export class ReferenceData {
  constructor(
    readonly units: UnitRow[],
    readonly categories: CategoryRow[],
    readonly calendarYears: CalendarYear[],
    readonly rules: TimeLimitRule[],
    readonly policy: Policy,
    readonly officeHours: OfficeWindow[],
    /** Automatic dispatch of confidently classified requests (off unless an admin turns it on). */
    readonly autoDispatch: AutoDispatch = { enabled: false, threshold: 0.9 },
    /** When a suggestion counts as sure (settings key `suggestion`). */
    readonly suggestion: SuggestionSettings = DEFAULT_SUGGESTION,
  ) {
    this.unitById = new Map(units.map((u) => [u.id, u]));
    this.unitByCode = new Map(units.map((u) => [u.code, u]));
    this.categoryById = new Map(categories.map((c) => [c.id, c]));
    this.unitRefs = new Map(units.map((u) => [u.id, { id: u.id, kind: u.kind, active: u.active, parentId: u.parentId }]));
    for (const u of units) {
      if (u.parentId != null) {
        const list = this.childrenOf.get(u.parentId) ?? [];
        list.push(u.id);
        this.childrenOf.set(u.parentId, list);
      }
    }
    this.calendar = new WorkCalendar(calendarYears, officeHours);
  }

  readonly unitById: Map<number, UnitRow>;
  readonly unitByCode: Map<string, UnitRow>;
  readonly categoryById: Map<number, CategoryRow>;
  readonly unitRefs: Map<number, UnitRef>;
  readonly calendar: WorkCalendar;
  private readonly childrenOf = new Map<number, number[]>();

  /** A unit and all its descendants: a unit handler's data scope. */
  subtree(unitId: number | null): Set<number> {
    const out = new Set<number>();
    if (unitId == null || !this.unitById.has(unitId)) return out;
    const stack = [unitId];
    while (stack.length) {
      const id = stack.pop() as number;
      out.add(id);
      for (const c of this.childrenOf.get(id) ?? []) stack.push(c);
    }
    return out;
  }

  /** Whether the unit is a centre: marked so, or the root centre (kind center, no parent). */
  isCentre(unitId: number | null): boolean {
    const u = unitId == null ? undefined : this.unitById.get(unitId);
    return !!u && (!!u.isCentre || (u.kind === 'center' && u.parentId == null));
  }

  /** The root centre: the first centre without a parent (null when the tree has none). */
  rootCentre(): number | null {
    return this.units.find((u) => u.parentId == null && this.isCentre(u.id))?.id ?? null;
  }

  /** The centre a unit belongs to: the nearest centre at or above it; the root centre for none. */
  centreOf(unitId: number | null): number | null {
    let u = unitId == null ? undefined : this.unitById.get(unitId);
    for (let depth = 0; u && depth < 50; depth++) {
      if (this.isCentre(u.id)) return u.id;
      u = u.parentId == null ? undefined : this.unitById.get(u.parentId);
    }
    return this.rootCentre();
  }

  /**
   * A centre's units, where it dispatches and whose centres' tickets it sees: its subtree; null
   * (everything) for the root centre or no centre. A centre nested in a sub-centre's tree is
   * part of it (a province's cities are the province's).
   */
  centreUnits(centreId: number | null): Set<number> | null {
    if (centreId == null || !this.unitById.has(centreId)) return null;
    const u = this.unitById.get(centreId) as UnitRow;
    if (u.parentId == null) return null;
    return this.subtree(centreId);
  }

  /** A category and its ancestors, nearest first. */
  categoryPath(categoryId: number | null): number[] {
    const out: number[] = [];
    let c = categoryId == null ? undefined : this.categoryById.get(categoryId);
    while (c && out.length < 20) {
      out.push(c.id);
      c = c.parentId == null ? undefined : this.categoryById.get(c.parentId);
    }
    return out;
  }
}

export async function loadReferenceData(db: Kysely<DB>): Promise<ReferenceData> {
  const [units, categories, years, rules, settings] = await Promise.all([
    db.selectFrom('units').selectAll().orderBy('sort').orderBy('id').execute(),
    db.selectFrom('categories').selectAll().orderBy('id').execute(),
    db.selectFrom('calendar_years').selectAll().orderBy('year').execute(),
    db.selectFrom('time_limit_rules').selectAll().orderBy('id').execute(),
    db.selectFrom('settings').selectAll().execute(),
  ]);
  const setting = new Map(settings.map((s) => [s.key, s.value]));
  // Unit and place names stay whole words in search documents and queries (望江街道, 江北).
  addUserWords(placeWords(units.map((u) => u.name)));
  return new ReferenceData(
    units.map((u) => ({ id: u.id, code: u.code, name: u.name, kind: u.kind, parentId: u.parent_id, active: u.active, isCentre: u.is_centre })),
    categories.map((c) => ({ id: c.id, code: c.code, name: c.name, parentId: c.parent_id, level: c.level, leadUnitId: c.lead_unit_id })),
    years.map((y) => ({ year: y.year, holidays: y.holidays, workdays: y.workdays, provisional: y.provisional, source: y.source ?? undefined })),
    rules.map((r) => ({
      id: r.id,
      type: r.type as TicketType | null,
      categoryId: r.category_id,
      priority: r.priority as Priority | null,
      acceptLimit: r.accept_limit,
      handleLimit: r.handle_limit,
    })),
    { ...DEFAULT_POLICY, ...((setting.get('policy') as Partial<Policy> | undefined) ?? {}) },
    (setting.get('office_hours') as OfficeWindow[] | undefined) ?? [...DEFAULT_OFFICE_HOURS],
    { enabled: false, threshold: 0.9, ...((setting.get('auto_dispatch') as Partial<AutoDispatch> | undefined) ?? {}) },
    { ...DEFAULT_SUGGESTION, ...((setting.get('suggestion') as Partial<SuggestionSettings> | undefined) ?? {}) },
  );
}

/** A line's mode: merged 整体并入 (the centre handles it), parallel 双号并行 (the centre's seats answer the old number too), sub_centre 分中心 (the line's unit runs its queue). */
export const LINE_MODES = ['merged', 'parallel', 'sub_centre'] as const satisfies readonly LineMode[];

/** A merged hotline (热线归并): its default category and unit, applied at intake. */
export interface LineRow {
  id: number;
  number: string;
  name: string;
  categoryId: number | null;
  unitId: number | null;
  /** merged 整体并入 | parallel 双号并行 | sub_centre 分中心: the line's unit is its tickets' centre. */
  mode: LineMode;
}

/** The line with this number, or null: read at each registration that names one (an admin's change counts at once). */
export async function findLine(db: Kysely<DB>, number: string): Promise<LineRow | null> {
  const l = await db.selectFrom('lines').selectAll().where('number', '=', number).executeTakeFirst();
  return l ? { id: l.id, number: l.number, name: l.name, categoryId: l.category_id, unitId: l.unit_id, mode: l.mode } : null;
}

/** Caches ReferenceData; `invalidate()` after an admin change. */
export class ReferenceCache {
  private current: ReferenceData | null = null;
  private loadedAt = 0;
  private loading: Promise<ReferenceData> | null = null;

  constructor(
    private readonly db: Kysely<DB>,
    private readonly maxAgeMs = 30_000,
  ) {}

  async get(): Promise<ReferenceData> {
    if (this.current && Date.now() - this.loadedAt < this.maxAgeMs) return this.current;
    if (!this.loading) {
      this.loading = loadReferenceData(this.db)
        .then((data) => {
          this.current = data;
          this.loadedAt = Date.now();
          return data;
        })
        .finally(() => {
          this.loading = null;
        });
    }
    return this.loading;
  }

  invalidate(): void {
    this.loadedAt = 0;
  }
}

const CALENDAR_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../calendar');

export function readCalendarFiles(dir = CALENDAR_DIR): CalendarYear[] {
  return fs
    .readdirSync(dir)
    .filter((f) => /^\d{4}\.json$/.test(f))
    .sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as CalendarYear);
}

export async function upsertCalendarYear(db: Kysely<DB>, y: CalendarYear, overwrite: boolean): Promise<void> {
  const row = {
    year: y.year,
    holidays: JSON.stringify(y.holidays),
    workdays: JSON.stringify(y.workdays),
    provisional: y.provisional ?? false,
    source: y.source ?? null,
    updated_at: new Date(),
  };
  const q = db.insertInto('calendar_years').values(row);
  await (overwrite
    ? q.onConflict((oc) => oc.column('year').doUpdateSet({ ...row, year: undefined }))
    : q.onConflict((oc) => oc.column('year').doNothing())
  ).execute();
}

/** Fills what a new database needs: the shipped calendar years, default time-limit rules. */
export async function seedReferenceData(db: Kysely<DB>): Promise<void> {
  for (const y of readCalendarFiles()) await upsertCalendarYear(db, y, false);
  await db.transaction().execute(async (tx) => {
    // Only the first process to get here seeds the rules (two servers may start together).
    await sql`LOCK TABLE time_limit_rules IN EXCLUSIVE MODE`.execute(tx);
    const { n } = await tx.selectFrom('time_limit_rules').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    if (Number(n) > 0) return;
    await tx
      .insertInto('time_limit_rules')
      .values(
        DEFAULT_TIME_LIMIT_RULES.map((r) => ({
          type: r.type ?? null,
          category_id: r.categoryId ?? null,
          priority: r.priority ?? null,
          accept_limit: r.acceptLimit ? JSON.stringify(r.acceptLimit) : null,
          handle_limit: r.handleLimit ? JSON.stringify(r.handleLimit) : null,
        })),
      )
      .execute();
  });
}
