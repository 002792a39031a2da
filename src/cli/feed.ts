// `hotline feed export --from YYYY-MM-DD --to YYYY-MM-DD [--out FILE]` — the province's feed
// (数据汇聚) in bulk: every ticket event whose time falls on those days (Asia/Shanghai, both
// inclusive) as JSON Lines, one schema v1 document a line (docs/feed.md), personal data masked,
// in stream order. Progress goes to stderr; the lines to --out or stdout.

import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { exportRange } from '../app/feed.js';
import { isValidDate, shanghaiMidnight } from '../domain/calendar.js';
import { prepare } from './database.js';

const USAGE = `用法 / usage:
  hotline feed export --from YYYY-MM-DD --to YYYY-MM-DD [--out FILE] [--data DIR]
        导出这几天（北京时间，含首尾）的工单事件为 JSON Lines（数据汇聚 v1，个人信息脱敏；docs/feed.md）`;

export async function feedCommand(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  const options = { from: { type: 'string' }, to: { type: 'string' }, out: { type: 'string' }, data: { type: 'string' } } as const;
  const parsed = (() => {
    try {
      return parseArgs({ args: rest, options });
    } catch (err) {
      console.error((err as Error).message);
      return null;
    }
  })();
  if (!parsed) {
    console.error(USAGE);
    return 2;
  }
  const { values } = parsed;
  if (sub !== 'export' || !values.from || !values.to || !isValidDate(values.from) || !isValidDate(values.to) || values.from > values.to) {
    if (sub === 'export') console.error('--from 和 --to 应为 YYYY-MM-DD 日期，且 --from 不晚于 --to');
    console.error(USAGE);
    return 2;
  }
  const from = shanghaiMidnight(values.from);
  const to = new Date(shanghaiMidnight(values.to).getTime() + 86_400_000);
  const { database } = await prepare(values.data);
  const out: NodeJS.WritableStream = values.out ? fs.createWriteStream(values.out) : process.stdout;
  const write = (s: string) => new Promise<void>((resolve, reject) => (out.write(s, (err) => (err ? reject(err) : resolve()))));
  let shown = -1;
  const progress = { done: 0 };
  try {
    const n = await exportRange(database.db, from, to, async (docs, total) => {
      await write(docs.map((d) => JSON.stringify(d)).join('\n') + '\n');
      progress.done += docs.length;
      const pct = total ? Math.floor((progress.done / total) * 100) : 100;
      if (pct !== shown) {
        shown = pct;
        process.stderr.write(`\r导出 ${progress.done}/${total} 条事件 [${'#'.repeat(Math.floor(pct / 5)).padEnd(20, '.')}] ${pct}%`);
      }
    });
    process.stderr.write(`${shown >= 0 ? '\n' : ''}已导出 ${n} 条事件（${values.from} 至 ${values.to}）${values.out ? `到 ${values.out}` : ''}\n`);
    return 0;
  } finally {
    if (values.out) await new Promise<void>((resolve) => out.end(resolve));
    await database.close();
  }
}


