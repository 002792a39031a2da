// Scripted demo tickets, on top of the random ones in load.ts: the hand-down chain (下派) from a
// district to a street and a community and back up with the replies, and the centre's own steps
// (改派, 撤回, 不予受理). Not random: right after the load the console shows each state — tickets
// waiting at a community, a reply waiting for a street's review (审核), one sent back and then
// approved, replies that came up the whole chain. Every step is a real lifecycle command.
//
// Time follows load.ts: a scene's steps are minutes apart, and it was registered long enough ago
// that its last step lies `idle` minutes before `now`, so nothing happens in the future.

import type { Kysely } from 'kysely';
import type { Actor, Command } from '../domain/ticket.js';
import type { ReferenceData } from '../store/reference.js';
import type { DB } from '../store/schema.js';
import { registerTicket, runCommand } from '../store/tickets.js';
import {
  demoChainRequests,
  demoCommunities,
  demoGivenNames,
  demoRefusals,
  demoRequests,
  demoRoadNames,
  demoSurnames,
  demoUnits,
  fillTemplate,
  type TicketType,
} from './city.js';

const MINUTE = 60_000;

export interface SceneContext {
  db: Kysely<DB>;
  ref: ReferenceData;
  now: Date;
  /** load.ts's seeded random numbers. */
  r: { int: (lo: number, hi: number) => number; pick: <T>(xs: readonly T[]) => T };
  unitId: (code: string) => number;
  categoryId: (code: string) => number;
  /** A demo account by username (admin, dispatcher, unit-d-jb-01-01 …). */
  actor: (username: string) => Actor;
}

/** One step: minutes after the step before it, the command, and who (a demo username). */
type Step = [minutes: number, command: Command, who: string];

interface Scene {
  request: { categoryCode: string; type: TicketType; title: string; content: string };
  /** The district the request is about (its code), and where. */
  district: string;
  address: string;
  steps: Step[];
  /** Minutes between the last step and now. */
  idle: number;
}

const unitByCode = new Map(demoUnits.map((u) => [u.code, u]));
const handlerOf = (code: string) => `unit-${code.toLowerCase()}`;

