// Live updates from GET /api/v1/events (server-sent events). Read with fetch rather than
// EventSource, which cannot send the Authorization header. Reconnects after a drop and then
// calls onChange with a 'resync' so the screen refetches what it may have missed.

import { useEffect, useRef } from 'react';
import { loadSession } from './api/client';

export type Change =
  | { kind: 'ticket'; id: number; version: number; event: string; unitIds: number[] }
  | { kind: 'call'; userId: number | null; extension: string | null; callId: string; state: string; phone: string | null }
  | { kind: 'handoff'; userId: number; callId: string; requestId: string; mode: string; target: string; status: string; detail: string | null }
  | { kind: 'notification'; unitIds: number[]; centreIds: (number | null)[] }
  | { kind: 'floor'; what: 'call' | 'agent_state' | 'missed_call'; userId: number | null }
  | { kind: 'resync' };

/** The server's word that the stream now hears every change (sent once per connection). */
type Ready = { kind: 'ready' };

// The page's streams (the screen's, the bell's …): <html data-live="open"> once every one of them
// hears changes, so a browser test knows when a change it makes will be seen.
let waiting = 0;
let open = 0;
function mark(): void {
  if (waiting === 0 && open > 0) document.documentElement.dataset.live = 'open';
  else delete document.documentElement.dataset.live;
}

export function useLive(onChange: (c: Change) => void, ticketId?: number): void {
  const handler = useRef(onChange);
  handler.current = onChange;
  useEffect(() => {
    const abort = new AbortController();
    let retry = 1000;
    let first = true;
    const run = async () => {
      while (!abort.signal.aborted) {
        const s = loadSession();
        if (!s) return;
        let state: 'waiting' | 'open' | null = 'waiting';
        waiting++;
        mark();
        const leave = () => {
          if (state === 'waiting') waiting--;
          else if (state === 'open') open--;
          state = null;
          mark();
        };
        try {
          const res = await fetch(`/api/v1/events${ticketId ? `?ticket=${ticketId}` : ''}`, {
            headers: { authorization: `Bearer ${s.token}`, accept: 'text/event-stream' },
            signal: abort.signal,
          });
          if (!res.ok || !res.body) throw new Error(String(res.status));
          retry = 1000;
          const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
          let buf = '';
          for (;;) {
            const { value, done } = await reader.read();
            if (done) break;
            buf += value;
            let at: number;
            while ((at = buf.indexOf('\n\n')) >= 0) {
              const block = buf.slice(0, at);
              buf = buf.slice(at + 2);
              const data = block
                .split('\n')
                .filter((l) => l.startsWith('data:'))
                .map((l) => l.slice(5).trim())
                .join('\n');
              if (data) {
                let change: Change | Ready;
                try {
                  change = JSON.parse(data) as Change | Ready;
                } catch {
                  continue; // not ours
                }
                if (change.kind === 'ready') {
                  // Heard from now on: after a drop, refetch what was missed meanwhile.
                  if (state === 'waiting') {
                    waiting--;
                    open++;
                    state = 'open';
                    mark();
                  }
                  if (!first) handler.current({ kind: 'resync' });
                  first = false;
                } else handler.current(change);
              }
            }
          }
        } catch {
          if (abort.signal.aborted) return;
        } finally {
          leave();
        }
        await new Promise((r) => setTimeout(r, retry));
        retry = Math.min(retry * 2, 15_000);
      }
    };
    void run();
    return () => abort.abort();
  }, [ticketId]);
}
