// `hotline import --format wenzheng|taxonomy FILE`: a deployment's history and category system,
// run as an operator runs it (a separate process). On the embedded database (a data folder per
// run), or with DATABASE_URL on a database of its own on that server.

import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDatabase, type Database } from '../src/store/db.js';
import { queryTokens, tsQuery } from '../src/text/segment.js';
import { snapshot } from './helpers.js';
import { hotline } from './process.js';

const SERVER = process.env.DATABASE_URL;

/** Where one scenario's data lives: `--data DIR` on the embedded database, else a database of its own on the server. */
interface Place {
  run(args: string[]): ReturnType<typeof hotline>;
  open(): Promise<Database>;
}
const dropLater: string[] = [];
async function place(dir: string, name: string, opts: { fresh?: boolean } = {}): Promise<Place> {
  if (!SERVER) {
    const data = path.join(dir, name);
    // A migrated folder (the suite's template: what import's own first migration makes) spares
    // each scenario PGlite's initdb; the first scenario starts from nothing, as an operator does.
    if (!opts.fresh) fs.cpSync(path.join(inject('pgliteTemplate'), 'pgdata'), path.join(data, 'pgdata'), { recursive: true });
    return { run: (args) => hotline([...args, '--data', data]), open: () => openDatabase({ dataDir: data }) };
  }
  const db = `hotline_imp_${process.pid}_${crypto.randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: SERVER });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${db}`);
  await admin.end();
  dropLater.push(db);
  const u = new URL(SERVER);
  u.pathname = `/${db}`;
  const url = u.toString();
  return { run: (args) => hotline(args, { env: { DATABASE_URL: url } }), open: () => openDatabase({ url }) };
}

/** Runs fn on the place's database, closed after. */
async function withDb<T>(p: Place, fn: (database: Database) => Promise<T>): Promise<T> {
  const database = await p.open();
  try {
    return await fn(database);
  } finally {
    await database.close();
  }
}

/**
 * A GBK encoder from Node's own GBK decoder (no dependency): every two-byte code decoded once.
 * Checked against the standard's codes: 中 D6D0, 文 CEC4.
 */
function gbkEncoder(): (text: string) => Buffer {
  const decoder = new TextDecoder('gbk', { fatal: true });
  const codes = new Map<string, [number, number]>();
  for (let a = 0x81; a <= 0xfe; a++) {
    for (let b = 0x40; b <= 0xfe; b++) {
      if (b === 0x7f) continue;
      try {
        const ch = decoder.decode(Uint8Array.of(a, b));
        if (ch.length === 1 && !codes.has(ch)) codes.set(ch, [a, b]);
      } catch {
        // not a character in GBK
      }
    }
  }
  return (text) =>
    Buffer.from(
      [...text].flatMap((ch) => {
        if (ch.charCodeAt(0) < 0x80) return [ch.charCodeAt(0)];
        const code = codes.get(ch);
        if (!code) throw new Error(`no GBK code for ${ch}`);
        return code;
      }),
    );
}

