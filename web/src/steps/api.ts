// The calls the step forms make, and the shapes of the smart endpoints' answers (classify,
// similar tickets, reply quality), typed here so the forms do not depend on how far the
// OpenAPI document describes them.

import { api, ok } from '../api/client';
import type { Ticket, TicketDetail, TicketListItem } from '../api/types';
import type { CommandKind } from '../../../src/domain/ticket';

export interface Suggestion {
  modelVersion: number | null;
  categories: { categoryId: number; name: string; probability: number }[];
  unit: { unitId: number; via: 'catalogue_district' | 'catalogue' | 'category_lead'; categoryId: number; name: string } | null;
  why: { word: string; weight: number }[];
  districtId: number | null;
}

export type SimilarTicket = TicketListItem & {
  score: number;
  why: { sharedWords: string[]; sharedPlaces: string[]; text: number; place: number; time: number };
};

export interface ReplyQuality {
  score: number;
  grade: 'good' | 'fair' | 'poor';
  parts: { relevance: number; completeness: number; timeliness: number | null; form: number };
  reasons: string[];
}

export type DraftText = { title?: string | null; content: string; address?: string | null; districtId?: number | null };

export async function classify(input: DraftText): Promise<Suggestion> {
  const r = await ok(api.POST('/api/v1/classify', { body: input }));
  return r as unknown as Suggestion;
}

export async function similarOf(id: number): Promise<SimilarTicket[]> {
  const r = await ok(api.GET('/api/v1/tickets/{id}/similar', { params: { path: { id: String(id) }, query: { limit: 10, days: 90 } } }));
  return (r as unknown as { items: SimilarTicket[] }).items;
}

export async function similarToDraft(input: DraftText): Promise<SimilarTicket[]> {
  const r = await ok(api.POST('/api/v1/tickets/similar', { params: { query: { limit: 10, days: 90 } }, body: input }));
  return (r as unknown as { items: SimilarTicket[] }).items;
}

export async function replyQuality(id: number, content: string): Promise<ReplyQuality> {
  const r = await ok(api.POST('/api/v1/tickets/{id}/reply-quality', { params: { path: { id: String(id) } }, body: { content } }));
  return r as unknown as ReplyQuality;
}

export async function loadTicket(id: number): Promise<TicketDetail> {
  return ok(api.GET('/api/v1/tickets/{id}', { params: { path: { id: String(id) } } }));
}

/** POST /tickets/{id}/{step}: one lifecycle step; answers the ticket after it. */
export async function runStep(id: number, step: CommandKind, body: object): Promise<Ticket> {
  const res = await fetchStep(id, step, body);
  return res;
}

// The step paths are many; one typed call per path would be fifteen copies of the same line.
async function fetchStep(id: number, step: CommandKind, body: object): Promise<Ticket> {
  const post = api.POST as unknown as (path: string, init: { params: { path: { id: string } }; body: object }) => Promise<{ data?: Ticket; error?: unknown; response: Response }>;
  return ok(post(`/api/v1/tickets/{id}/${step}`, { params: { path: { id: String(id) } }, body }));
}
