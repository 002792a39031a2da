// Reply quality (答复质量) on hand-written request/reply pairs: a specific, complete, on-time
// reply is good; boilerplate is poor with the right reasons; an off-topic reply loses
// relevance; a late one loses timeliness; refusals need a basis; scores are deterministic
// and in range.

import { describe, expect, it } from 'vitest';
import { REPLY_GRADES, REPLY_WEIGHTS, replyGrade, scoreReply, type ReplyQualityInput } from '../../src/text/reply-quality.js';

const NOISE = {
  title: '望江路夜间施工噪音扰民',
  content: '江北区望江路18号附近工地每天夜里施工到凌晨两点，噪音太大，居民无法休息，请求查处。',
};

const GOOD_REPLY =
  '您好！您反映的问题已收悉。经区城管执法局6月12日夜间到望江路工地现场核查，该工地确有夜间超时施工、噪音扰民的情况。' +
  '我局已责令施工单位停止22时至次日6时的施工，并依据《环境噪声污染防治法》处罚款2万元。目前该工地已整改，夜间已停止施工。' +
  '如再发现夜间施工，请拨打城管热线12319或联系电话0571-88886666。感谢您对我们工作的支持！';

const OFF_TOPIC =
  '您好！关于公积金贷款额度的问题，根据《住房公积金贷款管理办法》第十条规定，贷款额度按缴存余额的15倍计算，最高不超过60万元。' +
  '您可携带身份证到公积金中心窗口办理，如有疑问请拨打12329。';

const score = (reply: string, extra: Partial<ReplyQualityInput> = {}) => scoreReply({ request: NOISE, reply, ...extra });