// The file, line by line (line numbers as the importer counts them: from 1, blank lines included).
const row = (o: Record<string, unknown>) => JSON.stringify(o);
const LINES: string[] = [
  /* 1 */ row({ id: 9001, user: 'U0001', title: 'A市建设路地铁工地夜间施工噪音扰民', time: '2019-03-01T22:15:00+08:00', body: '建设路地铁工地每天晚上十一点后还在打桩，噪音很大，附近居民无法入睡。', label: '城乡建设', reply: '经核查，已责令施工单位停止夜间作业并加装隔音屏障。', reply_time: '2019-03-05T09:30:00+08:00', up: 12, down: 1 }),
  /* 2 */ row({ id: 9002, user: 'U0002', title: '恒达建筑公司拖欠农民工工资', time: '2019-04-02T09:00:00+08:00', body: '恒达建筑公司拖欠二十多名农民工工资共计四十万元，已经三个月没发了。', label: '劳动和社会保障', reply: '劳动保障监察支队已立案，督促企业在十五日内足额支付欠薪。', reply_time: '2019-04-10T16:00:00+08:00' }),
  /* 3 */ row({ id: 9003, user: 'U0003', title: '金桂花园门口道路积水', time: '2019-05-03T08:00:00+08:00', body: '金桂花园南门外的滨河路每逢下雨就积水，居民出行困难。', label: '城乡建设' }),
  /* 4 */ '{"id": 9004, "title": "坏行", "time": "2019-05-04T08:00:00+08:00", "body": "没有结尾的 JSON',
  /* 5 */ row({ id: 9005, user: 'U0005', title: '社保卡补办咨询', time: '2019-06-05T10:00:00+08:00', body: '请问社保卡丢了在哪里补办？需要带什么材料？', label: '劳动和社会保障', reply: '可携带身份证到任一社保卡服务网点补办，也可在线申请邮寄。', reply_time: '2019-06-06T11:00:00+08:00' }),
  /* 6 */ '',
  /* 7 */ row({ id: 9007, user: 'U0007', title: '空内容', time: '2019-07-07T10:00:00+08:00', body: '   ', label: '城乡建设' }),
  /* 8 */ row({ id: 9008, user: 'U0008', title: '老旧小区加装电梯的建议', time: '2019-08-08T10:00:00+08:00', body: '建议政府对老旧小区加装电梯给予补贴，方便老人上下楼。', label: '城乡建设', up: 30 }),
  /* 9 */ row({ id: 9009, user: 'U0009', title: '时间不对的留言', time: '去年夏天', body: '这一行的时间无法识别。', label: '教育文体' }),
  /* 10 */ row({ id: 9010, user: 'U0010', title: '工伤认定流程', time: '2019-10-10T10:00:00+08:00', body: '在工地受伤了，工伤认定要怎么申请？', label: '劳动和社会保障', reply: '由用人单位在事故发生之日起三十日内提出工伤认定申请。', reply_time: '2019-10-12T10:00:00+08:00' }),
  /* 11 */ row({ id: 9002, user: 'U0011', title: '重复编号', time: '2019-11-11T10:00:00+08:00', body: '这一行与第二行编号相同。', label: '劳动和社会保障' }),
  /* 12 */ row({ id: 9012, user: 'U0012', title: '小区垃圾清运不及时', time: '2019-12-12T10:00:00+08:00', body: '幸福小区的垃圾已经三天没人清运了，臭气熏天。', label: '城乡建设', reply: '已督促环卫公司每日清运两次。', reply_time: '2019-12-13T10:00:00+08:00' }),
  /* 13 */ row({ id: 'wz-9013', title: '公积金提取咨询', time: '2020-01-13T10:00:00+08:00', body: '租房可以提取公积金吗？', label: '劳动和社会保障' }),
  /* 14 */ row({ id: 9014, user: 'U0014', title: '日期不存在', time: '2023-02-30T10:00:00+08:00', body: '二月没有三十日，这一行应被跳过。', label: '城乡建设' }),
  /* 15 */ row({ id: 9015, user: 'U0015', title: '回复日期不存在', time: '2023-04-01T10:00:00+08:00', body: '回复时间是四月三十一日。', label: '城乡建设', reply: '已处理。', reply_time: '2023-04-31T10:00:00+08:00' }),
];
const GOOD = { 1: 9001, 2: 9002, 3: 9003, 5: 9005, 8: 9008, 10: 9010, 12: 9012, 13: 'wz-9013' } as Record<number, number | string>;
const BAD_LINES = [4, 7, 9, 11, 14, 15];

let dir: string;
let file: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hotline-import-'));
  file = path.join(dir, 'messages.jsonl');
  fs.writeFileSync(file, LINES.join('\n') + '\n');
});
afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
  if (SERVER && dropLater.length) {
    const c = new pg.Client({ connectionString: SERVER });
    await c.connect();
    for (const db of dropLater) await c.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
    await c.end();
  }
});

