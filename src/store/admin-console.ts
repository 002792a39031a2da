// Writes behind the admin screens: units, categories, merged lines and user accounts. Every
// change is recorded in audit_log (who, what, before → after) in the same transaction.

import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB, LineMode } from './schema.js';
import { hashPassword } from './users.js';
import { inTransaction } from './tickets.js';

type Tx = Kysely<DB> | Transaction<DB>;

/** One audit_log row; userId null for the command line (an operator at the server, not a signed-in user). */
export async function audit(db: Tx, userId: number | null, action: string, detail: Record<string, unknown>): Promise<void> {
  await db.insertInto('audit_log').values({ user_id: userId, action, ticket_id: null, detail: JSON.stringify(detail) }).execute();
}

// ── Units ───────────────────────────────────────────────────────────────────────────────────
export interface UnitFields {
  code: string;
  name: string;
  kind: string;
  parentId: number | null;
  sort?: number;
  /** A centre (中心/分中心, 省市共用 city centres): its staff see and dispatch its tickets. */
  isCentre?: boolean;
}

const unitColumns = ['id', 'code', 'name', 'kind', 'parent_id', 'active', 'sort', 'is_centre'] as const;
export const presentUnit = (u: { id: number; code: string; name: string; kind: string; parent_id: number | null; active: boolean; sort: number; is_centre: boolean }) => ({
  id: u.id, code: u.code, name: u.name, kind: u.kind, parentId: u.parent_id, active: u.active, sort: u.sort,
  isCentre: u.is_centre || (u.kind === 'center' && u.parent_id == null), // the root centre always is one
});

export async function insertUnit(db: Kysely<DB>, f: UnitFields, by: number) {
  return inTransaction(db, async (tx) => {
    const row = await tx
      .insertInto('units')
      .values({ code: f.code, name: f.name, kind: f.kind, parent_id: f.parentId, sort: f.sort ?? 0, is_centre: f.isCentre ?? false })
      .returning(unitColumns)
      .executeTakeFirstOrThrow();
    await audit(tx, by, 'unit.create', { after: presentUnit(row) });
    return presentUnit(row);
  });
}

export async function updateUnit(db: Kysely<DB>, id: number, f: Partial<UnitFields> & { active?: boolean }, by: number) {
  return inTransaction(db, async (tx) => {
    const before = await tx.selectFrom('units').select(unitColumns).where('id', '=', id).forUpdate().executeTakeFirst();
    if (!before) return null;
    const set = {
      ...(f.code !== undefined ? { code: f.code } : {}),
      ...(f.name !== undefined ? { name: f.name } : {}),
      ...(f.kind !== undefined ? { kind: f.kind } : {}),
      ...(f.parentId !== undefined ? { parent_id: f.parentId } : {}),
      ...(f.sort !== undefined ? { sort: f.sort } : {}),
      ...(f.active !== undefined ? { active: f.active } : {}),
      ...(f.isCentre !== undefined ? { is_centre: f.isCentre } : {}),
    };
    const row = Object.keys(set).length
      ? await tx.updateTable('units').set(set).where('id', '=', id).returning(unitColumns).executeTakeFirstOrThrow()
      : before;
    await audit(tx, by, f.active === undefined ? 'unit.update' : f.active ? 'unit.activate' : 'unit.deactivate', { before: presentUnit(before), after: presentUnit(row) });
    return presentUnit(row);
  });
}

/** Tickets that name a unit, as lead unit or district (open ones counted apart). */
export async function unitUsage(db: Kysely<DB>, id: number): Promise<{ open: number; all: number; asDistrict: number; users: number }> {
  const { rows } = await sql<{ open: number; all: number; as_district: number; users: number }>`
    SELECT
      (SELECT count(*)::int FROM tickets WHERE unit_id = ${id} AND status IN ('registered','dispatched','handling','replied')) AS open,
      (SELECT count(*)::int FROM tickets WHERE unit_id = ${id}) AS all,
      (SELECT count(*)::int FROM tickets WHERE district_id = ${id}) AS as_district,
      (SELECT count(*)::int FROM users WHERE unit_id = ${id} AND active) AS users`.execute(db);
  const r = rows[0];
  return { open: r.open, all: r.all, asDistrict: r.as_district, users: r.users };
}

