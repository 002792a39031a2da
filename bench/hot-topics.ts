// Hot topics (热点问题) on a real board: how long grouping takes, and how many of the matters a
// person identified by reading come out as one topic in the top 20 (rule in src/text/hot-judge.ts).
// A figure, not a test: the data is not in the repository.
//
//   node --import tsx bench/hot-topics.ts [FILE] [--judge MATTERS.json] [--runs 3] [--show N]
//
// FILE defaults to ../shared/data/wenzheng/hot_messages.jsonl, MATTERS to
// test/text/fixtures/hot-matters.json; --show N prints the titles of the top N topics' requests,
// for reading what was put together.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { judgeTopics, type JudgedMatter } from '../src/text/hot-judge.js';
import { findHotTopics, hotItemFrom, type HotTopicItem } from '../src/text/hot-topics.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { judge: { type: 'string' }, runs: { type: 'string', default: '3' }, show: { type: 'string', default: '0' }, top: { type: 'string', default: '20' } },
});
const file = positionals[0] ?? path.resolve(ROOT, '../shared/data/wenzheng/hot_messages.jsonl');
const matters = JSON.parse(fs.readFileSync(values.judge ?? path.join(ROOT, 'test/text/fixtures/hot-matters.json'), 'utf8')) as JudgedMatter[];
const items: HotTopicItem[] = fs
  .readFileSync(file, 'utf8')
  .split(/\r?\n/)
  .filter((l) => l.trim())
  .map((l, i) => hotItemFrom(JSON.parse(l) as Record<string, unknown>, i + 1));
const titles = new Map(items.map((x) => [String(x.id), x.title ?? x.content.slice(0, 40)]));

const times: number[] = [];
let topics = findHotTopics(items);
for (let run = 0; run < Number(values.runs); run++) {
  const t0 = performance.now();
  topics = findHotTopics(items);
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
const top = Number(values.top);
const r = judgeTopics(topics, matters, top);
const matterOf = new Map<string, number>();
matters.forEach((m, k) => m.ids.forEach((id) => matterOf.set(String(id), k)));

console.log(`${items.length} requests, ${topics.length} topics; grouping took ${(times[Math.floor(times.length / 2)] / 1000).toFixed(2)} s (median of ${times.length}, after a warm-up run)`);
topics.slice(0, top).forEach((t, i) => {
  const mine = new Map<number, number>();
  for (const id of t.items) {
    const k = matterOf.get(String(id));
    if (k !== undefined) mine.set(k, (mine.get(k) ?? 0) + 1);
  }
  const tag = [...mine].map(([k, c]) => `M${k + 1}:${c}`).join(' ');
  console.log(`${String(i + 1).padStart(2)}. ${t.label}  ${t.size} 条 ${t.callers} 人 点赞 ${t.supports} 热度 ${t.heat.toFixed(1)}  ${tag}`);
  if (i < Number(values.show)) for (const id of t.items) console.log(`      ${id} ${titles.get(String(id))}`);
});
console.log('');
r.matters.forEach((m, k) => {
  const where = m.rank ? `topic ${m.rank} has ${m.found}/${m.size}, purity ${(m.purity * 100).toFixed(0)}% of ${m.topicSize}${m.splits ? `, ${m.splits} other top topics have ≥ 2` : ''}` : `none in the top ${top}`;
  console.log(`${m.held ? 'held ' : 'split'} M${k + 1} ${m.matter.slice(0, 48)} — ${where}`);
});
console.log(JSON.stringify({ held: r.held, matters: matters.length, top, purity: Math.round(r.purity * 1000) / 1000, seconds: Math.round(times[Math.floor(times.length / 2)]) / 1000 }));
