// Open311 GeoReport v2 queries: services from the category tree, the public view of tickets,
// the updates feed from the timeline, tokens, client updates and the Open311 settings.

import { sql, type Kysely } from 'kysely';
import { UPDATE_EVENT_TYPES, type AttributeDatatype, type AttributeDefinition, type AttributeValues } from '../domain/open311.js';
import { SYSTEM_ACTOR } from '../domain/ticket.js';
import { OPEN_STATUSES, type TicketStatus, type TicketType } from '../domain/ticket-types.js';
import { addAttachments, listAttachments, type AttachmentInfo, type NewAttachment } from './attachments.js';
import type { ReferenceData } from './reference.js';
import type { DB } from './schema.js';
import { readSetting, saveSetting } from './settings.js';
import { inTransaction, runCommand } from './tickets.js';

// ── Settings ───────────────────────────────────────────────────────────────────────────────

export interface Open311Settings {
  /** jurisdiction_id values accepted; empty: any value (or none) is accepted. */
  jurisdictionIds: string[];
  /** Refuse calls without jurisdiction_id (400). */
  requireJurisdiction: boolean;
  /** The ticket type a request created over Open311 gets (求助 by default). */
  ticketType: TicketType;
  /** Ticket types never shown in the public GET responses (举报 protects the whistle-blower). */
  hiddenTypes: TicketType[];
  /**
   * Whether published requests (Open311's own, and others whose citizen agreed) are listed to the
   * public at all. Off: a caller without a key sees nothing; a client key only the requests it created.
   */
  publicListing: boolean;
  /** Requests per minute for calls without an api_key, per client address. */
  anonymousPerMinute: number;
  contact: string;
  keyService: string;
}

export const DEFAULT_OPEN311_SETTINGS: Open311Settings = {
  jurisdictionIds: [],
  requireJurisdiction: false,
  ticketType: 'help',
  hiddenTypes: ['report'],
  publicListing: true,
  anonymousPerMinute: 300,
  contact: '12345 政务服务便民热线',
  keyService: '接口密钥（api_key）由热线平台管理员发放 / api_key is issued by the hotline administrator',
};

export async function getOpen311Settings(db: Kysely<DB>): Promise<Open311Settings> {
  return { ...DEFAULT_OPEN311_SETTINGS, ...((await readSetting<Partial<Open311Settings>>(db, 'open311')) ?? {}) };
}

/** Saves the settings, audited as settings.open311 (before → after) by the admin who changed them, in one transaction. */
export async function saveOpen311Settings(db: Kysely<DB>, s: Open311Settings, by: number | null): Promise<void> {
  await saveSetting(db, 'open311', by, getOpen311Settings, () => ({ value: s }));
}

// ── Services ───────────────────────────────────────────────────────────────────────────────

export interface ServiceCategory {
  id: number;
  code: string;
  name: string;
  parentId: number | null;
  level: number;
  active: boolean;
}

export async function activeCategories(db: Kysely<DB>): Promise<ServiceCategory[]> {
  const rows = await db.selectFrom('categories').select(['id', 'code', 'name', 'parent_id', 'level', 'active']).orderBy('id').execute();
  return rows.map((r) => ({ id: r.id, code: r.code, name: r.name, parentId: r.parent_id, level: r.level, active: r.active }));
}

/** Category ids that define at least one attribute. */
export async function categoriesWithAttributes(db: Kysely<DB>): Promise<Set<number>> {
  const rows = await db.selectFrom('open311_service_attributes').select('category_id').distinct().execute();
  return new Set(rows.map((r) => r.category_id));
}

export async function serviceAttributes(db: Kysely<DB>, categoryId: number): Promise<AttributeDefinition[]> {
  const rows = await db
    .selectFrom('open311_service_attributes')
    .selectAll()
    .where('category_id', '=', categoryId)
    .orderBy('sort')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    code: r.code,
    variable: r.variable,
    datatype: r.datatype as AttributeDatatype,
    required: r.required,
    datatypeDescription: r.datatype_description,
    order: r.sort,
    description: r.description,
    values: r.values ?? [],
  }));
}

