// Matching an imported label (历史标签) to a category of the city's own tree by name: 商贸旅游 ↔
// 商贸消费, 劳动和社会保障 ↔ 劳动社保, 卫生计生 ↔ 卫生健康. Category names are short and built
// from the same few characters, so the evidence is the characters and character pairs a label
// shares with a top-level category's own name (most) and with its subcategories' names (some:
// 旅游 under 教育文体 → 文化体育旅游 counts, but less than 商贸 in 商贸消费's own name). A
// character found in many branches says little (管理, 服务): each token weighs by how few
// branches have it. Pure: no I/O; the store proposes, the admin confirms.

import { normalize } from './segment.js';

export interface TreeNode {
  id: number;
  parentId: number | null;
  name: string;
}

export interface LabelCandidate {
  id: number;
  name: string;
  /** 0–1: how much of the names the label shares with this branch. */
  score: number;
}

/** Below this a branch is no proposal: the label is more likely a category of its own. */
export const MATCH_THRESHOLD = 0.25;
/** A branch's own name against its subcategories' names. */
const OWN_NAME_WEIGHT = 0.7;

// Joining and filler characters of category names (A和B, A与B, 其他A类): no evidence either way.
const FILLER = /(?:其[他它]|[和与及或的类、，,·・&＆/()（）\s-])+/u;
const CJK = /\p{Script=Han}/u;

/**
 * A name's tokens: each CJK character, each pair of neighbouring CJK characters (within a run not
 * broken by a filler), and each Latin/digit word.
 */
export function nameTokens(name: string): Set<string> {
  const out = new Set<string>();
  for (const run of normalize(name).split(FILLER)) {
    if (!run) continue;
    const chars = [...run];
    let word = '';
    chars.forEach((c, i) => {
      if (CJK.test(c)) {
        if (word) out.add(word);
        word = '';
        out.add(c);
        const next = chars[i + 1];
        if (next && CJK.test(next)) out.add(c + next);
      } else if (/[\p{L}\p{N}]/u.test(c)) {
        word += c;
      } else {
        if (word) out.add(word);
        word = '';
      }
    });
    if (word) out.add(word);
  }
  return out;
}

interface Branch {
  id: number;
  name: string;
  own: Set<string>;
  below: Set<string>;
}

/** The top-level categories with the tokens of their own name and of all names below them. */
function branches(tree: readonly TreeNode[]): Branch[] {
  const children = new Map<number, TreeNode[]>();
  for (const n of tree) if (n.parentId != null) children.set(n.parentId, [...(children.get(n.parentId) ?? []), n]);
  return tree
    .filter((n) => n.parentId == null)
    .map((root) => {
      const below = new Set<string>();
      const stack = [...(children.get(root.id) ?? [])];
      const seen = new Set<number>([root.id]);
      while (stack.length) {
        const n = stack.pop()!;
        if (seen.has(n.id)) continue;
        seen.add(n.id);
        for (const t of nameTokens(n.name)) below.add(t);
        stack.push(...(children.get(n.id) ?? []));
      }
      return { id: root.id, name: root.name, own: nameTokens(root.name), below };
    });
}

/**
 * The top-level categories a label may mean, best first, each scoring at least MATCH_THRESHOLD
 * (at most `limit`). Score = 0.7 × weighted Dice of the label's and the branch's own name tokens
 * + 0.3 × the weighted share of the label's tokens found in the names below the branch; a token's
 * weight is log(1 + branches / branches having it).
 */
export function matchLabel(label: string, tree: readonly TreeNode[], limit = 3): LabelCandidate[] {
  return matcher(tree)(label, limit);
}

/** matchLabel for many labels over one tree (the token weights computed once). */
export function matcher(tree: readonly TreeNode[]): (label: string, limit?: number) => LabelCandidate[] {
  const bs = branches(tree);
  const df = new Map<string, number>();
  for (const b of bs) for (const t of new Set([...b.own, ...b.below])) df.set(t, (df.get(t) ?? 0) + 1);
  const weight = (t: string) => Math.log(1 + bs.length / (df.get(t) ?? 1));
  const sum = (ts: Iterable<string>) => {
    let s = 0;
    for (const t of ts) s += weight(t);
    return s;
  };
  return (label, limit = 3) => {
    const mine = nameTokens(label);
    const total = sum(mine);
    if (!total) return [];
    return bs
      .map((b) => {
        const sharedOwn = sum([...mine].filter((t) => b.own.has(t)));
        const dice = (2 * sharedOwn) / (total + sum(b.own) || 1);
        const cover = sum([...mine].filter((t) => b.below.has(t) || b.own.has(t))) / total;
        return { id: b.id, name: b.name, score: Math.round((OWN_NAME_WEIGHT * dice + (1 - OWN_NAME_WEIGHT) * cover) * 1000) / 1000 };
      })
      .filter((c) => c.score >= MATCH_THRESHOLD)
      .sort((a, b) => b.score - a.score || a.id - b.id)
      .slice(0, limit);
  };
}
