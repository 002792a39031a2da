// One form per lifecycle step (POST /tickets/{id}/{step}), shared by the queues and the ticket
// page. Each form submits with Ctrl+Enter, shows the server's zh-CN error, and calls onDone with
// the ticket after the step. The dispatch form carries the smart suggestion (key g applies it);
// the reply form shows the reply's quality score before it can be sent.

import { useEffect, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { Ticket, TicketDetail } from '../api/types';
import { CategorySelect, ErrorBanner } from '../components';
import { useHotkeys } from '../hotkeys';
import { messages, useT } from '../i18n';
import { useLabels } from '../labels';
import { useReference, useUser } from '../session';
import type { CommandKind } from '../../../src/domain/ticket';
import { NO_CALLBACK_REASONS, REFUSAL_GUIDANCE, REFUSAL_REASONS, type NoCallbackReason, type RefusalReason } from '../../../src/domain/ticket-types';
import { formatDateTime, shanghaiDate } from '../time';
import { unitsBelow } from './actions';
import { assignees, replyQuality, runStep, type ReplyQuality, type SimilarTicket, type Suggestion } from './api';
import { QualityScore, SimilarPanel, SuggestionPanel } from './panels';
import { CannedTextarea } from './canned';
import { CANNED_STEPS, type CannedStep } from '../../../src/domain/canned-replies';

const M = messages(
  {
    lead: '主办单位', category: '诉求分类', assist: '协办单位', addAssist: '添加协办单位…', remove: '移除', note: '备注', choose: '请选择…',
    submit: '提交', submitKey: 'Ctrl+Enter 提交', cancel: '取消', busy: '提交中…', dispatch: '派单', reason: '理由', days: '延期工作日数',
    returnReason: '退单理由（为何不属本单位办理，应由哪个单位办理）', extendReason: '延期理由', approve: '同意', reject: '驳回',
    pendingReturn: '退单申请', pendingExtension: '延期申请：{days} 个工作日', reply: '答复内容', check: '预评质量', checking: '评估中…',
    send: '发送答复', sendAnyway: '确认发送', stale: '内容已修改，发送前请重新评估', scoreFirst: '发送前先显示答复质量评分',
    replyTemplate: '您好！关于您反映的“{title}”问题，经核查：\n\n处理结果：\n\n如有疑问，可拨打 12345 咨询。感谢您的理解与支持！',
    template: '插入答复模板', reached: '是否接通', yes: '是', no: '否', reachedYes: '已接通', reachedNo: '未接通', resolved: '问题是否解决',
    resolvedYes: '已解决', resolvedNo: '未解决', satisfaction: '满意度', outcomeClose: '提交后工单办结', outcomeReopen: '不满意或未解决：提交后工单退回承办单位重办',
    outcomeLimit: '重办次数已达上限：提交后工单办结并记录不满意', outcomePending: '未接通：记第 {n} 次回访，{left}',
    submitReopen: '提交并重办', script: '回访话术',
    scriptText: '您好！这里是12345政务服务便民热线。您于{date}反映的“{title}”，已由{unit}办理并答复。耽误您一分钟做个回访：请问这个问题现在解决了吗？您对办理结果是满意、基本满意，还是不满意？感谢您对我们工作的支持！',
    leftN: '再有 {n} 次未接通将自动办结', leftLast: '本次后将自动办结', reopenReason: '重办理由', closeNote: '办结说明', transferTo: '转至',
    superviseType: '督办类型', notice: '督办单', urge: '催办', content: '内容', replyDays: '单位回复时限（工作日，留空按规则）',
    supervisionReply: '督办回复', supervision: '{kind}：{content}（{by} 前回复）', answer: '直接答复内容', mergeInto: '把本单并入以下工单之一',
    mergeConfirm: '确认把 {from} 并入 {into}？并入后本单状态为“已并单”，答复随主单。', mergeGo: '确认并单', reopenPoor: '答复质量差，退回重办：',
    lastReply: '承办单位答复', mustLead: '请选择主办单位', kind_department: '市直部门', kind_district: '区县', kind_street: '街道（乡镇）', kind_enterprise: '企业', kind_other: '其他单位',
    e110: '110 公安', e119: '119 消防', e120: '120 急救', e122: '122 交通事故',
    fromCitizen: '来电群众补充诉求（告知承办单位）', citizenNote: '群众补充的内容', staffNote: '补充说明（全程留痕，承办单位可见）',
    consentNow: '目前：{state}', consentYes: '诉求人同意公开', consentNo: '诉求人未同意公开',
    consentBox: '诉求人同意将诉求（隐去个人信息后）公开', consentHint: '公开的是隐去姓名、电话、证件号、车牌、门牌等个人信息后的诉求内容和办理进度（Open311）。',
    kind_community: '社区（村）', delegateTo: '下派给（本单位的下级单位）', delegateNote: '下派意见（下级单位可见）', mustUnit: '请选择单位',
    delegateHint: '下级单位的签收、办理时限按规则从现在起算，且不晚于本级办理时限（{due}）。', noBelow: '本单位没有可下派的下级单位',
    pendingReply: '{unit} 的答复 · {at}', approveUp: '同意，报 {unit} 审核', approveCentre: '同意，答复热线中心', rejectDown: '退回重办',
    reviewNote: '审核意见（退回时必填）', rejectNeedsReason: '退回下级须说明理由', lastRejection: '上次退回：{note}',
    rerouteTo: '改派给', rerouteReason: '改派理由', rerouteHint: '改派后原承办单位及其下级不再可见本单，时限从现在起按新单位重新计算。',
    withdrawReason: '撤回理由', withdrawHint: '撤回后工单回到待派单，原承办单位及其下级不再可见。',
    moveTo: '移交给（中心、分中心或市级中心）', moveReason: '移交理由', mustCentre: '请选择中心',
    moveHint: '移交后工单归新的中心办理：已派出的工单撤回到该中心的待派单，原承办单位及其下级不再可见。只有同时管辖两个中心的上级中心可以移交。',
    refuseReason: '不予受理的理由', refuseNote: '说明（选择“其他”时必填）', tellCitizen: '告知诉求人：{text}', otherNeedsNote: '选择“其他”时须填写说明',
    suggestUnit: '建议承办单位（派单异议，可选）', noSuggestion: '不建议', suggestedBy: '{unit} 建议改派给：{to}', rerouteWith: '同意退单并改派给',
    approveReroute: '同意并改派', rerouteNone: '只同意退单（回到待派单）',
    noCallback: '未经回访办结的原因（须记录）', closeRegistered: '关闭理由（必填；不属于热线受理范围的请用“不予受理”）', mustReason: '请选择原因',
  },
  {
    lead: 'Lead unit', category: 'Category', assist: 'Assisting units', addAssist: 'Add an assisting unit…', remove: 'Remove', note: 'Note', choose: 'Choose…',
    submit: 'Submit', submitKey: 'Ctrl+Enter submits', cancel: 'Cancel', busy: 'Submitting…', dispatch: 'Dispatch', reason: 'Reason', days: 'Working days',
    returnReason: 'Why this is not for this unit (and whose it is)', extendReason: 'Why more time is needed', approve: 'Approve', reject: 'Reject',
    pendingReturn: 'Return request', pendingExtension: 'Extension request: {days} working days', reply: 'Reply', check: 'Check quality', checking: 'Checking…',
    send: 'Send reply', sendAnyway: 'Send', stale: 'Changed since the check: check again before sending', scoreFirst: 'The quality score is shown before sending',
    replyTemplate: 'Hello! Regarding "{title}", we looked into it:\n\nResult:\n\nFor questions call 12345. Thank you!',
    template: 'Insert template', reached: 'Reached?', yes: 'Yes', no: 'No', reachedYes: 'Reached', reachedNo: 'Not reached', resolved: 'Resolved?',
    resolvedYes: 'Resolved', resolvedNo: 'Not resolved', satisfaction: 'Satisfaction', outcomeClose: 'The ticket closes', outcomeReopen: 'Unsatisfied or unresolved: the ticket goes back to the unit (reopened)',
    outcomeLimit: 'Reopen limit reached: the ticket closes, recorded as unsatisfied', outcomePending: 'Not reached: attempt {n}; {left}',
    submitReopen: 'Submit and reopen', script: 'Call script',
    scriptText: 'Hello, this is the 12345 government service hotline. On {date} you told us about "{title}"; {unit} has handled it and replied. May I take a minute of your time: is the problem solved now? Are you satisfied, basically satisfied or unsatisfied with the result? Thank you for your support.',
    leftN: '{n} more unreachable attempts close it', leftLast: 'it closes after this one', reopenReason: 'Reason to reopen', closeNote: 'Closing note', transferTo: 'Transfer to',
    superviseType: 'Kind', notice: 'Supervision notice', urge: 'Reminder', content: 'Content', replyDays: 'Reply within (working days; empty = rule)',
    supervisionReply: 'Answer to the supervision', supervision: '{kind}: {content} (answer by {by})', answer: 'Direct answer', mergeInto: 'Merge this ticket into one of these',
    mergeConfirm: 'Merge {from} into {into}? This ticket becomes merged; the master\'s reply answers it.', mergeGo: 'Merge', reopenPoor: 'Poor reply, sent back: ',
    lastReply: "The unit's reply", mustLead: 'Choose the lead unit', kind_department: 'Departments', kind_district: 'Districts', kind_street: 'Streets and towns', kind_enterprise: 'Enterprises', kind_other: 'Other units',
    e110: '110 Police', e119: '119 Fire', e120: '120 Ambulance', e122: '122 Traffic',
    fromCitizen: 'The caller adds to their request (the unit is told)', citizenNote: 'What the citizen added', staffNote: 'Note (kept on the timeline, seen by the units)',
    consentNow: 'Now: {state}', consentYes: 'the citizen agreed to publication', consentNo: 'the citizen has not agreed to publication',
    consentBox: 'The citizen agrees to publish the request (personal data removed)', consentHint: 'Published: the request and its progress without names, phone, ID, plate or room numbers (Open311).',
    kind_community: 'Communities and villages', delegateTo: 'Hand down to (a unit below yours)', delegateNote: 'Note for the unit below', mustUnit: 'Choose a unit',
    delegateHint: "The unit below gets the rule's limits from now, never later than this level's deadline ({due}).", noBelow: 'Your unit has no unit below it',
    pendingReply: 'Reply of {unit} · {at}', approveUp: 'Approve: up to {unit}', approveCentre: 'Approve: reply to the centre', rejectDown: 'Send back',
    reviewNote: 'Review note (required to send back)', rejectNeedsReason: 'Say why it goes back', lastRejection: 'Sent back last time: {note}',
    rerouteTo: 'Re-route to', rerouteReason: 'Why re-route', rerouteHint: 'The old unit and the units below it lose the ticket; limits restart for the new unit.',
    withdrawReason: 'Why withdraw', withdrawHint: 'The ticket goes back to the dispatch queue; the unit and the units below it lose it.',
    moveTo: 'Move to (a centre, sub-centre or city centre)', moveReason: 'Why move', mustCentre: 'Choose a centre',
    moveHint: "The new centre owns the ticket: a dispatched one goes back to that centre's dispatch queue and the old units lose it. Only a centre above both may move it.",
    refuseReason: 'Why the hotline does not take it', refuseNote: 'Note (required for "other")', tellCitizen: 'Tell the citizen: {text}', otherNeedsNote: 'Write a note for "other"',
    suggestUnit: 'Suggested unit (objection to the dispatch, optional)', noSuggestion: 'No suggestion', suggestedBy: '{unit} suggests: {to}', rerouteWith: 'Approve and re-route to',
    approveReroute: 'Approve and re-route', rerouteNone: 'Approve only (back to dispatch)',
    noCallback: 'Why it closes without a callback (recorded)', closeRegistered: 'Why close it (required; use "Refuse" for what the hotline does not take)', mustReason: 'Choose a reason',
  },
);

export type StepProps = { ticket: Ticket | TicketDetail; onDone: (t: Ticket) => void; onCancel?: () => void };

/** Submitting a step: busy flag, the server's error, Ctrl+Enter. */
function useStep(ticket: Ticket, step: CommandKind, onDone: (t: Ticket) => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = async (body: object) => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const t = await runStep(ticket.id, step, body);
      onDone(t);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, setError, submit };
}

