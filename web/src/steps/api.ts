// The calls the step forms make, and the shapes of the smart endpoints' answers, taken from the
// OpenAPI types (reply quality is typed here: its route declares no response schema yet).

import { api, ok } from '../api/client';
import type { paths } from '../api/schema';
import type { Json, Ticket, TicketDetail } from '../api/types';
import type { CommandKind } from '../../../src/domain/ticket';


export type Suggestion = Json<paths['/api/v1/classify']['post']['responses'][200]>;
export type SimilarTicket = Json<paths['/api/v1/tickets/similar']['post']['responses'][200]>['items'][number];

export interface ReplyQuality {
  score: number;
  /** 优 excellent ≥ 90, 良 good ≥ 75, 中 fair ≥ 50, 差 poor (src/text/reply-quality.ts REPLY_GRADES). */
  grade: 'excellent' | 'good' | 'fair' | 'poor';
  parts: { relevance: number; completeness: number; timeliness: number | null; form: number };
  reasons: string[];
}

export type DraftText = { title?: string | null; content: string; address?: string | null; districtId?: number | null };

export function classify(input: DraftText): Promise<Suggestion> {
  return ok(api.POST('/api/v1/classify', { body: input }));
}

export async function similarOf(id: number): Promise<SimilarTicket[]> {
  return (await ok(api.GET('/api/v1/tickets/{id}/similar', { params: { path: { id: String(id) }, query: { limit: 10, days: 90 } } }))).items;
}

export async function similarToDraft(input: DraftText): Promise<SimilarTicket[]> {
  return (await ok(api.POST('/api/v1/tickets/similar', { params: { query: { limit: 10, days: 90 } }, body: input }))).items;
}

export async function replyQuality(id: number, content: string): Promise<ReplyQuality> {
  const r = await ok(api.POST('/api/v1/tickets/{id}/reply-quality', { params: { path: { id: String(id) } }, body: { content } }));
  return r as unknown as ReplyQuality;
}

export async function loadTicket(id: number): Promise<TicketDetail> {
  return ok(api.GET('/api/v1/tickets/{id}', { params: { path: { id: String(id) } } }));
}

/** POST /tickets/{id}/{step}: one lifecycle step; answers the ticket after it. */
// The step paths are many; one typed call per path would be fifteen copies of the same line.
export function runStep(id: number, step: CommandKind, body: object): Promise<Ticket> {
  const post = api.POST as unknown as (path: string, init: { params: { path: { id: string } }; body: object }) => Promise<{ data?: Ticket; error?: unknown; response: Response }>;
  return ok(post(`/api/v1/tickets/{id}/${step}`, { params: { path: { id: String(id) } }, body }));
}

/** The unit's handlers a ticket may be given to (承办人). */
export async function assignees(): Promise<{ id: number; name: string }[]> {
  return (await ok(api.GET('/api/v1/assignees', {}))).items;
}

/** Files a unit sent with its steps (签收, 答复, 补充说明), by timeline entry (seq). */
export async function stepAttachments(id: number) {
  return (await ok(api.GET('/api/v1/tickets/{id}/step-attachments', { params: { path: { id: String(id) } } }))).items;
}
