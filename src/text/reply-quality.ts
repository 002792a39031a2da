// Reply quality (答复质量): how well a unit's reply answers a citizen's request, scored 0–100
// from four parts, each 0–100, with specific zh-CN reasons a supervisor can act on.
//
//   score = 0.35 × relevance + 0.35 × completeness + 0.15 × timeliness + 0.15 × form
//
// When timeliness is unknown (neither repliedOnTime nor workingHours given) it is left out
// (null) and the other weights are scaled up to sum to 1. A reply that is only boilerplate
// ("您好，留言已收悉", "已转相关部门办理", fewer than 10 characters of substance once courtesy, receipt, forwarding and quotes of the request are
// removed) is capped at 20. Grades: 优 ≥ 90, 良 ≥ 75, 中 ≥ 50, 差 below (a reply of 100 is 优).
//
// relevance    Does the reply talk about what was asked? The request's TF-IDF keywords (title
//              counted twice; place words ×1.5) found in the reply, after removing what the
//              reply merely quotes from the request (“…”), weighted (half credit when only a
//              two-character part of a longer word appears); district codes of the title count
//              too. Covering 60% of the weight scores 100, less scores in proportion.
// completeness A complaint or request: what was done (据查/经核实/调查/现场查看/约谈/整改 … 40),
//              what came of it (已解决/已完成/恢复/将于…前/经查/不符合 … 45), concrete facts (dates,
//              amounts, named units, 15). A question (咨询/请问/能否/…？): the answer (70: 可以/
//              需要…材料/根据…规定 …), its basis (15: 根据/依据 …规定/条例/政策/《…》) and facts
//              (15). Either way a refusal (不予/不符合/无法 …) without a basis loses 30.
// timeliness   repliedOnTime true → 100, false → 20 ("超期答复"); otherwise from workingHours:
//              ≤ 8 → 100, ≤ 24 → 90, ≤ 40 → 80, ≤ 80 → 60, ≤ 160 → 40, more → 20.
// form         Length band (50%: < 30 characters 10, < 80 40, ≤ 1,500 100, ≤ 3,000 85, longer
//              70), polite form (20%: 您好/感谢/尊敬 …), and a way forward (30%: a contact
//              number, 如有疑问/可向/可拨打 …, or a next step/date).

import { keywords, normalize } from './segment.js';

export interface ReplyQualityInput {
  request: { title?: string | null; content: string };
  reply: string;
  /** Whether the reply came within the time limit; null/undefined when unknown. */
  repliedOnTime?: boolean | null;
  /** Working hours from registration (or dispatch) to the reply; null/undefined when unknown. */
  workingHours?: number | null;
}

/** 优 excellent ≥ 90, 良 good ≥ 75, 中 fair ≥ 50, 差 poor (see REPLY_GRADES). */
export type ReplyGrade = 'excellent' | 'good' | 'fair' | 'poor';

/** Lowest score of each grade, best first, with its zh-CN label: the one place grades are made. */
export const REPLY_GRADES: readonly { grade: ReplyGrade; min: number; label: string }[] = [
  { grade: 'excellent', min: 90, label: '优' },
  { grade: 'good', min: 75, label: '良' },
  { grade: 'fair', min: 50, label: '中' },
  { grade: 'poor', min: 0, label: '差' },
];

/** The grade of a score (0–100). */
export function replyGrade(score: number): ReplyGrade {
  return (REPLY_GRADES.find((g) => score >= g.min) ?? REPLY_GRADES[REPLY_GRADES.length - 1]).grade;
}

export interface ReplyQuality {
  score: number;
  grade: ReplyGrade;
  parts: {
    relevance: number;
    completeness: number;
    /** null when neither repliedOnTime nor workingHours is known. */
    timeliness: number | null;
    form: number;
  };
  /** What lowered the score, most important first (zh-CN). Empty for a reply with nothing to fault. */
  reasons: string[];
}

export const REPLY_WEIGHTS = { relevance: 0.35, completeness: 0.35, timeliness: 0.15, form: 0.15 } as const;

/** Words every request uses; they say nothing about what a reply must address. */
const GENERIC = new Set(
  '反映 问题 投诉 举报 建议 咨询 求助 关于 请求 恳请 希望 要求 请问 情况 相关 有关 部门 领导 书记 市长 省长 政府 单位 解决 处理 落实 尽快 及时 严重 市民 群众 百姓 本人 现在 目前 时候 时间 谢谢 感谢 您好 你好 尊敬 网友 留言 回复 答复 为什么 怎么 怎么办 何时 能否 是否 一下 什么 哪些 哪里 哪个 多少 几时 如何 西地省'.split(
    ' ',
  ),
);
const PLACE_WORD = /(路|街|道|巷|村|镇|乡|区|县|市|小区|社区|花园|新城|苑|湾|广场|大厦|学校|小学|中学|医院|公园)$/;

