// The views of the ticket list a user sees (视图): the presets every centre expects, the user's own
// saved views and those an admin published to the user's role. A view is a list query (GET
// /tickets parameters); it always runs with the viewer's own data scope, so a view shared to unit
// handlers shows each unit only its own tickets.

import { shanghaiDate } from '../domain/calendar.js';
import type { UserRecord } from '../store/users.js';
import type { ReferenceData } from '../store/reference.js';

export const PRESETS = ['my_overdue', 'district_complaints', 'today_new', 'due_soon'] as const;
export type Preset = (typeof PRESETS)[number];

export const PRESET_NAMES: Record<Preset, string> = {
  my_overdue: '我的超期',
  district_complaints: '本区投诉',
  today_new: '今日新建',
  due_soon: '即将到期',
};

/** The district a unit lies in: itself or the nearest district above it. */
function districtOf(ref: ReferenceData, unitId: number | null): number | null {
  let u = unitId == null ? undefined : ref.unitById.get(unitId);
  for (let depth = 0; u && depth < 50; depth++) {
    if (u.kind === 'district') return u.id;
    u = u.parentId == null ? undefined : ref.unitById.get(u.parentId);
  }
  return null;
}

/**
 * The presets' queries for this user, now: 我的超期 — past the handling limit, and mine (I am
 * its handler or took a step on it); 本区投诉 — complaints in the user's district (a street's
 * handler: its district), or led by the user's unit when it lies in none (a department), or all
 * complaints in scope for centre staff; 今日新建 — registered today (Asia/Shanghai); 即将到期 —
 * past 80% of the handling limit (the warning), not yet overdue, still open.
 */
export function presetQueries(user: UserRecord, ref: ReferenceData, now: Date): Record<Preset, Record<string, string>> {
  const today = shanghaiDate(now);
  const district = districtOf(ref, user.unitId);
  const ownUnit = user.unitId != null && !ref.isCentre(user.unitId) ? user.unitId : null;
  return {
    my_overdue: { status: 'dispatched,handling', alert: 'handle_overdue', mine: 'true', sort: 'due' },
    district_complaints: { type: 'complaint', ...(district != null ? { district: String(district) } : ownUnit != null ? { unit: String(ownUnit) } : {}) },
    today_new: { from: today, to: today },
    due_soon: { status: 'dispatched,handling', alert: 'handle_warning', notAlert: 'handle_overdue', sort: 'due' },
  };
}
