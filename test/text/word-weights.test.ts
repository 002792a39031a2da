import { describe, expect, it } from 'vitest';
import { WordWeights } from '../../src/text/word-weights.js';

const table = (text: string) => new WordWeights(Buffer.from(text, 'utf8'));

describe('WordWeights (a word → value file read in place)', () => {
  it('finds each listed word with its value and nothing else', () => {
    const w = table('井盖 9.5\n噪音 7.25\nabc 3\n油烟扰民 11.125');
    expect(w.size).toBe(4);
    expect(w.get('井盖')).toBe(9.5);
    expect(w.get('噪音')).toBe(7.25);
    expect(w.get('abc')).toBe(3);
    expect(w.get('油烟扰民')).toBe(11.125);
    // Neither a prefix, an extension nor an unknown word.
    expect(w.get('井')).toBeUndefined();
    expect(w.get('井盖子')).toBeUndefined();
    expect(w.get('ab')).toBeUndefined();
    expect(w.get('')).toBeUndefined();
    expect(w.has('噪音')).toBe(true);
    expect(w.has('噪声')).toBe(false);
  });

  it('takes the value after the last space, reads CRLF lines, skips lines without a value', () => {
    const w = table('上 海 4.5\r\n无值\r\n坏值 abc\r\n 5\r\n末行 2.5\r\n');
    expect(w.get('上 海')).toBe(4.5);
    expect(w.get('末行')).toBe(2.5);
    expect(w.get('无值')).toBeUndefined();
    expect(w.get('坏值')).toBeUndefined();
    expect(w.size).toBe(2);
  });

  it('keeps the last value of a word listed twice, and the median of all values', () => {
    // Values 1, 8, 2, 5, 3: sorted 1 2 3 5 8, the middle one is 3.
    const w = table('甲 1\n乙 8\n甲 2\n丙 5\n丁 3');
    expect(w.get('甲')).toBe(2);
    expect(w.median).toBe(3);
  });

  it('finds words longer than its scratch buffer, among many', () => {
    const long = '很长的词'.repeat(40); // 160 characters, 480 bytes
    const lines = Array.from({ length: 5000 }, (_, i) => `词${i} ${i}`);
    const w = table([...lines, `${long} 0.5`].join('\n'));
    expect(w.get(long)).toBe(0.5);
    expect(w.get('词0')).toBe(0);
    expect(w.get('词4999')).toBe(4999);
    expect(w.get('词5000')).toBeUndefined();
  });
});