/** Replaces a service's attribute definitions as a whole. */
export async function replaceServiceAttributes(db: Kysely<DB>, categoryId: number, defs: AttributeDefinition[]): Promise<void> {
  await db.transaction().execute(async (tx) => {
    await tx.deleteFrom('open311_service_attributes').where('category_id', '=', categoryId).execute();
    if (!defs.length) return;
    await tx
      .insertInto('open311_service_attributes')
      .values(
        defs.map((d) => ({
          category_id: categoryId,
          code: d.code,
          variable: d.variable,
          datatype: d.datatype,
          required: d.required,
          datatype_description: d.datatypeDescription,
          description: d.description,
          sort: d.order,
          values: JSON.stringify(d.values),
        })),
      )
      .execute();
  });
}

// ── Requests ───────────────────────────────────────────────────────────────────────────────

export interface Open311RequestInsert {
  ticketId: number;
  token: string;
  apiKeyId: number | null;
  serviceCode: string;
  accountId: string | null;
  deviceId: string | null;
  lat: number | null;
  long: number | null;
  addressId: string | null;
  zipcode: string | null;
  /** Every photo link sent, in order. */
  mediaUrls: string[];
  email: string | null;
  attributes: AttributeValues;
  /** Photos sent as files (a multipart POST): the ticket's attachments, source 'open311'. */
  files: readonly NewAttachment[];
  createdAt: Date;
}

export async function insertOpen311Request(db: Kysely<DB>, r: Open311RequestInsert): Promise<void> {
  await db
    .insertInto('open311_requests')
    .values({
      ticket_id: r.ticketId,
      token: r.token,
      api_key_id: r.apiKeyId,
      service_code: r.serviceCode,
      account_id: r.accountId,
      device_id: r.deviceId,
      lat: r.lat,
      long: r.long,
      address_id: r.addressId,
      zipcode: r.zipcode,
      media_urls: r.mediaUrls,
      email: r.email,
      attributes: JSON.stringify(r.attributes),
      created_at: r.createdAt,
    })
    .execute();
  await addAttachments(db, r.ticketId, 'open311', r.files, r.createdAt);
}

/** What an Open311 client sent beyond the ticket, for staff (api/open311-ticket.ts masks and labels it). */
export interface Open311Details {
  serviceCode: string;
  /** The service's name now (its category), or null when the code no longer names one. */
  serviceName: string | null;
  /** The client (API key) that sent it. */
  clientName: string | null;
  createdAt: Date;
  lat: number | null;
  long: number | null;
  addressId: string | null;
  zipcode: string | null;
  email: string | null;
  mediaUrls: string[];
  attributes: AttributeValues;
  /** The service definition the attributes were given under (by service code). */
  definitions: AttributeDefinition[];
  /** Photos the client sent as files. */
  files: AttachmentInfo[];
}

/** The Open311 details of a ticket, or null when it did not come in over Open311. */
export async function open311Details(db: Kysely<DB>, ticketId: number): Promise<Open311Details | null> {
  const row = await db
    .selectFrom('open311_requests as o')
    .leftJoin('api_keys as k', 'k.id', 'o.api_key_id')
    .leftJoin('categories as c', 'c.code', 'o.service_code')
    .select(['o.service_code', 'o.lat', 'o.long', 'o.address_id', 'o.zipcode', 'o.email', 'o.media_urls', 'o.attributes', 'o.created_at', 'k.name as client_name', 'c.id as category_id', 'c.name as service_name'])
    .where('o.ticket_id', '=', ticketId)
    .executeTakeFirst();
  if (!row) return null;
  const [definitions, files] = await Promise.all([
    row.category_id == null ? Promise.resolve([]) : serviceAttributes(db, row.category_id),
    listAttachments(db, ticketId),
  ]);
  return {
    serviceCode: row.service_code,
    serviceName: row.service_name,
    clientName: row.client_name,
    createdAt: row.created_at,
    lat: row.lat,
    long: row.long,
    addressId: row.address_id,
    zipcode: row.zipcode,
    email: row.email,
    mediaUrls: row.media_urls ?? [],
    attributes: row.attributes ?? {},
    definitions,
    files: files.filter((f) => f.source === 'open311'),
  };
}

