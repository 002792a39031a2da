// `hotline serve | migrate | user add | demo` — the command line.

import { parseArgs } from 'node:util';
import { passwordProblem } from './domain/password.js';
import { ROLES, type Role } from './domain/ticket-types.js';
import type { Database } from './store/db.js';
import { migrateToLatest } from './store/migrations.js';
import { seedReferenceData } from './store/reference.js';
import { createUser } from './store/users.js';
import { openFromEnv, prepare } from './cli/database.js';

const USAGE = `用法 / usage: hotline <command> [options]

  serve   [--host H] [--port N] [--data DIR] [--demo]   启动服务（默认 127.0.0.1:12345）
  migrate [--data DIR]                                   创建或升级数据库结构
  user add --username U --role R [--unit CODE] [--display-name NAME] --password-stdin
                                                         新建用户（密码从标准输入读取）
  demo    [--data DIR]                                   向空数据库载入演示数据，并用演示工单训练分类模型
  calendar import FILE [--data DIR]                      导入一年的节假日（JSON，或每行“YYYY-MM-DD 休/班”）
  import --format wenzheng FILE [--encoding utf-8|gb18030|gbk] [--data DIR]
                                                         导入历史诉求（JSON Lines，UTF-8 或 GB18030/GBK，可自动识别）为已办结工单；
                                                         分类体系中没有的标签先提议映射，确认后才导入：
                                                         --accept-mapping | --map 标签=分类 | --new-category 标签（退出码 3：待确认）
  import --format taxonomy FILE [--data DIR]             导入分类体系（每行 {level1, level2?, level3?}）；分类名称也帮助智能分类
  hot FILE [--top N] [--judge MATTERS.json]             离线找出 JSON Lines 文件中的热点问题（--judge：按人工判定的事项打分）
  train [--level N|leaf] [--data DIR]                    用已办结工单训练分类模型（存入数据库，新版本立即生效）
  apikey add --name N --scope open311|telephony|sms|feed|110 [--limit PER_MINUTE] | list | revoke ID [--data DIR]
                                                         接口密钥，每个只用于一种系统（新密钥只在最后一行显示一次）
  feed export --from YYYY-MM-DD --to YYYY-MM-DD [--out FILE] [--data DIR]
                                                         导出这几天的工单事件（JSON Lines，数据汇聚 v1，脱敏；docs/feed.md）
  eval [--cv K [--seed N] [--taxonomy FILE] [--unlabelled FILE]] FILE [--data DIR]
                                                         评估：用当前模型分类 FILE（JSON Lines: title, body, label）；
                                                         --cv K 则在 FILE 上做 K 折分层交叉验证（--seed 换一种分折），
                                                         像训练一样用分类名称（--taxonomy 文件或 --data 数据库的分类体系）
                                                         和未分类的历史诉求（--unlabelled：JSON Lines，不需要 label）

Database: DATABASE_URL=postgres://… uses a PostgreSQL server; otherwise the embedded database
in --data DIR (or HOTLINE_DATA, default ./data), which one process at a time may open.
Roles: ${ROLES.join(', ')}`;

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

async function isEmpty(database: Database): Promise<boolean> {
  const row = await database.db.selectFrom('units').select('id').limit(1).executeTakeFirst();
  return !row;
}

async function loadDemo(database: Database): Promise<void> {
  const { loadDemoData } = await import('./demo/load.js');
  const { credentials, tickets } = await loadDemoData(database.db);
  console.log(`已载入演示数据：${tickets} 张工单。Demo data loaded: ${tickets} tickets.`);
  await trainDemoModel(database);
  console.log('演示账号（密码只显示这一次，请妥善保存）/ demo accounts (passwords are shown this once):');
  const groups = [
    ['centre', '热线中心 / the centre'],
    ['unit', '承办单位经办人：委办局、区县、企业 / unit handlers: departments, districts, enterprises'],
    ['street', '街道经办人（区县下派的第二级）/ street handlers (the chain\'s second level)'],
    ['community', '社区经办人（街道下派的第三级）/ community handlers (the third level)'],
  ] as const;
  for (const [level, heading] of groups) {
    console.log(`  ${heading}`);
    for (const c of credentials.filter((x) => x.level === level)) {
      // Below the centre every account is a unit handler (unit_handler): the role column is the centre's only.
      const role = level === 'centre' ? `${c.role.padEnd(17)} ` : '';
      console.log(`    ${role}${c.username.padEnd(16)} ${c.password}   ${c.note}`);
    }
  }
}

