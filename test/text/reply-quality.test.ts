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
