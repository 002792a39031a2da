// The reply scorer against a person's judgement (issue 18, item 7): 30 request/reply pairs
// written for the fixture and graded by hand (优/良/中/差) before the scorer was run on them
// (test/text/fixtures/reply-judgements.json). Prints the agreement; the README quotes it.

import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REPLY_GRADES, scoreReply } from '../../src/text/reply-quality.js';

interface Judged {
  id: string;
  request: { title: string; content: string };
  reply: string;
  repliedOnTime: boolean;
  grade: '优' | '良' | '中' | '差';
}
const { replies } = JSON.parse(fs.readFileSync(new URL('./fixtures/reply-judgements.json', import.meta.url), 'utf8')) as { replies: Judged[] };
const ORDER = ['差', '中', '良', '优'];

describe('reply scorer against hand judgements', () => {
  const rows = replies.map((r) => {
    const q = scoreReply({ request: r.request, reply: r.reply, repliedOnTime: r.repliedOnTime });
    const label = REPLY_GRADES.find((g) => g.grade === q.grade)!.label;
    return { id: r.id, judged: r.grade, label, score: q.score, off: Math.abs(ORDER.indexOf(label) - ORDER.indexOf(r.grade)) };
  });
  const exact = rows.filter((r) => r.off === 0).length;
  const withinOne = rows.filter((r) => r.off <= 1).length;

  it('agrees with the person on at least 3 replies in 4, and is never two grades off', () => {
    console.log(`reply scorer vs hand judgements: ${exact}/${rows.length} same grade (${Math.round((exact / rows.length) * 100)} %), ${withinOne}/${rows.length} within one grade`);
    for (const r of rows.filter((x) => x.off)) console.log(`  ${r.id}: judged ${r.judged}, scored ${r.score} ${r.label}`);
    expect(rows.length).toBe(30);
    expect(exact / rows.length).toBeGreaterThanOrEqual(0.75);
    expect(rows.filter((r) => r.off >= 2)).toEqual([]);
  });

  it('ranks the grades in order: every 优 reply scores above every 差 one', () => {
    const best = Math.min(...rows.filter((r) => r.judged === '优').map((r) => r.score));
    const worst = Math.max(...rows.filter((r) => r.judged === '差').map((r) => r.score));
    expect(best).toBeGreaterThan(worst);
  });
});
