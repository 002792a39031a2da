// Importing a deployment's history (历史工单导入) as closed tickets, so that search, similar
// tickets, the classifier and hot topics learn from the city's own requests.
//
// Format `wenzheng`: JSON Lines of {id, user, title, time, body, label?, reply?, reply_time?,
// up?, down?} as published by a provincial message board (问政). A `label` names a category:
// one of the tree's top-level categories by name, or through a mapping an admin confirmed
// (category-aliases.ts); a label the tree does not know is proposed a match and waits for the
// admin's decision, and nothing is imported until then.
//
// Import forgives and tells: a bad line (not JSON, a missing field, an impossible date such as
// 2019-02-30, an id seen before in the file, bytes not valid in the file's encoding) is skipped
// and reported by its line number, grouped by reason in the summary. The file is read twice, line
// by line, with bounded memory: a first pass checks every line and gathers the labels (so that the
// admin decides before anything is written, and a file with no good line writes nothing), the
// second imports in batches of multi-row inserts, one transaction a batch.

import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
import { decideRegister, emptyTicket, evolve, SYSTEM_ACTOR, type AnyTicketEvent } from '../domain/ticket.js';
import type { TicketType } from '../domain/ticket-types.js';
import { documentText } from '../text/segment.js';
import { applyLabels, planLabels, resolveLabels, type CategoryRef, type LabelDecisions, type LabelPlan } from './category-aliases.js';
import type { DB } from './schema.js';
import { inTransaction, ticketColumns } from './tickets.js';

/** Why a line was skipped; the summary counts lines by reason. */
export type ProblemReason = 'json' | 'field' | 'empty' | 'date' | 'duplicate' | 'encoding' | 'too-long';
export const PROBLEM_REASONS: Record<ProblemReason, string> = {
  json: '不是有效的 JSON',
  field: '字段不符合要求',
  empty: '内容为空',
  date: '时间不存在或格式不正确',
  duplicate: '编号在文件中重复',
  encoding: '含有无法按文件编码识别的字节',
  'too-long': '行太长',
};

export interface ImportProblem {
  line: number;
  message: string;
  reason?: ProblemReason;
}

/** One line of the file as a reader hands it over (cli/text-file.ts reads files). */
export interface SourceLine {
  line: number;
  /** null: the line's bytes could not be decoded (problem says why). */
  text: string | null;
  problem?: 'encoding' | 'too-long';
  /** Bytes read up to the end of this line. */
  bytes: number;
}

/** A file to import, readable more than once. */
export interface LineSource {
  size: number;
  open(): AsyncIterable<SourceLine>;
}

/** A source over a string (tests, small inputs): lines cut at \n, \r\n. */
export function textSource(text: string): LineSource {
  const size = Buffer.byteLength(text);
  return {
    size,
    async *open() {
      let bytes = 0;
      const lines = text.replace(/^\uFEFF/, '').split('\n');
      if (lines[lines.length - 1] === '') lines.pop();
      for (const [i, raw] of lines.entries()) {
        bytes = Math.min(size, bytes + Buffer.byteLength(raw) + 1);
        yield { line: i + 1, text: raw.replace(/\r$/, ''), bytes };
      }
    },
  };
}

// Times: the board's local time is Asia/Shanghai, so a time without an offset is taken there
// (not in the importing machine's zone). Date.parse would take 2019-02-30 as 2 March: each
// part is checked instead, and an impossible one is named.
const TIME = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/** A history row's time as an instant, or why it is none. */
export function parseTime(s: string): { ok: true; at: Date } | { ok: false; message: string } {
  const m = TIME.exec(s.trim());
  if (!m) return { ok: false, message: `时间格式不正确（${s.slice(0, 40)}）` };
  const [, y, mo, d, hh = '0', mi = '0', ss = '0', frac = '', zone] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12) return { ok: false, message: `月份不存在（${s.slice(0, 40)}：没有 ${month} 月）` };
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > days) return { ok: false, message: `日期不存在（${s.slice(0, 40)}：${year} 年 ${month} 月只有 ${days} 天）` };
  if (Number(hh) > 23 || Number(mi) > 59 || Number(ss) > 59) return { ok: false, message: `时刻不存在（${s.slice(0, 40)}）` };
  let offset = '+08:00';
  if (zone) {
    if (zone.toUpperCase() === 'Z') offset = 'Z';
    else {
      const digits = zone.replace(':', '');
      const oh = Number(digits.slice(1, 3));
      const om = Number(digits.slice(3) || 0);
      if (oh > 14 || om > 59) return { ok: false, message: `时区不正确（${s.slice(0, 40)}）` };
      offset = `${digits[0]}${digits.slice(1, 3)}:${String(om).padStart(2, '0')}`;
    }
  }
  const p2 = (v: string | number) => String(v).padStart(2, '0');
  const iso = `${y}-${p2(month)}-${p2(day)}T${p2(hh)}:${p2(mi)}:${p2(ss)}${frac.slice(0, 4)}${offset}`;
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? { ok: false, message: `时间格式不正确（${s.slice(0, 40)}）` } : { ok: true, at };
}

