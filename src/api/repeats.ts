// Repeats at intake (重复件, 66号: 重复诉求原则上并单): while the agent types, the console asks
// whether the request repeats an earlier one — the same caller about a similar matter, or the
// same matter from anyone, within 30 days (app/repeats.ts findRepeat, the rule the repeats
// listener flags registered tickets by). Nothing is saved: the agent then adds the call to the
// open ticket (补充, POST /tickets/{id}/note fromCitizen) or registers it, and the registered
// ticket is flagged with its link.

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { maskWords, normalizePhone } from '../domain/masking.js';
import { REGISTER_ROLES } from '../domain/ticket.js';
import { OPEN_STATUSES, type Role } from '../domain/ticket-types.js';
import { actorFor } from '../app/actor.js';
import type { AppContext } from '../app/context.js';
import { findRepeat, REPEAT_WINDOW_DAYS } from '../app/repeats.js';
import { requireRole } from './auth.js';
import { presentTicket } from './presenters.js';
import { MAX_TEXT, ticketView } from './schemas.js';

const checkBody = z.object({
  callerPhone: z.string().trim().regex(/^[0-9+\-\s]{3,20}$/, '电话号码格式不正确').nullish().describe('来电号码'),
  callerName: z.string().trim().max(100).nullish(),
  title: z.string().max(200).nullish(),
  content: z.string().trim().min(1).max(MAX_TEXT).describe('诉求内容（受理中，尚未登记）'),
  address: z.string().max(500).nullish(),
  districtId: z.number().int().positive().nullish(),
});

export const repeatCheckView = z.object({
  repeat: z
    .object({
      ticket: ticketView.describe('所重复的前一工单'),
      open: z.boolean().describe('前一工单尚未办结：来电可作为补充说明加入该工单'),
      reason: z.enum(['caller', 'matter']).describe('caller：同一诉求人的同一事项；matter：他人反映的同一地点同一问题'),
      score: z.number().describe('事项相似度 0–1'),
      sharedWords: z.array(z.string()),
      sharedPlaces: z.array(z.string()),
    })
    .nullable(),
  windowDays: z.number().describe('重复件的时间窗（天）'),
});

const INTAKE_ROLES = REGISTER_ROLES.filter((r): r is Role => r !== 'system');

export function repeatRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/tickets/repeat-check',
    {
      schema: {
        tags: ['search'],
        summary: '受理时检查重复件：同一诉求人 30 日内的同一事项，或他人反映的同一地点同一问题（不保存任何内容）',
        body: checkBody,
        response: { 200: repeatCheckView },
      },
    },
    async (req) => {
      const user = requireRole(req, INTAKE_ROLES);
      const b = req.body;
      // As the caller history reads it (GET /callers/{phone}/tickets).
      const phone = b.callerPhone ? normalizePhone(b.callerPhone) || null : null;
      const [actor, ref] = await Promise.all([actorFor(ctx, user), ctx.ref.get()]);
      const found = await findRepeat(
        ctx,
        { callerPhone: phone, callerName: b.callerName, title: b.title, content: b.content, address: b.address, districtId: b.districtId, at: ctx.now() },
        actor,
      );
      if (!found) return { repeat: null, windowDays: REPEAT_WINDOW_DAYS };
      const e = found.earlier;
      // The words shown may be a name: masked as the ticket's own text is.
      const names = [b.callerName ?? null, e.callerName];
      return {
        repeat: {
          ticket: presentTicket(e, ref, actor),
          open: OPEN_STATUSES.includes(e.status),
          reason: found.reason,
          score: found.score,
          sharedWords: maskWords(found.why.sharedWords, names),
          sharedPlaces: maskWords(found.why.sharedPlaces, names),
        },
        windowDays: REPEAT_WINDOW_DAYS,
      };
    },
  );
}
