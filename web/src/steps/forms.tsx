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
import { replyQuality, runStep, type ReplyQuality, type SimilarTicket, type Suggestion } from './api';
import { QualityScore, SimilarPanel, SuggestionPanel } from './panels';

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
    leftN: '再有 {n} 次未接通将自动办结', leftLast: '本次后将自动办结', reopenReason: '重办理由', closeNote: '办结说明', transferTo: '转至',
    superviseType: '督办类型', notice: '督办单', urge: '催办', content: '内容', replyDays: '单位回复时限（工作日，留空按规则）',
    supervisionReply: '督办回复', supervision: '{kind}：{content}（{by} 前回复）', answer: '直接答复内容', mergeInto: '把本单并入以下工单之一',
    mergeConfirm: '确认把 {from} 并入 {into}？并入后本单状态为“已并单”，答复随主单。', mergeGo: '确认并单', reopenPoor: '答复质量差，退回重办：',
    lastReply: '承办单位答复', mustLead: '请选择主办单位', kind_department: '市直部门', kind_district: '区县', kind_street: '街道（乡镇）', kind_enterprise: '企业', kind_other: '其他单位',
    e110: '110 公安', e119: '119 消防', e120: '120 急救', e122: '122 交通事故',
    fromCitizen: '来电群众补充诉求（告知承办单位）', citizenNote: '群众补充的内容', staffNote: '补充说明（全程留痕，承办单位可见）',
    consentNow: '目前：{state}', consentYes: '诉求人同意公开', consentNo: '诉求人未同意公开',
    consentBox: '诉求人同意将诉求（隐去个人信息后）公开', consentHint: '公开的是隐去姓名、电话、证件号、车牌、门牌等个人信息后的诉求内容和办理进度（Open311）。',
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
    leftN: '{n} more unreachable attempts close it', leftLast: 'it closes after this one', reopenReason: 'Reason to reopen', closeNote: 'Closing note', transferTo: 'Transfer to',
    superviseType: 'Kind', notice: 'Supervision notice', urge: 'Reminder', content: 'Content', replyDays: 'Reply within (working days; empty = rule)',
    supervisionReply: 'Answer to the supervision', supervision: '{kind}: {content} (answer by {by})', answer: 'Direct answer', mergeInto: 'Merge this ticket into one of these',
    mergeConfirm: 'Merge {from} into {into}? This ticket becomes merged; the master\'s reply answers it.', mergeGo: 'Merge', reopenPoor: 'Poor reply, sent back: ',
    lastReply: "The unit's reply", mustLead: 'Choose the lead unit', kind_department: 'Departments', kind_district: 'Districts', kind_street: 'Streets and towns', kind_enterprise: 'Enterprises', kind_other: 'Other units',
    e110: '110 Police', e119: '119 Fire', e120: '120 Ambulance', e122: '122 Traffic',
    fromCitizen: 'The caller adds to their request (the unit is told)', citizenNote: 'What the citizen added', staffNote: 'Note (kept on the timeline, seen by the units)',
    consentNow: 'Now: {state}', consentYes: 'the citizen agreed to publication', consentNo: 'the citizen has not agreed to publication',
    consentBox: 'The citizen agrees to publish the request (personal data removed)', consentHint: 'Published: the request and its progress without names, phone, ID, plate or room numbers (Open311).',
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

