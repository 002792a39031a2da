// Reading a text file an operator hands to `hotline import`, line by line with bounded memory, in
// the encoding it was written in: UTF-8 (with or without a byte-order mark) or GB18030/GBK, the
// encoding Excel and older Chinese Windows systems save "CSV/文本" in.
//
// The file is cut into lines at the byte 0x0A before decoding: in UTF-8 and in GB18030/GBK that
// byte is only ever a newline (their multi-byte sequences use bytes ≥ 0x30 after the first), so
// each line decodes on its own, and a line whose bytes are not valid in the encoding is reported
// by its number instead of garbling the whole file.

import fs from 'node:fs';

export const ENCODINGS = ['utf-8', 'gb18030', 'gbk'] as const;
export type Encoding = (typeof ENCODINGS)[number];

export interface FileLine {
  /** From 1, blank lines included. */
  line: number;
  /** The line without its line end; null when its bytes are not valid in the encoding (or it is too long). */
  text: string | null;
  /** Why text is null. */
  problem?: 'encoding' | 'too-long';
  /** Bytes of the file read up to the end of this line (for a progress bar). */
  bytes: number;
}

/** A longer line is no history row (a body is at most 20,000 characters): skipped, its bytes not kept. */
export const MAX_LINE_BYTES = 2 * 1024 * 1024;
const CHUNK = 1024 * 1024;
const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** The file's size in bytes; a missing or unreadable file throws a one-line message. */
export function fileSize(file: string): number {
  try {
    const st = fs.statSync(file);
    if (!st.isFile()) throw Object.assign(new Error(), { code: 'EISDIR' });
    return st.size;
  } catch (err) {
    throw new FileProblem(file, (err as NodeJS.ErrnoException).code);
  }
}

/** A file that cannot be read: its message is the one line an operator sees. */
export class FileProblem extends Error {
  constructor(file: string, code: string | undefined) {
    const why =
      code === 'ENOENT' ? '文件不存在 (no such file)' : code === 'EACCES' ? '没有读取权限 (permission denied)' : code === 'EISDIR' ? '不是文件 (not a file)' : `无法读取 (${code ?? 'unreadable'})`;
    super(`${file}：${why}`);
    this.name = 'FileProblem';
  }
}

/** The file's lines as raw bytes (without \n or \r\n), at most MAX_LINE_BYTES each (null: longer). */
async function* rawLines(file: string): AsyncGenerator<{ line: number; bytes: Buffer | null; read: number }> {
  const stream = fs.createReadStream(file, { highWaterMark: CHUNK });
  let parts: Buffer[] = [];
  let partBytes = 0;
  let tooLong = false;
  let line = 0;
  let read = 0;
  const finish = (tail: Buffer) => {
    line++;
    if (tooLong || partBytes + tail.length > MAX_LINE_BYTES) return null;
    let b = parts.length ? Buffer.concat([...parts, tail]) : tail;
    if (b.length && b[b.length - 1] === 0x0d) b = b.subarray(0, b.length - 1);
    return b;
  };
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      let start = 0;
      for (let nl = chunk.indexOf(0x0a, start); nl !== -1; nl = chunk.indexOf(0x0a, start)) {
        read += nl + 1 - start;
        const bytes = finish(chunk.subarray(start, nl));
        yield { line, bytes, read };
        parts = [];
        partBytes = 0;
        tooLong = false;
        start = nl + 1;
      }
      const rest = chunk.subarray(start);
      read += rest.length;
      if (!tooLong) {
        if (partBytes + rest.length > MAX_LINE_BYTES) {
          tooLong = true;
          parts = [];
        } else if (rest.length) {
          // A copy: the stream reuses nothing, but a slice would keep the whole 1 MB chunk alive.
          parts.push(Buffer.from(rest));
          partBytes += rest.length;
        }
      }
    }
    if (partBytes || tooLong) yield { line: line + 1, bytes: finish(Buffer.alloc(0)), read };
  } catch (err) {
    throw new FileProblem(file, (err as NodeJS.ErrnoException).code);
  } finally {
    stream.destroy();
  }
}

/** The file's lines decoded; a UTF-8 byte-order mark (or GB18030's) at the start is dropped. */
export async function* readLines(file: string, encoding: Encoding): AsyncGenerator<FileLine> {
  // fatal: a byte sequence that is not valid in the encoding is an error, not a U+FFFD.
  const decoder = new TextDecoder(encoding, { fatal: true });
  for await (const { line, bytes, read } of rawLines(file)) {
    if (!bytes) {
      yield { line, text: null, problem: 'too-long', bytes: read };
      continue;
    }
    let text: string;
    try {
      text = decoder.decode(bytes);
    } catch {
      yield { line, text: null, problem: 'encoding', bytes: read };
      continue;
    }
    if (line === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    yield { line, text, bytes: read };
  }
}

/**
 * The file's encoding when the operator did not name one. A UTF-8 byte-order mark says UTF-8.
 * Otherwise: a file whose every line is valid UTF-8 is UTF-8 (plain ASCII is both, and reads the
 * same either way). GBK/GB18030 text is almost never valid UTF-8 — its two-byte characters put a
 * second byte of 0x40–0x7E or 0xC0–0xFE where UTF-8 needs 0x80–0xBF — so when most of the lines
 * with non-ASCII bytes fail as UTF-8 the file is GB18030 (a superset of GBK and GB2312). When only
 * a few fail, it is a UTF-8 file with a few damaged lines, which are reported and skipped.
 */
export async function detectEncoding(file: string): Promise<Encoding> {
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  let nonAscii = 0;
  let invalid = 0;
  for await (const { line, bytes } of rawLines(file)) {
    if (!bytes) continue;
    if (line === 1 && UTF8_BOM.every((b, i) => bytes[i] === b)) return 'utf-8';
    if (!bytes.some((b) => b >= 0x80)) continue;
    nonAscii++;
    try {
      utf8.decode(bytes);
    } catch {
      invalid++;
    }
  }
  return invalid > 0 && invalid * 2 >= nonAscii ? 'gb18030' : 'utf-8';
}
