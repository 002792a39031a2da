// The knowledge base's question search (GET /api/v1/kb/articles?q=) over ~2,000 articles, on
// both engines: the articles are written with createArticle as the API writes them, then each
// question is analysed, ranked (BM25 in TypeScript over the process's index of article terms)
// and highlighted exactly as the route does. The first search of a process segments every
// article once (cold); later ones re-read only changed articles (warm).
//
//   node --import tsx bench/kb.ts                          2,000 articles, 30 runs per question
//   node --import tsx bench/kb.ts --articles 5000 --runs 20
//
// PostgreSQL: BENCH_DATABASE_URL or DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test),
// in a scratch database dropped at the end; skipped when no server answers.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { demoRequests, fillTemplate } from '../src/demo/city.js';
import { rng } from '../src/demo/load.js';
import { openDatabase, type Database } from '../src/store/db.js';
import { createArticle, searchArticles } from '../src/store/kb.js';
import { migrateToLatest } from '../src/store/migrations.js';
import { seedReferenceData } from '../src/store/reference.js';
import { analyzeQuery } from '../src/text/kb-search.js';
import { highlight } from '../src/text/segment.js';
import { load, ms, scratchDatabase, secs, timeIt } from './common.js';

const QUESTIONS: [label: string, q: string][] = [
  ['社保卡丢了怎么补', '社保卡丢了怎么补'],
  ['two words', '路面 坑洼'],
  ['common word', '办理'],
  ['intake text (~120 chars)', '我家楼下的饭店每天晚上油烟很大，味道飘到楼上，窗户都不敢开，反映过好几次了都没人管，想问一下这种情况应该找哪个部门投诉，怎么处理？另外小区门口的路面坑洼也一直没修。'],
  ['no hit', '无人机航拍许可'],
];
const SUFFIXES = ['办理指南', '处理流程', '政策解答', '常见问题', '投诉渠道', '注意事项'];
const VALUES = { district: '江北区', street: '望江街道', road: '望江路', number: '18', community: '春华社区', name: '张先生', phone: '13800000000', company: '某物业公司', school: '第一小学' };

function article(i: number, r: ReturnType<typeof rng>) {
  const pick = () => r.pick(demoRequests);
  const main = demoRequests[i % demoRequests.length];
  const fill = (s: string | undefined) => fillTemplate(s ?? '', VALUES);
  const body = [fill(main.content), fill(main.reply), fill(pick().reply), fill(pick().reply)].join('\n');
  return { title: `${fill(main.title)}${SUFFIXES[i % SUFFIXES.length]}（${i}）`, body, status: 'published' as const };
}

async function run(label: string, database: Database, n: number, runs: number) {
  const db = database.db;
  await migrateToLatest(db);
  await seedReferenceData(db);
  const admin = (await db.selectFrom('users').select('id').executeTakeFirst())?.id ?? null;
  const r = rng(18);
  const t0 = performance.now();
  let chars = 0;
  for (let i = 0; i < n; i++) {
    const a = i === Math.floor(n / 2) ? { title: '社保卡遗失补办', body: '社会保障卡遗失后，先拨打12333挂失，再持本人身份证到社保服务网点补办，工本费20元。', status: 'published' as const } : article(i, r);
    chars += a.body.length;
    await createArticle(db, a, admin as number, new Date());
  }
  console.log(`[kb ${label}] ${n.toLocaleString('en')} articles (mean body ${Math.round(chars / n)} characters) written in ${secs(t0).toFixed(1)} s`);

  const today = new Date().toISOString().slice(0, 10);
  const ask = async (q: string) => {
    const query = analyzeQuery(q);
    const { rows, total } = await searchArticles(db, { query, status: ['published'], draftUnits: [], inForceOn: today, page: 1, pageSize: 20 });
    for (const a of rows) highlight(`${a.title}：${a.body}`, a.hit?.terms ?? [], 120);
    return { rows, total };
  };
  const c0 = performance.now();
  const first = await ask(QUESTIONS[0][1]);
  console.log(`[kb ${label}] first search of the process (segments every article): ${ms(performance.now() - c0)} ms; top: ${first.rows[0]?.title}`);
  for (const [name, q] of QUESTIONS) {
    const { total } = await ask(q);
    const t = await timeIt(runs, () => ask(q));
    console.log(`[kb ${label}] ${name}: ${total} found, p50 ${ms(t.p50)} ms, p95 ${ms(t.p95)} ms (cpu p50 ${ms(t.cpu)} ms)`);
  }
  // One article changed: the next search re-reads it.
  const one = await db.selectFrom('kb_articles').select('id').orderBy('id').executeTakeFirstOrThrow();
  await db.updateTable('kb_articles').set({ version: 99, updated_at: new Date() }).where('id', '=', one.id).execute();
  const u0 = performance.now();
  await ask(QUESTIONS[1][1]);
  console.log(`[kb ${label}] search after one article changed: ${ms(performance.now() - u0)} ms   (load ${load()})`);
}

export async function benchKb(opts: { articles: number; runs: number }) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hotline-bench-kb-'));
  const lite = await openDatabase({ dataDir: dir });
  try {
    await run('PGlite', lite, opts.articles, opts.runs);
  } finally {
    await lite.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const url = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const scratch = await scratchDatabase(url, 'kb');
  if (!scratch) return;
  const pgdb = await openDatabase({ url: scratch.url });
  try {
    await run('PostgreSQL', pgdb, opts.articles, opts.runs);
  } finally {
    await pgdb.close();
    await scratch.admin.query(`DROP DATABASE IF EXISTS ${scratch.name} WITH (FORCE)`);
    await scratch.admin.end();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { articles: { type: 'string', default: '2000' }, runs: { type: 'string', default: '30' } } });
  await benchKb({ articles: Number(values.articles), runs: Number(values.runs) });
}