export async function tokenOf(db: Kysely<DB>, ticketId: number): Promise<string | null> {
  const row = await db.selectFrom('open311_requests').select('token').where('ticket_id', '=', ticketId).executeTakeFirst();
  return row?.token ?? null;
}

/** The ticket number a token stands for (only requests the audience may see). */
export async function numberForToken(db: Kysely<DB>, token: string, audience: Audience): Promise<string | null> {
  let q = db
    .selectFrom('open311_requests as o')
    .innerJoin('tickets as t', 't.id', 'o.ticket_id')
    .select('t.number')
    .where('o.token', '=', token)
    .where(visibleTo(audience));
  if (audience.hiddenTypes.length) q = q.where('t.type', 'not in', audience.hiddenTypes);
  const row = await q.executeTakeFirst();
  return row?.number ?? null;
}

// ── Who sees what ──────────────────────────────────────────────────────────────────────────

/**
 * Who asks a public GET: publication is a decision, not a default. A ticket is public only if it
 * came in through Open311 or its citizen agreed (public_consent), and it is neither confidential
 * (保密工单) nor of a hidden type; a client key also sees the requests it created itself.
 * Everything else does not exist for the caller (404, exactly as for a number never issued).
 */
export interface Audience {
  hiddenTypes: TicketType[];
  /** The city lists published requests (Open311Settings.publicListing). */
  publicListing: boolean;
  /** The api_key presented, if any. */
  apiKeyId: number | null;
}

/** The visibility condition on `tickets as t` (hidden types are a separate `where`). */
function visibleTo(a: Audience) {
  const published = a.publicListing ? sql`(t.channel = 'open311' OR t.public_consent)` : sql`false`;
  const own =
    a.apiKeyId != null
      ? sql`EXISTS (SELECT 1 FROM open311_requests own_req WHERE own_req.ticket_id = t.id AND own_req.api_key_id = ${a.apiKeyId})`
      : sql`false`;
  return sql<boolean>`(NOT t.confidential AND t.category_id IS NOT NULL AND (${published} OR ${own}))`;
}

/** What a public GET may show of a ticket. Caller name is read only to mask it inside the text. */
export interface PublicRequestRow {
  id: number;
  number: string;
  status: TicketStatus;
  content: string;
  callerName: string | null;
  address: string | null;
  categoryCode: string;
  categoryName: string;
  unitName: string | null;
  dueBy: Date | null;
  createdAt: Date;
  updatedAt: Date;
  lat: number | null;
  long: number | null;
  addressId: string | null;
  zipcode: string | null;
  mediaUrl: string | null;
  lastUpdate: { type: string; payload: Record<string, unknown> } | null;
}

export interface PublicRequestFilter {
  numbers?: string[];
  categoryIds?: number[];
  statuses?: TicketStatus[];
  from?: Date;
  to?: Date;
  audience: Audience;
  limit: number;
  offset: number;
}

const PUBLIC_UPDATE_TYPES = sql.join(UPDATE_EVENT_TYPES.map((t) => sql.lit(t)));

