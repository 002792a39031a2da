// `hotline import --format wenzheng FILE`: a deployment's history as closed tickets, run as an
// operator runs it (a separate process on an embedded data folder).

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/store/db.js';
import { queryTokens, tsQuery } from '../src/text/segment.js';
import { BIN, ROOT, hotline } from './process.js';




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
];
const GOOD = { 1: 9001, 2: 9002, 3: 9003, 5: 9005, 8: 9008, 10: 9010, 12: 9012, 13: 'wz-9013' } as Record<number, number | string>;
const BAD_LINES = [4, 7, 9, 11];

let dir: string;
let file: string;
let data: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hotline-import-'));
  file = path.join(dir, 'messages.jsonl');
  fs.writeFileSync(file, LINES.join('\n') + '\n');
  data = path.join(dir, 'data');
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('hotline import --format wenzheng', () => {
  it('imports the good rows, names the bad lines, and a second run imports nothing new', async () => {
    const first = await hotline(['import', '--format', 'wenzheng', file, '--data', data]);
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

    const again = await hotline(['import', '--format', 'wenzheng', file, '--data', data]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain('已导入 0 条');
    expect(again.stdout).toContain(`已存在跳过 ${n} 条`);
    expect(again.stdout).not.toContain('新建一级分类');

    const database = await openDatabase({ dataDir: data });
    try {
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
    } finally {
      await database.close();
    }
  }, 240_000);

  it('refuses an unknown format or a missing file name with usage, exit code 2', async () => {
    const res = await hotline(['import', '--format', 'csv', file, '--data', path.join(dir, 'other')]);
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('wenzheng');
    expect((await hotline(['import', '--format', 'wenzheng', '--data', path.join(dir, 'other')])).code).toBe(2);
  });
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
    const tdata = path.join(dir, 'tax-data');
    const first = await hotline(['import', '--format', 'taxonomy', taxFile, '--data', tdata]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain('新建分类 8 个');
    expect([...first.stderr.matchAll(/第 (\d+) 行已跳过/g)].map((m) => Number(m[1]))).toEqual([2, 4]);
    expect(first.stderr).toMatch(/第 4 行已跳过：.*二级/);
    const again = await hotline(['import', '--format', 'taxonomy', taxFile, '--data', tdata]);
    expect(again.stdout).toContain('新建分类 0 个');
    // History labelled with the tree's top-level names goes under them: no new top level.
    const history = await hotline(['import', '--format', 'wenzheng', file, '--data', tdata]);
    expect(history.code, history.stderr).toBe(0);
    expect(history.stdout).not.toContain('新建一级分类');

    const database = await openDatabase({ dataDir: tdata });
    try {
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
    } finally {
      await database.close();
    }
  }, 240_000);
});