/**
 * Smart from the first start: the demo city's closed tickets train the classifier (末级分类, whose
 * categories name their lead units), so the intake console's suggestion and POST /classify answer
 * with categories and a unit right after `npm start`. A failure is reported, the demo stays.
 */
async function trainDemoModel(database: Database): Promise<void> {
  const { retrainClassifier } = await import('./store/models.js');
  const { trainOnDocs } = await import('./text/training.js');
  const t0 = Date.now();
  try {
    const r = await retrainClassifier(database.db, 'leaf', async ({ docs, labelTerms }) => trainOnDocs(docs, labelTerms), () => new Date());
    if (!r.ok) {
      console.error(`未训练演示分类模型：${r.reason}`);
      return;
    }
    const f1 = r.scores.macroF1 != null ? `，交叉验证宏平均 F1 ${(r.scores.macroF1 * 100).toFixed(1)}%` : '';
    console.log(
      `已用演示工单训练分类模型 第 ${r.version} 版：${r.trainingSize} 条，${r.labels} 个末级分类${f1}，用时 ${((Date.now() - t0) / 1000).toFixed(1)} 秒。` +
        ` Classifier trained on the demo tickets (v${r.version}).`,
    );
  } catch (err) {
    console.error(`演示分类模型训练失败（演示数据已载入）：${(err as Error).message}`);
  }
}

async function serve(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { host: { type: 'string' }, port: { type: 'string' }, data: { type: 'string' }, demo: { type: 'boolean' } },
  });
  const host = values.host ?? process.env.HOST ?? '127.0.0.1';
  const port = Number(values.port ?? process.env.PORT ?? 12345);
  const { database, fresh } = await prepare(values.data);
  // The embedded default loads demo data on its very first start; a server database only when asked.
  if ((values.demo || (database.engine === 'pglite' && fresh)) && (await isEmpty(database))) await loadDemo(database);
  const { buildApp } = await import('./api/app.js');
  const { app, ctx, ops } = await buildApp({ database, logger: { level: process.env.LOG_LEVEL ?? 'info' } });
  const { startChannels } = await import('./channels/index.js');
  const stopChannels = await startChannels(ctx, app.log);
  const { startJobs } = await import('./jobs/scheduler.js');
  // The timers (HOTLINE_JOBS=off: none) and, always, the listeners on the committed event stream.
  const stopJobs = startJobs({
    db: database.db,
    ref: ctx.ref,
    intervalMs: process.env.HOTLINE_JOBS === 'off' ? 0 : Number(process.env.HOTLINE_JOBS_INTERVAL_MS ?? 15_000),
    listeners: ctx.listeners,
    listenersIntervalMs: Number(process.env.HOTLINE_LISTENERS_INTERVAL_MS ?? 200),
    log: app.log,
    onPass: ops.timerPass,
  });
  // A clean stop on SIGTERM or SIGINT: no new connections; requests in flight (an export, a PDF)
  // finish within the grace period; the event streams end; the timers finish their pass and stop,
  // then the listeners; the database closes last; exit 0. A second signal exits at once.
  const graceMs = Math.max(0, Number(process.env.HOTLINE_SHUTDOWN_GRACE_SECONDS ?? 30) || 0) * 1000;
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) {
      app.log.warn({ signal }, 'second signal: exiting now');
      process.exit(1);
    }
    stopping = true;
    app.log.info({ signal, graceSeconds: graceMs / 1000 }, 'stopping: finishing requests in flight');
    const closing = app.close();
    // Connections that fall idle while others finish (kept alive by a client) are closed as they do.
    const reaper = setInterval(() => app.server.closeIdleConnections(), 250);
    let late = false;
    const grace = new Promise<void>((resolve) =>
      setTimeout(() => {
        late = true;
        resolve();
      }, graceMs),
    );
    try {
      await Promise.all([stopJobs(), stopChannels()]);
      await Promise.race([closing, grace]);
      if (late) {
        app.log.warn('grace period over: closing the connections still open');
        app.server.closeAllConnections();
        await Promise.race([closing, new Promise((r) => setTimeout(r, 2000).unref())]);
      }
      clearInterval(reaper);
      await database.close();
      app.log.info('stopped');
      process.exit(late ? 1 : 0);
    } catch (err) {
      app.log.error({ err }, 'stop failed');
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  await app.listen({ host, port });
  // The knowledge base's ranking index, before the first agent asks (searching meanwhile is fine).
  import('./store/kb.js')
    .then(({ warmArticleIndex }) => warmArticleIndex(database.db))
    .catch((err) => app.log.warn({ err }, 'knowledge base index not warmed'));
  console.log(`hotline 已启动：http://${host}:${port}  （数据库：${database.engine === 'pglite' ? `嵌入式 ${database.location}` : database.location}）`);
  return new Promise<number>(() => {}); // runs until a signal
}