const time = z.string().transform((s, ctx) => {
  const r = parseTime(s);
  if (r.ok) return r.at;
  ctx.addIssue({ code: 'custom', message: r.message });
  return z.NEVER;
});

export const wenzhengRow = z.object({
  id: z.union([z.number().int(), z.string().min(1).max(64)]),
  user: z.string().max(64).nullish(),
  title: z.string().trim().max(500).nullish(),
  time,
  body: z.string().trim().min(1, '留言内容为空').max(20_000),
  label: z.string().trim().min(1).max(50).nullish(),
  reply: z.string().trim().max(50_000).nullish(),
  reply_time: time.nullish(),
  up: z.number().int().min(0).nullish(),
  down: z.number().int().min(0).nullish(),
});
export type WenzhengRow = z.infer<typeof wenzhengRow>;

/** A request's type from its wording; the board has no types, a hotline needs one. */
export function guessType(text: string): TicketType {
  if (/举报|违法|违规|偷税|骗/.test(text)) return 'report';
  if (/建议|希望.*(增设|开通|修建)|能否.*(增设|开通)/.test(text)) return 'suggestion';
  if (/表扬|感谢|点赞|致谢/.test(text)) return 'praise';
  if (/求助|帮忙|救助/.test(text)) return 'help';
  if (/咨询|请问|是否|怎么办|如何|吗？|吗\?/.test(text)) return 'consult';
  return 'complaint';
}

// Text PostgreSQL cannot store: a NUL character, half of a surrogate pair (JSON allows both).
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
function storable(row: WenzhengRow): WenzhengRow {
  const out: Record<string, unknown> = { ...row };
  for (const [k, v] of Object.entries(out)) if (typeof v === 'string') out[k] = v.replace(UNSTORABLE, (c) => (c === '\u0000' ? '' : '\uFFFD'));
  return out as WenzhengRow;
}

/** One line: its row, or why it is skipped (duplicates are the caller's: they need the whole file). */
function parseLine(l: SourceLine): { row: WenzhengRow } | { problem: ImportProblem } | null {
  if (l.text === null) {
    const reason = l.problem ?? 'encoding';
    return { problem: { line: l.line, reason, message: reason === 'too-long' ? PROBLEM_REASONS['too-long'] : '含有无法按文件编码识别的字节（可用 --encoding 指定编码）' } };
  }
  if (!l.text.trim()) return null;
  let json: unknown;
  try {
    json = JSON.parse(l.text);
  } catch {
    return { problem: { line: l.line, reason: 'json', message: '不是有效的 JSON' } };
  }
  const parsed = wenzhengRow.safeParse(json);
  if (parsed.success) return { row: storable(parsed.data) };
  const issues = parsed.error.issues;
  const first = String(issues[0]?.path[0] ?? '');
  const reason: ProblemReason = first === 'time' || first === 'reply_time' ? 'date' : first === 'body' && issues[0].code === 'too_small' ? 'empty' : 'field';
  return { problem: { line: l.line, reason, message: issues.map((x) => `${x.path.join('.') || '行'}：${x.message}`).join('；') } };
}

/** Problems listed one by one at most; beyond, only counted. */
export const LISTED_PROBLEMS = 1000;

export interface ScanResult {
  /** Good rows. */
  rows: number;
  /** label → rows. */
  labels: Map<string, number>;
  /** The first LISTED_PROBLEMS problems, in line order. */
  problems: ImportProblem[];
  /** Skipped lines by reason (all of them). */
  byReason: Partial<Record<ProblemReason, number>>;
  skipped: number;
  /** Line numbers to skip on the second pass. */
  bad: Set<number>;
}

export interface ImportProgress {
  phase: 'scan' | 'import';
  bytes: number;
  size: number;
  /** Lines checked (scan) or rows written (import). */
  rows: number;
}

