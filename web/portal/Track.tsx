// 查询进度: ticket number + phone → status, the public steps, the unit's reply, and the rating.

import { useEffect, useState, type FormEvent } from 'react';
import { messages, useT } from '../src/i18n';
import { formatDateTime } from '../src/time';
import { api, MOBILE, normalizePhone, ok, type PortalTicket, type Satisfaction } from './api';
import { CodeField, ErrorText, useErrorText, useLabel } from './shared';

const M = messages(
  {
    number: '工单编号',
    phone: '手机号码',
    search: '查询',
    searching: '正在查询…',
    invalid: '请填写工单编号（数字）和 11 位手机号码',
    status: '办理状态',
    type: '诉求类型',
    category: '诉求分类',
    unit: '承办单位',
    created: '受理时间',
    content: '诉求内容',
    progress: '办理过程',
    reply: '答复意见',
    repliedAt: '答复时间',
    noReply: '承办单位尚未答复，请耐心等待。',
    refusal: '不予受理告知',
    refusalReason: '理由',
    refusalNote: '说明',
    refusalWhere: '可以到哪里办理',
    refusedAt: '告知时间',
    rate: '评价办理结果',
    resolved: '问题是否已解决？',
    yes: '已解决',
    no: '未解决',
    satisfaction: '您对办理结果是否满意？',
    comment: '意见或建议（可不填）',
    sendRating: '提交评价',
    rated: '您的评价',
    ratedBy: '回访结果',
    thanks: '感谢您的评价！',
    ratingHint: '评价前请先获取短信验证码。',
    supplement: '补充诉求',
    supplementText: '补充的情况（如新的进展、时间、地点）',
    supplementHint: '补充的情况会记入工单并转给承办单位；提交前请先获取短信验证码。',
    sendSupplement: '提交补充',
    supplemented: '已收到您补充的情况，已转承办单位。',
    step_registered: '诉求已受理',
    step_answered: '已直接答复',
    step_dispatched: '已转交承办单位办理',
    step_accepted: '承办单位已签收，正在办理',
    step_extended: '办理期限已延长',
    step_replied: '承办单位已答复',
    step_rated: '您已评价',
    step_called_back: '已回访',
    step_reopened: '重新办理',
    step_closed: '已办结',
    step_merged: '已与同类诉求合并办理',
    step_master_replied: '合并办理的诉求已答复',
    step_transferred: '已转交应急部门处置',
    step_supplemented: '已收到您补充的诉求',
    step_refused: '不予受理',
    registered: '已受理',
    dispatched: '已派单',
    handling: '办理中',
    replied: '已答复',
    closed: '已办结',
    merged: '已并单',
    transferred: '已转交',
    refused: '不予受理',
  },
  {
    number: 'Ticket number',
    phone: 'Mobile number',
    search: 'Search',
    searching: 'Searching…',
    invalid: 'Enter the ticket number (digits) and an 11-digit mobile number',
    status: 'Status',
    type: 'Type',
    category: 'Category',
    unit: 'Handling unit',
    created: 'Registered',
    content: 'Your request',
    progress: 'Progress',
    reply: 'Reply',
    repliedAt: 'Replied',
    noReply: 'The unit has not replied yet.',
    refusal: 'Why the hotline cannot take this request',
    refusalReason: 'Reason',
    refusalNote: 'Details',
    refusalWhere: 'Where to go instead',
    refusedAt: 'Told on',
    rate: 'Rate the handling',
    resolved: 'Was the problem solved?',
    yes: 'Solved',
    no: 'Not solved',
    satisfaction: 'Are you satisfied with the result?',
    comment: 'Comments (optional)',
    sendRating: 'Send rating',
    rated: 'Your rating',
    ratedBy: 'Callback result',
    thanks: 'Thank you for your rating!',
    ratingHint: 'Get an SMS code before rating.',
    supplement: 'Add to your request',
    supplementText: 'What to add (new developments, times, places)',
    supplementHint: 'It goes onto your ticket and to the handling unit; get an SMS code first.',
    sendSupplement: 'Send',
    supplemented: 'Received and passed to the handling unit.',
    step_registered: 'Request registered',
    step_answered: 'Answered directly',
    step_dispatched: 'Passed to the handling unit',
    step_accepted: 'Accepted by the unit, being handled',
    step_extended: 'Handling time extended',
    step_replied: 'The unit replied',
    step_rated: 'You rated the handling',
    step_called_back: 'Called back',
    step_reopened: 'Reopened',
    step_closed: 'Closed',
    step_merged: 'Merged with similar requests',
    step_master_replied: 'The merged request was replied',
    step_transferred: 'Handed to emergency services',
    step_supplemented: 'Your additional information was received',
    step_refused: 'Not accepted by the hotline',
    registered: 'Registered',
    dispatched: 'Dispatched',
    handling: 'Being handled',
    replied: 'Replied',
    closed: 'Closed',
    merged: 'Merged',
    transferred: 'Transferred',
    refused: 'Not accepted',
  },
);

