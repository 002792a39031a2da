// Repeats and duplicates (重复件 / 相似诉求; 66号: 重复诉求原则上并单). 66号 calls a request
// repeated (重复诉求) when the same citizen asks again about the same matter — typically after a
// reply, within 30 days; a caller who calls about a different matter is not repeating anything.
// The issue's wording, "a new request from the same caller or about the same matter within 30
// days", is read as two ways to recognise that same matter:
//
//   - caller: the same caller (phone number) about a similar matter — the words at least
//     CALLER_MIN_TEXT alike and no other place named. The caller tells us it is the same person,
//     so the words need not be as alike as between strangers (a caller retells in other words,
//     often without repeating the place);
//   - matter: the same matter from anyone — the same problem at the same place: the words at
//     least MATTER_MIN_TEXT alike, a named place shared, and an overall similarity of at least
//     REPEAT_MIN_SCORE (a neighbour reporting the same broken manhole).
//
// The same rule serves three places: the intake form warns while the agent types (findRepeat via
// POST /tickets/repeat-check, before anything is saved), the repeats listener flags every
// registered ticket (src/listeners/repeats.ts: a `repeat_flagged` step on its timeline, shown in
// the dispatch queue and on the ticket page), and the similar-tickets panel ranks merge
// candidates (similarTickets).
//
// Why a listener and not registration itself: registration is the busiest write (one statement,
// store/tickets.ts registerTicket); the same-matter check segments the request and ranks up to
// 50 candidates by full text and similarity, tens of milliseconds of CPU that no caller should
// wait for. After the commit it costs registration nothing, both reasons are decided in one
// place, and the flag is an ordinary step of the timeline (audited, announced live, counted by
// the measures through the ticket's facts).
//
// Matching knows the deployment's own words (MatchingKnowledge, cached per process): the place
// names of its tickets' addresses and its units tree (streets), and synonym pairs learnt from its
// history (text/synonym-learning.ts) on top of the curated lexicon.

import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { canSee, type Actor, type AnyTicketEvent, type Ticket } from '../domain/ticket.js';
import { canReadContent } from '../domain/privacy.js';
import { OPEN_STATUSES, type RepeatReason } from '../domain/ticket-types.js';
import { callerTickets, matterCandidates, recentAddresses, recentTexts, ticketsById } from '../store/repeats.js';
import { appendEvents, findTicket, inTransaction, rowToTicket, ticketColumns } from '../store/tickets.js';
import { addressPlaces, findPlaces, placeGazetteer } from '../text/places.js';
import { candidateQuery, profile, similarity, type MatchingKnowledge, type Profile, type SimilarityInput, type SimilarityScore } from '../text/similarity.js';
import { SynonymLearner } from '../text/synonym-learning.js';
import { curatedSynonyms } from '../text/synonyms.js';
import type { AppContext } from './context.js';

/** A request within this many days of an earlier one from the same caller or about the same matter is a repeat. */
export const REPEAT_WINDOW_DAYS = 30;
/**
 * The same matter from anyone: at least this similar overall and sharing a named place. Above
 * the similar-tickets panel's 0.55 (api/search.ts SIMILAR_MIN_SCORE): a flag is a claim, a
 * candidate a suggestion.
 */
export const REPEAT_MIN_SCORE = 0.6;
/**
 * …and the words at least this alike (cosine of their meanings): a place shared with another
 * problem there (渣土车撒漏 at the noisy building site) is not the same matter. On the hand-written
 * matters of test/text/similarity.test.ts another citizen's retelling scores 0.57–0.81, another
 * problem at the same place 0.10–0.48.
 */
export const MATTER_MIN_TEXT = 0.55;
/**
 * The same caller about a similar matter: the words at least this alike, no other place named.
 * Lower than MATTER_MIN_TEXT (the caller is known to be the same), above every other problem of
 * the hand-written matters (at most 0.48).
 */
export const CALLER_MIN_TEXT = 0.5;

const DAY = 86_400_000;

