// A read-only table of word → number over a "word value" text file (jieba's corpus IDF, idf.txt:
// 270,000 lines), looked up in place. Parsed into a Map<string, number> the same file costs
// ~32 MB of live heap and leaves ~90 MB of resident memory behind from the parse's garbage, which
// an idle server never gives back; here it is the file's bytes (held anyway by the package) plus
// an open-addressing hash of line positions, ~5 MB, built in one pass without a string per line.
// No library does this for a byte buffer; a perfect-hash or trie package would still build
// strings first.

const EMPTY = -1;

/** FNV-1a over bytes [start, end). */
function hashBytes(bytes: Uint8Array, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ bytes[i], 0x01000193);
  return h >>> 0;
}

export class WordWeights {
  private readonly bytes: Uint8Array;
  private readonly keyStart: Uint32Array;
  private readonly keyEnd: Uint32Array;
  private readonly values: Float64Array;
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly scratch = new Uint8Array(256);
  private readonly encoder = new TextEncoder();
  /** The median of every value in the file (hot topics weigh a word it does not list by it). */
  readonly median: number;
  readonly size: number;

  /** `text`: UTF-8 lines "word value" (the value after the last space); other lines are skipped. */
  constructor(text: Uint8Array) {
    this.bytes = text;
    // Each value is read by Number, so it is the same double a Map of the text would hold.
    const latin1 = Buffer.from(text.buffer, text.byteOffset, text.byteLength);
    let lines = 1;
    for (let i = 0; i < text.length; i++) if (text[i] === 10) lines++;
    const keyStart = new Uint32Array(lines);
    const keyEnd = new Uint32Array(lines);
    const values = new Float64Array(lines);
    let n = 0;
    for (let start = 0; start < text.length; ) {
      let end = text.indexOf(10, start);
      if (end < 0) end = text.length;
      let valueEnd = end;
      if (valueEnd > start && text[valueEnd - 1] === 13) valueEnd--;
      let sp = valueEnd - 1;
      while (sp > start && text[sp] !== 32) sp--;
      if (sp > start) {
        const v = Number(latin1.toString('latin1', sp + 1, valueEnd));
        if (Number.isFinite(v)) {
          keyStart[n] = start;
          keyEnd[n] = sp;
          values[n] = v;
          n++;
        }
      }
      start = end + 1;
    }
    this.size = n;
    this.keyStart = keyStart.subarray(0, n);
    this.keyEnd = keyEnd.subarray(0, n);
    this.values = values.subarray(0, n);
    const sorted = Float64Array.from(this.values).sort();
    this.median = n ? sorted[Math.floor(n / 2)] : NaN;
    let capacity = 1;
    while (capacity < n * 2) capacity <<= 1;
    this.mask = capacity - 1;
    this.slots = new Int32Array(capacity).fill(EMPTY);
    for (let k = 0; k < n; k++) {
      const a = this.keyStart[k];
      const b = this.keyEnd[k];
      let s = hashBytes(text, a, b) & this.mask;
      // A word listed twice keeps its last value, as a Map filled line by line would.
      for (;;) {
        const at = this.slots[s];
        if (at === EMPTY) {
          this.slots[s] = k;
          break;
        }
        if (this.sameKey(at, text, a, b)) {
          this.slots[s] = k;
          break;
        }
        s = (s + 1) & this.mask;
      }
    }
  }

  private sameKey(k: number, other: Uint8Array, a: number, b: number): boolean {
    const s = this.keyStart[k];
    if (this.keyEnd[k] - s !== b - a) return false;
    for (let i = 0; i < b - a; i++) if (this.bytes[s + i] !== other[a + i]) return false;
    return true;
  }

  /** The word's value, or undefined when the file does not list it. */
  get(word: string): number | undefined {
    if (!word) return undefined;
    let key = this.scratch;
    let length: number;
    if (word.length * 3 <= key.length) length = this.encoder.encodeInto(word, key).written;
    else {
      key = this.encoder.encode(word);
      length = key.length;
    }
    for (let s = hashBytes(key, 0, length) & this.mask; ; s = (s + 1) & this.mask) {
      const at = this.slots[s];
      if (at === EMPTY) return undefined;
      if (this.sameKey(at, key, 0, length)) return this.values[at];
    }
  }

  has(word: string): boolean {
    return this.get(word) !== undefined;
  }
}