function Form({ onSubmit, children, name }: { onSubmit: () => void; children: ReactNode; name: string }) {
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

function Buttons({ busy, label, onCancel, extra, danger }: { busy: boolean; label: string; onCancel?: () => void; extra?: ReactNode; danger?: boolean }) {
  const t = useT(M);
  return (
    <div className="row buttons">
      <button type="submit" className={danger ? 'danger' : 'primary'} disabled={busy} title={t('submitKey')}>
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
  const units = useMemo(() => (ref?.units ?? []).filter((u) => u.active && u.kind !== 'center'), [ref]);
  const groups = useMemo(() => {
    const by = new Map<string, typeof units>();
    for (const u of units) by.set(u.kind, [...(by.get(u.kind) ?? []), u]);
    return [...by.entries()];
  }, [units]);
  const name = (id: number) => ref?.unitById.get(id)?.name ?? String(id);
  const apply = (s: Suggestion | null = suggested) => {
    if (s?.unit) setLead(s.unit.unitId);
    if (s?.categories.length) setCategory(s.categories[0].categoryId);
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
        onLoaded={setSuggested}
        key={ticket.id}
      />
      <CategorySelect categories={ref?.categories ?? []} value={category} onChange={setCategory} label={t('category')} allowNone={t('choose')} testId="dispatch-category" />
      <label>
        {t('lead')}
        <select ref={leadRef} value={lead} onChange={(e) => setLead(e.target.value ? Number(e.target.value) : '')} data-testid="lead-unit">
          <option value="">{t('choose')}</option>
          {groups.map(([kind, us]) => (
            <optgroup key={kind} label={['department', 'district', 'street', 'enterprise'].includes(kind) ? t(`kind_${kind}` as 'kind_other') : t('kind_other')}>
              {us.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </optgroup>
          ))}
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
  const [quality, setQuality] = useState<{ text: string; q: ReplyQuality } | null>(null);
  const [checking, setChecking] = useState(false);
  const check = async (text = content) => {
    if (!text.trim()) return null;
    setChecking(true);
    try {
      const q = await replyQuality(ticket.id, text);
      setQuality({ text, q });
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
    if (!content.trim()) return;
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
    void submit({ content });
  };
  return (
    <Form onSubmit={() => void go()} name="reply">
      <label>
        {t('reply')}
        <textarea value={content} onChange={(e) => setContent(e.target.value)} rows={8} maxLength={10000} autoFocus data-testid="reply-content" />
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
      <ErrorBanner error={error} />
      <Buttons busy={busy || checking} label={fresh ? t('send') : t('check')} onCancel={onCancel} extra={!fresh && <span className="muted small">{t('scoreFirst')}</span>} />
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
  const go = () =>
    void submit(
      reached === 'no'
        ? { reached: false, note: note.trim() || null }
        : { reached: true, resolved: resolved === 'yes', satisfaction, note: note.trim() || null },
    );
  const ready = reached === 'no' || (reached === 'yes' && resolved != null && satisfaction != null);
  return (
    <Form onSubmit={() => ready && go()} name="callback">
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
        <textarea value={note} onChange={(e) => setNote(e.target.value)} rows={2} maxLength={2000} />
      </label>
      {outcome && (
        <p className={outcome === t('outcomeReopen') ? 'notice warn' : 'notice'} data-testid="callback-outcome">
          {outcome}
        </p>
      )}
      <ErrorBanner error={error} />
      <Buttons busy={busy || !ready} label={t('submit')} onCancel={onCancel} />
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
        <textarea value={text} onChange={(e) => setText(e.target.value)} rows={4} required={required} autoFocus maxLength={step === 'answer' || step === 'supervision-reply' ? 10000 : 2000} />
      </label>
      <ErrorBanner error={error} />
      <Buttons busy={busy} label={button} onCancel={onCancel} danger={danger} />
    </Form>
  );
}

export function ReturnForm(p: StepProps) {
  const t = useT(M);
  const L = useLabels();
  return <TextStep {...p} step="return" field="reason" label={t('returnReason')} required button={L('command', 'return')} danger />;
}

export function ReopenForm(p: StepProps & { initial?: string }) {
  const t = useT(M);
  const L = useLabels();
  return <TextStep {...p} step="reopen" field="reason" label={t('reopenReason')} required initial={p.initial} button={L('command', 'reopen')} danger />;
}

export function CloseForm(p: StepProps) {
  const t = useT(M);
  const L = useLabels();
  return <TextStep {...p} step="close" field="note" label={t('closeNote')} button={L('command', 'close')} />;
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
  const { busy, error, submit } = useStep(ticket, 'note', onDone);
  const [content, setContent] = useState('');
  // The agent on the phone records what the caller adds; everyone else writes a working note.
  const mayRecordCitizen = user.role === 'agent' || user.role === 'admin';
  const [fromCitizen, setFromCitizen] = useState(user.role === 'agent');
  return (
    <Form onSubmit={() => content.trim() && void submit({ content: content.trim(), ...(mayRecordCitizen ? { fromCitizen } : {}) })} name="note">
      {mayRecordCitizen && (
        <label className="inline">
          <input type="checkbox" checked={fromCitizen} onChange={(e) => setFromCitizen(e.target.checked)} data-testid="from-citizen" />
          {t('fromCitizen')}
        </label>
      )}
      <label>
        {fromCitizen && mayRecordCitizen ? t('citizenNote') : t('staffNote')}
        <textarea value={content} onChange={(e) => setContent(e.target.value)} rows={4} required autoFocus maxLength={10000} />
      </label>
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
        <textarea value={reason} onChange={(e) => setReason(e.target.value)} rows={3} required maxLength={2000} />
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
  const decide = (approve: boolean) => void submit({ approve, note: note.trim() || null });
  return (
    <Form onSubmit={() => decide(true)} name={step}>
      {pending && (
        <div className="notice" data-testid="pending">
          <strong>{step === 'review-return' ? t('pendingReturn') : t('pendingExtension', { days: pending.days ?? 0 })}</strong>
          {pending.unitId != null && <span className="muted"> · {ref?.unitById.get(pending.unitId)?.name}</span>}
          <div>{pending.reason}</div>
        </div>
      )}
      <label>
        {t('note')}
        <input value={note} onChange={(e) => setNote(e.target.value)} maxLength={2000} autoFocus />
      </label>
      <ErrorBanner error={error} />
      <div className="row buttons">
        <button type="submit" className="primary" disabled={busy}>
          {t('approve')}
        </button>
        <button type="button" className="danger" disabled={busy} onClick={() => decide(false)}>
          {t('reject')}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('cancel')}
          </button>
        )}
        <span className="muted small">{t('submitKey')}</span>
      </div>
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
        <textarea value={content} onChange={(e) => setContent(e.target.value)} rows={3} required maxLength={2000} autoFocus />
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
