// What the domain tests share: the real working-time calendar (calendar/*.json, the State
// Council's notices), a local time in Asia/Shanghai parsed by Date (not by the module under
// test), and staff actors.

import fs from 'node:fs';
import { WorkCalendar, type CalendarYear } from '../../src/domain/calendar.js';
import type { Actor } from '../../src/domain/ticket.js';
import type { Role } from '../../src/domain/ticket-types.js';

const CALENDAR_DIR = new URL('../../calendar/', import.meta.url);
const years: CalendarYear[] = fs
  .readdirSync(CALENDAR_DIR)
  .filter((f) => /^\d{4}\.json$/.test(f))
  .map((f) => JSON.parse(fs.readFileSync(new URL(f, CALENDAR_DIR), 'utf8')) as CalendarYear);
export const calendar = new WorkCalendar(years);

/** '2026-03-02 09:00' (or with seconds) in Asia/Shanghai → the instant. */
export const local = (s: string): Date => new Date(`${s.replace(' ', 'T')}${s.length === 16 ? ':00' : ''}+08:00`);
export const DAY = 86_400_000;

/** A member of the centre's staff (no unit). */
export const staff = (role: Role | 'system', id = 1): Actor => ({ id, role, unitId: null, scope: new Set() });
