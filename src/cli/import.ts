// `hotline import --format wenzheng|taxonomy FILE`: a deployment's history (as closed tickets) or
// its category system. The file is read in its own encoding (UTF-8 with or without BOM, or
// GB18030/GBK, detected or named with --encoding), line by line; bad lines are reported by number
// and skipped; a terminal shows a progress bar. Labels of history the category tree does not know
// are proposed a match, and nothing is imported until the admin confirms (--accept-mapping,
// --map LABEL=CATEGORY, --new-category LABEL).

import type { Kysely } from 'kysely';
import { parseArgs } from 'node:util';
import { PROBLEM_REASONS, type ImportProblem, type ImportProgress, type LineSource, type ScanResult } from '../store/import.js';
import type { LabelPlan } from '../store/category-aliases.js';
import type { DB } from '../store/schema.js';
import { prepare } from './database.js';
import { detectEncoding, ENCODINGS, fileSize, FileProblem, readLines, type Encoding } from './text-file.js';

const USAGE = `用法 / usage: hotline import --format wenzheng|taxonomy FILE [--encoding utf-8|gb18030|gbk] [--data DIR]
        wenzheng：历史诉求（JSON Lines）导入为已办结工单；taxonomy：分类体系，每行 {level1, level2?, level3?}
        标签确认 / label mapping (wenzheng)：
          --accept-mapping           接受建议的映射（没有相近分类的标签新建为一级分类）
          --map 标签=分类             把标签映射到已有分类（名称或代码，可重复）
          --new-category 标签         把标签新建为一级分类（可重复）`;

/** Exit code when labels wait for the admin's confirmation (nothing was imported). */
export const NEEDS_CONFIRMATION = 3;

