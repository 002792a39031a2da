// A queue screen's data: the current tab's tickets and the tabs' counts, reloaded when anyone
// acts on a ticket (live updates), with the cursor kept on the same ticket when it is still there.

import { useCallback, useEffect, useRef, useState } from 'react';
import type { TicketListItem } from '../api/types';
import { useLive } from '../live';

export interface QueueData {
  items: TicketListItem[];
  total: number;
  counts: Record<string, number>;
}

export function useQueue(load: () => Promise<QueueData>, deps: unknown[]) {
  const [data, setData] = useState<QueueData | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [cursor, setCursor] = useState(0);
  const selectedId = useRef<number | null>(null);
  const seq = useRef(0);
  const reload = useCallback(() => {
    const n = ++seq.current;
    load().then(
      (d) => {
        if (n !== seq.current) return;
        setData(d);
        setError(null);
        // Stay on the same ticket if it is still in the queue; else on the same row.
        const at = d.items.findIndex((x) => x.id === selectedId.current);
        setCursor((c) => (at >= 0 ? at : Math.min(c, Math.max(d.items.length - 1, 0))));
      },
      (e) => n === seq.current && setError(e),
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  useEffect(() => {
    setCursor(0);
    selectedId.current = null;
    reload();
  }, [reload]);
  // Someone else's step changes the queue: refetch, at most every 500 ms — the tab on show when
  // the timer fires (a change announced just before a switch of tab must not load the old tab).
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef(reload);
  latest.current = reload;
  useLive((c) => {
    if (c.kind !== 'ticket' && c.kind !== 'resync') return;
    if (pending.current) return;
    pending.current = setTimeout(() => {
      pending.current = null;
      latest.current();
    }, 500);
  });
  useEffect(() => () => void (pending.current && clearTimeout(pending.current)), []);
  const selected = data?.items[cursor] ?? null;
  selectedId.current = selected?.id ?? selectedId.current;
  return { data, error, reload, cursor, setCursor, selected };
}
