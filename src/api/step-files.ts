// Files a unit's handler sends with a step (签收, 答复, 补充说明): evidence photos and documents.
// Sent in the step's JSON body, base64, and accepted only when their bytes are what they claim
// to be — a JPEG, PNG or WebP photo, a PDF, a Word (docx) or Excel (xlsx) file — whatever the
// name says, within the portal's size limit per file. Staff only: never shown to the citizen.
// Photos are checked by the portal's own check (checkPhoto); this module adds the documents.

import { z } from 'zod';
import { checkPhoto, MAX_PHOTO_BYTES, MAX_PHOTOS } from './portal.js';
import { badRequest } from './problem.js';

export const MAX_STEP_FILES = MAX_PHOTOS;
export const MAX_STEP_FILE_BYTES = MAX_PHOTO_BYTES;
/** The steps a file may come with. */
export const FILE_STEPS = ['accept', 'reply', 'note'] as const;
export type FileStep = (typeof FILE_STEPS)[number];

interface Kind {
  type: string;
  extensions: readonly string[];
  /** Whether the bytes are of this kind (their first bytes, and a zip's parts for docx/xlsx). */
  is: (b: Buffer) => boolean;
}

const starts = (b: Buffer, ...bytes: number[]) => b.length >= bytes.length && bytes.every((x, i) => b[i] === x);
const zipWith = (b: Buffer, part: string) => starts(b, 0x50, 0x4b, 0x03, 0x04) && b.includes(Buffer.from('[Content_Types].xml')) && b.includes(Buffer.from(part));

export const STEP_FILE_KINDS: readonly Kind[] = [
  { type: 'image/jpeg', extensions: ['jpg', 'jpeg'], is: (b) => starts(b, 0xff, 0xd8, 0xff) },
  { type: 'image/png', extensions: ['png'], is: (b) => starts(b, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a) },
  { type: 'image/webp', extensions: ['webp'], is: (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP' },
  { type: 'application/pdf', extensions: ['pdf'], is: (b) => b.subarray(0, 5).toString('latin1') === '%PDF-' },
  {
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
    is: (b) => zipWith(b, 'word/document.xml'),
  },
  {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extensions: ['xlsx'],
    is: (b) => zipWith(b, 'xl/workbook.xml'),
  },
];

const KINDS_SAID = '只接受 JPG、PNG、WebP 图片和 PDF、Word（docx）、Excel（xlsx）文件';

export const stepFile = z.object({
  filename: z.string().trim().min(1).max(200).describe('文件名（带扩展名）'),
  contentType: z.string().max(200).nullish().describe('声明的类型；须与文件内容一致（按内容判断，不只看文件名）'),
  data: z
    .string()
    .max(Math.ceil((MAX_STEP_FILE_BYTES * 4) / 3) + 8)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, '文件内容应为 base64')
    .describe(`文件内容，base64；每个不超过 ${MAX_STEP_FILE_BYTES / 1_000_000} MB`),
});

export const stepFiles = z
  .array(stepFile)
  .max(MAX_STEP_FILES, `每次最多附 ${MAX_STEP_FILES} 个文件`)
  .optional()
  .describe(`附件（现场照片、文书）：${KINDS_SAID}；仅工作人员可见，不向群众公开`);

export interface CheckedFile {
  filename: string;
  contentType: string;
  data: Buffer;
}

/** One sent file as stored: its kind from its bytes; the declared type and the name's extension must agree. */
export function checkStepFile(file: z.infer<typeof stepFile>, index: number): CheckedFile {
  const n = index + 1;
  const data = Buffer.from(file.data, 'base64');
  if (!data.length) throw badRequest(`第 ${n} 个附件是空文件`, 'file_invalid');
  if (data.length > MAX_STEP_FILE_BYTES) throw badRequest(`第 ${n} 个附件超过 ${MAX_STEP_FILE_BYTES / 1_000_000} MB`, 'file_too_large');
  const kind = STEP_FILE_KINDS.find((k) => k.is(data));
  if (!kind) throw badRequest(`第 ${n} 个附件的内容不是可接受的文件：${KINDS_SAID}`, 'file_invalid');
  // The last path part only: a name is shown and downloaded, never used as a path.
  const filename = file.filename.split(/[\\/]/).pop()!.replace(/[\u0000-\u001f\u007f]/g, '').trim() || `attachment.${kind.extensions[0]}`;
  const ext = /\.([A-Za-z0-9]+)$/.exec(filename)?.[1]?.toLowerCase();
  const declared = file.contentType?.trim().toLowerCase() || null;
  if ((declared && declared !== kind.type) || (ext && !kind.extensions.includes(ext)) || !ext) {
    throw badRequest(`第 ${n} 个附件的内容与其文件名或类型不符（内容是 ${kind.extensions[0].toUpperCase()}）`, 'file_type_mismatch');
  }
  if (kind.type.startsWith('image/')) checkPhoto(kind.type, data, index);
  return { filename, contentType: kind.type, data };
}