async function migrate(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { data: { type: 'string' } } });
  const database = await openFromEnv(values.data);
  try {
    const ran = await migrateToLatest(database.db);
    await seedReferenceData(database.db);
    console.log(ran.length ? `已执行迁移：${ran.join(', ')}` : '数据库结构已是最新 (schema is up to date)');
    return 0;
  } finally {
    await database.close();
  }
}

async function user(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'add') {
    console.error(USAGE);
    return 2;
  }
  const { values } = parseArgs({
    args: rest,
    options: {
      username: { type: 'string' },
      role: { type: 'string' },
      unit: { type: 'string' },
      'display-name': { type: 'string' },
      'password-stdin': { type: 'boolean' },
      data: { type: 'string' },
    },
  });
  if (!values.username || !values.role) {
    console.error('需要 --username 和 --role');
    return 2;
  }
  if (!(ROLES as readonly string[]).includes(values.role)) {
    console.error(`未知角色 ${values.role}；可选：${ROLES.join(', ')}`);
    return 2;
  }
  if (!values['password-stdin']) {
    console.error('请用 --password-stdin 从标准输入提供密码（避免密码出现在命令行历史中）');
    return 2;
  }
  const password = await readStdin();
  const weak = passwordProblem(password, values.username);
  if (weak) {
    console.error(`密码不可用 (weak password)：${weak}`);
    return 2;
  }
  const { database } = await prepare(values.data);
  try {
    let unitId: number | null = null;
    if (values.unit) {
      const unit = await database.db.selectFrom('units').select('id').where('code', '=', values.unit).executeTakeFirst();
      if (!unit) {
        console.error(`单位代码不存在：${values.unit}`);
        return 2;
      }
      unitId = unit.id;
    }
    if (values.role === 'unit_handler' && unitId == null) {
      console.error('承办单位经办人需要 --unit CODE');
      return 2;
    }
    const taken = await database.db.selectFrom('users').select('id').where('username', '=', values.username).executeTakeFirst();
    if (taken) {
      console.error(`用户名已存在：${values.username}`);
      return 1;
    }
    const u = await createUser(database.db, {
      username: values.username,
      password,
      role: values.role as Role,
      unitId,
      displayName: values['display-name'] ?? null,
    });
    console.log(`已创建用户 ${u.username}（${u.role}，id ${u.id}）`);
    return 0;
  } finally {
    await database.close();
  }
}

async function demo(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { data: { type: 'string' } } });
  const { database } = await prepare(values.data);
  try {
    if (!(await isEmpty(database))) {
      console.error('数据库不为空，未载入演示数据 (the database is not empty; demo data not loaded)');
      return 1;
    }
    await loadDemo(database);
    return 0;
  } finally {
    await database.close();
  }
}

async function calendar(args: string[]): Promise<number> {
  const [sub, file, ...rest] = args;
  if (sub !== 'import' || !file) {
    console.error(USAGE);
    return 2;
  }
  const { values } = parseArgs({ args: rest, options: { data: { type: 'string' } } });
  const { readFileSync } = await import('node:fs');
  const { parseCalendarFile } = await import('./domain/calendar.js');
  const { year, errors } = parseCalendarFile(readFileSync(file, 'utf8'));
  if (!year) {
    for (const e of errors) console.error(e);
    return 1;
  }
  const { database } = await prepare(values.data);
  try {
    const { upsertCalendarYear } = await import('./store/reference.js');
    await upsertCalendarYear(database.db, { ...year, provisional: false }, true);
    console.log(`已导入 ${year.year} 年日历：放假 ${year.holidays.length} 天，调休上班 ${year.workdays.length} 天`);
    return 0;
  } finally {
    await database.close();
  }
}