// ── What matching knows of the deployment ─────────────────────────────────────────────────────

/** Addresses read for place names, and requests read for synonyms (the latest ones). */
const ADDRESSES_READ = 20_000;
const TEXTS_READ = 5_000;
/** How long what was learnt serves before it is learnt again (in the background). */
const KNOWLEDGE_MAX_AGE_MS = 30 * 60_000;

interface KnowledgeCache {
  value: MatchingKnowledge | null;
  at: number;
  loading: Promise<MatchingKnowledge> | null;
}
const caches = new WeakMap<AppContext, KnowledgeCache>();

/**
 * The place gazetteer and synonym lexicon of this deployment: learnt on first use, then served
 * and relearnt in the background every half hour (a request never waits for a relearning).
 */
export async function matchingKnowledge(ctx: AppContext): Promise<MatchingKnowledge> {
  let c = caches.get(ctx);
  if (!c) caches.set(ctx, (c = { value: null, at: 0, loading: null }));
  const cache = c;
  // Real time, not the context's clock (tests move that one about).
  const stale = !cache.value || Date.now() - cache.at > KNOWLEDGE_MAX_AGE_MS;
  if (stale && !cache.loading) {
    cache.loading = learnKnowledge(ctx).then(
      (k) => {
        cache.value = k;
        cache.at = Date.now();
        cache.loading = null;
        return k;
      },
      (err) => {
        cache.loading = null;
        throw err;
      },
    );
    // A failed background relearning keeps what was known.
    cache.loading.catch((err) => ctx.log.error({ err }, 'learning place names and synonyms failed'));
  }
  return cache.value ?? (cache.loading as Promise<MatchingKnowledge>);
}

/** Forget what was learnt (after an import, or a change to the units tree): the next use learns again. */
export function forgetMatchingKnowledge(ctx: AppContext): void {
  caches.delete(ctx);
}

async function learnKnowledge(ctx: AppContext): Promise<MatchingKnowledge> {
  const ref = await ctx.ref.get();
  // Streets and towns of the units tree, and the roads, communities and landmarks of the addresses.
  const names = new Set(ref.units.filter((u) => u.kind === 'street').map((u) => u.name));
  const addresses = await recentAddresses(ctx.db, ADDRESSES_READ);
  for (let i = 0; i < addresses.length; i++) {
    for (const p of addressPlaces(addresses[i])) names.add(p);
    if (i % 500 === 499) await yieldToLoop(); // segmenting is CPU: let requests through
  }
  const gazetteer = placeGazetteer(names);
  const learner = new SynonymLearner(curatedSynonyms);
  const texts = await recentTexts(ctx.db, TEXTS_READ);
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i];
    const text = `${t.title}。${t.content}`;
    const places = findPlaces(text, { gazetteer });
    if (t.address) for (const p of findPlaces(t.address, { gazetteer, address: true })) places.add(p);
    learner.add({ text, places, at: t.createdAt });
    if (i % 200 === 199) await yieldToLoop();
  }
  const learnt = learner.pairs();
  return { gazetteer, lexicon: learnt.length ? curatedSynonyms.with(learnt) : curatedSynonyms };
}

/** Profiles of stored tickets by id (their texts never change), per knowledge; the oldest go first. */
const PROFILES_KEPT = 5_000;
const profileCaches = new WeakMap<MatchingKnowledge, Map<number, Profile>>();
function ticketProfile(t: Ticket, k: MatchingKnowledge): Profile {
  let cache = profileCaches.get(k);
  if (!cache) profileCaches.set(k, (cache = new Map()));
  const hit = cache.get(t.id);
  if (hit) return hit;
  const p = profile({ title: t.title, content: t.content, address: t.address, districtId: t.districtId, createdAt: t.createdAt, callerName: t.callerName }, k);
  cache.set(t.id, p);
  if (cache.size > PROFILES_KEPT) cache.delete(cache.keys().next().value as number);
  return p;
}

// ── Similar tickets and repeats ───────────────────────────────────────────────────────────────