export function Form({ onSubmit, children, name }: { onSubmit: () => void; children: ReactNode; name: string }) {
  const onKey = (e: React.KeyboardEvent) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      onSubmit();
    }
  };
  return (
    <form
      className="step-form"
      data-step={name}
      onKeyDown={onKey}
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      {children}
    </form>
  );
}

/**
 * A step's buttons. `busy` is a request in flight (the label says 提交中…); `disabled` is a form
 * not ready yet (the label stays: an idle form that reads 提交中… looks stuck). `tone` colours an
 * outcome that undoes work (重办, 退回) apart from the ordinary primary action.
 */
export function Buttons({
  busy,
  disabled,
  label,
  onCancel,
  extra,
  danger,
  tone,
  testId,
}: {
  busy: boolean;
  disabled?: boolean;
  label: string;
  onCancel?: () => void;
  extra?: ReactNode;
  danger?: boolean;
  tone?: 'primary' | 'warn' | 'danger';
  testId?: string;
}) {
  const t = useT(M);
  return (
    <div className="row buttons">
      <button type="submit" className={tone ?? (danger ? 'danger' : 'primary')} disabled={busy || disabled} title={t('submitKey')} data-testid={testId}>
        {busy ? t('busy') : label}
      </button>
      {extra}
      {onCancel && (
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      )}
      <span className="muted small">{t('submitKey')}</span>
    </div>
  );
}

