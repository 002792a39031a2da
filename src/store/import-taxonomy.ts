// Importing a city's category system (分类体系): JSON Lines of {level1, level2?, level3?}, one
// path a line, as in the 12345 classification catalogues (一级/二级/三级分类). Each name becomes a
// category under its parent; a category that already has that name under that parent is kept
// (so re-running, or importing history whose labels named the top level first, adds nothing
// twice). The tree also tells the classifier which words belong to which branch.

import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { ImportProblem } from './import.js';
import type { DB } from './schema.js';
import { inTransaction } from './tickets.js';

const name = z.string().trim().min(1, '分类名称为空').max(100);
export const taxonomyRow = z.object({ level1: name, level2: name.nullish(), level3: name.nullish() }).refine((r) => !r.level3 || r.level2, '有三级分类却没有二级分类');

/** The paths of the file (root first), with the problems of its bad lines. */
export function parseTaxonomy(text: string): { paths: string[][]; problems: ImportProblem[] } {
  const paths: string[][] = [];
  const problems: ImportProblem[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    if (!raw.trim()) return;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      problems.push({ line: i + 1, message: '不是有效的 JSON' });
      return;
    }
    const r = taxonomyRow.safeParse(json);
    if (!r.success) {
      problems.push({ line: i + 1, message: r.error.issues.map((x) => `${x.path.join('.') || '行'}：${x.message}`).join('；') });
      return;
    }
    paths.push([r.data.level1, r.data.level2, r.data.level3].filter((x): x is string => !!x));
  });
  return { paths, problems };
}

/** Adds the file's categories that are missing, all in one transaction; returns how many were added. */
export async function importTaxonomy(db: Kysely<DB>, text: string): Promise<{ created: number; existing: number; problems: ImportProblem[] }> {
  const { paths, problems } = parseTaxonomy(text);
  let created = 0;
  let existing = 0;
  await inTransaction(db, async (tx) => {
    const rows = await tx.selectFrom('categories').select(['id', 'name', 'parent_id']).execute();
    const key = (parent: number | null, n: string) => `${parent ?? ''}\u0000${n}`;
    const idOf = new Map(rows.map((r) => [key(r.parent_id, r.name), r.id]));
    const seen = new Set<number>();
    let next = rows.length;
    for (const path of paths) {
      let parent: number | null = null;
      for (let level = 1; level <= path.length; level++) {
        const k = key(parent, path[level - 1]);
        let id = idOf.get(k);
        if (id === undefined) {
          // Codes only need to be unique and stable: IMP + a running number, as history imports do.
          let code = '';
          do code = `IMP${String(++next).padStart(3, '0')}`;
          while (await tx.selectFrom('categories').select('id').where('code', '=', code).executeTakeFirst());
          const row: { id: number } = await tx
            .insertInto('categories')
            .values({ code, name: path[level - 1], parent_id: parent, level, lead_unit_id: null })
            .returning('id')
            .executeTakeFirstOrThrow();
          id = row.id;
          idOf.set(k, id);
          created++;
        } else if (!seen.has(id) && level === path.length) {
          existing++;
        }
        seen.add(id);
        parent = id;
      }
    }
  });
  return { created, existing, problems };
}
