// The call floor's settings (话务设置), under /api/v1/admin/call-floor: the answer threshold, what
// counts as a short abandon, the missed-call callback deadline and attempts, the targets the
// wallboard measures against, after-call work and the busy reasons. Admins change them (audited);
// the floor's supervisors read them.

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { getCallFloorSettings, saveCallFloorSettings } from '../store/call-floor-settings.js';
import type { AppContext } from '../app/context.js';
import { requireRole } from './auth.js';

const rate = z.number().min(0).max(1);
const settingsBody = z
  .object({
    answerWithinSeconds: z.number().int().min(1).max(600).describe('多少秒内接通算及时应答（默认 15）'),
    shortAbandonSeconds: z.number().int().min(0).max(60).describe('多少秒内挂断算短时放弃（误拨，不计入接通率；默认 5）'),
    missedCallbackMinutes: z.number().int().min(1).max(7 * 8 * 60).describe('漏接电话几个工作分钟内回拨（默认 120）'),
    missedCallbackAttempts: z.number().int().min(1).max(10).describe('回拨未接通几次后结束（默认 3）'),
    answerRateTarget: rate.describe('接通率目标（0–1，默认 0.95）'),
    withinRateTarget: rate.describe('及时应答率目标（0–1，默认 0.8）'),
    afterCallSeconds: z.number().int().min(0).max(3600).describe('话后处理自动结束的秒数（0 为坐席自行示闲）'),
    busyReasons: z.array(z.string().trim().min(1).max(20)).min(1).max(20).describe('示忙原因'),
  })
  .strict();

/** Register inside the /api/v1 plugin: `callFloorSettingsRoutes(api, ctx);` */
export function callFloorSettingsRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['calls'];
  r.get('/admin/call-floor', { schema: { tags, summary: '话务设置', response: { 200: settingsBody } } }, async (req) => {
    requireRole(req, ['admin', 'supervisor']);
    return getCallFloorSettings(ctx.db);
  });
  r.put('/admin/call-floor', { schema: { tags, summary: '修改话务设置（记入操作日志）', body: settingsBody, response: { 200: settingsBody } } }, async (req) => {
    const user = requireRole(req, ['admin']);
    await saveCallFloorSettings(ctx.db, req.body, user.id);
    return getCallFloorSettings(ctx.db);
  });
}
