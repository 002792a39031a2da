// Synonyms learnt from a city's own history (text/synonym-learning.ts): two words that fill the
// problem's slot after the same object (护栏 ＿) at the same place within weeks, at several
// places, are proposed as one meaning; a pair seen at too few places is not.

import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../src/text/places.js';
import { learnSynonyms } from '../../src/text/synonym-learning.js';
import { curatedSynonyms } from '../../src/text/synonyms.js';

const day = (n: number) => new Date(Date.UTC(2026, 2, 1 + n));
/** At each road, two citizens report its guard rail: one says 松动, the other 晃动 (not in the curated base). */
function history(roads: string[]) {
  return roads.flatMap((road, i) =>
    [`${road}的护栏松动了，一推就晃。`, `${road}的护栏晃动，随时会倒。`, `${road}上的路灯坏了，晚上一片漆黑。`].map((text) => ({ text, places: findPlaces(text), at: day(i) })),
  );
}

describe('learning synonyms from history', () => {
  it('the curated base does not know 松动 / 晃动', () => {
    expect(curatedSynonyms.canonical('松动')).not.toBe(curatedSynonyms.canonical('晃动'));
  });

  it('learns 松动 / 晃动 from five roads, and the lexicon extended with it takes them for one word', () => {
    const pairs = learnSynonyms(history(['建设路', '人民路', '解放路', '滨河路', '光华路']));
    expect(pairs.map((p) => [...p].sort())).toEqual([['晃动', '松动']]);
    const lexicon = curatedSynonyms.with(pairs);
    expect(lexicon.canonical('晃动')).toBe(lexicon.canonical('松动'));
  });

  it('two roads are too few places to say so (at least three)', () => {
    expect(learnSynonyms(history(['建设路', '人民路']))).toEqual([]);
  });
});
