// Trees of units and categories, flattened for indented pickers and tree tables.

/** Depth-first order of a tree with each node's depth, for indented pickers and tree tables. */
export function treeOrder<T extends { id: number; parentId: number | null }>(nodes: T[]): { node: T; depth: number }[] {
  const children = new Map<number | null, T[]>();
  for (const n of nodes) children.set(n.parentId, [...(children.get(n.parentId) ?? []), n]);
  const ids = new Set(nodes.map((n) => n.id));
  const out: { node: T; depth: number }[] = [];
  const walk = (parent: number | null, depth: number) => {
    for (const n of children.get(parent) ?? []) {
      out.push({ node: n, depth });
      walk(n.id, depth + 1);
    }
  };
  walk(null, 0);
  // Orphans (parent missing) last, so nothing is ever hidden.
  for (const n of nodes) if (n.parentId != null && !ids.has(n.parentId)) out.push({ node: n, depth: 0 }), walk(n.id, 1);
  return out;
}
