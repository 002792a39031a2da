// Live updates: this process's reader of the committed event stream, feeding its users' event
// streams (GET /api/v1/events, which decides who may hear what: api/events.ts mayHear). Not
// durable: its cursor is in memory and starts at the stream's end when the process starts; a
// browser that was away refetches. Every server process reads the stream, so a change made
// through one reaches the users of all, in order per ticket, and nothing is announced inside the
// writing transaction (NOTIFY there would serialise commits).

import type { AppContext } from '../app/context.js';
import type { Change } from '../store/events.js';
import type { LiveListener, StreamEvent } from './runner.js';

/** One change per step: a transaction's consecutive events on one ticket. */
export function changesOf(events: StreamEvent[]): Change[] {
  const out: Change[] = [];
  let group: StreamEvent[] = [];
  const flush = () => {
    if (!group.length) return;
    const last = group[group.length - 1];
    // Who may hear of it: the units that could see the ticket before the step or after it.
    const units = new Set<number>(group[0].unitsBefore);
    for (const e of group) for (const u of e.units) units.add(u);
    out.push({ kind: 'ticket', id: last.ticketId, version: last.seq, event: last.type, unitIds: [...units], centreId: last.centreId });
    group = [];
  };
  for (const e of events) {
    if (group.length && (group[0].tx !== e.tx || group[0].ticketId !== e.ticketId)) flush();
    group.push(e);
  }
  flush();
  return out;
}

export function liveListener(ctx: AppContext): LiveListener {
  return {
    kind: 'live',
    name: 'live',
    // A historical import is no news for anyone's screen.
    skip: ['imported'],
    active: () => ctx.changes.size > 0,
    handle(events) {
      for (const change of changesOf(events)) ctx.changes.publish(change);
    },
  };
}