export interface Match {
  ticket: Ticket;
  score: SimilarityScore;
}

/** Whether the viewer may be shown this ticket as a match: see it, and read it (a confidential one's words would tell). */
const mayMatch = (viewer: Actor | undefined, t: Ticket) => !viewer || (canSee(viewer, t) && canReadContent(viewer, t));

interface MatchQuery {
  input: SimilarityInput;
  since: Date;
  before?: Date;
  openAnyAge?: boolean;
  ticketId?: number | null;
  viewer?: Actor;
  limit?: number;
  /** Only tickets sharing one of its places (text/similarity.ts candidateQuery). */
  placeRequired?: boolean;
}

async function matches(ctx: AppContext, q: MatchQuery): Promise<Match[]> {
  const k = await matchingKnowledge(ctx);
  const target = profile(q.input, k);
  const query = candidateQuery(target, k.lexicon, undefined, { placeRequired: q.placeRequired });
  if (!query) return [];
  const rows = await matterCandidates(ctx.db, { query, since: q.since, before: q.before, openAnyAge: q.openAnyAge, ticketId: q.ticketId, actor: q.viewer, limit: q.limit });
  return rows
    .filter((t) => mayMatch(q.viewer, t))
    .map((t) => ({ ticket: t, score: similarity(target, ticketProfile(t, k)) }))
    .sort((a, b) => b.score.score - a.score.score);
}

/**
 * Tickets about the same matter as the input (相似工单, 并单候选): open ones whatever their age
 * and any registered within `days`, scored, best first, as the viewer may see them.
 */
export async function similarTickets(
  ctx: AppContext,
  viewer: Actor,
  input: SimilarityInput,
  o: { ticketId?: number | null; days: number; minScore: number; limit: number },
): Promise<Match[]> {
  const at = input.createdAt ?? ctx.now();
  const found = await matches(ctx, { input: { ...input, createdAt: at }, since: new Date(at.getTime() - o.days * DAY), openAnyAge: true, ticketId: o.ticketId, viewer });
  return found.filter((m) => m.score.score >= o.minScore).slice(0, o.limit);
}

export interface RepeatQuery {
  /** The ticket being checked (left out of its own candidates); none at intake. */
  ticketId?: number | null;
  callerPhone?: string | null;
  callerName?: string | null;
  title?: string | null;
  content?: string | null;
  address?: string | null;
  districtId?: number | null;
  /** When the request came in. */
  at: Date;
}

export interface Repeat {
  /** The earlier ticket it repeats. */
  earlier: Ticket;
  reason: RepeatReason;
  /** The matter's similarity (0..1). */
  score: number;
  /** Why the matter is the same (shared words and places). */
  why: SimilarityScore;
}

const isOpen = (t: Ticket) => OPEN_STATUSES.includes(t.status);
/** Where a repeat belongs, of the earlier tickets about its matter: an open one first, then the most similar, then the latest. */
const whereItBelongs = (a: Match, b: Match) =>
  Number(isOpen(b.ticket)) - Number(isOpen(a.ticket)) || b.score.score - a.score.score || b.ticket.createdAt.getTime() - a.ticket.createdAt.getTime() || b.ticket.id - a.ticket.id;

/** The same caller's earlier request is this one's matter (CALLER_MIN_TEXT, no other place). */
export const sameCallersMatter = (s: SimilarityScore) => s.text >= CALLER_MIN_TEXT && !s.otherPlace;
/** Anyone's earlier request is this one's matter: the same problem at the same place. */
export const sameMatter = (s: SimilarityScore) => s.score >= REPEAT_MIN_SCORE && s.text >= MATTER_MIN_TEXT && s.sharedPlaces.length > 0 && !s.otherPlace;

/**
 * The earlier ticket a request repeats, or null: of the same caller's tickets of the window about
 * a similar matter, else of anyone's about the same matter, the one it belongs to (an open one
 * first: that is where a repeat call is added or merged; then the most similar, then the latest). A request with
 * no words to compare (no content) repeats nothing. With a viewer, only tickets the viewer may
 * see and read are considered.
 */