/** Phrases of courtesy and receipt that carry no answer. */
const BOILERPLATE = [
  /尊敬的?/g,
  /网友[“"]?[A-Za-z0-9]*[”"]?/g,
  /[您你]好[！!，,。]?/g,
  /[您你]?的?(留言|来信|发帖|帖子|网帖|问题)?(我们|我局|我单位)?已(收悉|收到|知悉)[。，,！!]?/g,
  /感谢[您你]?对我[们局区县市]?(工作)?的(关心|关注|信任|理解)[、，,和与及]*(监督|支持|关注|理解)*[与和及]?(支持|监督)?[。！!]?/g,
  /(感谢|谢谢)[您你]?的?(留言|来信|支持|理解|关注)[。！!，,]?/g,
  /现(将|就)?(有关|相关)?(情况|问题)?(答复|回复)如下[：:]?/g,
  /(您|你)?(反映|所反映)的问题已(转|交|转交|转至|转到)[^。！!]{0,30}(办理|处理|核查|办复)[。！!，,]?/g,
  /已(转|交|转交|转至|转到)[^。！!]{0,30}(办理|处理|核查|办复|答复|反馈)[。！!，,]?/g,
  /关于[您你]?(所)?反映的(问题|情况)[，,]?/g,
  /[您你]?(所)?反映的(问题|情况)?/g,
  /已有相关单位作出回复/g,
  /请[您你]?耐心等待[。！!]?/g,
  /祝[您你]?[^。！!]{0,10}[。！!]?/g,
  /\d{4}年\d{1,2}月\d{1,2}日/g,
  /[（(]详见[^）)]*[）)]?/g,
];

const ACTION = /(据查|经查|据了解|经了解|核实|核查|调查|查看|查实|现场|实地|走访|约谈|协调|处理|处置|整改|责令|督促|督办|执法|查处|清理|清运|维修|修复|检测|监测|处罚|立案|召开|组织|联系了|电话联系|上门|排查|巡查|拆除|治理|回访|会商|研究)/;
const RESULT = /(已(经)?(解决|完成|恢复|整改|清理|修复|维修|拆除|办理|办结|发放|退还|到位|安装|更换|落实|处理完毕|关停|取缔|停止|补缴|支付|签订|开通|纳入|列入|启动)|恢复(正常|供水|供电|通行)|将于|预计|计划(于|在)|争取(于|在)?|于\d{1,2}月|\d{1,2}月\d{1,2}日前|月底前|年底前|之前完成|(经|据)(查|核查|调查|核实|了解)|查明|目前[^。]{0,10}已|现已|下一步|不符合|符合|不属于|属于|不予|无法|不能|暂不|可以|可(在|到|向|通过|凭|持)|需(要)?(提供|携带|准备|满足|办理|缴纳)|办理流程|所需材料|条件|(没有|尚无|暂无|并无)[^。]{0,12}(政策|规定|计划|依据))/;
/**
 * A law, regulation or document by its name: 《…》 counts only when the title ends in a kind of
 * normative document (《噪声污染防治法》, 《物业管理条例》, 《…实施办法（试行）》), not any title in
 * book marks (《温斯顿英语课程介绍》, a newspaper, an app).
 */
const DOCUMENT_TITLE = /《[^》]{1,60}(法|条例|规定|办法|通知|意见|标准|规范|细则|规则|决定|实施方案|方案|规划|纲要|批复|公告|通告|指南|目录|准则|制度|解释|章程|守则|决议|令)(（[^）》]{1,12}）|\([^)》]{1,12}\))?》/;
const ANSWER = new RegExp(`(根据|依据|按照|依照)[^。；;《]{0,40}(规定|条例|办法|政策|文件|通知|意见|法律|法规|标准|细则|第.{1,4}条)|${DOCUMENT_TITLE.source}`);
const REFUSAL = /(不予|不符合|不属于|无法|不能|暂不|暂时不|不在.{0,10}范围|不支持|不同意)/;
const FACT = /(\d{4}年|\d{1,2}月\d{1,2}日|\d+(\.\d+)?(万|元|米|公里|平方|户|人|天|个工作日|小时|吨|台|处|次)|[\u4e00-\u9fa5]{2,8}(局|办|委|中心|公司|街道|社区|所|队|站|院))/;
const POLITE = /(您好|你好|感谢|谢谢|尊敬|敬请|请您|欢迎)/;
const NEXT = /(联系电话|电话[:：]?\s*\d|\d{3,4}-\d{4,}|0{4,}|\d{7,}|如有疑问|如有问题|如需|如您还有|可向|可到|可拨打|可致电|拨打|咨询电话|欢迎(来电|致电|咨询)|下一步|后续|将继续|持续跟踪|跟踪|回访)/;