/** The first pass: every line checked, the labels gathered. Writes nothing. */
export async function scanWenzheng(source: LineSource, onProgress?: (p: ImportProgress) => void): Promise<ScanResult> {
  const r: ScanResult = { rows: 0, labels: new Map(), problems: [], byReason: {}, skipped: 0, bad: new Set() };
  const seen = new Set<string>();
  const skip = (p: ImportProblem) => {
    r.skipped++;
    r.bad.add(p.line);
    if (p.reason) r.byReason[p.reason] = (r.byReason[p.reason] ?? 0) + 1;
    if (r.problems.length < LISTED_PROBLEMS) r.problems.push(p);
  };
  let n = 0;
  for await (const l of source.open()) {
    if (++n % 2000 === 0) onProgress?.({ phase: 'scan', bytes: l.bytes, size: source.size, rows: n });
    const p = parseLine(l);
    if (!p) continue;
    if ('problem' in p) {
      skip(p.problem);
      continue;
    }
    const key = String(p.row.id);
    if (seen.has(key)) {
      skip({ line: l.line, reason: 'duplicate', message: `编号 ${key} 在文件中重复` });
      continue;
    }
    seen.add(key);
    r.rows++;
    if (p.row.label) r.labels.set(p.row.label, (r.labels.get(p.row.label) ?? 0) + 1);
  }
  onProgress?.({ phase: 'scan', bytes: source.size, size: source.size, rows: n });
  return r;
}

export type ImportOutcome =
  | {
      status: 'done';
      scan: ScanResult;
      imported: number;
      skippedExisting: number;
      categoriesCreated: string[];
      /** Mappings confirmed by this import (label → category). */
      aliasesSaved: { label: string; category: CategoryRef }[];
    }
  /** Labels the tree does not know and the admin has not decided on: nothing was written. */
  | { status: 'needs-confirmation'; scan: ScanResult; plans: LabelPlan[] }
  /** No good row in the file: nothing was written. */
  | { status: 'nothing'; scan: ScanResult };

/**
 * Imports the file's good rows. Labels first: when one is unknown and undecided, returns the
 * plans and writes nothing; a decision that cannot be carried out throws LabelDecisionError
 * (nothing written). Then the decided mappings and new categories are stored, and the rows go in
 * batches, each batch one transaction: a failure leaves no part of a batch behind, and re-running
 * the same file skips what is already there (by source id).
 */
export async function importWenzheng(
  db: Kysely<DB>,
  input: LineSource,
  opts: { source?: string; batchSize?: number; decisions?: LabelDecisions; onProgress?: (p: ImportProgress) => void } = {},
): Promise<ImportOutcome> {
  const source = opts.source ?? 'wenzheng';
  const scan = await scanWenzheng(input, opts.onProgress);
  if (!scan.rows) return { status: 'nothing', scan };

  const { plans, treeEmpty } = await planLabels(db, scan.labels);
  const resolution = await resolveLabels(db, plans, opts.decisions ?? {}, treeEmpty);
  if (!resolution) return { status: 'needs-confirmation', scan, plans };
  const categoryOf = await inTransaction(db, (tx) => applyLabels(tx, resolution));

  const result = { status: 'done' as const, scan, imported: 0, skippedExisting: 0, categoriesCreated: resolution.create, aliasesSaved: resolution.aliases };
  const batchSize = opts.batchSize ?? 500;
  let batch: WenzhengRow[] = [];
  let bytes = 0;
  const flush = async () => {
    const r = await insertBatch(db, batch, categoryOf, source);
    result.imported += r.imported;
    result.skippedExisting += r.existing;
    batch = [];
    opts.onProgress?.({ phase: 'import', bytes, size: input.size, rows: result.imported + result.skippedExisting });
  };
  for await (const l of input.open()) {
    bytes = l.bytes;
    if (scan.bad.has(l.line)) continue;
    const p = parseLine(l);
    // The file changed under us since the first pass: what no longer parses is left out.
    if (!p || 'problem' in p) continue;
    batch.push(p.row);
    if (batch.length >= batchSize) await flush();
  }
  if (batch.length) await flush();
  return result;
}

/** Columns of a table that hold json/jsonb (their values go into the batch's JSON as JSON, not as text). */
const jsonColumns = new Map<string, Promise<Set<string>>>();
function jsonColumnsOf(db: Kysely<DB>, table: 'tickets' | 'ticket_events'): Promise<Set<string>> {
  let cols = jsonColumns.get(table);
  if (!cols) {
    cols = sql<{ name: string }>`
      SELECT attname AS name FROM pg_attribute
      WHERE attrelid = ${table}::regclass AND atttypid IN ('json'::regtype, 'jsonb'::regtype) AND attnum > 0 AND NOT attisdropped`
      .execute(db)
      .then((r) => new Set(r.rows.map((x) => x.name)));
    jsonColumns.set(table, cols);
  }
  return cols;
}

