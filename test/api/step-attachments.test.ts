// Files a unit's handler sends with 签收, 答复 and 补充说明 (issue 19): evidence photos and
// documents, checked by their bytes, stored with the step's timeline entry, staff only.

import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapshot, testApp, type TestApp } from '../helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => {
  await t?.close();
});

const b64 = (b: Buffer) => b.toString('base64');
/** A PNG's 8-byte signature and an IHDR chunk's start: what the check reads. */
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01', 'latin1')]);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1');

async function xlsx(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('现场核查').addRow(['点位', '噪声 dB']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
async function docx(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file('word/document.xml', '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>');
  return zip.generateAsync({ type: 'nodebuffer' });
}

async function dispatchedToEnv(): Promise<number> {
  const created = await t.call('agent', 'POST', '/api/v1/tickets', {
    channel: 'phone',
    type: 'complaint',
    content: '建设路工地夜间施工噪音扰民，凌晨两点还在打桩。',
    caller: { name: '张三', phone: '13812345678' },
    categoryId: t.fx.categories['ENV-NOISE-BUILD'],
  });
  expect(created.status).toBe(201);
  const d = await t.call('dispatcher', 'POST', `/api/v1/tickets/${created.body.id}/dispatch`, { unitId: t.fx.units.ENV });
  expect(d.status).toBe(200);
  return created.body.id;
}

const list = (user: string, id: number) => t.call(user, 'GET', `/api/v1/tickets/${id}/step-attachments`);

describe('files with a unit step', () => {
  it('keeps a photo with 签收, a sheet with 补充说明 and a photo and a PDF with 答复, each with its timeline entry', async () => {
    const id = await dispatchedToEnv();
    const accepted = await t.call('env', 'POST', `/api/v1/tickets/${id}/accept`, { attachments: [{ filename: '现场.png', contentType: 'image/png', data: b64(PNG) }] });
    expect(accepted.status).toBe(200);
    const sheet = await xlsx();
    const noted = await t.call('env', 'POST', `/api/v1/tickets/${id}/note`, {
      content: '附现场噪声测量记录',
      attachments: [{ filename: '测量.xlsx', data: b64(sheet) }],
    });
    expect(noted.status).toBe(200);
    const replied = await t.call('env', 'POST', `/api/v1/tickets/${id}/reply`, {
      content: '经现场核查，该工地夜间施工未办理夜间施工许可，已责令停止夜间施工并立案处罚。',
      attachments: [
        { filename: 'IMG_0001.png', contentType: 'image/png', data: b64(PNG) },
        { filename: '处罚决定书.pdf', contentType: 'application/pdf', data: b64(PDF) },
      ],
    });
    expect(replied.status).toBe(200);

    const detail = (await t.call('env', 'GET', `/api/v1/tickets/${id}`)).body;
    const seqOf = (type: string) => detail.events.find((e: { type: string }) => e.type === type).seq;
    const items = (await list('env', id)).body.items;
    expect(items.map((a: any) => [a.step, a.seq, a.filename, a.contentType, a.size])).toEqual([
      ['accept', seqOf('accepted'), '现场.png', 'image/png', PNG.length],
      ['note', seqOf('noted'), '测量.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', sheet.length],
      ['reply', seqOf('replied'), 'IMG_0001.png', 'image/png', PNG.length],
      ['reply', seqOf('replied'), '处罚决定书.pdf', 'application/pdf', PDF.length],
    ]);

    // Downloaded as sent, by whoever may see the ticket; the download is logged.
    const pdf = await t.app.inject({ method: 'GET', url: items[3].url, headers: { authorization: `Bearer ${t.tokens.env}` } });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.equals(PDF)).toBe(true);
    const photo = await t.app.inject({ method: 'GET', url: items[2].url, headers: { authorization: `Bearer ${t.tokens.dispatcher}` } });
    expect(photo.headers['content-type']).toBe('image/png');
    expect(photo.rawPayload.equals(PNG)).toBe(true);

    // Another unit: no ticket, no list, no file.
    expect((await list('hr', id)).status).toBe(404);
    expect((await t.call('hr', 'GET', items[3].url)).status).toBe(404);
    // The analyst reads figures, not files.
    expect((await list('analyst', id)).status).toBe(403);
    // What the citizen sent is a list of its own: the unit's files are not in it.
    expect((await t.call('env', 'GET', `/api/v1/tickets/${id}/attachments`)).body.items).toEqual([]);
  });

  it('takes a Word document, and a bare 签收 is still a bare POST', async () => {
    const id = await dispatchedToEnv();
    expect((await t.call('env', 'POST', `/api/v1/tickets/${id}/accept`)).status).toBe(200);
    const doc = await docx();
    const noted = await t.call('env', 'POST', `/api/v1/tickets/${id}/note`, {
      content: '情况说明',
      attachments: [{ filename: '情况说明.docx', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', data: b64(doc) }],
    });
    expect(noted.status).toBe(200);
    expect((await list('env', id)).body.items.map((a: any) => a.filename)).toEqual(['情况说明.docx']);
  });

  it('refuses, changing nothing, a file whose bytes are not what it claims, too big, or too many', async () => {
    const id = await dispatchedToEnv();
    expect((await t.call('env', 'POST', `/api/v1/tickets/${id}/accept`)).status).toBe(200);
    const reply = (attachments: unknown[]) => t.call('env', 'POST', `/api/v1/tickets/${id}/reply`, { content: '已处理完毕，施工单位已停止夜间施工。', attachments });
    const cases: [unknown[], number, string][] = [
      // A text file named like a photo: the name says PNG, the bytes say nothing we take.
      [[{ filename: 'photo.png', contentType: 'image/png', data: b64(Buffer.from('<script>alert(1)</script>')) }], 400, 'file_invalid'],
      // A PNG named .pdf, and one declared a JPEG.
      [[{ filename: '决定书.pdf', data: b64(PNG) }], 400, 'file_type_mismatch'],
      [[{ filename: 'a.png', contentType: 'image/jpeg', data: b64(PNG) }], 400, 'file_type_mismatch'],
      // A zip that is neither Word nor Excel.
      [[{ filename: 'x.docx', data: b64(Buffer.from('PK\x03\x04 just a zip', 'latin1')) }], 400, 'file_invalid'],
      // Over the portal's 1.5 MB per file: a photo and a PDF alike.
      [[{ filename: 'big.png', data: b64(Buffer.concat([PNG, Buffer.alloc(1_500_001 - PNG.length)])) }], 400, 'file_too_large'],
      [[{ filename: 'big.pdf', data: b64(Buffer.concat([PDF, Buffer.alloc(1_500_001 - PDF.length)])) }], 400, 'file_too_large'],
      // Five files: four at most. And one not base64.
      [Array.from({ length: 5 }, (_, i) => ({ filename: `p${i}.png`, data: b64(PNG) })), 400, 'validation_failed'],
      [[{ filename: 'p.png', data: '!!not base64!!' }], 400, 'validation_failed'],
    ];
    for (const [files, status, code] of cases) {
      const before = await snapshot(t.database);
      const res = await reply(files);
      expect([res.status, res.body.code], JSON.stringify(files).slice(0, 80)).toEqual([status, code]);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(await snapshot(t.database)).toEqual(before);
    }
    // The files fine, the step refused (another unit): nothing kept either.
    const before = await snapshot(t.database);
    const other = await t.call('hr', 'POST', `/api/v1/tickets/${id}/note`, { content: '附件', attachments: [{ filename: 'a.png', data: b64(PNG) }] });
    expect(other.status).toBe(404);
    expect(await snapshot(t.database)).toEqual(before);
  });
});