export async function importCommand(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        data: { type: 'string' },
        encoding: { type: 'string' },
        map: { type: 'string', multiple: true },
        'accept-mapping': { type: 'boolean' },
        'new-category': { type: 'string', multiple: true },
      },
    });
  } catch (err) {
    console.error(`${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const file = positionals[0];
  if ((values.format !== 'wenzheng' && values.format !== 'taxonomy') || !file || positionals.length > 1) {
    console.error(USAGE);
    return 2;
  }
  const encodingName = values.encoding?.toLowerCase().replace(/^utf8$/, 'utf-8');
  if (encodingName !== undefined && !(ENCODINGS as readonly string[]).includes(encodingName)) {
    console.error(`不支持的编码：${values.encoding}（可选：${ENCODINGS.join('、')}）`);
    return 2;
  }
  const map: Record<string, string> = {};
  for (const m of values.map ?? []) {
    const eq = m.indexOf('=');
    if (eq <= 0 || eq === m.length - 1) {
      console.error(`--map 应为 标签=分类，如 --map 商贸旅游=商贸消费（收到：${m}）`);
      return 2;
    }
    map[m.slice(0, eq).trim()] = m.slice(eq + 1).trim();
  }

  // The file first: a missing one is one line, before any database is opened.
  let source: LineSource;
  let encoding: Encoding;
  try {
    const size = fileSize(file);
    encoding = (encodingName as Encoding | undefined) ?? (await detectEncoding(file));
    source = { size, open: () => readLines(file, encoding) };
  } catch (err) {
    if (err instanceof FileProblem) {
      console.error(`无法导入：${err.message}`);
      return 1;
    }
    throw err;
  }
  if (encoding !== 'utf-8') console.log(`文件编码：${encoding.toUpperCase()}${encodingName ? '' : '（自动识别）'}`);

  const { database } = await prepare(values.data);
  try {
    if (values.format === 'taxonomy') return await taxonomy(database.db, source);
    const { importWenzheng } = await import('../store/import.js');
    const { LabelDecisionError } = await import('../store/category-aliases.js');
    const bar = progressBar();
    const t0 = Date.now();
    let outcome;
    try {
      outcome = await importWenzheng(database.db, source, {
        decisions: { map, acceptProposals: values['accept-mapping'], create: values['new-category'] },
        onProgress: bar.update,
      });
    } catch (err) {
      bar.done();
      if (err instanceof LabelDecisionError) {
        console.error(`未导入：${err.message}`);
        return 2;
      }
      throw err;
    }
    bar.done();
    const { scan } = outcome;
    reportProblems(scan.problems, scan.skipped);
    if (outcome.status === 'nothing') {
      console.error(`没有可导入的行：${scan.skipped} 行全部有误，什么都没有导入。${reasons(scan)}`);
      return 1;
    }
    if (outcome.status === 'needs-confirmation') {
      printProposals(outcome.plans, file);
      return NEEDS_CONFIRMATION;
    }
    if (outcome.categoriesCreated.length) console.log(`新建一级分类：${outcome.categoriesCreated.join('、')}`);
    for (const a of outcome.aliasesSaved) console.log(`已保存分类映射：${a.label} → ${a.category.name} [${a.category.code}]`);
    const secs = (Date.now() - t0) / 1000;
    const rate = Math.round((outcome.imported + outcome.skippedExisting) / Math.max(secs, 0.001));
    console.log(`已导入 ${outcome.imported} 条，已存在跳过 ${outcome.skippedExisting} 条，有误跳过 ${scan.skipped} 条（${secs.toFixed(1)} 秒，${rate} 条/秒）`);
    if (scan.skipped) console.log(`有误跳过的原因：${reasons(scan)}`);
    return 0;
  } finally {
    await database.close();
  }
}

async function taxonomy(db: Kysely<DB>, source: LineSource): Promise<number> {
  const { importTaxonomy } = await import('../store/import-taxonomy.js');
  // A category system is small: read whole, with the lines that do not decode reported as such.
  const lines: string[] = [];
  const unreadable: ImportProblem[] = [];
  for await (const l of source.open()) {
    if (l.text === null) unreadable.push({ line: l.line, message: l.problem === 'too-long' ? '行太长' : '含有无法按文件编码识别的字节（可用 --encoding 指定编码）' });
    lines.push(l.text ?? '');
  }
  const r = await importTaxonomy(db, lines.join('\n'));
  const problems = [...unreadable, ...r.problems].sort((a, b) => a.line - b.line);
  for (const p of problems) console.error(`第 ${p.line} 行已跳过：${p.message}`);
  console.log(`新建分类 ${r.created} 个，已存在 ${r.existing} 个，有误跳过 ${problems.length} 行`);
  return 0;
}

function reportProblems(problems: ImportProblem[], total: number): void {
  for (const p of problems) console.error(`第 ${p.line} 行已跳过：${p.message}`);
  if (total > problems.length) console.error(`……另有 ${total - problems.length} 行有误，未逐条列出`);
}

/** The skipped lines by reason, most first: "时间不存在或格式不正确 2 行，不是有效的 JSON 1 行". */
function reasons(scan: ScanResult): string {
  return Object.entries(scan.byReason)
    .sort(([, a], [, b]) => b - a)
    .map(([reason, n]) => `${PROBLEM_REASONS[reason as keyof typeof PROBLEM_REASONS]} ${n} 行`)
    .join('，');
}

function printProposals(plans: LabelPlan[], file: string): void {
  const unknown = plans.filter((p): p is Extract<LabelPlan, { how: 'unknown' }> => p.how === 'unknown');
  console.log('以下标签在分类体系中没有同名的一级分类，请先确认映射，什么都没有导入：');
  console.log('These labels are not categories of the tree; confirm a mapping first (nothing was imported):');
  for (const p of unknown) {
    const [best, ...others] = p.candidates;
    const alt = others.length ? `；其他候选：${others.map((c) => c.name).join('、')}` : '';
    console.log(best ? `  ${p.label}（${p.rows} 条）→ ${best.name}（相似度 ${best.score.toFixed(2)}${alt}）` : `  ${p.label}（${p.rows} 条）→ 没有相近的分类，建议新建一级分类`);
  }
  const example = unknown.find((p) => p.candidates.length) ?? unknown[0];
  const target = example.candidates[0]?.name ?? '分类名称';
  console.log('确认 / confirm, then run the same command again with:');
  console.log('  --accept-mapping                     接受以上全部建议');
  console.log(`  --map ${example.label}=${target}            指定映射（可重复）`);
  console.log(`  --new-category ${example.label}            新建为一级分类（可重复）`);
  console.log(`  e.g. hotline import --format wenzheng ${file} --accept-mapping`);
}

/** A progress bar on a terminal (stderr): bytes read of the file and rows a second; nothing when piped. */
function progressBar() {
  const tty = !!process.stderr.isTTY;
  let started = Date.now();
  let phase: ImportProgress['phase'] = 'scan';
  let last = 0;
  // The previous report's time: a phase starts where the one before ended (the first batch's rate
  // counts its own time, not a millisecond).
  let previous = Date.now();
  let drawn = false;
  const mb = (n: number) => (n / 1048576).toFixed(1);
  return {
    update(p: ImportProgress) {
      if (!tty) return;
      const now = Date.now();
      if (p.phase !== phase) {
        phase = p.phase;
        started = previous;
        if (drawn) process.stderr.write('\n');
      }
      previous = now;
      if (now - last < 100 && p.bytes < p.size) return;
      last = now;
      const width = 30;
      const filled = Math.min(width, Math.round((p.bytes / Math.max(p.size, 1)) * width));
      const rate = Math.round(p.rows / Math.max((now - started) / 1000, 0.001));
      const label = p.phase === 'scan' ? '检查' : '导入';
      const unit = p.phase === 'scan' ? '行/秒' : '条/秒';
      process.stderr.write(`\r${label} [${'='.repeat(filled)}${' '.repeat(width - filled)}] ${mb(p.bytes)}/${mb(p.size)} MB  ${rate} ${unit}   `);
      drawn = true;
    },
    done() {
      if (tty && drawn) process.stderr.write('\n');
      drawn = false;
    },
  };
}
