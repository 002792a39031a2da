// GET /api/v1/tickets/{id}/open311: what an Open311 client sent beyond the ticket, for the staff
// who work it (the ticket page's Open311 附加信息 panel): the attributes labelled by the service
// definition, every photo link and photo file, the e-mail (masked, as every contact detail in
// a view) and the location. Same access as the citizen's files (portal.ts): the ticket's
// readers except analysts; a confidential ticket's details only for those who may read its text.

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { maskText } from '../domain/masking.js';
import { showAttributes } from '../domain/open311.js';
import { canReadContent } from '../domain/privacy.js';
import { canSee } from '../domain/ticket.js';
import { open311Details } from '../store/open311.js';
import { findTicket } from '../store/tickets.js';
import { actorFor } from '../app/actor.js';
import type { AppContext } from '../app/context.js';
import { requireUser } from './auth.js';
import { HttpProblem, notFound } from './problem.js';
import { idParam } from './schemas.js';
import { parseId } from './tickets.js';

const open311View = z.object({
  serviceCode: z.string(),
  serviceName: z.string().nullable().describe('服务代码现在对应的分类名称'),
  client: z.string().nullable().describe('提交诉求的 Open311 客户端（接口密钥名称）'),
  submittedAt: z.string().describe('ISO 8601 时间'),
  withheld: z.boolean().describe('保密工单且当前用户无权阅读内容：以下内容不提供'),
  attributes: z.array(
    z.object({
      code: z.string(),
      label: z.string().describe('服务定义中的说明（无说明时为代码）'),
      datatype: z.string().nullable().describe('服务定义中的数据类型；定义中已没有该属性时为空'),
      values: z.array(z.string()).describe('所填的值，可选项显示为名称；已脱敏'),
    }),
  ),
  mediaUrls: z.array(z.string()).describe('客户端提交的照片链接（第三方网站，按提交顺序）'),
  files: z.array(
    z.object({ id: z.number(), filename: z.string().nullable(), contentType: z.string(), size: z.number(), url: z.string().describe('带令牌 GET 下载（记录日志）') }),
  ),
  email: z.string().nullable().describe('已脱敏'),
  location: z.object({ lat: z.number(), long: z.number() }).nullable().describe('WGS84 经纬度'),
  addressId: z.string().nullable(),
  zipcode: z.string().nullable(),
});

/** A contact address masked; one that is not an address at all keeps only its first character. */
const maskEmail = (email: string) => {
  const masked = maskText(email);
  return masked !== email ? masked : `${[...email][0] ?? ''}***`;
};

export function open311TicketRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/tickets/:id/open311',
    { schema: { tags: ['tickets'], summary: 'Open311 客户端提交的附加信息（属性、照片、邮箱、位置）', params: idParam, response: { 200: open311View } } },
    async (req) => {
      const user = requireUser(req);
      if (user.role === 'analyst') throw new HttpProblem(403, 'forbidden', '当前角色无权查看群众提交的材料');
      const id = parseId(req.params.id);
      const [actor, ticket] = await Promise.all([actorFor(ctx, user), findTicket(ctx.db, id)]);
      if (!ticket || !canSee(actor, ticket)) throw notFound('工单不存在', 'ticket_not_found');
      const d = await open311Details(ctx.db, ticket.id);
      if (!d) throw notFound('该工单不是通过 Open311 提交的', 'not_open311');
      const readable = canReadContent(actor, ticket);
      const names = [ticket.callerName];
      return {
        serviceCode: d.serviceCode,
        serviceName: d.serviceName,
        client: d.clientName,
        submittedAt: d.createdAt.toISOString(),
        withheld: !readable,
        attributes: readable
          ? showAttributes(d.attributes, d.definitions).map((a) => ({ ...a, values: a.values.map((v) => maskText(v, names)) }))
          : [],
        mediaUrls: readable ? d.mediaUrls : [],
        files: readable
          ? d.files.map((f) => ({ id: f.id, filename: f.filename, contentType: f.contentType, size: f.size, url: `/api/v1/tickets/${ticket.id}/attachments/${f.id}` }))
          : [],
        email: readable && d.email ? maskEmail(d.email) : null,
        location: readable && d.lat != null && d.long != null ? { lat: d.lat, long: d.long } : null,
        addressId: readable ? d.addressId : null,
        zipcode: readable ? d.zipcode : null,
      };
    },
  );
}