// ── Categories ──────────────────────────────────────────────────────────────────────────────
export interface CategoryFields {
  code: string;
  name: string;
  parentId: number | null;
  leadUnitId: number | null;
}
const categoryColumns = ['id', 'code', 'name', 'parent_id', 'level', 'lead_unit_id', 'active'] as const;
export const presentCategory = (c: { id: number; code: string; name: string; parent_id: number | null; level: number; lead_unit_id: number | null; active: boolean }) => ({
  id: c.id, code: c.code, name: c.name, parentId: c.parent_id, level: c.level, leadUnitId: c.lead_unit_id, active: c.active,
});

export async function listCategories(db: Kysely<DB>) {
  const rows = await db.selectFrom('categories').select(categoryColumns).orderBy('id').execute();
  return rows.map(presentCategory);
}

export async function insertCategory(db: Kysely<DB>, f: CategoryFields & { level: number }, by: number) {
  return inTransaction(db, async (tx) => {
    const row = await tx
      .insertInto('categories')
      .values({ code: f.code, name: f.name, parent_id: f.parentId, level: f.level, lead_unit_id: f.leadUnitId })
      .returning(categoryColumns)
      .executeTakeFirstOrThrow();
    await audit(tx, by, 'category.create', { after: presentCategory(row) });
    return presentCategory(row);
  });
}

export async function updateCategory(db: Kysely<DB>, id: number, f: Partial<Omit<CategoryFields, 'parentId'>> & { active?: boolean }, by: number) {
  return inTransaction(db, async (tx) => {
    const before = await tx.selectFrom('categories').select(categoryColumns).where('id', '=', id).forUpdate().executeTakeFirst();
    if (!before) return null;
    const set = {
      ...(f.code !== undefined ? { code: f.code } : {}),
      ...(f.name !== undefined ? { name: f.name } : {}),
      ...(f.leadUnitId !== undefined ? { lead_unit_id: f.leadUnitId } : {}),
      ...(f.active !== undefined ? { active: f.active } : {}),
    };
    const row = Object.keys(set).length
      ? await tx.updateTable('categories').set(set).where('id', '=', id).returning(categoryColumns).executeTakeFirstOrThrow()
      : before;
    await audit(tx, by, f.active === undefined ? 'category.update' : f.active ? 'category.activate' : 'category.deactivate', {
      before: presentCategory(before),
      after: presentCategory(row),
    });
    return presentCategory(row);
  });
}

// ── Merged lines ────────────────────────────────────────────────────────────────────────────
export interface LineFields {
  number: string;
  name: string;
  categoryId: number | null;
  unitId: number | null;
  /** merged 整体并入 | parallel 双号并行 | sub_centre 分中心 (the unit, a centre, runs the line's queue). */
  mode: LineMode;
}
export const presentLine = (l: { id: number; number: string; name: string; category_id: number | null; unit_id: number | null; mode: LineMode }) => ({
  id: l.id, number: l.number, name: l.name, categoryId: l.category_id, unitId: l.unit_id, mode: l.mode,
});

export async function insertLine(db: Kysely<DB>, f: LineFields, by: number) {
  return inTransaction(db, async (tx) => {
    const row = await tx
      .insertInto('lines')
      .values({ number: f.number, name: f.name, category_id: f.categoryId, unit_id: f.unitId, mode: f.mode })
      .returningAll()
      .executeTakeFirstOrThrow();
    await audit(tx, by, 'line.create', { after: presentLine(row) });
    return presentLine(row);
  });
}

export async function updateLine(db: Kysely<DB>, id: number, f: LineFields, by: number) {
  return inTransaction(db, async (tx) => {
    const before = await tx.selectFrom('lines').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
    if (!before) return null;
    const row = await tx
      .updateTable('lines')
      .set({ number: f.number, name: f.name, category_id: f.categoryId, unit_id: f.unitId, mode: f.mode })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await audit(tx, by, 'line.update', { before: presentLine(before), after: presentLine(row) });
    return presentLine(row);
  });
}

export async function deleteLine(db: Kysely<DB>, id: number, by: number): Promise<boolean> {
  return inTransaction(db, async (tx) => {
    const before = await tx.deleteFrom('lines').where('id', '=', id).returningAll().executeTakeFirst();
    if (!before) return false;
    await audit(tx, by, 'line.delete', { before: presentLine(before) });
    return true;
  });
}