describe('hotline import --format wenzheng', () => {
  it('imports the good rows, names the bad lines (impossible dates too), and a second run imports nothing new', async () => {
    const at = await place(dir, 'data', { fresh: true });
    const first = await at.run(['import', '--format', 'wenzheng', file]);
    expect(first.code, first.stderr).toBe(0);
    const n = Object.keys(GOOD).length;
    expect(first.stdout).toContain(`已导入 ${n} 条`);
    expect(first.stdout).toContain(`有误跳过 ${BAD_LINES.length} 条`);
    expect(first.stdout).toMatch(/新建一级分类：(城乡建设、劳动和社会保障|劳动和社会保障、城乡建设)/);
    const skipped = [...first.stderr.matchAll(/第 (\d+) 行已跳过/g)].map((m) => Number(m[1]));
    expect(skipped).toEqual(BAD_LINES);
    expect(first.stderr).toMatch(/第 4 行已跳过：.*JSON/);
    expect(first.stderr).toMatch(/第 7 行已跳过：.*body/);
    expect(first.stderr).toMatch(/第 9 行已跳过：.*time/);
    expect(first.stderr).toMatch(/第 11 行已跳过：.*9002.*重复/);
    // 2023 is no leap year; April has 30 days.
    expect(first.stderr).toMatch(/第 14 行已跳过：time：日期不存在.*2023 年 2 月只有 28 天/);
    expect(first.stderr).toMatch(/第 15 行已跳过：reply_time：日期不存在.*2023 年 4 月只有 30 天/);
    // Counted by reason: 4 JSON, 7 empty, 9 14 15 dates, 11 duplicate.
    const reasons = first.stdout.split('\n').find((l) => l.startsWith('有误跳过的原因：'));
    for (const part of ['时间不存在或格式不正确 3 行', '不是有效的 JSON 1 行', '内容为空 1 行', '编号在文件中重复 1 行']) expect(reasons).toContain(part);
    // Not a terminal: no progress bar.
    expect(first.stderr).not.toContain('\r');

    const again = await at.run(['import', '--format', 'wenzheng', file]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain('已导入 0 条');
    expect(again.stdout).toContain(`已存在跳过 ${n} 条`);
    expect(again.stdout).not.toContain('新建一级分类');

    await withDb(at, async (database) => {
      const db = database.db;
      const tickets = await db.selectFrom('tickets').selectAll().orderBy('id').execute();
      expect(tickets).toHaveLength(n);
      expect(tickets.map((x) => x.external_id).sort()).toEqual(Object.values(GOOD).map((id) => `wenzheng:${id}`).sort());
      const byExternal = new Map(tickets.map((x) => [x.external_id, x]));

      // Closed, with the label as a top-level category.
      const categories = await db.selectFrom('categories').selectAll().execute();
      const imported = categories.filter((c) => ['城乡建设', '劳动和社会保障'].includes(c.name));
      expect(imported).toHaveLength(2);
      for (const c of imported) {
        expect(c.level).toBe(1);
        expect(c.parent_id).toBeNull();
      }
      // A label seen only on a bad line makes no category.
      expect(categories.map((c) => c.name)).not.toContain('教育文体');
      const catName = new Map(categories.map((c) => [c.id, c.name]));
      for (const [line, id] of Object.entries(GOOD)) {
        const source = JSON.parse(LINES[Number(line) - 1]);
        const t = byExternal.get(`wenzheng:${id}`)!;
        expect(t.status, String(id)).toBe('closed');
        expect(catName.get(t.category_id as number)).toBe(source.label);
        expect(t.title).toBe(source.title);
        expect(t.content).toBe(source.body);
        expect(t.created_at.toISOString()).toBe(new Date(source.time).toISOString());
        expect(t.closed_at?.toISOString()).toBe(new Date(source.reply_time ?? source.time).toISOString());
        expect(t.supports).toBe(source.up ?? 0);
        expect(t.opposes).toBe(source.down ?? 0);
      }

      // Exactly registered + imported for each, the imported event carrying the reply.
      const events = await db.selectFrom('ticket_events').selectAll().orderBy('ticket_id').orderBy('seq').execute();
      expect(events).toHaveLength(2 * n);
      for (const t of tickets) {
        const mine = events.filter((e) => e.ticket_id === t.id);
        expect(mine.map((e) => [e.seq, e.type])).toEqual([
          [1, 'registered'],
          [2, 'imported'],
        ]);
        const externalId = (t.external_id as string).slice('wenzheng:'.length);
        const source = JSON.parse(LINES[Number(Object.entries(GOOD).find(([, v]) => String(v) === externalId)![0]) - 1]);
        expect(mine[1].payload).toMatchObject({ source: 'wenzheng', externalId, reply: source.reply ?? null, label: source.label });
      }

      // Replies are searchable, like the request itself.
      const find = async (q: string) => {
        const expr = tsQuery(queryTokens(q)) as string;
        const rows = await db.selectFrom('tickets').select('external_id').where(sql<boolean>`search @@ to_tsquery('simple', ${expr})`).execute();
        return rows.map((r) => r.external_id).sort();
      };
      expect(await find('隔音屏障')).toEqual(['wenzheng:9001']);
      expect(await find('欠薪')).toEqual(['wenzheng:9002']);
      expect(await find('环卫公司')).toEqual(['wenzheng:9012']);
      expect(await find('打桩 噪音')).toEqual(['wenzheng:9001']);
      expect(await find('公积金')).toEqual(['wenzheng:wz-9013']);
      expect(await find('重复编号')).toEqual([]);
    });
  }, 400_000);

  it('refuses an unknown format or a missing file name with usage, exit code 2; a file that is not there is one line, exit 1', async () => {
    const other = path.join(dir, 'other');
    const res = await hotline(['import', '--format', 'csv', file, '--data', other]);
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('wenzheng');
    expect((await hotline(['import', '--format', 'wenzheng', '--data', other])).code).toBe(2);

    const missing = path.join(dir, 'no-such-file.jsonl');
    const gone = await hotline(['import', '--format', 'wenzheng', missing, '--data', other]);
    expect(gone.code).toBe(1);
    expect(gone.stderr.trim().split('\n')).toEqual([`无法导入：${missing}：文件不存在 (no such file)`]);
    expect(gone.stdout).toBe('');
    // Refused before any database was opened.
    expect(fs.existsSync(other)).toBe(false);
  }, 120_000);

  it('reads UTF-8 with a byte-order mark and Windows line ends, and GBK (detected, or named with --encoding)', async () => {
    const at = await place(dir, 'encodings');
    const bomRows = [
      { id: 'b1', title: '噪音扰民', time: '2021-03-01 08:00:00', body: '楼下商铺音响声音太大，影响休息。', label: '城乡建设' },
      { id: 'b2', title: '路灯不亮', time: '2021-03-02T19:00:00+08:00', body: '滨河路路灯坏了一周。', label: '城乡建设' },
    ];
    const bomFile = path.join(dir, 'bom.jsonl');
    fs.writeFileSync(bomFile, '\uFEFF' + bomRows.map(row).join('\r\n') + '\r\n');
    expect(fs.readFileSync(bomFile).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));

    const gbk = gbkEncoder();
    expect(gbk('中文')).toEqual(Buffer.from([0xd6, 0xd0, 0xce, 0xc4]));
    const gbkRows = [
      { id: 'g1', title: '拖欠工资', time: '2021-04-01T09:00:00+08:00', body: '公司拖欠三个月工资，请劳动监察部门处理。', label: '城乡建设' },
      { id: 'g2', title: '噪声扰民', time: '2021-04-02T22:00:00+08:00', body: '工地夜间施工，噪声很大。', label: '城乡建设' },
      { id: 'g3', title: '医保报销', time: '2021-04-03T10:00:00+08:00', body: '异地就医的医保怎么报销？', label: '城乡建设' },
    ];
    const gbkFile = path.join(dir, 'gbk.jsonl');
    fs.writeFileSync(gbkFile, gbk(gbkRows.map(row).join('\n') + '\n'));
    // Not UTF-8: read as UTF-8 it would be garbage.
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(fs.readFileSync(gbkFile))).toThrow();

    const bom = await at.run(['import', '--format', 'wenzheng', bomFile]);
    expect(bom.code, bom.stderr).toBe(0);
    expect(bom.stderr).not.toContain('已跳过');
    expect(bom.stdout).toContain(`已导入 ${bomRows.length} 条`);
    expect(bom.stdout).not.toContain('文件编码');

    const detected = await at.run(['import', '--format', 'wenzheng', gbkFile]);
    expect(detected.code, detected.stderr).toBe(0);
    expect(detected.stdout).toContain('文件编码：GB18030（自动识别）');
    expect(detected.stdout).toContain(`已导入 ${gbkRows.length} 条`);
    expect(detected.stderr).not.toContain('已跳过');

    // Named: the same rows, already there.
    const named = await at.run(['import', '--format', 'wenzheng', gbkFile, '--encoding', 'gbk']);
    expect(named.code, named.stderr).toBe(0);
    expect(named.stdout).toContain('文件编码：GBK');
    expect(named.stdout).toContain(`已存在跳过 ${gbkRows.length} 条`);
    // Named wrongly: every line is reported as not readable in that encoding, nothing imported.
    const wrong = await at.run(['import', '--format', 'wenzheng', gbkFile, '--encoding', 'utf-8']);
    expect(wrong.code).toBe(1);
    expect([...wrong.stderr.matchAll(/第 (\d+) 行已跳过：含有无法按文件编码识别的字节/g)].map((m) => Number(m[1]))).toEqual([1, 2, 3]);

    await withDb(at, async (database) => {
      const tickets = await database.db
        .selectFrom('tickets as t')
        .innerJoin('categories as c', 'c.id', 't.category_id')
        .select(['t.external_id', 't.title', 't.content', 't.created_at', 'c.name as category'])
        .orderBy('t.external_id')
        .execute();
      // A time without an offset is the board's own (Asia/Shanghai): 2021-03-01 08:00 there is 00:00 UTC.
      const expected = [...bomRows, ...gbkRows].map((r) => ({
        external_id: `wenzheng:${r.id}`,
        title: r.title,
        content: r.body,
        created_at: r.id === 'b1' ? new Date('2021-03-01T00:00:00Z') : new Date(r.time),
        category: r.label,
      }));
      expect(tickets).toEqual(expected.sort((a, b) => a.external_id.localeCompare(b.external_id)));
    });
  }, 400_000);
});