describe('scoreReply', () => {
  it('a specific, complete, on-time reply is excellent (优) and has nothing to fault', () => {
    const q = score(GOOD_REPLY, { repliedOnTime: true });
    expect(q.grade).toBe('excellent');
    expect(q.score).toBeGreaterThanOrEqual(85);
    expect(q.parts).toEqual({ relevance: 100, completeness: 100, timeliness: 100, form: 100 });
    expect(q.reasons).toEqual([]);
  });

  it('boilerplate alone is poor, with the reasons', () => {
    const q = score('您好，已收悉。', { repliedOnTime: true });
    expect(q.grade).toBe('poor');
    expect(q.score).toBeLessThanOrEqual(20);
    expect(q.parts.completeness).toBe(0);
    expect(q.parts.relevance).toBe(0);
    expect(q.reasons[0]).toContain('仅有套话');
    expect(q.reasons.some((r) => r.startsWith('答复未提及诉求中的') && r.includes('“噪音”'))).toBe(true);
    // Quoting the request back and forwarding it is no answer either.
    const forwarded = score('网友您好！您反映的“望江路夜间施工噪音扰民”问题已收悉，已转相关部门办理，请耐心等待。', { repliedOnTime: true });
    expect(forwarded.grade).toBe('poor');
    expect(forwarded.parts.relevance).toBe(0);
    expect(forwarded.reasons).toContain('仅告知已转办，未答复办理情况');
  });

  it('an off-topic reply loses relevance and says which words it missed', () => {
    const on = score(GOOD_REPLY, { repliedOnTime: true });
    const off = score(OFF_TOPIC, { repliedOnTime: true });
    expect(off.parts.relevance).toBeLessThan(30);
    expect(off.score).toBeLessThan(on.score - 20);
    const missing = off.reasons.find((r) => r.startsWith('答复未提及诉求中的'));
    expect(missing).toBeDefined();
    expect(missing).toMatch(/“(噪音|施工|望江)/);
    // A reply that names only some of the request's words gets partial credit.
    const partial = score('您好！经现场核查，该工地已停止夜间施工。如有疑问请拨打12319。', { repliedOnTime: true });
    expect(partial.parts.relevance).toBeGreaterThan(off.parts.relevance);
    expect(partial.parts.relevance).toBeLessThan(100);
  });

  it('a late reply loses timeliness', () => {
    const onTime = score(GOOD_REPLY, { repliedOnTime: true });
    const late = score(GOOD_REPLY, { repliedOnTime: false });
    expect(late.parts.timeliness).toBe(20);
    expect(late.reasons).toContain('超期答复');
    expect(onTime.score - late.score).toBe(Math.round(REPLY_WEIGHTS.timeliness * 80));
    // From working hours when the on-time flag is unknown.
    expect(score(GOOD_REPLY, { workingHours: 4 }).parts.timeliness).toBe(100);
    const slow = score(GOOD_REPLY, { workingHours: 200 });
    expect(slow.parts.timeliness).toBe(20);
    expect(slow.reasons).toContain('答复用时较长（约25个工作日）');
    // Unknown: left out, the other parts weigh more.
    const unknown = score(GOOD_REPLY);
    expect(unknown.parts.timeliness).toBeNull();
    expect(unknown.score).toBe(100);
  });

  it('asks for the result, the work done, and a basis for a refusal', () => {
    const noResult = score('您好！我局已安排执法人员到望江路工地现场调查夜间施工噪音问题。感谢您的监督，如有疑问请拨打12319。', { repliedOnTime: true });
    expect(noResult.reasons).toContain('未说明办理结果');
    expect(noResult.parts.completeness).toBeLessThan(70);
    const bare = score('您好！经核实，望江路该工地夜间施工噪音问题不属于我局管辖，无法处理。感谢您的理解，如有疑问请拨打12319。', { repliedOnTime: true });
    expect(bare.reasons).toContain('不予办理或无法解决，但未说明政策依据');
    const grounded = score(
      '您好！经核实，根据《城市市容和环境卫生管理条例》第十条规定，望江路该工地夜间施工噪音问题属于生态环境部门管辖，不属于我局职责，我局已将情况移交区生态环境局。如有疑问请拨打12319。',
      { repliedOnTime: true },
    );
    expect(grounded.reasons).not.toContain('不予办理或无法解决，但未说明政策依据');
    expect(grounded.parts.completeness).toBeGreaterThan(bare.parts.completeness);
  });

  it('a consultation is complete when it is answered, without an investigation', () => {
    const q = scoreReply({
      request: { title: '咨询社保卡补办需要什么材料？', content: '社保卡丢了，请问补办需要带什么材料，去哪里办？' },
      reply: '您好！补办社保卡需要携带本人身份证原件，到任一社保服务网点办理，也可以通过“我的社保”APP申请，工本费20元，10个工作日内寄出。如有疑问请拨打12333。',
      repliedOnTime: true,
    });
    expect(['good', 'excellent']).toContain(q.grade);
    expect(q.parts.completeness).toBeGreaterThanOrEqual(70);
    expect(q.reasons).not.toContain('未说明调查核实或处理过程');
  });

  it('notes short replies, missing courtesy and no way forward', () => {
    const q = score('经查，望江路工地夜间施工已停止。', { repliedOnTime: true });
    expect(q.reasons).toEqual(expect.arrayContaining(['答复过短', '缺少礼貌用语', '未提供联系方式或后续途径']));
    expect(q.parts.form).toBeLessThan(50);
    const none = score('', { repliedOnTime: true });
    expect(none.score).toBe(0);
    expect(none.reasons[0]).toBe('未答复');
  });

  it('is deterministic and in range', () => {
    const inputs: ReplyQualityInput[] = [GOOD_REPLY, OFF_TOPIC, '您好，已收悉。', '', '经查属实，已处理。'.repeat(400)].flatMap((reply) => [
      { request: NOISE, reply, repliedOnTime: true },
      { request: { content: '小区停水三天了' }, reply, workingHours: 30 },
      { request: { title: null, content: '' }, reply, repliedOnTime: null, workingHours: null },
    ]);
    for (const input of inputs) {
      const a = scoreReply(input);
      expect(scoreReply(input)).toEqual(a);
      expect(Number.isInteger(a.score)).toBe(true);
      expect(a.score).toBeGreaterThanOrEqual(0);
      expect(a.score).toBeLessThanOrEqual(100);
      for (const v of Object.values(a.parts)) if (v !== null) expect(v >= 0 && v <= 100).toBe(true);
      // 优 ≥ 90, 良 ≥ 75, 中 ≥ 50, 差 below.
      expect(a.grade).toBe(a.score >= 90 ? 'excellent' : a.score >= 75 ? 'good' : a.score >= 50 ? 'fair' : 'poor');
    }
  });

  it('grades: a reply of 100 is 优, the bands end at 90, 75 and 50', () => {
    expect(score(GOOD_REPLY, { repliedOnTime: true }).score).toBe(100);
    expect(replyGrade(100)).toBe('excellent');
    expect([90, 89, 75, 74, 50, 49, 0].map(replyGrade)).toEqual(['excellent', 'good', 'good', 'fair', 'fair', 'poor', 'poor']);
    expect(REPLY_GRADES.map((g) => g.label)).toEqual(['优', '良', '中', '差']);
  });
});

