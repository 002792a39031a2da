// Shapes and helpers shared by the dashboard's panels.

import type { paths } from '../../api/schema';
import type { Json } from '../../api/types';
import type { MeasureValues, Rate } from '../../../../src/domain/measures';

export type Trend = Json<paths['/api/v1/dashboard/trend']['get']['responses'][200]>;
export type Summary = Json<paths['/api/v1/dashboard/summary']['get']['responses'][200]>;
export type Overdue = Json<paths['/api/v1/dashboard/overdue']['get']['responses'][200]>;
/** GET /rankings: one tier, ranked by src/domain/rankings.ts (unranked units after, with a note). */
export type Rankings = Json<paths['/api/v1/rankings']['get']['responses'][200]>;
export type RankingRow = Rankings['items'][number];

/** GET /measures (its route declares no response schema, so the shape is written here from src/api/measures.ts). */
export interface MeasureItem {
  key: string;
  name: string;
  parentKey: string | null;
  kind: string | null;
  measures: MeasureValues;
}
export interface MeasuresResponse {
  group: string;
  from: string;
  to: string;
  items: MeasureItem[];
}

/** GET /hot-topics (from src/api/hot-topics.ts). */
export interface HotTopic {
  label: string;
  place: string | null;
  problem: string | null;
  size: number;
  callers: number;
  supports: number;
  growth: number;
  heat: number;
  first: string;
  last: string;
  rising: boolean;
  keywords: string[];
  tickets: { id: number; number: string | null }[];
}
export interface HotTopicsResponse {
  from: string;
  to: string;
  read: number;
  items: HotTopic[];
  total: number;
}

export function pct(r: Rate | null | undefined): string {
  return r?.rate == null ? '—' : `${(r.rate * 100).toFixed(1)}%`;
}
export function pctNumber(r: Rate | null | undefined): number | null {
  return r?.rate == null ? null : Math.round(r.rate * 1000) / 10;
}
export function scoreClass(rate: number | null | undefined): string {
  if (rate == null) return '';
  return rate >= 0.9 ? 'score-good' : rate >= 0.75 ? 'score-fair' : 'score-poor';
}

/** /tickets?… with the dashboard's filters; only the names the ticket search reads. */
export type Drill = Partial<Record<'status' | 'unit' | 'category' | 'district' | 'from' | 'to' | 'overdue' | 'satisfaction' | 'q', string | number>>;
export function ticketsUrl(d: Drill): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(d)) if (v !== undefined && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `/tickets?${s}` : '/tickets';
}