describe('hotline import --format wenzheng: labels the category tree does not know', () => {
  it('proposes a match by name, imports nothing until the admin decides, then keeps the decision', async () => {
    const at = await place(dir, 'mapping');
    const taxFile = path.join(dir, 'city-taxonomy.jsonl');
    fs.writeFileSync(
      taxFile,
      [
        { level1: '城乡建设', level2: '市政设施' },
        { level1: '商贸消费', level2: '消费维权' },
        { level1: '商贸消费', level2: '价格收费' },
        { level1: '卫生健康', level2: '医疗服务' },
        { level1: '教育文体', level2: '文化体育旅游', level3: '旅游服务' },
      ]
        .map(row)
        .join('\n') + '\n',
    );
    const tax = await at.run(['import', '--format', 'taxonomy', taxFile]);
    expect(tax.code, tax.stderr).toBe(0);

    const history = [
      /* 1 */ { id: 'm1', title: '商场预付卡退费', time: '2020-05-01T10:00:00+08:00', body: '商场倒闭，预付卡里的钱退不了。', label: '商贸旅游' },
      /* 2 */ { id: 'm2', title: '旅行社强制购物', time: '2020-05-02T10:00:00+08:00', body: '跟团游被导游强制购物。', label: '商贸旅游' },
      /* 3 */ { id: 'm3', title: '社区医院挂号难', time: '2020-05-03T10:00:00+08:00', body: '社区医院每天只放二十个号。', label: '卫生计生' },
      /* 4 */ { id: 'm4', title: '井盖缺失', time: '2020-05-04T10:00:00+08:00', body: '星沙大道北段井盖不见了。', label: '城乡建设' },
      /* 5 */ { id: 'm5', title: '小区流浪狗', time: '2020-05-05T10:00:00+08:00', body: '小区里流浪狗越来越多。', label: '宠物饲养' },
    ];
    const histFile = path.join(dir, 'mapping.jsonl');
    fs.writeFileSync(histFile, history.map(row).join('\n') + '\n');
    const before = await withDb(at, (database) => snapshot(database));

    // Undecided: the proposals, exit 3, nothing written.
    const ask = await at.run(['import', '--format', 'wenzheng', histFile]);
    expect(ask.code, ask.stderr).toBe(3);
    expect(ask.stdout).toContain('什么都没有导入');
    expect(ask.stdout).toMatch(/商贸旅游（2 条）→ 商贸消费/);
    expect(ask.stdout).toMatch(/卫生计生（1 条）→ 卫生健康/);
    expect(ask.stdout).toMatch(/宠物饲养（1 条）→ 没有相近的分类/);
    // A label the tree has is no question.
    expect(ask.stdout).not.toMatch(/城乡建设（/);
    expect(await withDb(at, (database) => snapshot(database))).toEqual(before);

    // A decision that cannot be carried out: one line, exit 2, nothing written.
    const bad = await at.run(['import', '--format', 'wenzheng', histFile, '--map', '商贸旅游=不存在的分类', '--accept-mapping']);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toContain('不存在的分类');
    expect(await withDb(at, (database) => snapshot(database))).toEqual(before);

    // Decided: 商贸旅游 mapped by hand, 宠物饲养 a category of its own, the rest (卫生计生) as proposed.
    const go = await at.run(['import', '--format', 'wenzheng', histFile, '--map', '商贸旅游=商贸消费', '--new-category', '宠物饲养', '--accept-mapping']);
    expect(go.code, go.stderr).toBe(0);
    expect(go.stdout).toContain('已导入 5 条');
    expect(go.stdout).toContain('新建一级分类：宠物饲养');
    expect(go.stdout).toMatch(/已保存分类映射：商贸旅游 → 商贸消费/);
    expect(go.stdout).toMatch(/已保存分类映射：卫生计生 → 卫生健康/);

    // The next file with the same labels goes where the admin said, without asking.
    const moreFile = path.join(dir, 'mapping-more.jsonl');
    fs.writeFileSync(moreFile, row({ id: 'm6', title: '景区门票乱收费', time: '2020-06-01T10:00:00+08:00', body: '景区门票另收停车费。', label: '商贸旅游' }) + '\n');
    const more = await at.run(['import', '--format', 'wenzheng', moreFile]);
    expect(more.code, more.stderr).toBe(0);
    expect(more.stdout).toContain('已导入 1 条');
    expect(more.stdout).not.toContain('分类映射');

    await withDb(at, async (database) => {
      const db = database.db;
      const tops = await db.selectFrom('categories').select('name').where('parent_id', 'is', null).orderBy('name').execute();
      // No 商贸旅游 or 卫生计生 beside the city's own.
      expect(tops.map((c) => c.name).sort()).toEqual(['卫生健康', '商贸消费', '城乡建设', '宠物饲养', '教育文体'].sort());
      const aliases = await db.selectFrom('category_aliases as a').innerJoin('categories as c', 'c.id', 'a.category_id').select(['a.label', 'c.name']).orderBy('a.label').execute();
      expect(Object.fromEntries(aliases.map((a) => [a.label, a.name]))).toEqual({ 商贸旅游: '商贸消费', 卫生计生: '卫生健康' });
      const tickets = await db.selectFrom('tickets as t').innerJoin('categories as c', 'c.id', 't.category_id').select(['t.external_id', 'c.name']).execute();
      expect(Object.fromEntries(tickets.map((t) => [t.external_id, t.name]))).toEqual({
        'wenzheng:m1': '商贸消费',
        'wenzheng:m2': '商贸消费',
        'wenzheng:m3': '卫生健康',
        'wenzheng:m4': '城乡建设',
        'wenzheng:m5': '宠物饲养',
        'wenzheng:m6': '商贸消费',
      });
    });
  }, 600_000);
});

