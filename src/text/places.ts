// Places in Chinese text: which district (区/县) a request is about, from the units tree.

export interface PlaceUnit {
  id: number;
  name: string;
  kind: string;
  parentId: number | null;
}

/** Names are matched whole ("江北区"), and without their suffix when that leaves two or more characters ("江北"). */
function variants(name: string): string[] {
  const out = [name];
  const bare = name.replace(/(街道办事处|街道|区|县|市|镇|乡)$/, '');
  if (bare !== name && bare.length >= 2) out.push(bare);
  return out;
}

/**
 * The district a text names, directly or through one of its streets/towns; the earliest
 * mention wins, and a full name beats a bare one at the same place. Null when none is named.
 */
export function findDistrict(text: string, units: readonly PlaceUnit[]): number | null {
  if (!text) return null;
  const byId = new Map(units.map((u) => [u.id, u]));
  let best: { at: number; len: number; district: number } | null = null;
  for (const u of units) {
    let district: number | null = null;
    if (u.kind === 'district') district = u.id;
    else if (u.kind === 'street' && u.parentId != null && byId.get(u.parentId)?.kind === 'district') district = u.parentId;
    if (district == null) continue;
    // Short forms only for districts: a street's short form (东门) is too often ordinary text.
    for (const v of u.kind === 'district' ? variants(u.name) : [u.name]) {
      const at = text.indexOf(v);
      if (at < 0) continue;
      if (!best || at < best.at || (at === best.at && v.length > best.len)) best = { at, len: v.length, district };
    }
  }
  return best?.district ?? null;
}