const SATISFACTIONS: Satisfaction[] = ['satisfied', 'basically_satisfied', 'unsatisfied'];

export function Track({ initial }: { initial: { number: string; phone: string } | null }) {
  const t = useT(M);
  const label = useLabel();
  const errorText = useErrorText();
  const [number, setNumber] = useState(initial?.number ?? '');
  const [phone, setPhone] = useState(initial?.phone ?? '');
  const [ticket, setTicket] = useState<PortalTicket | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const lookup = async (n = number, p = phone) => {
    setError(null);
    setTicket(null);
    const num = n.trim();
    const ph = normalizePhone(p);
    if (!/^\d{8,20}$/.test(num) || !MOBILE.test(ph)) return setError(t('invalid'));
    setBusy(true);
    try {
      setTicket(await ok(api.POST('/api/v1/portal/lookup', { body: { number: num, phone: ph } })));
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  useEffect(() => {
    if (initial) void lookup(initial.number, initial.phone);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void lookup();
  };

  return (
    <>
      <form className="p-card" onSubmit={onSubmit} noValidate>
        <div className="p-field">
          <label htmlFor="t-number">{t('number')}</label>
          <input id="t-number" inputMode="numeric" value={number} maxLength={20} onChange={(e) => setNumber(e.target.value.replace(/\s/g, ''))} required />
        </div>
        <div className="p-field">
          <label htmlFor="t-phone">{t('phone')}</label>
          <input id="t-phone" type="tel" inputMode="tel" value={phone} maxLength={20} onChange={(e) => setPhone(e.target.value)} autoComplete="tel" required />
        </div>
        <ErrorText error={error} />
        <button type="submit" className="p-primary p-wide" disabled={busy}>
          {busy ? t('searching') : t('search')}
        </button>
      </form>

      {ticket && (
        <section className="p-card p-result" data-testid="ticket" aria-live="polite">
          <header className="p-result-head">
            <span className="p-number-small">{ticket.number}</span>
            <span className={`p-status p-status-${ticket.status}`} data-testid="status">
              {t(ticket.status)}
            </span>
          </header>
          <dl className="p-kv">
            <dt>{t('type')}</dt>
            <dd>{label(ticket.type)}</dd>
            {ticket.categoryName && (
              <>
                <dt>{t('category')}</dt>
                <dd>{ticket.categoryName}</dd>
              </>
            )}
            {ticket.unitName && (
              <>
                <dt>{t('unit')}</dt>
                <dd>{ticket.unitName}</dd>
              </>
            )}
            <dt>{t('created')}</dt>
            <dd>{formatDateTime(ticket.createdAt)}</dd>
          </dl>
          <h3>{t('content')}</h3>
          <p className="p-text">{ticket.content}</p>

          {ticket.refusal ? (
            // 不予受理: why, and where to go instead (the domain's texts, as the citizen was told).
            <>
              <h3>{t('refusal')}</h3>
              <div className="p-reply p-refusal" data-testid="refusal">
                <dl className="p-kv">
                  <dt>{t('refusalReason')}</dt>
                  <dd>{ticket.refusal.label}</dd>
                  {ticket.refusal.note && (
                    <>
                      <dt>{t('refusalNote')}</dt>
                      <dd>{ticket.refusal.note}</dd>
                    </>
                  )}
                  <dt>{t('refusalWhere')}</dt>
                  <dd data-testid="refusal-where">{ticket.refusal.guidance}</dd>
                </dl>
                <p className="p-hint">
                  {t('refusedAt')}：{formatDateTime(ticket.refusal.at)}
                </p>
              </div>
            </>
          ) : (
            <>
              <h3>{t('reply')}</h3>
              {ticket.reply ? (
                <div className="p-reply" data-testid="reply">
                  <p className="p-text">{ticket.reply.content}</p>
                  <p className="p-hint">
                    {t('repliedAt')}：{formatDateTime(ticket.reply.at)}
                  </p>
                </div>
              ) : (
                <p className="p-hint">{t('noReply')}</p>
              )}
            </>
          )}

          {ticket.rating && (
            <p className="p-rating" data-testid="rating">
              {ticket.rating.byCitizen ? t('rated') : t('ratedBy')}：{label(ticket.rating.satisfaction)}
              {ticket.rating.resolved != null && `（${ticket.rating.resolved ? t('yes') : t('no')}）`}
            </p>
          )}
          {ticket.canRate && <Rating number={ticket.number} phone={normalizePhone(phone)} onRated={setTicket} />}
          {ticket.canSupplement && <Supplement number={ticket.number} phone={normalizePhone(phone)} onSent={setTicket} />}

          <h3>{t('progress')}</h3>
          <ol className="p-timeline">
            {ticket.timeline.map((s, i) => (
              <li key={i}>
                <time dateTime={s.at}>{formatDateTime(s.at)}</time>
                <span>{s.step === 'dispatched' || s.step === 'transferred' ? s.text : t(`step_${s.step}`)}</span>
              </li>
            ))}
          </ol>
        </section>
      )}
    </>
  );
}

/** Sending a verified form: busy while it goes, the server's reason (or the form's own) shown. */
function useSending() {
  const errorText = useErrorText();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (fn: () => Promise<void>) => {
    setError(null);
    setBusy(true);
    try {
      await fn();
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };
  return { error, setError, busy, run };
}

function Supplement({ number, phone, onSent }: { number: string; phone: string; onSent: (t: PortalTicket) => void }) {
  const t = useT(M);
  const [content, setContent] = useState('');
  const [code, setCode] = useState('');
  const [sent, setSent] = useState(false);
  const { error, setError, busy, run } = useSending();
  const send = async (e: FormEvent) => {
    e.preventDefault();
    if (content.trim().length < 5) return setError(t('supplementText'));
    await run(async () => {
      onSent(await ok(api.POST('/api/v1/portal/supplement', { body: { number, phone, code, content: content.trim() } })));
      setContent('');
      setCode('');
      setSent(true);
    });
  };
  return (
    <form className="p-rate" onSubmit={send} noValidate aria-label={t('supplement')}>
      <h3>{t('supplement')}</h3>
      {sent && (
        <p className="p-ok" role="status">
          {t('supplemented')}
        </p>
      )}
      <div className="p-field">
        <label htmlFor="s-content">{t('supplementText')}</label>
        <textarea id="s-content" rows={3} maxLength={2000} value={content} onChange={(e) => setContent(e.target.value)} />
      </div>
      <p className="p-hint">{t('supplementHint')}</p>
      <CodeField id="s-code" phone={phone} purpose="supplement" code={code} setCode={setCode} />
      <ErrorText error={error} />
      <button type="submit" className="p-primary p-wide" disabled={busy}>
        {t('sendSupplement')}
      </button>
    </form>
  );
}

function Rating({ number, phone, onRated }: { number: string; phone: string; onRated: (t: PortalTicket) => void }) {
  const t = useT(M);
  const label = useLabel();
  const [resolved, setResolved] = useState<boolean | null>(null);
  const [satisfaction, setSatisfaction] = useState<Satisfaction | null>(null);
  const [comment, setComment] = useState('');
  const [code, setCode] = useState('');
  const { error, setError, busy, run } = useSending();
  const send = async (e: FormEvent) => {
    e.preventDefault();
    if (resolved == null || !satisfaction) return setError(`${t('resolved')} ${t('satisfaction')}`);
    await run(async () => onRated(await ok(api.POST('/api/v1/portal/rating', { body: { number, phone, code, resolved, satisfaction, comment: comment.trim() || null } }))));
  };
  return (
    <form className="p-rate" onSubmit={send} noValidate aria-label={t('rate')}>
      <h3>{t('rate')}</h3>
      <fieldset className="p-field">
        <legend>{t('resolved')}</legend>
        <div className="p-chips">
          {[true, false].map((v) => (
            <label key={String(v)} className={`p-chip${resolved === v ? ' on' : ''}`}>
              <input type="radio" name="resolved" checked={resolved === v} onChange={() => setResolved(v)} />
              {v ? t('yes') : t('no')}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="p-field">
        <legend>{t('satisfaction')}</legend>
        <div className="p-chips">
          {SATISFACTIONS.map((s) => (
            <label key={s} className={`p-chip${satisfaction === s ? ' on' : ''}`}>
              <input type="radio" name="satisfaction" checked={satisfaction === s} onChange={() => setSatisfaction(s)} />
              {label(s)}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="p-field">
        <label htmlFor="r-comment">{t('comment')}</label>
        <textarea id="r-comment" rows={2} maxLength={500} value={comment} onChange={(e) => setComment(e.target.value)} />
      </div>
      <p className="p-hint">{t('ratingHint')}</p>
      <CodeField id="r-code" phone={phone} purpose="rate" code={code} setCode={setCode} />
      <ErrorText error={error} />
      <button type="submit" className="p-primary p-wide" disabled={busy}>
        {t('sendRating')}
      </button>
    </form>
  );
}
