// Live updates from GET /api/v1/events (server-sent events). Read with fetch rather than
// EventSource, which cannot send the Authorization header. Reconnects after a drop and then
// calls onChange with a 'resync' so the screen refetches what it may have missed.

import { useEffect, useRef } from 'react';
import { loadSession } from './api/client';

export type Change =
  | { kind: 'ticket'; id: number; version: number; event: string; unitIds: number[] }
  | { kind: 'call'; userId: number | null; extension: string | null; callId: string; state: string; phone: string | null }
  | { kind: 'handoff'; userId: number; callId: string; requestId: string; mode: string; target: string; status: string; detail: string | null }
  | { kind: 'notification'; userId: number | null; role: string | null }
  | { kind: 'floor'; what: 'call' | 'agent_state' | 'missed_call'; userId: number | null }
  | { kind: 'resync' };

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
        try {
          const res = await fetch(`/api/v1/events${ticketId ? `?ticket=${ticketId}` : ''}`, {
            headers: { authorization: `Bearer ${s.token}`, accept: 'text/event-stream' },
            signal: abort.signal,
          });
          if (!res.ok || !res.body) throw new Error(String(res.status));
          if (!first) handler.current({ kind: 'resync' });
          first = false;
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
                try {
                  handler.current(JSON.parse(data) as Change);
                } catch {
                  /* not ours */
                }
              }
            }
          }
        } catch {
          if (abort.signal.aborted) return;
        }
        await new Promise((r) => setTimeout(r, retry));
        retry = Math.min(retry * 2, 15_000);
      }
    };
    void run();
    return () => abort.abort();
  }, [ticketId]);
}