// ── Units to choose from ───────────────────────────────────────────────────────────────────

type UnitRow = { id: number; name: string; kind: string; active: boolean; parentId: number | null; isCentre?: boolean };
const UNIT_KINDS_SHOWN = ['department', 'district', 'street', 'community', 'enterprise'];

/** The units the centre may dispatch (or re-route) to: active, not a centre, minus `exclude`. */
function useDispatchable(exclude: (number | null | undefined)[] = []): UnitRow[] {
  const ref = useReference();
  const key = exclude.join(',');
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => (ref?.units ?? []).filter((u) => u.active && u.kind !== 'center' && !exclude.includes(u.id)), [ref, key]);
}

/** <option>s grouped by the kind of unit (委办局, 区县, 街道, 社区, 企业). */
function UnitOptions({ units }: { units: UnitRow[] }) {
  const t = useT(M);
  const groups = useMemo(() => {
    const by = new Map<string, UnitRow[]>();
    for (const u of units) by.set(u.kind, [...(by.get(u.kind) ?? []), u]);
    return [...by.entries()];
  }, [units]);
  return (
    <>
      {groups.map(([kind, us]) => (
        <optgroup key={kind} label={UNIT_KINDS_SHOWN.includes(kind) ? t(`kind_${kind}` as 'kind_other') : t('kind_other')}>
          {us.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </optgroup>
      ))}
    </>
  );
}

/** The units below `root` in tree order, each indented by its depth under it (the 下派 picker). */
function TreeOptions({ units, root }: { units: UnitRow[]; root: number }) {
  const ref = useReference();
  const all = ref?.units ?? [];
  const allowed = new Set(units.map((u) => u.id));
  const rows: { u: UnitRow; depth: number }[] = [];
  const walk = (parent: number, depth: number) => {
    for (const u of all.filter((x) => x.parentId === parent).sort((a, b) => a.code.localeCompare(b.code))) {
      if (allowed.has(u.id)) rows.push({ u, depth });
      walk(u.id, depth + 1);
    }
  };
  walk(root, 0);
  return (
    <>
      {rows.map(({ u, depth }) => (
        <option key={u.id} value={u.id}>
          {'\u3000'.repeat(depth)}
          {u.name}
        </option>
      ))}
    </>
  );
}

// ── 派单 ──────────────────────────────────────────────────────────────────────────────────

export function DispatchForm({ ticket, onDone, onCancel, autoFocus }: StepProps & { autoFocus?: boolean }) {
  const t = useT(M);
  const ref = useReference();
  const { busy, error, setError, submit } = useStep(ticket, 'dispatch', onDone);
  const [lead, setLead] = useState<number | ''>(ticket.unitId ?? '');
  const [assist, setAssist] = useState<number[]>([]);
  const [note, setNote] = useState('');
  // The dispatcher may correct the category as they dispatch (改分类); the suggestion sets both.
  const [category, setCategory] = useState<number | null>(ticket.categoryId);
  const [suggested, setSuggested] = useState<Suggestion | null>(null);
  const leadRef = useRef<HTMLSelectElement>(null);
  useEffect(() => {
    setLead('');
    setAssist([]);
    setNote('');
    setCategory(ticket.categoryId);
    setSuggested(null);
    if (autoFocus) leadRef.current?.focus();
  }, [ticket.id, autoFocus]);
  const units = useDispatchable();
  const name = (id: number) => ref?.unitById.get(id)?.name ?? String(id);
  // Only a sure suggestion is applied whole (g); from one that is not, the dispatcher picks an option.
  const apply = (s: Suggestion | null = suggested) => {
    if (!s?.sure) return;
    if (s.unit) setLead(s.unit.unitId);
    if (s.categories.length) setCategory(s.categories[0].categoryId);
  };
  const pick = (c: Suggestion['categories'][number]) => {
    setCategory(c.categoryId);
    if (c.unit) setLead(c.unit.unitId);
  };
  useHotkeys({ g: () => apply() });
  const go = () => {
    if (lead === '') return setError(new Error(t('mustLead')));
    void submit({
      unitId: lead,
      assistUnitIds: assist.filter((a) => a !== lead),
      note: note.trim() || null,
      ...(category != null && category !== ticket.categoryId ? { categoryId: category } : {}),
    });
  };
  const input = useMemo(
    () => ({ title: ticket.title, content: ticket.content, address: ticket.address, districtId: ticket.districtId }),
    [ticket.title, ticket.content, ticket.address, ticket.districtId],
  );
  return (
    <Form onSubmit={go} name="dispatch">
      <SuggestionPanel
        input={input}
        onApply={apply}
        onPick={pick}
        onLoaded={setSuggested}
        key={ticket.id}
      />
      <CategorySelect categories={ref?.categories ?? []} value={category} onChange={setCategory} label={t('category')} allowNone={t('choose')} testId="dispatch-category" />
      <label>
        {t('lead')}
        <select ref={leadRef} value={lead} onChange={(e) => setLead(e.target.value ? Number(e.target.value) : '')} data-testid="lead-unit">
          <option value="">{t('choose')}</option>
          <UnitOptions units={units} />
        </select>
      </label>
      <label>
        {t('assist')}
        <select
          value=""
          data-testid="assist-unit"
          onChange={(e) => {
            const id = Number(e.target.value);
            if (id && !assist.includes(id)) setAssist([...assist, id]);
          }}
        >
          <option value="">{t('addAssist')}</option>
          {units
            .filter((u) => u.id !== lead && !assist.includes(u.id))
            .map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
        </select>
      </label>
      {assist.length > 0 && (
        <div className="chips" data-testid="assist-chips">
          {assist.map((id) => (
            <span key={id} className="chip">
              {name(id)}
              <button type="button" className="link" aria-label={`${t('remove')} ${name(id)}`} onClick={() => setAssist(assist.filter((a) => a !== id))}>
                ×
              </button>
            </span>
          ))}
        </div>
      )}
      <label>
        {t('note')}
        <input value={note} onChange={(e) => setNote(e.target.value)} maxLength={2000} />
      </label>
      <ErrorBanner error={error} />
      <Buttons busy={busy} label={t('dispatch')} onCancel={onCancel} />
    </Form>
  );
}

// ── 答复（发送前显示质量评分）───────────────────────────────────────────────────────────────

export function ReplyForm({ ticket, onDone, onCancel }: StepProps) {
  const t = useT(M);
  const { busy, error, setError, submit } = useStep(ticket, 'reply', onDone);
  const [content, setContent] = useState('');
  const [files, setFiles] = useState<StepFile[]>([]);
  const [quality, setQuality] = useState<{ text: string; q: ReplyQuality } | null>(null);
  const [checking, setChecking] = useState(false);
  // The text now: a slower check of an earlier draft (the `::` of a canned reply, say) must not
  // overwrite the score of the text on screen, or the form waits for a check nobody starts.
  const latest = useRef(content);
  latest.current = content;
  const check = async (text = content) => {
    if (!text.trim()) return null;
    setChecking(true);
    try {
      const q = await replyQuality(ticket.id, text);
      if (text === latest.current) setQuality({ text, q });
      return q;
    } catch (e) {
      setError(e);
      return null;
    } finally {
      setChecking(false);
    }
  };
  // Scores the draft as it is written (after a pause), so the score is there before sending.
  useEffect(() => {
    // Not while a canned reply is being chosen (`::word` at the end): that text is about to change.
    if (!content.trim() || /::[^\s:]{0,20}$/.test(content)) return;
    const timer = setTimeout(() => void check(content), 700);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [content]);
  const fresh = quality?.text === content;
  const go = async () => {
    if (!content.trim()) return;
    // The score of exactly this text is on screen before it can be sent.
    if (!fresh) {
      await check();
      return;
    }
    void submit({ content, ...(files.length ? { attachments: files } : {}) });
  };
  return (
    <Form onSubmit={() => void go()} name="reply">
      <label>
        {t('reply')}
        <CannedTextarea ticketId={ticket.id} step="reply" value={content} onChange={setContent} rows={8} maxLength={10000} autoFocus data-testid="reply-content" />
      </label>
      <div className="row">
        <button type="button" className="link" onClick={() => setContent(t('replyTemplate', { title: ticket.title }))}>
          {t('template')}
        </button>
        <button type="button" onClick={() => void check()} disabled={!content.trim() || checking}>
          {checking ? t('checking') : t('check')}
        </button>
        {quality && !fresh && <span className="muted small">{t('stale')}</span>}
      </div>
      {quality && <QualityScore q={quality.q} />}
      <FilePicker files={files} onChange={setFiles} onError={setError} />
      <ErrorBanner error={error} />
      <Buttons busy={busy} disabled={checking} label={fresh ? t('send') : t('check')} onCancel={onCancel} extra={!fresh && <span className="muted small">{t('scoreFirst')}</span>} />
    </Form>
  );
}

// ── 回访（不满意即重办）─────────────────────────────────────────────────────────────────────

function Choice<V extends string>({ name, value, options, onChange, legend }: { name: string; value: V | null; options: [V, string][]; onChange: (v: V) => void; legend: string }) {
  return (
    <fieldset className="choice" data-testid={`choice-${name}`}>
      <legend>{legend}</legend>
      {options.map(([v, label]) => (
        <label key={v} className="inline">
          <input type="radio" name={name} value={v} checked={value === v} onChange={() => onChange(v)} /> {label}
        </label>
      ))}
    </fieldset>
  );
}

export function CallbackForm({ ticket, onDone, onCancel }: StepProps) {
  const t = useT(M);
  const L = useLabels();
  const { busy, error, submit } = useStep(ticket, 'callback', onDone);
  const [reached, setReached] = useState<'yes' | 'no' | null>(null);
  const [resolved, setResolved] = useState<'yes' | 'no' | null>(null);
  const [satisfaction, setSatisfaction] = useState<'satisfied' | 'basically_satisfied' | 'unsatisfied' | null>(null);
  const [note, setNote] = useState('');
  useEffect(() => {
    setReached(null);
    setResolved(null);
    setSatisfaction(null);
    setNote('');
  }, [ticket.id]);
  const attempt = ticket.callbackAttempts + 1;
  let outcome: string | null = null;
  if (reached === 'no') outcome = t('outcomePending', { n: attempt, left: attempt >= 3 ? t('leftLast') : t('leftN', { n: 3 - attempt }) });
  else if (reached === 'yes' && resolved && satisfaction) {
    const good = resolved === 'yes' && satisfaction !== 'unsatisfied';
    outcome = good ? t('outcomeClose') : ticket.reopenCount >= 2 ? t('outcomeLimit') : t('outcomeReopen');
  }
  const reopens = outcome === t('outcomeReopen');
  const go = () =>
    void submit(
      reached === 'no'
        ? { reached: false, note: note.trim() || null }
        : { reached: true, resolved: resolved === 'yes', satisfaction, note: note.trim() || null },
    );
  const ready = reached === 'no' || (reached === 'yes' && resolved != null && satisfaction != null);
  return (
    <Form onSubmit={() => ready && go()} name="callback">
      <details className="call-script" open data-testid="callback-script">
        <summary>{t('script')}</summary>
        <p>{t('scriptText', { date: shanghaiDate(new Date(ticket.createdAt)), title: ticket.title, unit: ticket.unitName ?? '' })}</p>
      </details>
      <Choice name="reached" legend={t('reached')} value={reached} onChange={setReached} options={[['yes', t('reachedYes')], ['no', t('reachedNo')]]} />
      {reached === 'yes' && (
        <>
          <Choice name="resolved" legend={t('resolved')} value={resolved} onChange={setResolved} options={[['yes', t('resolvedYes')], ['no', t('resolvedNo')]]} />
          <Choice
            name="satisfaction"
            legend={t('satisfaction')}
            value={satisfaction}
            onChange={setSatisfaction}
            options={(['satisfied', 'basically_satisfied', 'unsatisfied'] as const).map((s) => [s, L('satisfaction', s)])}
          />
        </>
      )}
      <label>
        {t('note')}
        <CannedTextarea ticketId={ticket.id} step="callback" value={note} onChange={setNote} rows={2} maxLength={2000} />
      </label>
      {outcome && (
        <p className={reopens ? 'notice warn' : 'notice'} data-testid="callback-outcome">
          {outcome}
        </p>
      )}
      <ErrorBanner error={error} />
      <Buttons busy={busy} disabled={!ready} label={reopens ? t('submitReopen') : t('submit')} tone={reopens ? 'warn' : 'primary'} onCancel={onCancel} testId="callback-submit" />
    </Form>
  );
}

// ── Simple steps: one text and a button ─────────────────────────────────────────────────────

function TextStep({
  ticket,
  onDone,
  onCancel,
  step,
  field,
  label,
  required,
  initial = '',
  extra,
  button,
  danger,
}: StepProps & { step: CommandKind; field: string; label: string; required?: boolean; initial?: string; extra?: object; button: string; danger?: boolean }) {
  const { busy, error, submit } = useStep(ticket, step, onDone);
  const [text, setText] = useState(initial);
  const go = () => {
    if (required && !text.trim()) return;
    void submit({ ...extra, [field]: text.trim() || (required ? text : null) });
  };
  return (
    <Form onSubmit={go} name={step}>
      <label>
        {label}
        {(CANNED_STEPS as readonly string[]).includes(step) ? (
          <CannedTextarea ticketId={ticket.id} step={step as CannedStep} value={text} onChange={setText} rows={4} required={required} autoFocus maxLength={step === 'answer' || step === 'supervision-reply' ? 10000 : 2000} />
        ) : (
          <textarea value={text} onChange={(e) => setText(e.target.value)} rows={4} required={required} autoFocus maxLength={2000} />
        )}
      </label>
      <ErrorBanner error={error} />
      <Buttons busy={busy} label={button} onCancel={onCancel} danger={danger} />
    </Form>
  );
}

/** 退单: the reason, and (派单异议) the unit that should have it instead, optional. */
export function ReturnForm({ ticket, onDone, onCancel }: StepProps) {
  const t = useT(M);
  const L = useLabels();
  const { busy, error, submit } = useStep(ticket, 'return', onDone);
  const [reason, setReason] = useState('');
  const [suggested, setSuggested] = useState<number | ''>('');
  const h = ticket.chain.length - 1;
  const all = useDispatchable([ticket.unitId]);
  // The lead unit suggests any unit to the centre; a unit below the lead, a unit under the level above.
  const parent = h > 0 ? ticket.chain[h - 1].unitId : null;
  const units = parent == null ? all : unitsBelow(all, parent);
  return (
    <Form onSubmit={() => reason.trim() && void submit({ reason: reason.trim(), suggestedUnitId: suggested === '' ? null : suggested })} name="return">
      <label>
        {t('returnReason')}
        <CannedTextarea ticketId={ticket.id} step="return" value={reason} onChange={setReason} rows={4} required autoFocus maxLength={2000} />
      </label>
      <label>
        {t('suggestUnit')}
        <select value={suggested} onChange={(e) => setSuggested(e.target.value ? Number(e.target.value) : '')} data-testid="suggest-unit">
          <option value="">{t('noSuggestion')}</option>
          {parent == null ? <UnitOptions units={units} /> : <TreeOptions units={units} root={parent} />}
        </select>
      </label>
      <ErrorBanner error={error} />
      <Buttons busy={busy} label={L('command', 'return')} onCancel={onCancel} danger />
    </Form>
  );
}

export function ReopenForm(p: StepProps & { initial?: string }) {
  const t = useT(M);
  const L = useLabels();
  return <TextStep {...p} step="reopen" field="reason" label={t('reopenReason')} required initial={p.initial} button={L('command', 'reopen')} danger />;
}

/**
 * 办结 by hand: a replied ticket closes without a callback only with the reason recorded
 * (诉求人拒绝回访, 匿名, 三次未接通, 保密); a registered one (never dispatched) with a note.
 */
export function CloseForm({ ticket, onDone, onCancel }: StepProps) {
  const t = useT(M);
  const L = useLabels();
  const { busy, error, setError, submit } = useStep(ticket, 'close', onDone);
  const [reason, setReason] = useState<NoCallbackReason | null>(null);
  const [note, setNote] = useState('');
  const replied = ticket.status === 'replied';
  const reasons = NO_CALLBACK_REASONS.filter((r) => r !== 'confidential' || ticket.confidential);
  const go = () => {
    if (replied && !reason) return setError(new Error(t('mustReason')));
    if (!replied && !note.trim()) return;
    void submit({ note: note.trim() || null, ...(replied ? { noCallbackReason: reason } : {}) });
  };
  return (
    <Form onSubmit={go} name="close">
      {replied && (
        <Choice name="noCallback" legend={t('noCallback')} value={reason} onChange={setReason} options={reasons.map((r) => [r, L('noCallback', r)])} />
      )}
      <label>
        {replied ? t('closeNote') : t('closeRegistered')}
        <CannedTextarea ticketId={ticket.id} step="close" value={note} onChange={setNote} rows={3} required={!replied} autoFocus={!replied} maxLength={2000} />
      </label>
      <ErrorBanner error={error} />
      <Buttons busy={busy} label={L('command', 'close')} onCancel={onCancel} />
    </Form>
  );
}

// ── 下派: to a unit below the holder, with a note ──────────────────────────────────────────

export function DelegateForm({ ticket, onDone, onCancel }: StepProps) {
  const t = useT(M);
  const L = useLabels();
  const { busy, error, setError, submit } = useStep(ticket, 'delegate', onDone);
  const holder = ticket.chain[ticket.chain.length - 1];
  const all = useDispatchable();
  const units = holder ? unitsBelow(all, holder.unitId) : [];
  const [unit, setUnit] = useState<number | ''>(units.length === 1 ? units[0].id : '');
  const [note, setNote] = useState('');
  const go = () => {
    if (unit === '') return setError(new Error(t('mustUnit')));
    void submit({ unitId: unit, note: note.trim() || null });
  };
  if (!holder) return null;
  return (
    <Form onSubmit={go} name="delegate">
      <label>
        {t('delegateTo')}
        <select value={unit} onChange={(e) => setUnit(e.target.value ? Number(e.target.value) : '')} autoFocus data-testid="delegate-unit" size={Math.min(Math.max(units.length + 1, 3), 8)}>
          <option value="">{units.length ? t('choose') : t('noBelow')}</option>
          <TreeOptions units={units} root={holder.unitId} />
        </select>
      </label>
      <p className="muted small">{t('delegateHint', { due: formatDateTime(holder.dueBy) })}</p>
      <label>
        {t('delegateNote')}
        <CannedTextarea ticketId={ticket.id} step="delegate" value={note} onChange={setNote} rows={3} maxLength={2000} data-testid="delegate-note" />
      </label>
      <ErrorBanner error={error} />
      <Buttons busy={busy} label={L('command', 'delegate')} onCancel={onCancel} />
    </Form>
  );
}

// ── 审核答复: the level below's reply, approved up or sent back with the reason ───────────────

export function ReviewReplyForm({ ticket, onDone, onCancel }: StepProps) {
  const t = useT(M);
  const { busy, error, setError, submit } = useStep(ticket, 'review-reply', onDone);
  const [note, setNote] = useState('');
  const h = ticket.chain.length - 1;
  const level = ticket.chain[h];
  const up = h >= 2 ? ticket.chain[h - 2] : null; // approved, it goes to this level's reviewer (or to the centre)
  const decide = (approve: boolean) => {
    if (!approve && !note.trim()) return setError(new Error(t('rejectNeedsReason')));
    void submit({ approve, note: note.trim() || null });
  };
  return (
    <Form onSubmit={() => decide(true)} name="review-reply">
      {level?.reply && (
        <div className="notice" data-testid="pending-reply">
          <strong>{t('pendingReply', { unit: level.unitName ?? '', at: formatDateTime(level.reply.at) })}</strong>
          <div className="ticket-body">{level.reply.content}</div>
        </div>
      )}
      <label>
        {t('reviewNote')}
        <CannedTextarea ticketId={ticket.id} step="review-reply" value={note} onChange={setNote} rows={3} maxLength={2000} autoFocus data-testid="review-note" />
      </label>
      <ErrorBanner error={error} />
      <Buttons
        busy={busy}
        testId="approve"
        label={up ? t('approveUp', { unit: up.unitName ?? '' }) : t('approveCentre')}
        onCancel={onCancel}
        extra={
          <button type="button" className="danger" disabled={busy} onClick={() => decide(false)} data-testid="reject">
            {t('rejectDown')}
          </button>
        }
      />
    </Form>
  );
}

// ── 改派 / 撤回: the centre in control ─────────────────────────────────────────────────────

export function RerouteForm({ ticket, onDone, onCancel }: StepProps) {
  const t = useT(M);
  const L = useLabels();
  const { busy, error, setError, submit } = useStep(ticket, 'reroute', onDone);
  const units = useDispatchable([ticket.leadUnitId]);
  const [unit, setUnit] = useState<number | ''>('');
  const [reason, setReason] = useState('');
  const go = () => {
    if (unit === '') return setError(new Error(t('mustUnit')));
    if (reason.trim()) void submit({ unitId: unit, reason: reason.trim() });
  };
  return (
    <Form onSubmit={go} name="reroute">
      <label>
        {t('rerouteTo')}
        <select value={unit} onChange={(e) => setUnit(e.target.value ? Number(e.target.value) : '')} autoFocus data-testid="reroute-unit">
          <option value="">{t('choose')}</option>
          <UnitOptions units={units} />
        </select>
      </label>
      <label>
        {t('rerouteReason')}
        <textarea value={reason} onChange={(e) => setReason(e.target.value)} rows={3} required maxLength={2000} />
      </label>
      <p className="muted small">{t('rerouteHint')}</p>
      <ErrorBanner error={error} />
      <Buttons busy={busy} label={L('command', 'reroute')} onCancel={onCancel} />
    </Form>
  );
}

// ── 移交中心: a centre above both takes a ticket back from a sub-centre, or moves it between cities ──

export function MoveForm({ ticket, onDone, onCancel }: StepProps) {
  const t = useT(M);
  const L = useLabels();
  const ref = useReference();
  const { busy, error, setError, submit } = useStep(ticket, 'move', onDone);
  const centres = useMemo(() => ((ref?.units ?? []) as UnitRow[]).filter((u) => u.isCentre && u.active && u.id !== ticket.centreId), [ref, ticket.centreId]);
  const [centre, setCentre] = useState<number | ''>('');
  const [reason, setReason] = useState('');
  const go = () => {
    if (centre === '') return setError(new Error(t('mustCentre')));
    if (reason.trim()) void submit({ centreId: centre, reason: reason.trim() });
  };
  return (
    <Form onSubmit={go} name="move">
      <label>
        {t('moveTo')}
        <select value={centre} onChange={(e) => setCentre(e.target.value ? Number(e.target.value) : '')} autoFocus data-testid="move-centre">
          <option value="">{t('choose')}</option>
          {centres.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('moveReason')}
        <textarea value={reason} onChange={(e) => setReason(e.target.value)} rows={3} required maxLength={2000} />
      </label>
      <p className="muted small">{t('moveHint')}</p>
      <ErrorBanner error={error} />
      <Buttons busy={busy} label={L('command', 'move')} onCancel={onCancel} />
    </Form>
  );
}

export function WithdrawForm(p: StepProps) {
  const t = useT(M);
  const L = useLabels();
  return (
    <>
      <p className="muted small">{t('withdrawHint')}</p>
      <TextStep {...p} step="withdraw" field="reason" label={t('withdrawReason')} required button={L('command', 'withdraw')} danger />
    </>
  );
}

// ── 不予受理: one of 53号's reasons, and where the citizen can go instead ──────────────────────

export function RefuseForm({ ticket, onDone, onCancel }: StepProps) {
  const t = useT(M);
  const L = useLabels();
  const { busy, error, setError, submit } = useStep(ticket, 'refuse', onDone);
  const [reason, setReason] = useState<RefusalReason | null>(null);
  const [note, setNote] = useState('');
  const go = () => {
    if (!reason) return setError(new Error(t('mustReason')));
    if (reason === 'other' && !note.trim()) return setError(new Error(t('otherNeedsNote')));
    void submit({ reason, note: note.trim() || null });
  };
  return (
    <Form onSubmit={go} name="refuse">
      <Choice name="refusal" legend={t('refuseReason')} value={reason} onChange={setReason} options={REFUSAL_REASONS.map((r) => [r, L('refusal', r)])} />
      {reason && (
        <p className="notice" data-testid="refusal-guidance">
          {t('tellCitizen', { text: REFUSAL_GUIDANCE[reason] })}
        </p>
      )}
      <label>
        {t('refuseNote')}
        <CannedTextarea ticketId={ticket.id} step="refuse" value={note} onChange={setNote} rows={3} required={reason === 'other'} maxLength={2000} />
      </label>
      <ErrorBanner error={error} />
      <Buttons busy={busy} label={L('command', 'refuse')} onCancel={onCancel} danger />
    </Form>
  );
}

export function AnswerForm(p: StepProps) {
  const t = useT(M);
  const L = useLabels();
  return <TextStep {...p} step="answer" field="content" label={t('answer')} required button={L('command', 'answer')} />;
}

export function SupervisionReplyForm(p: StepProps) {
  const t = useT(M);
  const L = useLabels();
  const s = p.ticket.supervision;
  return (
    <>
      {s && <p className="notice">{t('supervision', { kind: t(s.kind), content: s.content, by: s.replyBy.slice(0, 10) })}</p>}
      <TextStep {...p} step="supervision-reply" field="content" label={t('supervisionReply')} required button={L('command', 'supervision-reply')} />
    </>
  );
}

// ── 公开意愿：诉求人同意（或撤回同意）将诉求脱敏后公开 ─────────────────────────────────────────

export function ConsentForm({ ticket, onDone, onCancel }: StepProps) {
  const t = useT(M);
  const L = useLabels();
  const { busy, error, submit } = useStep(ticket, 'consent', onDone);
  const [agree, setAgree] = useState(!ticket.publicConsent);
  return (
    <Form onSubmit={() => void submit({ publicConsent: agree })} name="consent">
      <p className="muted">{t('consentNow', { state: ticket.publicConsent ? t('consentYes') : t('consentNo') })}</p>
      <label className="inline">
        <input type="checkbox" checked={agree} onChange={(e) => setAgree(e.target.checked)} autoFocus data-testid="consent-box" />
        {t('consentBox')}
      </label>
      <p className="muted small">{t('consentHint')}</p>
      <ErrorBanner error={error} />
      <Buttons busy={busy} label={L('command', 'consent')} onCancel={onCancel} />
    </Form>
  );
}

// ── 补充说明：群众补充诉求（话务员登记来电补充）或工作人员备注 ───────────────────────────────────

export function NoteForm({ ticket, onDone, onCancel }: StepProps) {
  const t = useT(M);
  const L = useLabels();
  const user = useUser();
  const { busy, error, setError, submit } = useStep(ticket, 'note', onDone);
  const [content, setContent] = useState('');
  const [files, setFiles] = useState<StepFile[]>([]);
  // The agent on the phone records what the caller adds; everyone else writes a working note.
  const mayRecordCitizen = user.role === 'agent' || user.role === 'admin';
  const [fromCitizen, setFromCitizen] = useState(user.role === 'agent');
  return (
    <Form
      onSubmit={() => content.trim() && void submit({ content: content.trim(), ...(mayRecordCitizen ? { fromCitizen } : {}), ...(files.length ? { attachments: files } : {}) })}
      name="note"
    >
      {mayRecordCitizen && (
        <label className="inline">
          <input type="checkbox" checked={fromCitizen} onChange={(e) => setFromCitizen(e.target.checked)} data-testid="from-citizen" />
          {t('fromCitizen')}
        </label>
      )}
      <label>
        {fromCitizen && mayRecordCitizen ? t('citizenNote') : t('staffNote')}
        <CannedTextarea ticketId={ticket.id} step="note" value={content} onChange={setContent} rows={4} required autoFocus maxLength={10000} />
      </label>
      {user.role === 'unit_handler' && <FilePicker files={files} onChange={setFiles} onError={setError} />}
      <ErrorBanner error={error} />
      <Buttons busy={busy} label={L('command', 'note')} onCancel={onCancel} />
    </Form>
  );
}

export function ExtendForm({ ticket, onDone, onCancel }: StepProps) {
  const t = useT(M);
  const L = useLabels();
  const { busy, error, submit } = useStep(ticket, 'extend', onDone);
  const [days, setDays] = useState(3);
  const [reason, setReason] = useState('');
  return (
    <Form onSubmit={() => reason.trim() && void submit({ days, reason })} name="extend">
      <label>
        {t('days')}
        <input type="number" min={1} max={60} value={days} onChange={(e) => setDays(Number(e.target.value))} autoFocus />
      </label>
      <label>
        {t('extendReason')}
        <CannedTextarea ticketId={ticket.id} step="extend" value={reason} onChange={setReason} rows={3} required maxLength={2000} />
      </label>
      <ErrorBanner error={error} />
      <Buttons busy={busy} label={L('command', 'extend')} onCancel={onCancel} />
    </Form>
  );
}

/** Approve or reject a pending return (退单审核) or extension request (延期审核). */
export function ReviewForm({ ticket, onDone, onCancel, step }: StepProps & { step: 'review-return' | 'review-extension' }) {
  const t = useT(M);
  const ref = useReference();
  const { busy, error, submit } = useStep(ticket, step, onDone);
  const [note, setNote] = useState('');
  const pending = step === 'review-return' ? ticket.pendingReturn : ticket.pendingExtension;
  // 派单异议: the returning unit's suggestion, approved and re-dispatched in one step.
  const suggested = step === 'review-return' ? (ticket.pendingReturn?.suggestedUnitId ?? null) : null;
  const [reroute, setReroute] = useState<number | ''>(suggested ?? '');
  const units = useDispatchable([pending?.unitId]);
  const decide = (approve: boolean) =>
    void submit({ approve, note: note.trim() || null, ...(approve && step === 'review-return' && reroute !== '' ? { rerouteTo: reroute } : {}) });
  const unitName = (id: number | null | undefined) => (id == null ? '' : (ref?.unitById.get(id)?.name ?? String(id)));
  return (
    <Form onSubmit={() => decide(true)} name={step}>
      {pending && (
        <div className="notice" data-testid="pending">
          <strong>{step === 'review-return' ? t('pendingReturn') : t('pendingExtension', { days: pending.days ?? 0 })}</strong>
          {pending.unitId != null && <span className="muted"> · {unitName(pending.unitId)}</span>}
          <div>{pending.reason}</div>
          {suggested != null && (
            <div data-testid="suggested-reroute">
              <strong>{t('suggestedBy', { unit: unitName(pending.unitId), to: unitName(suggested) })}</strong>
            </div>
          )}
        </div>
      )}
      {step === 'review-return' && (
        <label>
          {t('rerouteWith')}
          <select value={reroute} onChange={(e) => setReroute(e.target.value ? Number(e.target.value) : '')} data-testid="review-reroute">
            <option value="">{t('rerouteNone')}</option>
            <UnitOptions units={units} />
          </select>
        </label>
      )}
      <label>
        {t('note')}
        <input value={note} onChange={(e) => setNote(e.target.value)} maxLength={2000} autoFocus />
      </label>
      <ErrorBanner error={error} />
      <Buttons
        busy={busy}
        testId="approve"
        label={step === 'review-return' && reroute !== '' ? `${t('approveReroute')} · ${unitName(reroute)}` : t('approve')}
        onCancel={onCancel}
        extra={
          <button type="button" className="danger" disabled={busy} onClick={() => decide(false)}>
            {t('reject')}
          </button>
        }
      />
    </Form>
  );
}

export function TransferForm({ ticket, onDone, onCancel }: StepProps) {
  const t = useT(M);
  const L = useLabels();
  const { busy, error, submit } = useStep(ticket, 'transfer', onDone);
  const [to, setTo] = useState<'110' | '119' | '120' | '122' | null>(null);
  const [note, setNote] = useState('');
  return (
    <Form onSubmit={() => to && void submit({ to, note: note.trim() || null })} name="transfer">
      <Choice name="to" legend={t('transferTo')} value={to} onChange={setTo} options={(['110', '119', '120', '122'] as const).map((x) => [x, t(`e${x}`)])} />
      <label>
        {t('note')}
        <input value={note} onChange={(e) => setNote(e.target.value)} maxLength={2000} />
      </label>
      <ErrorBanner error={error} />
      <Buttons busy={busy || !to} label={L('command', 'transfer')} onCancel={onCancel} danger />
    </Form>
  );
}

export function SuperviseForm({ ticket, onDone, onCancel }: StepProps) {
  const t = useT(M);
  const L = useLabels();
  const { busy, error, submit } = useStep(ticket, 'supervise', onDone);
  const [type, setType] = useState<'notice' | 'urge'>('urge');
  const [content, setContent] = useState('');
  const [days, setDays] = useState('');
  return (
    <Form onSubmit={() => content.trim() && void submit({ type, content, replyDays: days ? Number(days) : null })} name="supervise">
      <Choice name="kind" legend={t('superviseType')} value={type} onChange={setType} options={[['urge', t('urge')], ['notice', t('notice')]]} />
      <label>
        {t('content')}
        <CannedTextarea ticketId={ticket.id} step="supervise" value={content} onChange={setContent} rows={3} required maxLength={2000} autoFocus />
      </label>
      <label>
        {t('replyDays')}
        <input type="number" min={1} max={30} value={days} onChange={(e) => setDays(e.target.value)} />
      </label>
      <ErrorBanner error={error} />
      <Buttons busy={busy} label={L('command', 'supervise')} onCancel={onCancel} />
    </Form>
  );
}

/** 并单: pick the master among the similar tickets, confirm, merge. */
export function MergeForm({ ticket, onDone, onCancel }: StepProps) {
  const t = useT(M);
  const { busy, error, submit } = useStep(ticket, 'merge', onDone);
  const [target, setTarget] = useState<SimilarTicket | null>(null);
  return (
    <div className="step-form" data-step="merge">
      <p className="muted">{t('mergeInto')}</p>
      <SimilarPanel ticketId={ticket.id} onMerge={setTarget} />
      {target && (
        <Form onSubmit={() => void submit({ intoId: target.id })} name="merge-confirm">
          <p className="notice">{t('mergeConfirm', { from: ticket.number, into: target.number })}</p>
          <ErrorBanner error={error} />
          <Buttons busy={busy} label={t('mergeGo')} onCancel={onCancel} danger />
        </Form>
      )}
    </div>
  );
}

// ── 附件与承办人（单位经办人）────────────────────────────────────────────────────────────────

const F = messages(
  {
    files: '附件（现场照片、文书）', filesHint: 'JPG、PNG、WebP 图片或 PDF、Word、Excel 文件，最多 4 个，每个不超过 1.5 MB；仅工作人员可见',
    tooMany: '最多 4 个附件', tooBig: '“{name}”超过 1.5 MB', removeFile: '移除 {name}', assignee: '承办人', assignTo: '指定给本单位的',
    current: '当前承办人：{name}', nobody: '尚未指定', acceptHint: '签收时附上材料（如现场照片、接收凭证）；不带附件签收直接按 a。', acceptWithFiles: '签收',
  },
  {
    files: 'Files (site photos, documents)', filesHint: 'JPG, PNG, WebP, PDF, Word or Excel, at most 4, 1.5 MB each; staff only',
    tooMany: 'At most 4 files', tooBig: '"{name}" is over 1.5 MB', removeFile: 'Remove {name}', assignee: 'Handler', assignTo: 'Give to a colleague',
    current: 'Now with {name}', nobody: 'nobody yet', acceptHint: 'Accept with files (site photos, a receipt); to accept without files just press a.', acceptWithFiles: 'Accept',
  },
);

export type StepFile = { filename: string; contentType: string | null; data: string };
const MAX_FILES = 4;
const MAX_FILE_BYTES = 1_500_000;

const readBase64 = (f: File) =>
  new Promise<string>((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result).replace(/^data:[^,]*,/, ''));
    r.onerror = () => reject(r.error);
    r.readAsDataURL(f);
  });

/** Files to send with a step: chosen with the file chooser (keyboard: Tab to it, Enter/Space), listed with a remove button each. */
export function FilePicker({ files, onChange, onError }: { files: StepFile[]; onChange: (f: StepFile[]) => void; onError: (e: unknown) => void }) {
  const t = useT(F);
  const add = async (list: FileList | null) => {
    const chosen = [...(list ?? [])];
    if (files.length + chosen.length > MAX_FILES) return onError(new Error(t('tooMany')));
    const big = chosen.find((f) => f.size > MAX_FILE_BYTES);
    if (big) return onError(new Error(t('tooBig', { name: big.name })));
    const read = await Promise.all(chosen.map(async (f) => ({ filename: f.name, contentType: f.type || null, data: await readBase64(f) })));
    onChange([...files, ...read]);
  };
  return (
    <div className="files" data-testid="step-files">
      <label>
        {t('files')}
        <input
          type="file"
          multiple
          accept=".jpg,.jpeg,.png,.webp,.pdf,.docx,.xlsx,image/jpeg,image/png,image/webp,application/pdf"
          data-testid="step-file-input"
          onChange={(e) => {
            void add(e.target.files);
            e.target.value = '';
          }}
        />
      </label>
      <span className="muted small">{t('filesHint')}</span>
      {files.length > 0 && (
        <ul className="file-list">
          {files.map((f, i) => (
            <li key={`${f.filename}-${i}`}>
              {f.filename}{' '}
              <button type="button" className="link" aria-label={t('removeFile', { name: f.filename })} onClick={() => onChange(files.filter((_, j) => j !== i))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The unit's handlers to give a ticket to (承办人), once per page. */
export function useAssignees(enabled = true): { id: number; name: string }[] {
  const [list, setList] = useState<{ id: number; name: string }[]>([]);
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    void assignees().then((l) => live && setList(l), () => undefined);
    return () => {
      live = false;
    };
  }, [enabled]);
  return list;
}

export function AssignForm({ ticket, onDone, onCancel }: StepProps) {
  const t = useT(F);
  const L = useLabels();
  const { busy, error, submit } = useStep(ticket, 'assign', onDone);
  const people = useAssignees();
  const [userId, setUserId] = useState<number | ''>('');
  const current = people.find((p) => p.id === ticket.assigneeId)?.name;
  return (
    <Form onSubmit={() => userId !== '' && void submit({ userId })} name="assign">
      <p className="muted small">{current ? t('current', { name: current }) : t('nobody')}</p>
      <label>
        {t('assignTo')}
        {t('assignee')}
        <select value={userId} onChange={(e) => setUserId(e.target.value ? Number(e.target.value) : '')} autoFocus required data-testid="assignee">
          <option value="">—</option>
          {people
            .filter((p) => p.id !== ticket.assigneeId)
            .map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
        </select>
      </label>
      <ErrorBanner error={error} />
      <Buttons busy={busy} disabled={userId === ''} label={L('command', 'assign')} onCancel={onCancel} />
    </Form>
  );
}

/** 签收 with files (附件签收, Shift+A): the file chooser, then the step; plain 签收 stays one key (a). */
export function AcceptForm({ ticket, onDone, onCancel }: StepProps) {
  const t = useT(F);
  const { busy, error, setError, submit } = useStep(ticket, 'accept', onDone);
  const [files, setFiles] = useState<StepFile[]>([]);
  return (
    <Form onSubmit={() => void submit(files.length ? { attachments: files } : {})} name="accept">
      <p className="muted small">{t('acceptHint')}</p>
      <FilePicker files={files} onChange={setFiles} onError={setError} />
      <ErrorBanner error={error} />
      <Buttons busy={busy} label={t('acceptWithFiles')} onCancel={onCancel} testId="accept-files-submit" />
    </Form>
  );
}
