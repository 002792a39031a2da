import { describe, expect, it } from 'vitest';
import { curatedSynonyms, SynonymLexicon } from '../../src/text/synonyms.js';

describe('synonyms (同义词)', () => {
  it('maps the curated pairs the centre relies on to one word', () => {
    expect(curatedSynonyms.canonical('丢了')).toBe(curatedSynonyms.canonical('遗失'));
    expect(curatedSynonyms.canonical('不见了')).toBe(curatedSynonyms.canonical('缺失'));
    expect(curatedSynonyms.canonical('噪声')).toBe(curatedSynonyms.canonical('噪音'));
    expect(curatedSynonyms.canonical('噪音')).not.toBe(curatedSynonyms.canonical('油烟'));
    expect(curatedSynonyms.canonical('井盖')).toBe('井盖');
    expect(curatedSynonyms.canonical('天气')).toBe('天气');
  });

  it('lists a word’s variants for query expansion, itself included', () => {
    expect(new Set(curatedSynonyms.variants('丢了'))).toEqual(new Set(['遗失', '丢失', '丢了', '弄丢', '掉了', '丢掉', '搞丢']));
    expect(curatedSynonyms.variants('天气')).toEqual(['天气']);
  });

  it('adds learnt groups without breaking curated ones, and folds a learnt word into its curated group', () => {
    const lex = curatedSynonyms.with([['噪声', '吵死了'], ['化粪池', '粪池']]);
    expect(lex.canonical('吵死了')).toBe('噪音');
    expect(lex.canonical('粪池')).toBe('化粪池');
    expect(curatedSynonyms.canonical('吵死了')).toBe('吵死了'); // the shared base is unchanged
  });
});