async function hot(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { top: { type: 'string', default: '10' }, json: { type: 'boolean' }, judge: { type: 'string' } } });
  const file = positionals[0];
  if (!file) {
    console.error('用法：hotline hot FILE [--top N] [--json] [--judge MATTERS.json]   （FILE：每行 {id, title?, body|content, time, user?, up?} 的 JSON Lines；MATTERS：[{matter, ids}]，人工判定的同一事项）');
    return 2;
  }
  const { readFileSync } = await import('node:fs');
  const { findHotTopics, hotItemFrom } = await import('./text/hot-topics.js');
  const items: ReturnType<typeof hotItemFrom>[] = [];
  let bad = 0;
  type Matters = { matter: string; ids: (string | number)[] }[];
  let text: string;
  let matters: Matters | null;
  try {
    text = readFileSync(file, 'utf8');
    matters = values.judge ? (JSON.parse(readFileSync(values.judge, 'utf8')) as Matters) : null;
  } catch (err) {
    console.error(`无法读取：${(err as Error).message}`);
    return 1;
  }
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    try {
      items.push(hotItemFrom(JSON.parse(line) as Record<string, unknown>, i + 1));
    } catch (err) {
      bad++;
      console.error(`第 ${i + 1} 行已跳过：${(err as Error).message}`);
    }
  });
  const t0 = Date.now();
  const topics = findHotTopics(items);
  const seconds = (Date.now() - t0) / 1000;
  const top = topics.slice(0, Number(values.top));
  if (values.json && !matters) {
    console.log(JSON.stringify(top.map((t) => ({ label: t.label, size: t.size, callers: t.callers, supports: t.supports, heat: t.heat, first: t.first, last: t.last, items: t.items }))));
    return 0;
  }
  console.log(`${items.length} 条诉求（跳过 ${bad} 行），找到 ${topics.length} 个热点，用时 ${seconds.toFixed(1)} 秒：`);
  top.forEach((t, i) => {
    const span = `${t.first.toISOString().slice(0, 10)} ~ ${t.last.toISOString().slice(0, 10)}`;
    console.log(`${String(i + 1).padStart(2)}. ${t.label}  ${t.size} 条，${t.callers} 人，点赞 ${t.supports}，热度 ${t.heat.toFixed(1)}，${span}`);
  });
  if (matters) {
    // Judged against matters a person identified by reading (rule in src/text/hot-judge.ts).
    const { judgeTopics } = await import('./text/hot-judge.js');
    const r = judgeTopics(topics, matters, 20);
    console.log(`\n人工判定的 ${matters.length} 个事项（前 20 个热点中成为一个热点：含其 ≥80% 且别的热点至多含 1 条）：`);
    for (const m of r.matters) {
      const where = m.rank ? `第 ${m.rank} 个热点含 ${m.found}/${m.size}，纯度 ${(m.purity * 100).toFixed(0)}%（${m.topicSize} 条）${m.splits ? `，另有 ${m.splits} 个热点各含 ≥2 条` : ''}` : '前 20 个热点中没有';
      console.log(`${m.held ? '✓' : '✗'} ${m.matter.slice(0, 40)}  ${where}`);
    }
    console.log(JSON.stringify({ held: r.held, matters: matters.length, top: r.top, purity: Math.round(r.purity * 1000) / 1000, seconds }));
  }
  return 0;
}