function clamp(x: number): number {
  return Math.max(0, Math.min(100, Math.round(x)));
}

/**
 * The reply without what it merely quotes from the request: “A2区景蓉花苑物业管理有问题”, or a
 * quote put together from the request's words (“浏阳河星沙段河道垃圾” for 浏阳河星沙段河面上漂了很多
 * 垃圾): at least 3 in 4 of its character pairs are the request's.
 */
function withoutQuotes(reply: string, request: string): string {
  return reply.replace(/[“"「『]([^”"」』]{4,})[”"」』]/g, (m, q: string) => (request.includes(q) || quotedShare(q, request) >= 0.75 ? '' : m));
}

function quotedShare(quote: string, request: string): number {
  let pairs = 0;
  let mine = 0;
  for (let i = 0; i + 2 <= quote.length; i++) {
    pairs++;
    if (request.includes(quote.slice(i, i + 2))) mine++;
  }
  return pairs ? mine / pairs : 0;
}

/** What is left once courtesy and receipt phrases are removed. */
function substance(reply: string): string {
  let s = reply;
  for (const re of BOILERPLATE) s = s.replace(re, '');
  return s.replace(/[\s\p{P}\p{S}]/gu, '');
}

interface WeightedWord {
  word: string;
  weight: number;
}

/** Masked or coded places (A6区, K4县) and the words of the request, by TF-IDF weight. */
const CODE = /[a-z]\d{0,3}(市|区|县)/g;

function requestWords(title: string, content: string): WeightedWord[] {
  // The title is the request in a line: counted twice. Codes are cut out first, or jieba
  // glues them to the next word ("a6区星城镇" → 区星).
  const text = (title ? `${title}。${title}。${content}` : content).replace(CODE, '，');
  const out: WeightedWord[] = [];
  for (const k of keywords(text, 14)) {
    if (GENERIC.has(k.keyword) || k.keyword.length < 2 || /^[\da-z.]+$/.test(k.keyword)) continue;
    out.push({ word: k.keyword, weight: k.weight * (PLACE_WORD.test(k.keyword) ? 1.5 : 1) });
  }
  const words = out.slice(0, 10);
  // A district code the title names is a place the reply should name too.
  const top = words[0]?.weight ?? 1;
  for (const code of new Set(title.match(CODE) ?? [])) if (!/^[a-z]市$/.test(code)) words.push({ word: code, weight: top * 0.5 });
  return words;
}

/** 1 when the reply has the word; 0.5 when it has a two-character part of a longer word (住房补贴 → 住房货币补贴). */
function found(reply: string, word: string): number {
  if (reply.includes(word)) return 1;
  if (word.length >= 3) for (let i = 0; i + 2 <= word.length; i++) if (!GENERIC.has(word.slice(i, i + 2)) && reply.includes(word.slice(i, i + 2))) return 0.5;
  return 0;
}

/**
 * A question rather than a complaint: the answer is the result, no investigation needed. One
 * that says it asks (咨询, 想了解) is a question; question words alone (为什么…没人管？, 何时修好…？,
 * 能不能管管…？) make one only when the request does not complain: a title's 为什么 or ？ is how a
 * citizen complains as often as how he asks.
 */
const ASKS = /(咨询|询问|想了解|想问|问一下|问问|请问)/;
const QUESTION_WORD = /(能否|是否|可否|何时|什么时候|怎么|如何|多少|哪些|哪里|为什么|能不能|可不可以|吗|[？?])/;
const COMPLAINS =
  /(投诉|举报|扰民|污染|噪音|噪声|油烟|粉尘|臭|违建|违章|违法|违规|私搭|乱搭|乱收|乱停|占道|占用|拖欠|欠薪|强行|破损|损坏|坏了|故障|漏水|积水|堵塞|没人管|无人管|不管|不处理|没人处理|至今|多次|危险|不作为|推诿|超速|超载|撒漏|闯红灯|停水|停电)/;

function isQuestion(title: string, content: string): boolean {
  const opening = content.slice(0, 60);
  const head = title || opening;
  if (ASKS.test(head) && !/投诉|举报/.test(head)) return true;
  return QUESTION_WORD.test(head) && !COMPLAINS.test(`${title}\n${content}`);
}

/** Scores a reply to a request. Pure and deterministic. */
export function scoreReply(input: ReplyQualityInput): ReplyQuality {
  const title = normalize(input.request.title ?? '').trim();
  const content = normalize(input.request.content ?? '').trim();
  const rawReply = (input.reply ?? '').trim();
  const reply = normalize(rawReply);
  const reasons: string[] = [];
  const requestText = `${title}\n${content}`;
  const substantive = substance(withoutQuotes(rawReply.normalize('NFKC'), requestText));
  const boilerplateOnly = substantive.length < 10;

  // Relevance.
  const words = requestWords(title, content);
  const own = withoutQuotes(reply, requestText);
  let relevance: number;
  if (!words.length) relevance = reply.length ? 70 : 0;
  else {
    const total = words.reduce((s, w) => s + w.weight, 0);
    const covered = words.reduce((s, w) => s + w.weight * found(own, w.word), 0);
    relevance = clamp((covered / total / 0.6) * 100);
    const missing = words.slice(0, 5).filter((w) => !found(own, w.word)).slice(0, 3);
    if (missing.length && relevance < 90) reasons.push(`答复未提及诉求中的${missing.map((w) => `“${w.word}”`).join('')}`);
  }

  // Completeness.
  const body = own;
  const acted = ACTION.test(body);
  const resulted = RESULT.test(body) || ANSWER.test(body);
  const grounded = ANSWER.test(body);
  const refused = REFUSAL.test(body);
  const factual = FACT.test(body);
  const consult = isQuestion(title, content);
  let completeness = consult
    ? (resulted ? 70 : 0) + (grounded ? 15 : 0) + (factual ? 15 : 0)
    : (acted ? 40 : 0) + (resulted ? 45 : 0) + (factual ? 15 : 0);
  if (refused && !grounded) completeness -= 30;
  if (boilerplateOnly) completeness = 0;
  completeness = clamp(completeness);

  // Timeliness.
  let timeliness: number | null = null;
  if (input.repliedOnTime === true) timeliness = 100;
  else if (input.repliedOnTime === false) timeliness = 20;
  else if (input.workingHours != null && Number.isFinite(input.workingHours)) {
    const h = Math.max(0, input.workingHours);
    timeliness = h <= 8 ? 100 : h <= 24 ? 90 : h <= 40 ? 80 : h <= 80 ? 60 : h <= 160 ? 40 : 20;
  }

  // Form.
  const n = [...rawReply.replace(/\s/g, '')].length;
  const lengthScore = n < 30 ? 10 : n < 80 ? 40 : n <= 1500 ? 100 : n <= 3000 ? 85 : 70;
  const polite = POLITE.test(reply);
  const next = NEXT.test(reply);
  let form = 0.5 * lengthScore + (polite ? 20 : 0) + (next ? 30 : 0);
  if (boilerplateOnly) form = Math.min(form, 20);
  form = clamp(form);

  // Reasons, most important first.
  const ordered: string[] = [];
  if (!rawReply) ordered.push('未答复');
  else if (boilerplateOnly) ordered.push('仅有套话（如“您好，已收悉”），无实质答复内容');
  if (/已(转|交|转交)[^。]{0,30}(办理|处理|核查|办复)|请[您你]?耐心等待/.test(rawReply) && boilerplateOnly) ordered.push('仅告知已转办，未答复办理情况');
  if (input.repliedOnTime === false) ordered.push('超期答复');
  else if (timeliness != null && timeliness <= 40) ordered.push(`答复用时较长（约${Math.round((input.workingHours ?? 0) / 8)}个工作日）`);
  ordered.push(...reasons);
  if (!boilerplateOnly && rawReply) {
    if (!resulted) ordered.push('未说明办理结果');
    if (!acted && !consult) ordered.push('未说明调查核实或处理过程');
    if (refused && !grounded) ordered.push('不予办理或无法解决，但未说明政策依据');
    if (!factual && acted) ordered.push('缺少具体事实（时间、地点、数量或责任单位）');
  }
  if (rawReply && n < 80 && !boilerplateOnly) ordered.push('答复过短');
  if (n > 3000) ordered.push('答复过长');
  if (rawReply && !polite) ordered.push('缺少礼貌用语');
  if (rawReply && !next && !boilerplateOnly) ordered.push('未提供联系方式或后续途径');

  const w = REPLY_WEIGHTS;
  const sum = timeliness == null ? w.relevance + w.completeness + w.form : 1;
  let score = (w.relevance * relevance + w.completeness * completeness + (timeliness == null ? 0 : w.timeliness * timeliness) + w.form * form) / sum;
  if (boilerplateOnly) score = Math.min(score, 20);
  if (!rawReply) score = 0;
  score = clamp(score);
  const grade = replyGrade(score);
  return { score, grade, parts: { relevance, completeness, timeliness, form }, reasons: [...new Set(ordered)] };
}