export async function listPublicRequests(db: Kysely<DB>, f: PublicRequestFilter): Promise<PublicRequestRow[]> {
  let q = db
    .selectFrom('tickets as t')
    .innerJoin('categories as c', 'c.id', 't.category_id')
    .leftJoin('units as u', 'u.id', 't.unit_id')
    .leftJoin('open311_requests as o', 'o.ticket_id', 't.id')
    .select([
      't.id', 't.number', 't.status', 't.content', 't.caller_name', 't.address', 'c.code as category_code',
      'c.name as category_name', 'u.name as unit_name', 't.due_by', 't.created_at', 't.updated_at', 'o.lat', 'o.long',
      'o.address_id', 'o.zipcode',
      // GeoReport v2 has one media_url per request: the first one sent.
      sql<string | null>`o.media_urls[1]`.as('media_url'),
      sql<{ type: string; payload: Record<string, unknown> } | null>`(
        SELECT jsonb_build_object('type', e.type, 'payload', e.payload) FROM ticket_events e
        WHERE e.ticket_id = t.id AND e.type IN (${PUBLIC_UPDATE_TYPES})
          AND NOT (e.type = 'called_back' AND e.payload->>'outcome' = 'pending')
        ORDER BY e.seq DESC LIMIT 1)`.as('last_update'),
    ])
    .where(visibleTo(f.audience));
  if (f.audience.hiddenTypes.length) q = q.where('t.type', 'not in', f.audience.hiddenTypes);
  if (f.numbers) q = q.where('t.number', 'in', f.numbers.length ? f.numbers : ['']);
  if (f.categoryIds) q = q.where('t.category_id', 'in', f.categoryIds.length ? f.categoryIds : [-1]);
  if (f.statuses) q = q.where('t.status', 'in', f.statuses);
  if (f.from) q = q.where('t.created_at', '>=', f.from);
  if (f.to) q = q.where('t.created_at', '<=', f.to);
  const rows = await q.orderBy('t.created_at', 'desc').orderBy('t.id', 'desc').limit(f.limit).offset(f.offset).execute();
  return rows.map((r) => ({
    id: r.id,
    number: r.number,
    status: r.status as TicketStatus,
    content: r.content,
    callerName: r.caller_name,
    address: r.address,
    categoryCode: r.category_code,
    categoryName: r.category_name,
    unitName: r.unit_name,
    dueBy: r.due_by,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    lat: r.lat,
    long: r.long,
    addressId: r.address_id,
    zipcode: r.zipcode,
    mediaUrl: r.media_url,
    lastUpdate: r.last_update,
  }));
}

// ── Updates ────────────────────────────────────────────────────────────────────────────────

export interface UpdateEventRow {
  number: string;
  seq: number;
  type: string;
  payload: Record<string, unknown>;
  at: Date;
  callerName: string | null;
}

export interface UpdateFilter {
  numbers?: string[];
  from?: Date;
  to?: Date;
  audience: Audience;
  limit: number;
  offset: number;
}

/** Timeline events that make public updates, oldest first (a stable order for paging). */
export async function listUpdateEvents(db: Kysely<DB>, f: UpdateFilter): Promise<UpdateEventRow[]> {
  let q = db
    .selectFrom('ticket_events as e')
    .innerJoin('tickets as t', 't.id', 'e.ticket_id')
    .select(['t.number', 'e.seq', 'e.type', 'e.payload', 'e.at', 't.caller_name'])
    .where(visibleTo(f.audience))
    .where('e.type', 'in', [...UPDATE_EVENT_TYPES])
    .where(sql<boolean>`NOT (e.type = 'called_back' AND e.payload->>'outcome' = 'pending')`);
  if (f.audience.hiddenTypes.length) q = q.where('t.type', 'not in', f.audience.hiddenTypes);
  if (f.numbers) q = q.where('t.number', 'in', f.numbers.length ? f.numbers : ['']);
  if (f.from) q = q.where('e.at', '>=', f.from);
  if (f.to) q = q.where('e.at', '<=', f.to);
  const rows = await q.orderBy('e.at').orderBy('e.id').limit(f.limit).offset(f.offset).execute();
  return rows.map((r) => ({ number: r.number, seq: r.seq, type: r.type, payload: r.payload, at: r.at, callerName: r.caller_name }));
}

/** A ticket a client may post an update to, by its public number. */
/**
 * The request a client may post an update to: one that it created itself (open311_requests
 * .api_key_id is its key), by number, and still one it may see (not confidential, not of a
 * hidden type). Any other ticket, a phone ticket or another client's request, is null, exactly
 * as a number never issued.
 */