// ── Users ───────────────────────────────────────────────────────────────────────────────────
const userColumns = ['id', 'username', 'display_name', 'role', 'unit_id', 'active'] as const;
export const presentUser = (u: { id: number; username: string; display_name: string | null; role: string; unit_id: number | null; active: boolean }) => ({
  id: u.id, username: u.username, displayName: u.display_name, role: u.role, unitId: u.unit_id, active: u.active,
});

export async function findUser(db: Kysely<DB>, id: number) {
  const row = await db.selectFrom('users').select(userColumns).where('id', '=', id).executeTakeFirst();
  return row ? presentUser(row) : null;
}

export async function countActiveAdmins(db: Kysely<DB>): Promise<number> {
  const { n } = await db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).where('role', '=', 'admin').where('active', '=', true).executeTakeFirstOrThrow();
  return Number(n);
}

/** Edits an account; a deactivated account or a changed role loses its sessions (signs in again). */
export async function updateUser(
  db: Kysely<DB>,
  id: number,
  f: { displayName?: string | null; role?: string; unitId?: number | null; active?: boolean },
  by: number,
) {
  return inTransaction(db, async (tx) => {
    const before = await tx.selectFrom('users').select(userColumns).where('id', '=', id).forUpdate().executeTakeFirst();
    if (!before) return null;
    const set = {
      ...(f.displayName !== undefined ? { display_name: f.displayName } : {}),
      ...(f.role !== undefined ? { role: f.role } : {}),
      ...(f.unitId !== undefined ? { unit_id: f.unitId } : {}),
      ...(f.active !== undefined ? { active: f.active } : {}),
    };
    const row = Object.keys(set).length ? await tx.updateTable('users').set(set).where('id', '=', id).returning(userColumns).executeTakeFirstOrThrow() : before;
    if (row.active !== before.active || row.role !== before.role || row.unit_id !== before.unit_id) {
      await tx.deleteFrom('sessions').where('user_id', '=', id).execute();
    }
    await audit(tx, by, 'user.update', { before: presentUser(before), after: presentUser(row) });
    return presentUser(row);
  });
}

export async function resetPassword(db: Kysely<DB>, id: number, password: string, by: number): Promise<boolean> {
  const hash = await hashPassword(password);
  return inTransaction(db, async (tx) => {
    const res = await tx.updateTable('users').set({ password_hash: hash }).where('id', '=', id).executeTakeFirst();
    if (!Number(res.numUpdatedRows)) return false;
    await tx.deleteFrom('sessions').where('user_id', '=', id).execute();
    await audit(tx, by, 'user.reset_password', { userId: id });
    return true;
  });
}

export interface AuditFilter {
  /** Action prefixes, any of which may match ('unit.', 'reveal_caller'). */
  actions?: string[];
  userId?: number;
  /** From this instant (inclusive) … */
  from?: Date;
  /** … to this one (exclusive). */
  to?: Date;
}

export async function auditEntries(db: Kysely<DB>, page: number, pageSize: number, f: AuditFilter = {}) {
  let q = db.selectFrom('audit_log as a').leftJoin('users as u', 'u.id', 'a.user_id');
  const prefixes = (f.actions ?? []).filter(Boolean);
  if (prefixes.length) q = q.where((eb) => eb.or(prefixes.map((p) => eb('a.action', 'like', `${p.replace(/[%_\\]/g, '\\$&')}%`))));
  if (f.userId != null) q = q.where('a.user_id', '=', f.userId);
  if (f.from) q = q.where('a.at', '>=', f.from);
  if (f.to) q = q.where('a.at', '<', f.to);
  const [rows, count] = await Promise.all([
    q.select(['a.id', 'a.user_id', 'u.username', 'a.action', 'a.ticket_id', 'a.at', 'a.detail']).orderBy('a.id', 'desc').limit(pageSize).offset((page - 1) * pageSize).execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return {
    total: Number(count.n),
    items: rows.map((r) => ({ id: Number(r.id), userId: r.user_id, username: r.username, action: r.action, ticketId: r.ticket_id, at: r.at.toISOString(), detail: r.detail })),
  };
}