describe('what counts as a basis, an investigation, a question (issue 18)', () => {
  const GAS = { title: '小区燃气管道漏气', content: '锦华小区5栋燃气管道有漏气味，担心出事。' };
  // No word of investigation of its own: only what the lead says counts.
  const done = '5栋燃气立管接口漏气，已更换接口并恢复供气。如有疑问请拨打0731-96577。';

  it('《…》 is a basis only when it names a law, regulation or document', () => {
    const refusal = '您好！锦华小区5栋燃气管道改线不予办理，';
    const withLaw = scoreReply({ request: GAS, reply: `${refusal}依照《城镇燃气管理条例》，用户不得擅自改动燃气设施。如有疑问请拨打0731-96577。`, repliedOnTime: true });
    const withBook = scoreReply({ request: GAS, reply: `${refusal}详见《燃气公司服务手册》。如有疑问请拨打0731-96577。`, repliedOnTime: true });
    const withApp = scoreReply({ request: GAS, reply: `${refusal}请关注《长沙燃气》公众号。如有疑问请拨打0731-96577。`, repliedOnTime: true });
    expect(withLaw.reasons).not.toContain('不予办理或无法解决，但未说明政策依据');
    expect(withBook.reasons).toContain('不予办理或无法解决，但未说明政策依据');
    expect(withApp.reasons).toContain('不予办理或无法解决，但未说明政策依据');
    expect(withLaw.parts.completeness).toBeGreaterThan(withBook.parts.completeness);
    // Documents of other kinds count: 通知, 意见, 标准, 实施办法（试行）.
    for (const doc of ['《关于加强燃气安全管理的通知》', '《城镇燃气设计规范》', '《燃气安全检查实施办法（试行）》']) {
      const q = scoreReply({ request: GAS, reply: `${refusal}依照${doc}。如有疑问请拨打0731-96577。`, repliedOnTime: true });
      expect(q.reasons, doc).not.toContain('不予办理或无法解决，但未说明政策依据');
    }
  });

  it('investigation wording counts as the work done: 据查, 经核实, 经调查, 现场查看', () => {
    for (const lead of ['据查，', '经核实，', '经调查，', '工作人员现场查看，']) {
      const q = scoreReply({ request: GAS, reply: `您好！${lead}${done}`, repliedOnTime: true });
      expect(q.reasons, lead).not.toContain('未说明调查核实或处理过程');
    }
    const none = scoreReply({ request: GAS, reply: `您好！${done}`, repliedOnTime: true });
    expect(none.reasons).toContain('未说明调查核实或处理过程');
  });

  it('a complaint worded as a question is still a complaint; a request that asks is a question', () => {
    const answerOnly = '您好！燃气管道由燃气公司负责维护，可以拨打0731-96577报修。';
    // 为什么…？ over a leak: the reply must say what was checked and done.
    const complaint = scoreReply({ request: { title: '为什么锦华小区燃气漏气没人管？', content: '锦华小区5栋燃气管道漏气好几天了，多次反映没人处理。' }, reply: answerOnly, repliedOnTime: true });
    expect(complaint.reasons).toContain('未说明调查核实或处理过程');
    // 咨询…: an answer is enough.
    const question = scoreReply({ request: { title: '咨询燃气管道报修电话', content: '请问燃气管道坏了找哪个单位维修？' }, reply: answerOnly, repliedOnTime: true });
    expect(question.reasons).not.toContain('未说明调查核实或处理过程');
    expect(question.parts.completeness).toBeGreaterThan(complaint.parts.completeness);
  });
});