async function train(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { level: { type: 'string', default: '1' }, data: { type: 'string' } } });
  const level = values.level === 'leaf' ? 'leaf' : Number(values.level);
  if (level !== 'leaf' && !(level >= 1 && level <= 5)) {
    console.error('--level 应为 1–5 或 leaf');
    return 2;
  }
  const { database } = await prepare(values.data);
  try {
    const { retrainClassifier } = await import('./store/models.js');
    const { trainOnDocs } = await import('./text/training.js');
    const t0 = Date.now();
    const r = await retrainClassifier(database.db, level, async ({ docs, labelTerms, unlabelled }) => trainOnDocs(docs, labelTerms, unlabelled), () => new Date());
    if (!r.ok) {
      console.error(r.reason);
      return 1;
    }
    const { scores } = r;
    console.log(`已训练分类模型 第 ${r.version} 版：${r.trainingSize} 条工单，${r.labels} 个分类，用时 ${((Date.now() - t0) / 1000).toFixed(1)} 秒`);
    if (scores.unlabelled) console.log(`另有 ${scores.unlabelled} 条未分类的历史诉求参与学习（词的文档频率）`);
    if (scores.macroF1 != null) console.log(`${scores.folds} 折交叉验证：准确率 ${(scores.accuracy! * 100).toFixed(1)}%，宏平均 F1 ${(scores.macroF1 * 100).toFixed(1)}%`);
    if (scores.weakClasses.length) {
      // Labels are category codes: shown by name.
      const cats = await database.db.selectFrom('categories').select(['code', 'name']).execute();
      const name = (code: string) => cats.find((c) => c.code === code)?.name ?? code;
      console.log('较弱的分类（交叉验证 F1 低于 90%）：');
      for (const w of scores.weakClasses) {
        const mixed = w.confusedWith.map((c) => `${name(c.label)} ${c.count} 条`).join('、');
        console.log(`  ${name(w.label)}  F1 ${(w.f1 * 100).toFixed(1)}%${mixed ? `，常与 ${mixed} 混淆` : ''}`);
      }
    }
    return 0;
  } finally {
    await database.close();
  }
}

/**
 * The category names a cross-validation may use, as training does: from a taxonomy file
 * ({level1, level2?, level3?} lines), or from the database's category tree when --data is given.
 * Labels in an evaluation file are names, so the terms are keyed by name (and by code).
 */
async function evalTerms(taxonomy: string | undefined, data: string | undefined): Promise<import('./text/classifier.js').LabelTerms | undefined> {
  if (taxonomy) {
    const { readFileSync } = await import('node:fs');
    const { parseTaxonomy } = await import('./store/import-taxonomy.js');
    const { categoryTermsByName } = await import('./text/training.js');
    const { paths, problems } = parseTaxonomy(readFileSync(taxonomy, 'utf8'));
    for (const p of problems) console.error(`分类体系第 ${p.line} 行已跳过：${p.message}`);
    // The file's tree, one node per distinct path prefix.
    const ids = new Map<string, number>();
    const nodes: { id: number; parentId: number | null; name: string; level: number }[] = [];
    for (const path of paths) {
      let parent: number | null = null;
      path.forEach((name, i) => {
        const k = path.slice(0, i + 1).join('\u0000');
        let id = ids.get(k);
        if (id === undefined) {
          ids.set(k, (id = nodes.length + 1));
          nodes.push({ id, parentId: parent, name, level: i + 1 });
        }
        parent = id;
      });
    }
    return categoryTermsByName(nodes);
  }
  if (!data) return undefined;
  const { database } = await prepare(data);
  try {
    const { labelTermsOf } = await import('./store/models.js');
    return await labelTermsOf(database.db);
  } finally {
    await database.close();
  }
}