/** Loads the scenes; returns how many tickets they made. */
export async function loadScenes(c: SceneContext): Promise<number> {
  const { r } = c;
  const scenes: Scene[] = [];
  const values = (district: string, street: string) => ({
    district: unitByCode.get(district)!.name,
    street: unitByCode.get(street)!.name,
    road: r.pick(demoRoadNames),
    community: r.pick(demoCommunities),
    number: String(r.int(1, 399)),
  });
  const where = (v: ReturnType<typeof values>) => `${v.district}${v.street}${v.road}${v.number}号`;

  // ── 下派: district → street → community, and the replies back up ─────────────────────────────
  let nextChain = 0;
  /** A grassroots request dispatched to `district`, accepted, handed to `street`, accepted there, and (given a community) handed on. */
  const chain = (street: string, community: string | null, then: (h: { district: string; street: string; community: string; reply: string; firstReply: string }) => Step[], idle: number) => {
    const district = unitByCode.get(street)!.parentCode!;
    const tpl = demoChainRequests[nextChain++ % demoChainRequests.length];
    const v = values(district, street);
    const h = {
      district: handlerOf(district),
      street: handlerOf(street),
      community: community ? handlerOf(community) : '',
      reply: fillTemplate(tpl.reply, v),
      firstReply: fillTemplate(tpl.firstReply, v),
    };
    const down: Step[] = [
      [25, { kind: 'dispatch', unitId: c.unitId(district), note: '属地管理事项，请区里落实到街道、社区办理' }, 'dispatcher'],
      [40, { kind: 'accept' }, h.district],
      [55, { kind: 'delegate', unitId: c.unitId(street), note: '请街道组织核实处理，按时限答复' }, h.district],
      [35, { kind: 'accept' }, h.street],
    ];
    if (community) down.push([70, { kind: 'delegate', unitId: c.unitId(community), note: '请社区上门核实，处理后如实答复' }, h.street]);
    scenes.push({
      request: { categoryCode: tpl.categoryCode, type: tpl.type, title: fillTemplate(tpl.title, v), content: fillTemplate(tpl.content, v) },
      district,
      address: where(v),
      steps: [...down, ...then(h)],
      idle,
    });
  };
  const approve = (note: string | null = null): Command => ({ kind: 'review-reply', approve: true, note });
  const reject = (note: string): Command => ({ kind: 'review-reply', approve: false, note });

  // Waiting at a community: not accepted yet (待签收).
  chain('D-JB-01', 'D-JB-01-01', () => [], 40);
  // Being handled at a community.
  chain('D-JN-01', 'D-JN-01-02', (h) => [[45, { kind: 'accept' }, h.community]], 3 * 60);
  // The community replied: the street reviews (待审核).
  chain('D-JB-01', 'D-JB-01-02', (h) => [
    [30, { kind: 'accept' }, h.community],
    [20 * 60, { kind: 'reply', content: h.reply }, h.community],
  ], 5 * 60);
  // The street approved the community's reply: the district reviews.
  chain('D-JN-01', 'D-JN-01-03', (h) => [
    [50, { kind: 'accept' }, h.community],
    [22 * 60, { kind: 'reply', content: h.reply }, h.community],
    [90, approve('已核实，同意上报'), h.street],
  ], 20 * 60);
  // Sent back once by the street (审核退回), then approved by the street and the district: replied, waiting for the callback.
  chain('D-JB-01', 'D-JB-01-03', (h) => [
    [30, { kind: 'accept' }, h.community],
    [6 * 60, { kind: 'reply', content: h.firstReply }, h.community],
    [60, reject('答复过于简单，请写明现场核实情况、处理措施和结果'), h.street],
    [20 * 60, { kind: 'reply', content: h.reply }, h.community],
    [45, approve('已复核，情况属实'), h.street],
    [80, approve(null), h.district],
  ], 6 * 60);
  // Up the whole chain and closed after the callback.
  chain('D-JN-01', 'D-JN-01-01', (h) => [
    [40, { kind: 'accept' }, h.community],
    [26 * 60, { kind: 'reply', content: h.reply }, h.community],
    [70, approve(), h.street],
    [3 * 60, approve(), h.district],
    [5 * 60, { kind: 'callback', reached: true, resolved: true, satisfaction: 'satisfied', note: '市民表示问题已解决' }, 'callback'],
  ], 2 * 24 * 60);
  // Handed to a street only: the street replied, the district reviews.
  chain('D-JB-02', null, (h) => [[18 * 60, { kind: 'reply', content: h.reply.replace(/^社区/, '街道') }, h.street]], 4 * 60);
  // A community returned it to the street (not its area): the street handed it to the right one, which accepted.
  chain('D-JB-01', 'D-JB-01-01', (h) => [
    [35, { kind: 'return', reason: '经核实该小区不在本社区网格内，属江滩社区管辖' }, h.community],
    [40, { kind: 'delegate', unitId: c.unitId('D-JB-01-02'), note: '该小区属江滩社区网格，请接办' }, h.street],
    [30, { kind: 'accept' }, handlerOf('D-JB-01-02')],
  ], 2 * 60);
  // Sent back by the street and being handled again at the community.
  chain('D-JN-01', 'D-JN-01-02', (h) => [
    [30, { kind: 'accept' }, h.community],
    [20 * 60, { kind: 'reply', content: h.firstReply }, h.community],
    [2 * 60, reject('请上门核实并写明处理结果，不能只说已处理'), h.street],
  ], 26 * 60);

  // ── 改派 and 撤回: the centre in control ───────────────────────────────────────────────────────
  const template = (code: string) => demoRequests.find((t) => t.categoryCode === code)!;
  const plain = (code: string, district: string, street: string, steps: Step[], idle: number) => {
    const tpl = template(code);
    const v = values(district, street);
    scenes.push({ request: { categoryCode: code, type: tpl.type, title: fillTemplate(tpl.title, v), content: fillTemplate(tpl.content, v) }, district, address: where(v), steps, idle });
  };
  // Dispatched to the wrong department and re-routed to the right one, which accepted.
  plain('C040202', 'D-GX', 'D-GX-02', [
    [20, { kind: 'dispatch', unitId: c.unitId('SHJ'), note: null }, 'dispatcher'],
    [50, { kind: 'reroute', unitId: c.unitId('CGJ'), reason: '餐饮油烟由城管执法部门负责，改派市城管局' }, 'dispatcher'],
    [60, { kind: 'accept' }, 'unit-cgj'],
  ], 3 * 60);
  // Handed down to a street, which found a building-quality matter: the centre re-routes it to the
  // housing bureau, and the district and the street no longer see it.
  plain('C010302', 'D-JN', 'D-JN-04', [
    [30, { kind: 'dispatch', unitId: c.unitId('D-JN'), note: '请属地核实' }, 'dispatcher'],
    [40, { kind: 'accept' }, 'unit-d-jn'],
    [50, { kind: 'delegate', unitId: c.unitId('D-JN-04'), note: '请街道核实' }, 'unit-d-jn'],
    [45, { kind: 'accept' }, 'unit-d-jn-04'],
    [4 * 60, { kind: 'note', content: '经街道现场核实，系新建住宅质量问题，开发商拒不维修，需住建部门督促，建议改派。' }, 'unit-d-jn-04'],
    [40, { kind: 'reroute', unitId: c.unitId('ZJJ'), reason: '经街道核实系商品房质量保修问题，属住建部门职责，改派市住建局' }, 'dispatcher'],
  ], 5 * 60);
  // Withdrawn to the dispatch queue (撤回): the address is in another district; and a caller who called back.
  plain('C010101', 'D-JN', 'D-JN-03', [
    [15, { kind: 'dispatch', unitId: c.unitId('D-JB'), note: null }, 'dispatcher'],
    [25, { kind: 'withdraw', reason: '派单时误选区县：地址核实在江南区，撤回重新派单' }, 'dispatcher'],
  ], 50);
  plain('C030301', 'D-JB', 'D-JB-03', [
    [20, { kind: 'dispatch', unitId: c.unitId('GAJ'), note: null }, 'dispatcher'],
    [90, { kind: 'withdraw', reason: '诉求人来电补充了新的情况，撤回重新研判承办单位' }, 'dispatcher'],
  ], 2 * 60);

  // ── 不予受理: told on the call why and where to go ────────────────────────────────────────────
  demoRefusals.forEach((x, i) => {
    const district = ['D-JB', 'D-JN', 'D-GX', 'D-LG', 'D-QS'][i % 5];
    const street = demoUnits.find((u) => u.parentCode === district)!.code;
    const v = values(district, street);
    scenes.push({
      request: { categoryCode: x.categoryCode, type: x.type, title: fillTemplate(x.title, v), content: fillTemplate(x.content, v) },
      district,
      address: where(v),
      steps: [[r.int(6, 12), { kind: 'refuse', reason: x.reason, note: x.note ?? null }, 'agent']],
      idle: (i * 2 + 1) * 24 * 60 + r.int(0, 8 * 60),
    });
  });

  for (const s of scenes) {
    const total = s.steps.reduce((sum, [m]) => sum + m, 0);
    let at = c.now.getTime() - (total + s.idle) * MINUTE;
    const { ticket } = await registerTicket(
      c.db,
      {
        channel: 'phone',
        type: s.request.type,
        priority: 'normal',
        title: s.request.title,
        content: s.request.content,
        callerName: `${r.pick(demoSurnames)}${r.pick(demoGivenNames)}`,
        callerPhone: `1${r.pick(['38', '39', '58', '77', '86', '35'])}${String(r.int(0, 99_999_999)).padStart(8, '0')}`,
        address: s.address,
        categoryId: c.categoryId(s.request.categoryCode),
        districtId: c.unitId(s.district),
      },
      c.actor('agent'),
      new Date(at),
    );
    for (const [minutes, command, who] of s.steps) {
      at += minutes * MINUTE;
      await runCommand(c.db, c.ref, ticket.id, command, c.actor(who), new Date(at));
    }
  }
  return scenes.length;
}
