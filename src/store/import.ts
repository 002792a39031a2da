// Importing a deployment's history (历史工单导入) as closed tickets, so that search, similar
// tickets, the classifier and hot topics learn from the city's own requests.
//
// Format `wenzheng`: JSON Lines of {id, user, title, time, body, label?, reply?, reply_time?,
// up?, down?} as published by a provincial message board (问政). A `label` becomes the
// ticket's top-level category, created when missing.

import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
import { decideRegister, emptyTicket, evolve, SYSTEM_ACTOR, type AnyTicketEvent } from '../domain/ticket.js';
import type { TicketType } from '../domain/ticket-types.js';
import { documentText } from '../text/segment.js';
import type { DB } from './schema.js';
import { inTransaction, ticketColumns } from './tickets.js';

const isoTime = z.string().refine((s) => !Number.isNaN(Date.parse(s)) && /^\d{4}-\d{2}-\d{2}/.test(s), '时间格式不正确');

export const wenzhengRow = z.object({
  id: z.union([z.number().int(), z.string().min(1).max(64)]),
  user: z.string().max(64).nullish(),
  title: z.string().trim().max(500).nullish(),
  time: isoTime,
  body: z.string().trim().min(1, '留言内容为空').max(20_000),
  label: z.string().trim().min(1).max(50).nullish(),
  reply: z.string().trim().max(50_000).nullish(),
  reply_time: isoTime.nullish(),
  up: z.number().int().min(0).nullish(),
  down: z.number().int().min(0).nullish(),
});
export type WenzhengRow = z.infer<typeof wenzhengRow>;

export interface ImportProblem {
  line: number;
  message: string;
}

export interface ImportResult {
  imported: number;
  skippedExisting: number;
  problems: ImportProblem[];
  categoriesCreated: string[];
}

/** A request's type from its wording; the board has no types, a hotline needs one. */
export function guessType(text: string): TicketType {
  if (/举报|违法|违规|偷税|骗/.test(text)) return 'report';
  if (/建议|希望.*(增设|开通|修建)|能否.*(增设|开通)/.test(text)) return 'suggestion';
  if (/表扬|感谢|点赞|致谢/.test(text)) return 'praise';
  if (/求助|帮忙|救助/.test(text)) return 'help';
  if (/咨询|请问|是否|怎么办|如何|吗？|吗\?/.test(text)) return 'consult';
  return 'complaint';
}

/** Parses every line; returns the good rows with their line numbers and the problems. */
export function parseWenzheng(text: string): { rows: { line: number; row: WenzhengRow }[]; problems: ImportProblem[] } {
  const rows: { line: number; row: WenzhengRow }[] = [];
  const problems: ImportProblem[] = [];
  const seen = new Set<string>();
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    if (!raw.trim()) return;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      problems.push({ line, message: '不是有效的 JSON' });
      return;
    }
    const parsed = wenzhengRow.safeParse(json);
    if (!parsed.success) {
      problems.push({ line, message: parsed.error.issues.map((x) => `${x.path.join('.') || '行'}：${x.message}`).join('；') });
      return;
    }
    const key = String(parsed.data.id);
    if (seen.has(key)) {
      problems.push({ line, message: `编号 ${key} 在文件中重复` });
      return;
    }
    seen.add(key);
    rows.push({ line, row: parsed.data });
  });
  return { rows, problems };
}

/**
 * Imports the rows in batches, each batch in one transaction: a failure leaves no part of a
 * batch behind, and re-running the same file skips what is already there (by source id).
 */
export async function importWenzheng(
  db: Kysely<DB>,
  text: string,
  opts: { source?: string; batchSize?: number; onProgress?: (done: number, total: number) => void } = {},
): Promise<ImportResult> {
  const source = opts.source ?? 'wenzheng';
  const { rows, problems } = parseWenzheng(text);
  const result: ImportResult = { imported: 0, skippedExisting: 0, problems, categoriesCreated: [] };

  // Top-level categories by name; missing labels are created.
  const categories = new Map((await db.selectFrom('categories').select(['id', 'name']).where('level', '=', 1).execute()).map((c) => [c.name, c.id]));
  for (const label of new Set(rows.map((r) => r.row.label).filter((l): l is string => !!l))) {
    if (categories.has(label)) continue;
    const { n } = await db.selectFrom('categories').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const row = await db
      .insertInto('categories')
      .values({ code: `IMP${String(Number(n) + 1).padStart(3, '0')}`, name: label, parent_id: null, level: 1, lead_unit_id: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    categories.set(label, row.id);
    result.categoriesCreated.push(label);
  }

  const batchSize = opts.batchSize ?? 500;
  for (let start = 0; start < rows.length; start += batchSize) {
    const batch = rows.slice(start, start + batchSize);
    await inTransaction(db, async (tx) => {
      const ids = batch.map((b) => `${source}:${b.row.id}`);
      const existing = new Set(
        (await tx.selectFrom('tickets').select('external_id').where('external_id', 'in', ids).execute()).map((r) => r.external_id as string),
      );
      for (const { row } of batch) {
        const externalId = `${source}:${row.id}`;
        if (existing.has(externalId)) {
          result.skippedExisting++;
          continue;
        }
        const at = new Date(row.time);
        const { rows: seq } = await sql<{ id: number }>`SELECT nextval('tickets_id_seq')::int AS id`.execute(tx);
        const id = seq[0].id;
        const number = `IMP${String(id).padStart(9, '0')}`;
        const decision = decideRegister(
          {
            number,
            channel: 'web',
            type: guessType(`${row.title ?? ''}${row.body}`),
            title: row.title ?? null,
            content: row.body,
            callerName: row.user ?? null,
            categoryId: row.label ? (categories.get(row.label) ?? null) : null,
          },
          SYSTEM_ACTOR,
          at,
        );
        if (!decision.ok) throw new Error(decision.error.detail);
        const imported: AnyTicketEvent = {
          type: 'imported',
          at,
          actorId: null,
          payload: { source, externalId: String(row.id), reply: row.reply ?? null, repliedAt: row.reply_time ? new Date(row.reply_time).toISOString() : null, label: row.label ?? null },
        };
        const events = [...decision.events, imported];
        const t = events.reduce(evolve, emptyTicket(id));
        await tx
          .insertInto('tickets')
          .values({ id, ...ticketColumns(t), external_id: externalId, supports: row.up ?? 0, opposes: row.down ?? 0 })
          .execute();
        await sql`UPDATE tickets SET search = to_tsvector('simple', ${documentText(t.title, t.content, row.reply)}::text) WHERE id = ${id}`.execute(tx);
        await tx
          .insertInto('ticket_events')
          .values(events.map((e, i) => ({ ticket_id: id, seq: i + 1, type: e.type, actor_id: null, at: e.at, payload: JSON.stringify(e.payload) })))
          .execute();
        result.imported++;
      }
    });
    opts.onProgress?.(Math.min(start + batchSize, rows.length), rows.length);
  }
  return result;
}
