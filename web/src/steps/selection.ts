// Rows picked for a bulk step (批量操作): a checkbox per row, Space (or x) on the cursor row,
// Shift with a click or Space for the range from the last pick, a header box for the whole page.
// Picks of tickets that left the list are dropped.

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';

export interface Selection {
  ids: number[];
  has: (id: number) => boolean;
  /** Picks or unpicks row i; with range, every row from the last one picked to i takes its new state. */
  toggle: (i: number, range?: boolean) => void;
  /** Every row of the page on (true) or off. */
  setAll: (on: boolean) => void;
  clear: () => void;
  allOn: boolean;
}

export function useSelection(items: { id: number }[] | null | undefined): Selection {
  const [picked, setPicked] = useState<Set<number>>(new Set());
  const anchor = useRef<number | null>(null);
  const list = useMemo(() => items ?? [], [items]);
  useEffect(() => {
    const present = new Set(list.map((x) => x.id));
    setPicked((s) => {
      const kept = [...s].filter((id) => present.has(id));
      return kept.length === s.size ? s : new Set(kept);
    });
  }, [list]);
  const toggle = useCallback(
    (i: number, range = false) => {
      const row = list[i];
      if (!row) return;
      // Read now: the state update below runs later, after the anchor has moved to i.
      const from = range && anchor.current != null ? Math.min(anchor.current, i) : i;
      const to = range && anchor.current != null ? Math.max(anchor.current, i) : i;
      setPicked((s) => {
        const next = new Set(s);
        const on = !s.has(row.id);
        for (let k = from; k <= to; k++) {
          const id = list[k]?.id;
          if (id == null) continue;
          if (on) next.add(id);
          else next.delete(id);
        }
        return next;
      });
      anchor.current = i;
    },
    [list],
  );
  const setAll = useCallback((on: boolean) => setPicked(on ? new Set(list.map((x) => x.id)) : new Set()), [list]);
  const clear = useCallback(() => setPicked(new Set()), []);
  const ids = list.filter((x) => picked.has(x.id)).map((x) => x.id);
  return { ids, has: (id) => picked.has(id), toggle, setAll, clear, allOn: list.length > 0 && ids.length === list.length };
}
