// The daily report 民情日报: GET /api/v1/reports/daily (HTML) and /reports/daily.pdf (the same
// page printed by a headless Chromium). The figures are the use case's (src/app/daily-report.ts).

import fs from 'node:fs';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Browser } from 'playwright-core';
import { z } from 'zod';
import { isValidDate, shanghaiDate } from '../domain/calendar.js';
import type { Role } from '../domain/ticket-types.js';
import type { AppContext } from '../app/context.js';
import { dailyReportData } from '../app/daily-report.js';
import { requireRole } from './auth.js';
import { attachmentHeader, fileResponse } from './exports.js';
import { HttpProblem } from './problem.js';
import { renderDailyReport } from './report-html.js';

export const REPORT_ROLES: readonly Role[] = ['supervisor', 'analyst', 'admin', 'dispatcher'];

export const dailyQuery = z.object({
  date: z.string().refine(isValidDate, '日期应为有效的 YYYY-MM-DD（上海时间）').optional().describe('报告日期（上海时间），缺省为昨天：最近一个完整的日子'),
});

/**
 * The day a report is of when none is asked for: yesterday in Asia/Shanghai, the last whole day
 * (today's figures are a partial day until midnight).
 */
export function defaultReportDate(now: Date): string {
  return new Date(Date.parse(`${shanghaiDate(now)}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

/**
 * The printed page's footer: the report and its date, page N of M (Chromium fills the page
 * numbers into the spans). The page's own @page margin holds it.
 */
export function pdfFooter(date: string): string {
  return `<div style="width:100%;font-size:8px;color:#555;text-align:center;font-family:'Noto Sans CJK SC','Noto Sans SC',sans-serif">民情日报 ${date} · 第 <span class="pageNumber"></span> 页，共 <span class="totalPages"></span> 页</div>`;
}

// --- PDF -------------------------------------------------------------------------------

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const MAX_PRINTS = 3;

/** Where Chromium is, read on every request so that an operator can fix it without a restart. */
export const chromiumPath = () => process.env.HOTLINE_CHROMIUM || '/usr/bin/chromium';

/** One headless Chromium, launched on the first PDF and reused; relaunched if it dies. */
class PdfPrinter {
  private launched: { path: string; browser: Promise<Browser> } | null = null;
  private closed = false;
  private printing = 0;
  /** Report requests between their start and their answer: a shutdown lets them finish. */
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  private browser(path: string): Promise<Browser> {
    if (this.launched && this.launched.path !== path) {
      const old = this.launched;
      this.launched = null;
      old.browser.then((b) => b.close()).catch(() => {});
    }
    if (!this.launched) {
      // Playwright would kill Chromium itself on the server's SIGTERM/SIGINT (its default), under
      // a report still printing: the server's own shutdown closes it once the reports are done.
      const entry = {
        path,
        // Playwright is loaded on the first PDF only: imported at start it held some 60 MB of
        // every server's resident memory (issue 20), most of which never print a report.
        browser: import('playwright-core').then(({ chromium }) =>
          chromium.launch({ executablePath: path, headless: true, args: CHROMIUM_ARGS, timeout: 60_000, handleSIGTERM: false, handleSIGINT: false, handleSIGHUP: false }),
        ),
      };
      this.launched = entry;
      const forget = () => {
        if (this.launched === entry) this.launched = null;
      };
      entry.browser.then((b) => b.on('disconnected', forget), forget);
    }
    return this.launched.browser;
  }

  /** The Chromium executable to use; 503 when there is none (checked before any work is done). */
  executable(): string {
    if (this.closed) throw new HttpProblem(503, 'shutting_down', '服务正在关闭，请稍后重试');
    const path = chromiumPath();
    if (!fs.existsSync(path)) {
      throw new HttpProblem(
        503,
        'chromium_missing',
        `服务器未安装 Chromium（未找到 ${path}），无法生成 PDF。请在服务器上执行 apt-get install -y chromium fonts-noto-cjk 安装 Chromium 和中文字体，或用环境变量 HOTLINE_CHROMIUM 指定 Chromium 可执行文件；网页版日报不受影响。`,
      );
    }
    return path;
  }

  async print(html: string, footer: string): Promise<Buffer> {
    const path = this.executable();
    // At most MAX_PRINTS pages at once; the others wait their turn.
    while (this.printing >= MAX_PRINTS) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.printing++;
    try {
      let browser: Browser;
      try {
        browser = await this.browser(path);
      } catch (err) {
        throw new HttpProblem(503, 'chromium_failed', `Chromium（${path}）启动失败，无法生成 PDF：${(err as Error).message.split('\n')[0]}`);
      }
      // A fresh context per report: no scripts, nothing fetched (the page is self-contained).
      const context = await browser.newContext({ javaScriptEnabled: false });
      try {
        await context.route('**/*', (route) => route.abort());
        const page = await context.newPage();
        await page.setContent(html, { waitUntil: 'load', timeout: 60_000 });
        return await page.pdf({
          format: 'A4',
          printBackground: true,
          displayHeaderFooter: true,
          headerTemplate: '<span></span>',
          footerTemplate: footer,
          margin: { top: '12mm', right: '10mm', bottom: '16mm', left: '10mm' },
        });
      } finally {
        await context.close().catch(() => {});
      }
    } finally {
      this.release();
    }
  }

  private release() {
    this.printing--;
    this.waiting.shift()?.();
  }

  /**
   * A report request arrived: the printer stays open until it has been answered. Counted from
   * the moment it reaches the server (before sign-in is checked), so that a shutdown signalled in
   * between waits for it instead of refusing it half-way.
   */
  track(res: { once(event: 'close', fn: () => void): unknown }): void {
    this.active++;
    res.once('close', () => this.active--);
  }

  /**
   * On shutdown: requests already being answered finish first (the server stops taking new ones
   * before this runs; the grace period bounds the wait), then Chromium goes.
   */
  async close(): Promise<void> {
    for (const end = Date.now() + 120_000; (this.active > 0 || this.printing > 0) && Date.now() < end; ) await new Promise((r) => setTimeout(r, 50));
    this.closed = true;
    const entry = this.launched;
    this.launched = null;
    if (entry) await entry.browser.then((b) => b.close()).catch(() => {});
  }
}

export function reportRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const printer = new PdfPrinter();
  app.addHook('onClose', async () => printer.close());
  // The raw server's own 'request' event: before any hook (the request log, sign-in) runs.
  app.server.on('request', (req, res) => {
    if (req.url?.startsWith('/api/v1/reports/daily.pdf')) printer.track(res);
  });

  const reportFor = async (date: string | undefined) => renderDailyReport(await dailyReportData(ctx, date ?? defaultReportDate(ctx.now())));

  r.get(
    '/reports/daily',
    { schema: { tags: ['reports'], summary: '民情日报（HTML）', querystring: dailyQuery, response: { 200: { description: '自包含的 HTML 页面（无脚本）', content: { 'text/html': { schema: z.string() } } } } } },
    async (req, reply) => {
      requireRole(req, REPORT_ROLES);
      const html = await reportFor(req.query.date);
      return reply
        .type('text/html; charset=utf-8')
        .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'")
        .header('cache-control', 'no-store')
        .send(html);
    },
  );

  r.get(
    '/reports/daily.pdf',
    {
      schema: {
        tags: ['reports'],
        summary: '民情日报（PDF，需要服务器安装 Chromium）',
        querystring: dailyQuery,
        response: { ...fileResponse('application/pdf', 'PDF（A4，每页页脚有页码）'), 503: { description: '服务器未安装 Chromium 或无法启动（problem+json）', content: { 'application/problem+json': { schema: z.looseObject({}) } } } },
      },
    },
    async (req, reply) => {
      requireRole(req, REPORT_ROLES);
      printer.executable();
      const date = req.query.date ?? defaultReportDate(ctx.now());
      const pdf = await printer.print(renderDailyReport(await dailyReportData(ctx, date)), pdfFooter(date));
      return reply
        .type('application/pdf')
        .header('content-disposition', attachmentHeader(`民情日报-${date}.pdf`, `daily-report-${date}.pdf`, 'inline'))
        .header('cache-control', 'no-store')
        // Bytes, not the documented problem body of a 503: sent as they are, nothing serialized.
        .send(pdf as never);
    },
  );
}