export async function findOwnRequest(
  db: Kysely<DB>,
  number: string,
  apiKeyId: number,
  hiddenTypes: TicketType[],
): Promise<{ id: number; number: string; status: TicketStatus; unitId: number | null } | null> {
  let q = db
    .selectFrom('tickets as t')
    .innerJoin('open311_requests as o', 'o.ticket_id', 't.id')
    .select(['t.id', 't.number', 't.status', 't.unit_id'])
    .where('t.number', '=', number)
    .where('o.api_key_id', '=', apiKeyId)
    .where('t.confidential', '=', false);
  if (hiddenTypes.length) q = q.where('t.type', 'not in', hiddenTypes);
  const row = await q.executeTakeFirst();
  return row ? { id: row.id, number: row.number, status: row.status as TicketStatus, unitId: row.unit_id } : null;
}

export async function findClientUpdate(db: Kysely<DB>, apiKeyId: number, clientUpdateId: string): Promise<{ id: number; ticketId: number } | null> {
  const row = await db
    .selectFrom('open311_updates')
    .select(['id', 'ticket_id'])
    .where('api_key_id', '=', apiKeyId)
    .where('client_update_id', '=', clientUpdateId)
    .executeTakeFirst();
  return row ? { id: row.id, ticketId: row.ticket_id } : null;
}

export interface ClientUpdateInsert {
  ticketId: number;
  apiKeyId: number;
  clientUpdateId: string | null;
  status: string;
  description: string;
  mediaUrls: string[];
  /** Photos sent as files: the ticket's attachments, source 'open311'. */
  files: readonly NewAttachment[];
  author: Record<string, string>;
  updatedDatetime: Date | null;
  createdAt: Date;
}

/**
 * Records a client's update. On an open request it is the citizen's own addition (补充诉求): a
 * note on the timeline, which tells the unit working on it; on a finished one (a request to
 * reopen, say) a notification asks the lead unit or the centre to look. All in one transaction;
 * a retry with the same client update id returns the first one's id (ON CONFLICT DO NOTHING).
 */
export async function insertClientUpdate(
  db: Kysely<DB>,
  ref: ReferenceData,
  u: ClientUpdateInsert,
  ticket: { status: string; unitId: number | null },
  message: string,
): Promise<{ id: number; replayed: boolean }> {
  // inTransaction: run again if a newer transaction stepped the ticket first (StaleTransaction).
  return inTransaction(db, async (tx) => {
    const row = await tx
      .insertInto('open311_updates')
      .values({
        ticket_id: u.ticketId,
        api_key_id: u.apiKeyId,
        client_update_id: u.clientUpdateId,
        status: u.status,
        description: u.description,
        media_urls: u.mediaUrls,
        author: JSON.stringify(u.author),
        updated_datetime: u.updatedDatetime,
        created_at: u.createdAt,
      })
      .onConflict((oc) => oc.columns(['api_key_id', 'client_update_id']).where('client_update_id', 'is not', null).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!row) {
      const prior = await findClientUpdate(tx, u.apiKeyId, u.clientUpdateId as string);
      return { id: prior!.id, replayed: true };
    }
    await addAttachments(tx, u.ticketId, 'open311', u.files, u.createdAt);
    if ((OPEN_STATUSES as readonly string[]).includes(ticket.status)) {
      const files = u.files.length ? `（另附照片 ${u.files.length} 张，见附件）` : '';
      const content = [u.description, ...u.mediaUrls.map((url) => `图片：${url}`), files].filter(Boolean).join('\n');
      await runCommand(tx, ref, u.ticketId, { kind: 'note', content, fromCitizen: true }, SYSTEM_ACTOR, u.createdAt);
    } else {
      await tx
        .insertInto('notifications')
        .values({ unit_id: ticket.unitId, ticket_id: u.ticketId, kind: 'open311_update', message, created_at: u.createdAt })
        .execute();
    }
    return { id: row.id, replayed: false };
  });
}
