// Low-rank structure of a sparse document × term matrix (latent semantic analysis): a truncated
// SVD A ≈ U S Vᵀ by the randomized range finder of Halko, Martinsson & Tropp (2011). Terms that
// occur in the same documents get close rows of V, so a term seen only in the unlabelled history
// (井盖 in uncategorised tickets, beside 道路 and 坑洼) lands near the labelled words it keeps
// company with. Pure and deterministic for a seed.

export interface SparseRow {
  idx: Int32Array;
  val: Float64Array;
}

/** Mulberry32: a small seeded generator (the classifier's shuffles use the same). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Y = A M: A is n sparse rows over d columns, M is d × l row-major; Y is n × l row-major. */
function times(A: SparseRow[], M: Float64Array, l: number): Float64Array {
  const Y = new Float64Array(A.length * l);
  for (let i = 0; i < A.length; i++) {
    const { idx, val } = A[i];
    const o = i * l;
    for (let j = 0; j < idx.length; j++) {
      const v = val[j];
      const m = idx[j] * l;
      for (let t = 0; t < l; t++) Y[o + t] += v * M[m + t];
    }
  }
  return Y;
}

/** Z = Aᵀ Y: Y is n × l row-major; Z is d × l row-major. */
function timesT(A: SparseRow[], Y: Float64Array, d: number, l: number): Float64Array {
  const Z = new Float64Array(d * l);
  for (let i = 0; i < A.length; i++) {
    const { idx, val } = A[i];
    const o = i * l;
    for (let j = 0; j < idx.length; j++) {
      const v = val[j];
      const m = idx[j] * l;
      for (let t = 0; t < l; t++) Z[m + t] += v * Y[o + t];
    }
  }
  return Z;
}

/** Orthonormalises the l columns of the r × l row-major matrix in place (modified Gram–Schmidt, twice). */
function orthonormalise(Y: Float64Array, r: number, l: number): void {
  const col = Array.from({ length: l }, (_, t) => {
    const c = new Float64Array(r);
    for (let i = 0; i < r; i++) c[i] = Y[i * l + t];
    return c;
  });
  for (let pass = 0; pass < 2; pass++) {
    for (let t = 0; t < l; t++) {
      const c = col[t];
      for (let s = 0; s < t; s++) {
        const q = col[s];
        let dot = 0;
        for (let i = 0; i < r; i++) dot += c[i] * q[i];
        for (let i = 0; i < r; i++) c[i] -= dot * q[i];
      }
      let n = 0;
      for (let i = 0; i < r; i++) n += c[i] * c[i];
      n = Math.sqrt(n);
      // A column that vanished (rank below l) stays zero: it contributes nothing downstream.
      const f = n > 1e-12 ? 1 / n : 0;
      for (let i = 0; i < r; i++) c[i] *= f;
    }
  }
  for (let t = 0; t < l; t++) for (let i = 0; i < r; i++) Y[i * l + t] = col[t][i];
}

/** Eigen-decomposition of a symmetric l × l matrix (cyclic Jacobi): values descending, vectors as columns. */
function symmetricEigen(M: Float64Array, l: number): { values: Float64Array; vectors: Float64Array } {
  const a = Float64Array.from(M);
  const v = new Float64Array(l * l);
  for (let i = 0; i < l; i++) v[i * l + i] = 1;
  for (let sweep = 0; sweep < 50; sweep++) {
    let off = 0;
    for (let p = 0; p < l; p++) for (let q = p + 1; q < l; q++) off += a[p * l + q] ** 2;
    if (off < 1e-22) break;
    for (let p = 0; p < l; p++) {
      for (let q = p + 1; q < l; q++) {
        const apq = a[p * l + q];
        if (Math.abs(apq) < 1e-300) continue;
        const theta = (a[q * l + q] - a[p * l + p]) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < l; k++) {
          const akp = a[k * l + p];
          const akq = a[k * l + q];
          a[k * l + p] = c * akp - s * akq;
          a[k * l + q] = s * akp + c * akq;
        }
        for (let k = 0; k < l; k++) {
          const apk = a[p * l + k];
          const aqk = a[q * l + k];
          a[p * l + k] = c * apk - s * aqk;
          a[q * l + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < l; k++) {
          const vkp = v[k * l + p];
          const vkq = v[k * l + q];
          v[k * l + p] = c * vkp - s * vkq;
          v[k * l + q] = s * vkp + c * vkq;
        }
      }
    }
  }
  const order = Array.from({ length: l }, (_, i) => i).sort((x, y) => a[y * l + y] - a[x * l + x] || x - y);
  const values = Float64Array.from(order, (i) => a[i * l + i]);
  const vectors = new Float64Array(l * l);
  order.forEach((src, dst) => {
    for (let k = 0; k < l; k++) vectors[k * l + dst] = v[k * l + src];
  });
  return { values, vectors };
}

/**
 * The top `k` singular triplets' V and S of the n × d matrix whose rows are `A`. Returns V as a
 * d × k row-major matrix (row j: term j's coordinates) and the k singular values, descending.
 */
export function truncatedSvd(A: SparseRow[], d: number, k: number, seed: number, powerIterations = 2): { V: Float64Array; S: Float64Array; k: number } {
  k = Math.max(0, Math.min(k, A.length, d));
  if (!k) return { V: new Float64Array(0), S: new Float64Array(0), k: 0 };
  const l = Math.min(k + 10, A.length, d);
  const random = rng(seed);
  // Gaussian test matrix (Box–Muller).
  const omega = new Float64Array(d * l);
  for (let i = 0; i < omega.length; i++) omega[i] = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  let Y = times(A, omega, l);
  orthonormalise(Y, A.length, l);
  for (let it = 0; it < powerIterations; it++) {
    const Z = timesT(A, Y, d, l);
    orthonormalise(Z, d, l);
    Y = times(A, Z, l);
    orthonormalise(Y, A.length, l);
  }
  // B = Qᵀ A (l × d), kept transposed as Z = Aᵀ Q (d × l); B Bᵀ = Zᵀ Z.
  const Z = timesT(A, Y, d, l);
  const G = new Float64Array(l * l);
  for (let j = 0; j < d; j++) {
    const o = j * l;
    for (let s = 0; s < l; s++) {
      const zs = Z[o + s];
      if (!zs) continue;
      for (let t = s; t < l; t++) G[s * l + t] += zs * Z[o + t];
    }
  }
  for (let s = 0; s < l; s++) for (let t = 0; t < s; t++) G[s * l + t] = G[t * l + s];
  const { values, vectors } = symmetricEigen(G, l);
  // V = Bᵀ Ub S⁻¹ = Z Ub S⁻¹ (d × k).
  const S = Float64Array.from({ length: k }, (_, t) => Math.sqrt(Math.max(values[t], 0)));
  const V = new Float64Array(d * k);
  for (let j = 0; j < d; j++) {
    for (let t = 0; t < k; t++) {
      if (!S[t]) continue;
      let x = 0;
      for (let s = 0; s < l; s++) x += Z[j * l + s] * vectors[s * l + t];
      V[j * k + t] = x / S[t];
    }
  }
  return { V, S, k };
}