export async function findRepeat(ctx: AppContext, q: RepeatQuery, viewer?: Actor): Promise<Repeat | null> {
  if (!q.content?.trim()) return null;
  const window = { since: new Date(q.at.getTime() - REPEAT_WINDOW_DAYS * DAY), before: q.at, ticketId: q.ticketId };
  const input: SimilarityInput = { title: q.title, content: q.content, address: q.address, districtId: q.districtId, createdAt: q.at, callerName: q.callerName };
  if (q.callerPhone) {
    const k = await matchingKnowledge(ctx);
    const target = profile(input, k);
    const mine = (await callerTickets(ctx.db, q.callerPhone, window))
      .filter((t) => mayMatch(viewer, t))
      .map((t) => ({ ticket: t, score: similarity(target, ticketProfile(t, k)) }))
      .filter((m) => sameCallersMatter(m.score))
      .sort(whereItBelongs);
    if (mine.length) return { earlier: mine[0].ticket, reason: 'caller', score: mine[0].score.score, why: mine[0].score };
  }
  // The same matter from anyone shares a place (sameMatter): only such tickets are read.
  const found = await matches(ctx, { input, ...window, viewer, limit: 50, placeRequired: true });
  const same = found.filter((m) => sameMatter(m.score)).sort(whereItBelongs)[0];
  return same ? { earlier: same.ticket, reason: 'matter', score: same.score.score, why: same.score } : null;
}

// ── The flag as a viewer sees it ─────────────────────────────────────────────────────────────

export interface RepeatLink {
  id: number;
  number: string;
  status: Ticket['status'];
}

/**
 * The earlier tickets of these tickets' repeat flags, as links for this viewer: null where the
 * viewer may not see the earlier ticket (another unit's staff never get a link outside their scope).
 */
export async function repeatLinks(ctx: AppContext, viewer: Actor, tickets: readonly Ticket[]): Promise<Map<number, RepeatLink | null>> {
  const flagged = tickets.filter((t) => t.repeatOf != null);
  const earlier = await ticketsById(ctx.db, flagged.map((t) => t.repeatOf as number));
  const out = new Map<number, RepeatLink | null>();
  for (const t of flagged) {
    const e = earlier.get(t.repeatOf as number);
    out.set(t.id, e && canSee(viewer, e) ? { id: e.id, number: e.number, status: e.status } : null);
  }
  return out;
}

// ── The flag ──────────────────────────────────────────────────────────────────────────────────

/**
 * Checks a registered ticket and, when it repeats an earlier one, records the `repeat_flagged`
 * step (the system's, on its timeline). A ticket flagged already is left as it is. Returns the
 * repeat found, or null.
 */
export async function flagRepeat(ctx: AppContext, ticketId: number): Promise<Repeat | null> {
  const t = await findTicket(ctx.db, ticketId);
  if (!t || t.repeatOf != null) return null;
  const found = await findRepeat(ctx, { ticketId: t.id, callerPhone: t.callerPhone, callerName: t.callerName, title: t.title, content: t.content, address: t.address, districtId: t.districtId, at: t.createdAt });
  if (!found) return null;
  const flagged = await inTransaction(ctx.db, async (tx) => {
    const row = await tx.selectFrom('tickets').selectAll().where('id', '=', t.id).forUpdate().executeTakeFirstOrThrow();
    const now = rowToTicket(row);
    if (now.repeatOf != null) return false;
    const event: AnyTicketEvent = { type: 'repeat_flagged', at: ctx.now(), actorId: null, payload: { repeatOf: found.earlier.id, repeatOfNumber: found.earlier.number, reason: found.reason, score: found.score } };
    const after = await appendEvents(tx, now, [event]);
    await tx.updateTable('tickets').set(ticketColumns(after)).where('id', '=', after.id).execute();
    return true;
  });
  if (flagged) ctx.listeners.nudge();
  return flagged ? found : null;
}
