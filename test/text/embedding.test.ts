// The truncated SVD under the classifier's word vectors (embedding.ts), on matrices small enough
// to decompose by hand: the singular values are the square roots of AᵀA's eigenvalues and V's
// columns its eigenvectors (each up to its sign). Terms used in the same documents get the same
// row of V; that is what lets a word seen only in unlabelled history land near labelled ones.

import { describe, expect, it } from 'vitest';
import { rng, truncatedSvd, type SparseRow } from '../../src/text/embedding.js';

const row = (pairs: [number, number][]): SparseRow => ({ idx: Int32Array.from(pairs.map((p) => p[0])), val: Float64Array.from(pairs.map((p) => p[1])) });
const r2 = Math.SQRT1_2;

/** Column t of the d × k row-major V, with its sign fixed so that its largest entry is positive. */
function column(V: Float64Array, d: number, k: number, t: number): number[] {
  const c = Array.from({ length: d }, (_, j) => V[j * k + t]);
  const big = c.reduce((m, x) => (Math.abs(x) > Math.abs(m) ? x : m), 0);
  return c.map((x) => (big < 0 ? -x : x) + 0); // + 0: no -0
}
const closeTo = (xs: number[], digits = 9) => xs.map((x) => expect.closeTo(x, digits));

describe('truncatedSvd', () => {
  // Documents × terms:      t0 t1 t2 t3
  //   d0                     3  0  0  0
  //   d1                     4  5  0  0
  //   d2                     0  0  1  1
  // AᵀA = [[25, 20, 0, 0], [20, 25, 0, 0], [0, 0, 1, 1], [0, 0, 1, 1]]: eigenvalues 45, 5, 2, 0 with
  // eigenvectors (1, 1, 0, 0)/√2, (1, −1, 0, 0)/√2, (0, 0, 1, 1)/√2 → singular values 3√5, √5, √2.
  const A = [row([[0, 3]]), row([[0, 4], [1, 5]]), row([[2, 1], [3, 1]])];

  it('finds the singular values and vectors of a small matrix exactly', () => {
    const { V, S, k } = truncatedSvd(A, 4, 3, 7);
    expect(k).toBe(3);
    expect(Array.from(S)).toEqual(closeTo([3 * Math.sqrt(5), Math.sqrt(5), Math.SQRT2]));
    expect(column(V, 4, 3, 0)).toEqual(closeTo([r2, r2, 0, 0]));
    // (1, −1)/√2 up to its sign: the two entries have equal size and opposite signs.
    const v1 = column(V, 4, 3, 1);
    expect(v1.map(Math.abs)).toEqual(closeTo([r2, r2, 0, 0]));
    expect(v1[0] * v1[1]).toBeCloseTo(-0.5, 9);
    expect(column(V, 4, 3, 2)).toEqual(closeTo([0, 0, r2, r2]));
  });

  it('terms that always occur together get the same row', () => {
    const { V, k } = truncatedSvd(A, 4, 3, 7);
    expect(Array.from(V.subarray(3 * k, 4 * k))).toEqual(closeTo(Array.from(V.subarray(2 * k, 3 * k))));
  });

  it('keeps the k largest, in descending order', () => {
    const { V, S, k } = truncatedSvd(A, 4, 2, 7);
    expect(k).toBe(2);
    expect(Array.from(S)).toEqual(closeTo([3 * Math.sqrt(5), Math.sqrt(5)]));
    expect(V).toHaveLength(4 * 2);
    expect(column(V, 4, 2, 0)).toEqual(closeTo([r2, r2, 0, 0]));
    expect(column(V, 4, 2, 1).map(Math.abs)).toEqual(closeTo([r2, r2, 0, 0]));
  });

  it('k is at most the number of documents and of terms; 0 gives nothing', () => {
    const all = truncatedSvd(A, 4, 10, 7);
    expect(all.k).toBe(3);
    expect(all.S).toHaveLength(3);
    expect(all.V).toHaveLength(4 * 3);
    expect(truncatedSvd(A, 4, 0, 7)).toEqual({ V: new Float64Array(0), S: new Float64Array(0), k: 0 });
    expect(truncatedSvd([], 4, 2, 7).k).toBe(0);
  });

  it('more documents than terms', () => {
    // Rows (2, 1), (1, 2) and an empty one: AᵀA = [[5, 4], [4, 5]] → eigenvalues 9 and 1.
    const tall = [row([[0, 2], [1, 1]]), row([[0, 1], [1, 2]]), row([])];
    const { V, S } = truncatedSvd(tall, 2, 2, 11);
    expect(Array.from(S)).toEqual(closeTo([3, 1]));
    expect(column(V, 2, 2, 0)).toEqual(closeTo([r2, r2]));
    expect(column(V, 2, 2, 1)[0] * column(V, 2, 2, 1)[1]).toBeCloseTo(-0.5, 9);
  });

  it('a matrix of lower rank than asked: the missing directions are zero, never NaN', () => {
    // Rows (1, 1, 0, 0), (2, 2, 0, 0), (0, 0, 1, 0): rank 2; AᵀA has eigenvalues 10, 1, 0, 0.
    const B = [row([[0, 1], [1, 1]]), row([[0, 2], [1, 2]]), row([[2, 1]])];
    const { V, S } = truncatedSvd(B, 4, 3, 7);
    expect(Array.from(S)).toEqual(closeTo([Math.sqrt(10), 1, 0]));
    expect(Array.from(V).every(Number.isFinite)).toBe(true);
    expect(column(V, 4, 3, 0)).toEqual(closeTo([r2, r2, 0, 0]));
    expect(column(V, 4, 3, 1)).toEqual(closeTo([0, 0, 1, 0]));
    expect(column(V, 4, 3, 2)).toEqual([0, 0, 0, 0]);
  });

  it('with more directions than it samples, the power iterations still find the largest one', () => {
    // diag(10, 1, 1, …, 1), 40 × 40: σ₁ = 10 along term 0; k = 1 samples only 11 directions.
    const C = Array.from({ length: 40 }, (_, i) => row([[i, i === 0 ? 10 : 1]]));
    const { V, S } = truncatedSvd(C, 40, 1, 3);
    expect(S[0]).toBeCloseTo(10, 6);
    expect(Math.abs(V[0])).toBeCloseTo(1, 6);
    // Without power iterations the estimate is visibly worse (σ₂/σ₁ = 0.1 is not small enough alone).
    expect(Math.abs(truncatedSvd(C, 40, 1, 3, 0).S[0] - 10)).toBeGreaterThan(1e-3);
  });

  it('is deterministic for a seed, and the seed does not change an exact answer', () => {
    const a = truncatedSvd(A, 4, 3, 7);
    expect(truncatedSvd(A, 4, 3, 7)).toEqual(a);
    expect(Array.from(truncatedSvd(A, 4, 3, 12345).S)).toEqual(closeTo(Array.from(a.S)));
  });
});

describe('rng', () => {
  it('is seeded: the same seed gives the same numbers, in [0, 1)', () => {
    const a = rng(42);
    const b = rng(42);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(new Set(xs).size).toBe(1000);
    const c = rng(43);
    expect(Array.from({ length: 10 }, () => c())).not.toEqual(xs.slice(0, 10));
  });
});