describe('reply quality: the rules at their edges, by hand', () => {
  // A reply of one repeated character: no courtesy, no way forward, nothing the request asks
  // about, no work, no result, no facts. Only its length counts: form = 0.5 × the length band.
  const filler = (n: number) => '灯'.repeat(n);

  describe('form: length bands (< 30: 10, < 80: 40, ≤ 1,500: 100, ≤ 3,000: 85, longer: 70)', () => {
    it.each([
      [29, 5],
      [30, 20],
      [79, 20],
      [80, 50],
      [1500, 50],
      [1501, 43], // 0.5 × 85 = 42.5, rounded
      [3000, 43],
      [3001, 35],
    ])('%i characters → form %i', (n, form) => {
      expect(score(filler(n)).parts.form).toBe(form);
    });

    it('blanks are not counted; too short below 80, too long above 3,000', () => {
      expect(score(`${filler(15)}   \n ${filler(14)}`).parts.form).toBe(5);
      expect(score(filler(79)).reasons).toContain('答复过短');
      expect(score(filler(80)).reasons).not.toContain('答复过短');
      expect(score(filler(3000)).reasons).not.toContain('答复过长');
      expect(score(filler(3001)).reasons).toContain('答复过长');
    });
  });

  describe('the score: weights 0.35 / 0.35 / 0.15 / 0.15, without timeliness scaled by 1 / 0.85', () => {
    // filler(80): relevance 0, completeness 0, form 50.
    it.each([
      ['unknown', {}, 9], // 0.15 × 50 / 0.85 = 8.82
      ['on time', { repliedOnTime: true }, 23], // 0.15 × 100 + 0.15 × 50 = 22.5
      ['late', { repliedOnTime: false }, 11], // 0.15 × 20 + 7.5 = 10.5
      ['30 working hours', { workingHours: 30 }, 20], // 0.15 × 80 + 7.5 = 19.5
    ] as const)('%s → %i', (_name, extra, expected) => {
      const q = score(filler(80), extra);
      expect(q.parts).toMatchObject({ relevance: 0, completeness: 0, form: 50 });
      expect(q.score).toBe(expected);
      expect(q.grade).toBe('poor');
    });
  });

  describe('timeliness from working hours: ≤ 8 → 100, ≤ 24 → 90, ≤ 40 → 80, ≤ 80 → 60, ≤ 160 → 40, more → 20', () => {
    it.each([
      [-5, 100],
      [8, 100],
      [8.5, 90],
      [16, 90],
      [24, 90],
      [24.5, 80],
      [30, 80],
      [40, 80],
      [40.5, 60],
      [60, 60],
      [80, 60],
      [80.5, 40],
      [100, 40],
      [160, 40],
      [160.5, 20],
    ])('%d hours → %i', (h, t) => {
      expect(score(filler(80), { workingHours: h }).parts.timeliness).toBe(t);
    });

    it('unknown or not a number: left out', () => {
      for (const h of [null, undefined, Number.NaN, Number.POSITIVE_INFINITY]) expect(score(filler(80), { workingHours: h }).parts.timeliness, String(h)).toBeNull();
    });

    it('a slow reply (timeliness 40 or less) says how many working days it took; a quicker one does not', () => {
      const slow = (h: number) => score(filler(80), { workingHours: h }).reasons.filter((r) => r.startsWith('答复用时较长'));
      expect(slow(160)).toEqual(['答复用时较长（约20个工作日）']); // 160 / 8
      expect(slow(80)).toEqual([]);
      expect(slow(4)).toEqual([]);
      expect(score(filler(80)).reasons.filter((r) => r.startsWith('答复用时较长'))).toEqual([]);
    });
  });

  describe('boilerplate: fewer than 10 characters of substance', () => {
    it('10 characters are substance, 9 are not', () => {
      // Substance once 您好！ is gone: 已更换损坏的路灯灯泡 (10) and 已更换损坏路灯灯泡 (9).
      expect(score('您好！已更换损坏的路灯灯泡。').reasons).not.toContain('仅有套话（如“您好，已收悉”），无实质答复内容');
      const nine = score('您好！已更换损坏路灯灯泡。');
      expect(nine.reasons[0]).toBe('仅有套话（如“您好，已收悉”），无实质答复内容');
      expect(nine.parts.completeness).toBe(0);
    });

    it('punctuation and blanks are not substance', () => {
      expect(score('您好， 已收悉。 …… ！！').reasons[0]).toBe('仅有套话（如“您好，已收悉”），无实质答复内容');
    });

    it('forwarding that names the request’s words is still capped: completeness 0, form and score at most 20', () => {
      const q = score('您好！您反映的望江路施工噪音问题已转区城管局核查处理，请耐心等待。', { repliedOnTime: true });
      expect(q.parts.relevance).toBeGreaterThan(50); // it does name the place and the noise …
      expect(q.parts.completeness).toBe(0); // … and 核查处理 is no investigation when it is only forwarded
      expect(q.parts.form).toBeLessThanOrEqual(20);
      expect(q.score).toBe(20);
      expect(q.reasons).toContain('仅告知已转办，未答复办理情况');
    });

    it('says 仅告知已转办 only when it forwards or asks to wait, and nothing else a real reply is told', () => {
      const forwarded = (reply: string) => score(reply).reasons.includes('仅告知已转办，未答复办理情况');
      expect(forwarded('您好！已转区城管局处理。')).toBe(true);
      expect(forwarded('您好，已收悉，请耐心等待。')).toBe(true);
      expect(forwarded('您好，已收悉，请您耐心等待。')).toBe(true);
      const receipt = score('您好，已收悉。');
      expect(receipt.reasons).not.toContain('仅告知已转办，未答复办理情况');
      for (const r of ['未说明办理结果', '未说明调查核实或处理过程', '答复过短', '未提供联系方式或后续途径']) expect(receipt.reasons).not.toContain(r);
    });
  });

  describe('no reply', () => {
    it('blank or missing: 0, 未答复 first', () => {
      for (const reply of ['   \n ', undefined as unknown as string]) {
        const q = score(reply, { repliedOnTime: true });
        expect(q.score).toBe(0);
        expect(q.reasons[0]).toBe('未答复');
      }
    });

    it('a score below every band is still 差', () => {
      expect(replyGrade(-1)).toBe('poor');
    });
  });

  describe('completeness by hand', () => {
    const ID = { title: '居住证办理需要哪些材料？', content: '居住证办理需要哪些材料？' };

    it('a question (哪些…？, no complaint): answer 70 + basis 15 + facts 15', () => {
      const answer = (reply: string) => scoreReply({ request: ID, reply }).parts.completeness;
      expect(answer('您好！根据《居住证暂行条例》规定，可以到派出所申请居住证。')).toBe(100);
      expect(answer('您好！根据《居住证暂行条例》规定，可以申请居住证。')).toBe(85); // no facts
      expect(answer('您好！可以到派出所申请居住证。')).toBe(85); // no basis
      expect(scoreReply({ request: ID, reply: '您好！可以到派出所申请居住证。' }).reasons).not.toContain('未说明调查核实或处理过程');
    });

    it('the question word is not a word the reply must mention (哪些, 多少, 哪里 ask; they name nothing)', () => {
      for (const request of [ID, { title: '公积金能提取多少？', content: '公积金能提取多少？' }, { title: '护照在哪里办理？', content: '护照在哪里办理？' }]) {
        const reasons = scoreReply({ request, reply: '您好！请携带身份证到政务服务中心窗口办理。' }).reasons.join('');
        for (const w of ['哪些', '多少', '哪里']) expect(reasons, request.title).not.toContain(`“${w}”`);
      }
    });

    it('a complaint: work 40 + result 45 + facts 15; a refusal without a basis loses 30', () => {
      const done = score('您好！经核实，工地已停止夜间施工。');
      expect(done.parts.completeness).toBe(85);
      expect(done.reasons).toContain('缺少具体事实（时间、地点、数量或责任单位）');
      // 我局 is a named unit (a fact): 40 + 45 + 15 − 30.
      const refused = score('您好！经核实，该工地不属于我局管辖，无法处理。');
      expect(refused.parts.completeness).toBe(70);
      expect(refused.reasons).toContain('不予办理或无法解决，但未说明政策依据');
    });
  });

  describe('what makes a request a question', () => {
    const lamp = '您好！路灯由市政路灯所负责维护，可以拨打12319报修。';
    const asQuestion = (request: ReplyQualityInput['request'], reply = lamp) => !scoreReply({ request, reply }).reasons.includes('未说明调查核实或处理过程');

    it('a title that asks (咨询) makes one, whatever the content says', () => {
      expect(asQuestion({ title: '咨询社保卡补办', content: '社保卡丢了，需要补办。' }, '您好！补办社保卡需携带身份证到社保服务网点办理。')).toBe(true);
    });

    it('without a title (or a blank one), the content’s opening decides', () => {
      const reply = '您好！办理居住证需要提供身份证和居住证明，可到派出所申请。';
      expect(asQuestion({ content: '请问居住证怎么办理？' }, reply)).toBe(true);
      expect(asQuestion({ title: null, content: '请问居住证怎么办理？' }, reply)).toBe(true);
      expect(asQuestion({ title: '   ', content: '请问居住证怎么办理？' }, reply)).toBe(true);
    });

    it('a long complaint that ends with 请问…？ is still a complaint: only the first 60 characters are read', () => {
      const content = '小区门口的路灯坏了一个多月，晚上一片漆黑，老人孩子出行很不方便，业主多次找物业都说不归他们管，希望有关部门帮忙协调一下，请问什么时候能修好？';
      expect(content.indexOf('请问')).toBeGreaterThanOrEqual(60);
      expect(asQuestion({ content })).toBe(false);
    });
  });

  describe('relevance by hand', () => {
    // 垃圾桶 is the request's only word (the title counted twice changes no share).
    const BIN = { title: '', content: '垃圾桶' };
    const relevance = (request: ReplyQualityInput['request'], reply: string) => scoreReply({ request, reply }).parts.relevance;

    it('half credit for a two-character part of a longer word: 0.5 / 0.6 → 83', () => {
      expect(relevance(BIN, '您好！经核实，垃圾已清运完毕。如有疑问请拨打12345。')).toBe(83);
      expect(relevance(BIN, '您好！经核实，垃圾桶已清运完毕。如有疑问请拨打12345。')).toBe(100);
      expect(relevance(BIN, '您好！经核实，已清运完毕。如有疑问请拨打12345。')).toBe(0);
      // The last part counts as well as the first: 健身器材 → 器材.
      expect(relevance({ content: '健身器材' }, '您好！经核实，损坏的器材已更换。如有疑问请拨打12345。')).toBe(83);
      expect(relevance({ content: '健身器材' }, '您好！经核实，损坏的设施已更换。如有疑问请拨打12345。')).toBe(0);
    });

    it('a district code in the title counts half the top word: 1 / 1.5 / 0.6 → 100, 0.5 / 1.5 / 0.6 → 56', () => {
      const A6 = { title: 'A6区垃圾桶', content: 'A6区垃圾桶' };
      const onlyBin = scoreReply({ request: A6, reply: '您好！经核实，垃圾桶已清运完毕。如有疑问请拨打12345。' });
      expect(onlyBin.parts.relevance).toBe(100);
      // Above 90 the missing code is not a fault.
      expect(onlyBin.reasons.filter((r) => r.startsWith('答复未提及'))).toEqual([]);
      const onlyCode = scoreReply({ request: A6, reply: '您好！经核实，A6区的已清运完毕。如有疑问请拨打12345。' });
      expect(onlyCode.parts.relevance).toBe(56);
      expect(onlyCode.reasons).toContain('答复未提及诉求中的“垃圾桶”');
      // A city's code (K市) is not a place the reply must name.
      expect(relevance({ title: 'K市垃圾桶', content: 'K市垃圾桶' }, '您好！经核实，K市已清运完毕。如有疑问请拨打12345。')).toBe(0);
    });

    it('words every request uses (投诉, 反映, 问题, 请求, 尽快, 解决, 处理) are not asked of the reply', () => {
      const q = scoreReply({ request: { title: '投诉反映问题', content: '投诉反映垃圾桶问题，请求尽快解决处理。' }, reply: '您好！经核实，垃圾桶已清运完毕。如有疑问请拨打12345。' });
      expect(q.parts.relevance).toBe(100);
      expect(q.reasons.filter((r) => r.startsWith('答复未提及'))).toEqual([]);
    });

    it('a number in the request (302室) is not a word the reply is measured on', () => {
      const request = { content: '3号楼302室门口垃圾桶满了' };
      const without = relevance(request, '您好！经核实，门口已清运完毕。如有疑问请拨打12345。');
      expect(without).toBeGreaterThan(0);
      expect(without).toBeLessThan(100);
      expect(relevance(request, '您好！经核实，302室门口已清运完毕。如有疑问请拨打12345。')).toBe(without);
    });

    it('names at most three missing words, never one the reply has', () => {
      const missing = (reply: string) => score(reply).reasons.find((r) => r.startsWith('答复未提及诉求中的')) ?? '';
      expect(missing(filler(80)).match(/“/g)).toHaveLength(3);
      const some = missing(`${filler(40)}望江`);
      expect(some.match(/“/g)).toHaveLength(3);
      expect(some).not.toContain('“望江”');
    });
  });

  describe('quotes of the request do not count; the reply’s own quotes do', () => {
    const lead = '您好！经核实，';
    const tail = '已安排人员处理完毕。如有疑问请拨打12345。';
    const relevance = (middle: string, request: ReplyQualityInput['request'] = NOISE) => scoreReply({ request, reply: lead + middle + tail }).parts.relevance;

    it('a quote of its own document counts like its own words', () => {
      const own = relevance('已向施工单位下发“噪音超标处罚决定书”，');
      expect(own).toBe(relevance('已向施工单位下发噪音超标处罚决定书，'));
      expect(own).toBeGreaterThan(relevance('已向施工单位下发整改通知书，'));
    });

    it('a quote copied from the request, even of four characters, counts for nothing', () => {
      expect(relevance('“夜间施工”')).toBe(relevance(''));
      expect(relevance('')).toBe(0);
    });

    it('a quote put together from the request’s words (at least 3 in 4 character pairs) counts for nothing', () => {
      const RIVER = { title: '浏阳河河面垃圾', content: '浏阳河星沙段河面上漂了很多垃圾，没人清理。' };
      // 浏阳 阳河 河星 星沙 沙段 段河 垃圾 are the request's, 河道 道垃 are not: 7 of 9.
      expect(relevance('“浏阳河星沙段河道垃圾”', RIVER)).toBe(relevance('', RIVER));
      expect(relevance('浏阳河星沙段河道垃圾', RIVER)).toBeGreaterThan(relevance('', RIVER));
      // Exactly 3 of 4 (望江 江路 噪音, not 路噪): a quote; 2 of 3 (望江 江路, not 路灯): the reply's own.
      expect(relevance('“望江路噪音”')).toBe(relevance(''));
      expect(relevance('“望江路灯”')).toBeGreaterThan(relevance(''));
      expect(relevance('“望江施工”')).toBeGreaterThan(relevance('')); // 望江 施工, not 江施: 2 of 3
    });
  });
});