/**
 * Rows into a table in one statement with one parameter: a JSON array of the rows, typed by the
 * table's own row type (json_populate_record) — on the embedded database far cheaper than a
 * multi-row VALUES with a bind parameter per cell. Values are those a Kysely insert takes
 * (json columns as JSON text, arrays as array literals, which PostgreSQL reads as it would).
 * `extra` adds computed columns from each row's JSON element `e.j`.
 */
async function insertJsonRows(
  tx: Kysely<DB>,
  table: 'tickets' | 'ticket_events',
  rows: Record<string, unknown>[],
  extra: Record<string, ReturnType<typeof sql>> = {},
  side: Record<string, unknown>[] = [],
): Promise<void> {
  const json = await jsonColumnsOf(tx, table);
  const cols = Object.keys(rows[0]);
  const elements = rows.map((r, i) => {
    const o: Record<string, unknown> = { ...side[i] };
    for (const c of cols) o[c] = json.has(c) && typeof r[c] === 'string' ? JSON.parse(r[c] as string) : r[c];
    return o;
  });
  const extraCols = Object.keys(extra);
  await sql`
    INSERT INTO ${sql.table(table)} (${sql.join([...cols, ...extraCols].map((c) => sql.ref(c)))})
    SELECT ${sql.join([...cols.map((c) => sql.ref(`r.${c}`)), ...extraCols.map((c) => extra[c])])}
    FROM json_array_elements(${JSON.stringify(elements)}::json) AS e(j), LATERAL json_populate_record(NULL::${sql.table(table)}, e.j) AS r`.execute(tx);
}

/** One batch in one transaction: the rows not imported before, in one insert for the tickets and one for their events. */
async function insertBatch(db: Kysely<DB>, rows: WenzhengRow[], categoryOf: Map<string, number>, source: string): Promise<{ imported: number; existing: number }> {
  return inTransaction(db, async (tx) => {
    const externalId = (row: WenzhengRow) => `${source}:${row.id}`;
    const existing = new Set(
      (await tx.selectFrom('tickets').select('external_id').where('external_id', 'in', rows.map(externalId)).execute()).map((r) => r.external_id as string),
    );
    const fresh = rows.filter((r) => !existing.has(externalId(r)));
    if (!fresh.length) return { imported: 0, existing: existing.size };
    const { rows: seq } = await sql<{ id: number }>`SELECT nextval('tickets_id_seq')::int AS id FROM generate_series(1, ${fresh.length}::int)`.execute(tx);
    const tickets: Record<string, unknown>[] = [];
    const docs: { search_text: string }[] = [];
    const events: Record<string, unknown>[] = [];
    for (const [i, row] of fresh.entries()) {
      const id = seq[i].id;
      const at = row.time;
      const decision = decideRegister(
        {
          number: `IMP${String(id).padStart(9, '0')}`,
          channel: 'web',
          type: guessType(`${row.title ?? ''}${row.body}`),
          title: row.title ?? null,
          content: row.body,
          callerName: row.user ?? null,
          categoryId: row.label ? (categoryOf.get(row.label) ?? null) : null,
        },
        SYSTEM_ACTOR,
        at,
      );
      if (!decision.ok) throw new Error(decision.error.detail);
      const imported: AnyTicketEvent = {
        type: 'imported',
        at,
        actorId: null,
        payload: { source, externalId: String(row.id), reply: row.reply ?? null, repliedAt: row.reply_time ? row.reply_time.toISOString() : null, label: row.label ?? null },
      };
      const all = [...decision.events, imported];
      const t = all.reduce(evolve, emptyTicket(id));
      tickets.push({ id, ...ticketColumns(t), external_id: externalId(row), supports: row.up ?? 0, opposes: row.down ?? 0 });
      docs.push({ search_text: documentText(t.title, t.content, row.reply) });
      events.push(...all.map((e, k) => ({ ticket_id: id, seq: k + 1, type: e.type, actor_id: null, at: e.at, payload: JSON.stringify(e.payload) })));
    }
    // The search document in the same statement, as registering a ticket builds it.
    await insertJsonRows(tx, 'tickets', tickets, { search: sql`to_tsvector('simple', e.j->>'search_text')` }, docs);
    await insertJsonRows(tx, 'ticket_events', events);
    return { imported: fresh.length, existing: existing.size };
  });
}
