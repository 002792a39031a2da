// Judging hot topics (热点问题) against matters a person identified by reading: for each matter
// (the requests that truly belong together: one place, one problem), does the grouping put it in
// ONE topic among the top ones, and how pure is that topic?
//
// Rule (strict on purpose): a matter HOLDS TOGETHER in the top `top` topics when
//   1. the top topic that contains most of its requests holds at least 80 % of them, and
//   2. no other top topic holds more than one of them.
// Its purity is the share of that topic's requests that belong to the matter (1 = nothing else
// mixed in). A matter whose requests are split, or that is not among the top topics, does not hold.

export interface JudgedMatter {
  matter: string;
  ids: readonly (string | number)[];
}

export interface MatterScore {
  matter: string;
  /** Requests of the matter. */
  size: number;
  held: boolean;
  /** 1-based rank of the top topic holding most of the matter, or null when none holds any. */
  rank: number | null;
  /** How many of the matter's requests that topic holds. */
  found: number;
  /** found / size. */
  recall: number;
  /** Share of that topic's requests that belong to the matter (0 when there is no topic). */
  purity: number;
  /** Size of that topic. */
  topicSize: number;
  /** Other top topics holding two or more of the matter's requests. */
  splits: number;
}

export interface JudgeResult {
  top: number;
  matters: MatterScore[];
  /** Matters that hold together. */
  held: number;
  /** Mean purity of the matters that hold together (0 when none). */
  purity: number;
}

/** Share of a matter that its best topic must hold. */
export const HOLD_SHARE = 0.8;

/** Scores `topics` (hottest first, each with its request ids) against the judged matters. */
export function judgeTopics(topics: readonly { items: readonly (string | number)[] }[], matters: readonly JudgedMatter[], top = 20): JudgeResult {
  const shown = topics.slice(0, top).map((t) => new Set(t.items.map(String)));
  const scores = matters.map((m): MatterScore => {
    const ids = new Set(m.ids.map(String));
    const counts = shown.map((t) => {
      let c = 0;
      for (const id of ids) if (t.has(id)) c++;
      return c;
    });
    let best = -1;
    counts.forEach((c, k) => {
      if (c > 0 && (best < 0 || c > counts[best])) best = k;
    });
    const found = best >= 0 ? counts[best] : 0;
    const splits = counts.filter((c, k) => k !== best && c >= 2).length;
    const others = counts.some((c, k) => k !== best && c > 1);
    const held = best >= 0 && found >= HOLD_SHARE * ids.size && !others;
    return {
      matter: m.matter,
      size: ids.size,
      held,
      rank: best >= 0 ? best + 1 : null,
      found,
      recall: ids.size ? found / ids.size : 0,
      purity: best >= 0 ? found / shown[best].size : 0,
      topicSize: best >= 0 ? shown[best].size : 0,
      splits,
    };
  });
  const heldScores = scores.filter((s) => s.held);
  return {
    top,
    matters: scores,
    held: heldScores.length,
    purity: heldScores.length ? heldScores.reduce((a, s) => a + s.purity, 0) / heldScores.length : 0,
  };
}