async function evalCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { cv: { type: 'string' }, seed: { type: 'string' }, data: { type: 'string' }, taxonomy: { type: 'string' }, unlabelled: { type: 'string' } },
  });
  const file = positionals[0];
  if (!file) {
    console.error('用法：hotline eval [--cv K [--seed N] [--taxonomy FILE]] FILE   （FILE：每行 {title, body, label} 的 JSON Lines）');
    return 2;
  }
  const { readFileSync } = await import('node:fs');
  const rows = readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim())
    .map((l, i) => {
      try {
        const r = JSON.parse(l) as { title?: string; body?: string; content?: string; label?: string };
        if (!r.label || !(r.body ?? r.content)) throw new Error('缺少 label 或 body');
        return { title: r.title ?? '', text: String(r.body ?? r.content), label: r.label };
      } catch (err) {
        console.error(`第 ${i + 1} 行已跳过：${(err as Error).message}`);
        return null;
      }
    })
    .filter((r): r is { title: string; text: string; label: string } => r !== null);
  const { formatEvaluation } = await import('./text/evaluation.js');
  const { crossValidate, scoreLabels } = await import('./text/classifier.js');
  if (values.cv) {
    const k = Number(values.cv);
    // Another seed shuffles the folds differently: the spread over seeds is the score's uncertainty.
    const seed = Number(values.seed ?? 1);
    const terms = await evalTerms(values.taxonomy, values.data);
    // The unlabelled history, as training takes it from the database (title and body of each line; a label is ignored).
    const unlabelled = values.unlabelled
      ? readFileSync(values.unlabelled, 'utf8')
          .split(/\r?\n/)
          .filter((l) => l.trim())
          .flatMap((l) => {
            try {
              const r = JSON.parse(l) as { title?: string; body?: string; content?: string };
              const text = r.body ?? r.content;
              return text ? [{ title: r.title ?? '', text: String(text) }] : [];
            } catch {
              return [];
            }
          })
      : [];
    const how = [terms ? `用${values.taxonomy ? '分类体系文件' : '数据库'}中的分类名称` : '', unlabelled.length ? `另有 ${unlabelled.length} 条未分类诉求` : ''].filter(Boolean);
    console.log(`${k} 折分层交叉验证（seed ${seed}），${rows.length} 条${how.map((x) => `，${x}`).join('')}：`);
    console.log(formatEvaluation(crossValidate(rows, k, undefined, seed, terms, unlabelled)));
    return 0;
  }
  const { database } = await prepare(values.data);
  try {
    const { activeModel, CLASSIFIER } = await import('./store/models.js');
    const { classify } = await import('./text/classifier.js');
    type M = import('./text/classifier.js').ClassifierModel;
    const stored = await activeModel<M>(database.db, CLASSIFIER);
    if (!stored) {
      console.error('还没有训练好的模型：请先运行 hotline train');
      return 1;
    }
    // The model's labels are category codes; the file's are names (or codes).
    const cats = await database.db.selectFrom('categories').select(['id', 'code', 'name']).execute();
    const nameOf = new Map(cats.map((c) => [c.code, c.name]));
    // A label an admin mapped at import (商贸旅游 → 商贸消费, category_aliases) is scored as its category.
    const { labelCategoryIds } = await import('./store/category-aliases.js');
    const byLabel = await labelCategoryIds(database.db);
    const nameById = new Map(cats.map((c) => [c.id, c.name]));
    const truth = rows.map((r) => nameById.get(byLabel.get(r.label) ?? -1) ?? r.label);
    const truthSet = new Set(truth);
    const predicted = rows.map(({ title, text }) => {
      const top = classify(stored.model, { title, text }, 1)[0]?.label ?? '';
      return truthSet.has(top) ? top : (nameOf.get(top) ?? top);
    });
    console.log(`模型第 ${stored.version} 版（${stored.trainedAt.toISOString().slice(0, 10)} 训练，${stored.trainingSize} 条），评估 ${rows.length} 条：`);
    console.log(formatEvaluation(scoreLabels(truth, predicted)));
    return 0;
  } finally {
    await database.close();
  }
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  try {
    switch (command) {
      case 'serve':
        return await serve(args);
      case 'migrate':
        return await migrate(args);
      case 'user':
        return await user(args);
      case 'demo':
        return await demo(args);
      case 'calendar':
        return await calendar(args);
      case 'import':
        return await (await import('./cli/import.js')).importCommand(args);
      case 'hot':
        return await hot(args);
      case 'train':
        return await train(args);
      case 'eval':
        return await evalCommand(args);
      case 'apikey':
        return await (await import('./cli/apikey.js')).apikeyCommand(args);
      case 'feed':
        return await (await import('./cli/feed.js')).feedCommand(args);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        console.log(USAGE);
        return command ? 0 : 2;
      default:
        console.error(`未知命令：${command}\n\n${USAGE}`);
        return 2;
    }
  } catch (err) {
    if (err instanceof Error && (err.name === 'DataDirLockedError' || (err as NodeJS.ErrnoException).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')) {
      console.error(err.message);
      return 1;
    }
    throw err;
  }
}
