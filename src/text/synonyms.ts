// Synonyms (同义词): citizens and the centre's articles name one thing in different words
// (丢了 / 遗失, 不见了 / 缺失, 噪音 / 噪声). A synonym group maps every member to one canonical
// word (the group's first), so that matching, search and clustering compare meanings, not
// spellings. The curated base below is the centre's common vocabulary; a deployment adds groups
// learnt from its own history (see `SynonymLexicon.with`).

/** Groups of words with one meaning in a citizen's request; the first word is the canonical one. */
export const CURATED_SYNONYMS: readonly (readonly string[])[] = [
  // losing something (遗失补办)
  ['遗失', '丢失', '丢了', '弄丢', '掉了', '丢掉', '搞丢'],
  ['缺失', '不见了', '没了', '被盗', '丢失了', '被偷'],
  ['补办', '重办', '补领', '重新办理'],
  // noise and nuisance
  ['噪音', '噪声', '吵闹', '很吵', '太吵', '吵人'],
  ['扰民', '影响休息', '影响睡眠', '睡不着'],
  ['油烟', '油烟味', '排烟', '炒菜味'],
  ['异味', '臭味', '气味', '恶臭', '臭气'],
  // street furniture and roads
  ['井盖', '窨井盖', '下水道盖', '检查井盖'],
  ['路灯', '街灯', '照明灯'],
  ['损坏', '坏了', '破损', '损毁', '坏掉'],
  ['积水', '内涝', '淹水', '水淹'],
  ['堵塞', '堵了', '不通', '淤堵'],
  ['占道', '占用道路', '占道经营', '摆摊'],
  ['违建', '违章建筑', '违法建设', '私搭乱建', '乱搭乱建'],
  ['垃圾', '废弃物', '生活垃圾'],
  // money and work
  ['欠薪', '拖欠工资', '不发工资', '欠工资', '工资拖欠', '讨薪'],
  ['退款', '退钱', '返还'],
  ['社保', '社会保险', '社保卡'],
  ['医保', '医疗保险'],
  ['公积金', '住房公积金'],
  ['养老金', '退休金', '养老保险金'],
  // utilities
  ['停水', '没水', '断水'],
  ['停电', '没电', '断电'],
  ['物业', '物业公司', '物管'],
  // asking
  ['怎么办', '如何办理', '怎么补', '怎么办理', '办理流程', '流程'],
  ['投诉', '举报', '反映'],
  ['收费', '乱收费', '多收费'],
  // documents and cards, as articles name them (a word already in a group joins that group)
  ['社保卡', '社会保障卡'],
  ['身份证', '居民身份证'],
  ['居住证', '暂住证'],
  ['挂失', '报失'],
];

/** Words mapped to their group's canonical word; look-ups are O(1). */
export class SynonymLexicon {
  private readonly canon = new Map<string, string>();

  constructor(groups: Iterable<readonly string[]> = CURATED_SYNONYMS) {
    for (const g of groups) this.add(g);
  }

  private add(group: readonly string[]): void {
    const words = group.map((w) => w.trim()).filter(Boolean);
    if (words.length < 2) return;
    // A word already in a group keeps that group: the curated base wins over learnt pairs,
    // and a learnt group joining a curated word is folded into the curated group.
    const existing = words.map((w) => this.canon.get(w)).find((c) => c != null);
    const head = existing ?? words[0];
    for (const w of words) if (!this.canon.has(w)) this.canon.set(w, head);
  }

  /** A copy with more groups (e.g. learnt from the deployment's history). */
  with(groups: Iterable<readonly string[]>): SynonymLexicon {
    const out = new SynonymLexicon([]);
    for (const [w, c] of this.canon) out.canon.set(w, c);
    for (const g of groups) out.add(g);
    return out;
  }

  /** The canonical word of `word`'s group, or `word` itself. */
  canonical(word: string): string {
    return this.canon.get(word) ?? word;
  }

  /** Every word of `word`'s group (itself included), for expanding a query. */
  variants(word: string): string[] {
    const c = this.canon.get(word);
    if (c == null) return [word];
    const out = [c];
    for (const [w, h] of this.canon) if (h === c && w !== c) out.push(w);
    return out;
  }

  /** All words the lexicon knows, for loading into the segmenter so they stay whole. */
  words(): string[] {
    return [...this.canon.keys()];
  }
}

/** The curated base, shared (immutable by use). */
export const curatedSynonyms = new SynonymLexicon();
