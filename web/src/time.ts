// Times are shown in Asia/Shanghai whatever the PC's own time zone, as the hotline works by it.

const TZ = 'Asia/Shanghai';
const dateTime = new Intl.DateTimeFormat('zh-CN', { timeZone: TZ, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false });
const dateOnly = new Intl.DateTimeFormat('zh-CN', { timeZone: TZ, year: 'numeric', month: '2-digit', day: '2-digit' });

/** 2026-11-25 14:05 */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const parts = Object.fromEntries(dateTime.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour === '24' ? '00' : parts.hour}:${parts.minute}`;
}

/** 2026-11-25 (the Shanghai calendar date of an instant, or of now). */
export function shanghaiDate(d: Date = new Date()): string {
  const parts = Object.fromEntries(dateOnly.formatToParts(d).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** How far a deadline is: "2天3小时" / "overdue 5h"; the state picks the countdown colour. */
export type DeadlineState = 'ok' | 'warning' | 'overdue' | 'none';

export function deadlineState(dueBy: string | null, warnAt: string | null, now = Date.now()): DeadlineState {
  if (!dueBy) return 'none';
  const due = Date.parse(dueBy);
  if (now >= due) return 'overdue';
  if (warnAt && now >= Date.parse(warnAt)) return 'warning';
  return 'ok';
}

/**
 * A span of time the one way the console writes it everywhere: 3天16小时, 5小时20分, 12分钟
 * (3d 16h, 5h 20m, 12m) — overdue by, time left, average handling time alike.
 */
export function formatSpan(ms: number, lang: 'zh-CN' | 'en'): string {
  const abs = Math.abs(ms);
  const d = Math.floor(abs / 86_400_000);
  const h = Math.floor((abs % 86_400_000) / 3_600_000);
  const m = Math.floor((abs % 3_600_000) / 60_000);
  return lang === 'en' ? (d ? `${d}d ${h}h` : h ? `${h}h ${m}m` : `${m}m`) : d ? `${d}天${h}小时` : h ? `${h}小时${m}分` : `${m}分钟`;
}

export function formatRemaining(dueBy: string, lang: 'zh-CN' | 'en', now = Date.now()): string {
  const ms = Date.parse(dueBy) - now;
  const span = formatSpan(ms, lang);
  if (ms >= 0) return lang === 'en' ? `${span} left` : `剩余${span}`;
  return lang === 'en' ? `overdue ${span}` : `超期${span}`;
}