describe('hotline import --format taxonomy', () => {
  const TAXONOMY = [
    /* 1 */ row({ level1: '城乡建设', level2: '住房保障与房地产', level3: '物业管理' }),
    /* 2 */ '{"level1": "坏行"',
    /* 3 */ row({ level1: '劳动和社会保障', level2: '工资福利', level3: '拖欠工资' }),
    /* 4 */ row({ level1: '城乡建设', level3: '没有二级的三级' }),
    /* 5 */ row({ level1: '教育文体' }),
    /* 6 */ row({ level1: '城乡建设', level2: '住房保障与房地产', level3: '房屋维修' }),
  ];

  it('builds the tree once, names the bad lines, and history under those names joins it; the names become the classifier\'s terms', async () => {
    const taxFile = path.join(dir, 'taxonomy.jsonl');
    fs.writeFileSync(taxFile, TAXONOMY.join('\n') + '\n');
    const at = await place(dir, 'tax-data');
    const first = await at.run(['import', '--format', 'taxonomy', taxFile]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain('新建分类 8 个');
    expect([...first.stderr.matchAll(/第 (\d+) 行已跳过/g)].map((m) => Number(m[1]))).toEqual([2, 4]);
    expect(first.stderr).toMatch(/第 4 行已跳过：.*二级/);
    const again = await at.run(['import', '--format', 'taxonomy', taxFile]);
    expect(again.stdout).toContain('新建分类 0 个');
    // History labelled with the tree's top-level names goes under them: no new top level.
    const history = await at.run(['import', '--format', 'wenzheng', file]);
    expect(history.code, history.stderr).toBe(0);
    expect(history.stdout).not.toContain('新建一级分类');

    await withDb(at, async (database) => {
      const cats = await database.db.selectFrom('categories').select(['id', 'code', 'name', 'parent_id', 'level']).execute();
      const byName = new Map(cats.map((c) => [c.name, c]));
      expect(cats).toHaveLength(8);
      expect(byName.get('物业管理')).toMatchObject({ level: 3, parent_id: byName.get('住房保障与房地产')!.id });
      expect(byName.get('住房保障与房地产')).toMatchObject({ level: 2, parent_id: byName.get('城乡建设')!.id });
      const tickets = await database.db.selectFrom('tickets').select('category_id').where('category_id', '=', byName.get('城乡建设')!.id).execute();
      expect(tickets.length).toBe(4);
      const { labelTermsOf } = await import('../src/store/models.js');
      const terms = await labelTermsOf(database.db);
      // Its own name, then each subcategory's names as one group (a short training document too).
      expect(terms[byName.get('城乡建设')!.code]).toEqual(['城乡建设', ['住房保障与房地产', '物业管理', '房屋维修']]);
      expect(terms[byName.get('物业管理')!.code]).toEqual(['物业管理']);
    });
  }, 400_000);
});
