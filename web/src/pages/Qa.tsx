// 话务质检: for the quality inspector, the queue of drawn calls — draw a day's calls, listen to
// the recording, read the ticket, score on the form (the total adds up as you type) with a
// comment; for agents, their own results (我的质检), read-only, to acknowledge; for supervisors
// and analysts, the per-agent averages; for admins, the scoring form (a new version on save).

import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { api, ok } from '../api/client';
import type { paths } from '../api/schema';
import type { Json } from '../api/types';
import { ErrorBanner, Loading, useAsync } from '../components';
import { useHotkeys } from '../hotkeys';
import { useKeyHelp } from '../keyhelp';
import { messages, useT } from '../i18n';
import { useSession } from '../session';
import { addDays, formatDateTime, shanghaiDate } from '../time';

type Samples = Json<paths['/api/v1/qa/samples']['get']['responses'][200]>;
type Sample = Samples['items'][number];
type Form = Json<paths['/api/v1/qa/form']['get']['responses'][200]>;
type Mine = Json<paths['/api/v1/qa/mine']['get']['responses'][200]>;

const M = messages(
  {
    title: '话务质检', mine: '我的质检', queue: '质检队列', pending: '待评分', reviewed: '已评分', draw: '抽取', date: '日期', randomCount: '随机抽取数',
    drawn: '已抽取：回访不满意 {u} 个，服务差评 {c} 个，随机 {r} 个', none: '没有待质检的通话', reasonRandom: '随机', reasonUnsatisfied: '回访不满意', reasonComplaint: '服务差评（按键评价）', agent: '坐席',
    recording: '录音', noRecording: '无录音', tickets: '通话中登记的工单', noTicket: '未关联工单', comment: '评语', save: '保存评分 Ctrl+Enter', total: '合计 {total} / {max}',
    saved: '已保存：{total} 分', ack: '确认已阅', acked: '已确认 {at}', mineNone: '还没有您的质检结果', inspector: '质检员', scoredAt: '评分时间',
    averages: '各坐席质检平均分', from: '从', to: '至', reviews: '评分数', average: '平均分（百分制）', averagesNone: '该期间没有质检结果',
    formTitle: '评分表（第 {v} 版）', item: '评分项', max: '满分', addItem: '添加一项', remove: '删除', saveForm: '保存为新版本', formSaved: '已保存为第 {v} 版',
    keys: 'j/k 或 ↑↓ 选择通话 · Ctrl+Enter 保存评分',
  },
  {
    title: 'Quality checks', mine: 'My quality checks', queue: 'Queue', pending: 'To score', reviewed: 'Scored', draw: 'Draw', date: 'Date', randomCount: 'Random calls',
    drawn: 'Drawn: {u} with an unsatisfied callback, {c} the caller rated poorly, {r} at random', none: 'No calls to check', reasonRandom: 'Random', reasonUnsatisfied: 'Unsatisfied callback', reasonComplaint: 'Caller rated the service poorly', agent: 'Agent',
    recording: 'Recording', noRecording: 'No recording', tickets: 'Tickets registered during the call', noTicket: 'No ticket', comment: 'Comment', save: 'Save score Ctrl+Enter', total: 'Total {total} / {max}',
    saved: 'Saved: {total} points', ack: 'Acknowledge', acked: 'Acknowledged {at}', mineNone: 'No results for you yet', inspector: 'Inspector', scoredAt: 'Scored',
    averages: 'Average score per agent', from: 'From', to: 'To', reviews: 'Reviews', average: 'Average (of 100)', averagesNone: 'No results in this period',
    formTitle: 'Scoring form (version {v})', item: 'Item', max: 'Points', addItem: 'Add an item', remove: 'Remove', saveForm: 'Save as a new version', formSaved: 'Saved as version {v}',
    keys: 'j/k or ↑↓ choose a call · Ctrl+Enter save the score',
  },
);
type T = ReturnType<typeof useT<keyof (typeof M)['zh-CN']>>;

export default function Qa() {
  const t = useT(M);
  const { user } = useSession();
  if (!user) return null;
  const inspector = user.role === 'quality_inspector' || user.role === 'admin';
  const figures = ['quality_inspector', 'supervisor', 'analyst', 'admin'].includes(user.role);
  const own = ['agent', 'dispatcher', 'callback_agent', 'supervisor'].includes(user.role);
  return (
    <div className="qa">
      <h1>{own && !inspector ? t('mine') : t('title')}</h1>
      {inspector && <Queue t={t} />}
      {own && <MyResults t={t} />}
      {figures && <Averages t={t} />}
      {user.role === 'admin' && <FormEditor t={t} />}
    </div>
  );
}

function Queue({ t }: { t: T }) {
  const [state, setState] = useState<'pending' | 'reviewed'>('pending');
  const list = useAsync(() => ok(api.GET('/api/v1/qa/samples', { params: { query: { state } } })), [state]);
  const form = useAsync(() => ok(api.GET('/api/v1/qa/form')), []);
  const [selected, setSelected] = useState<number | null>(null);
  const [date, setDate] = useState(addDays(shanghaiDate(), -1));
  const [count, setCount] = useState(10);
  const [drawn, setDrawn] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const items = list.data?.items ?? [];
  const current = items.find((s) => s.id === selected) ?? items[0] ?? null;

  const move = (d: number) => {
    if (!items.length) return;
    const i = Math.max(0, items.findIndex((s) => s.id === current?.id));
    setSelected(items[Math.min(items.length - 1, Math.max(0, i + d))].id);
  };
  useKeyHelp(['qa.move', 'qa.save']);
  useHotkeys({ j: () => move(1), k: () => move(-1), arrowdown: () => move(1), arrowup: () => move(-1) });

  const draw = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      const r = await ok(api.POST('/api/v1/qa/samples', { body: { date, randomCount: count } }));
      setDrawn(t('drawn', { u: r.unsatisfied, c: r.complaint, r: r.random }));
      list.reload();
    } catch (err) {
      setError(err);
    }
  };

  return (
    <section className="card" aria-label={t('queue')}>
      <form className="row" onSubmit={draw}>
        <label>
          {t('date')}
          <input type="date" name="date" value={date} onChange={(e) => setDate(e.target.value)} />
        </label>
        <label>
          {t('randomCount')}
          <input type="number" name="randomCount" min={0} max={500} value={count} onChange={(e) => setCount(Number(e.target.value))} />
        </label>
        <button type="submit">{t('draw')}</button>
        {drawn && (
          <span className="success" role="status">
            {drawn}
          </span>
        )}
      </form>
      <ErrorBanner error={error} />
      <div className="row" role="tablist">
        {(['pending', 'reviewed'] as const).map((s) => (
          <button key={s} type="button" role="tab" aria-selected={state === s} className={state === s ? 'primary' : ''} onClick={() => setState(s)}>
            {t(s)}
          </button>
        ))}
      </div>
      <ErrorBanner error={list.error} onRetry={list.reload} />
      {list.loading && !list.data ? (
        <Loading />
      ) : !items.length ? (
        <p className="muted">{t('none')}</p>
      ) : (
        <div className="grid cols-2">
          <ul className="side-list" data-testid="qa-queue">
            {items.map((s) => (
              <li key={s.id} aria-current={s.id === current?.id}>
                <button type="button" className="link" onClick={() => setSelected(s.id)}>
                  {formatDateTime(s.answeredAt)} · {s.agent.name} · {s.reason === 'unsatisfied' ? t('reasonUnsatisfied') : s.reason === 'complaint' ? t('reasonComplaint') : t('reasonRandom')}
                  {s.review && ` · ${s.review.total}/${s.review.maxTotal}`}
                </button>
              </li>
            ))}
          </ul>
          {current && form.data && (
            <Review
              key={current.id}
              t={t}
              sample={current}
              form={form.data}
              onSaved={(total) => {
                // The scored call leaves the pending list: the notice stays with the queue.
                setDrawn(t('saved', { total }));
                list.reload();
              }}
            />
          )}
        </div>
      )}
      <p className="muted keys-hint">{t('keys')}</p>
    </section>
  );
}

function Review({ t, sample, form, onSaved }: { t: T; sample: Sample; form: Form; onSaved: (total: number) => void }) {
  const [scores, setScores] = useState<Record<string, string>>(() =>
    Object.fromEntries(form.items.map((i) => [i.key, sample.review?.scores[i.key] != null ? String(sample.review.scores[i.key]) : ''])),
  );
  const [comment, setComment] = useState(sample.review?.comment ?? '');
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const total = useMemo(() => form.items.reduce((s, i) => s + (Number(scores[i.key]) || 0), 0), [scores, form]);

  const save = async () => {
    setError(null);
    try {
      const r = await ok(
        api.PUT('/api/v1/qa/samples/{sampleId}/review', {
          params: { path: { sampleId: sample.id } },
          body: { scores: Object.fromEntries(form.items.map((i) => [i.key, Number(scores[i.key])])), comment: comment.trim() || null },
        }),
      );
      setSaved(t('saved', { total: r.review?.total ?? 0 }));
      onSaved(r.review?.total ?? 0);
    } catch (e) {
      setError(e);
    }
  };
  useHotkeys({ 'ctrl+enter': () => void save() });

  return (
    <form
      className="qa-review"
      data-testid="qa-review"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <p>
        {t('agent')}：{sample.agent.name} · {sample.phone} · {formatDateTime(sample.answeredAt)}
      </p>
      <label>
        {t('recording')}
        {sample.recordingUrl ? <audio controls preload="none" src={sample.recordingUrl} data-testid="qa-audio" /> : <span className="muted">{t('noRecording')}</span>}
      </label>
      <h3>{t('tickets')}</h3>
      {sample.tickets.length ? (
        sample.tickets.map((x) => (
          <div key={x.id} className="notice">
            <Link to={`/tickets/${x.id}`} className="mono">
              {x.number}
            </Link>{' '}
            <strong>{x.title}</strong>
            <p>{x.content}</p>
          </div>
        ))
      ) : (
        <p className="muted">{t('noTicket')}</p>
      )}
      {form.items.map((i) => (
        <label key={i.key}>
          {i.label}（0–{i.max}）
          <input type="number" name={i.key} min={0} max={i.max} step={1} value={scores[i.key] ?? ''} onChange={(e) => setScores((s) => ({ ...s, [i.key]: e.target.value }))} />
        </label>
      ))}
      <label>
        {t('comment')}
        <textarea name="comment" rows={3} maxLength={2000} value={comment} onChange={(e) => setComment(e.target.value)} />
      </label>
      <p data-testid="qa-total">{t('total', { total, max: form.maxTotal })}</p>
      <ErrorBanner error={error} />
      {saved && <p className="success">{saved}</p>}
      <button type="submit" className="primary">
        {t('save')}
      </button>
    </form>
  );
}

function MyResults({ t }: { t: T }) {
  const mine = useAsync(() => ok(api.GET('/api/v1/qa/mine')), []);
  const [error, setError] = useState<unknown>(null);
  const ack = async (item: Mine['items'][number]) => {
    try {
      await ok(api.POST('/api/v1/qa/mine/{sampleId}/acknowledge', { params: { path: { sampleId: item.id } } }));
      mine.reload();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <section className="card" aria-label={t('mine')}>
      <h2>{t('mine')}</h2>
      <ErrorBanner error={mine.error ?? error} />
      {mine.data && !mine.data.items.length && <p className="muted">{t('mineNone')}</p>}
      <ul className="side-list" data-testid="qa-mine">
        {(mine.data?.items ?? []).map((x) => (
          <li key={x.id}>
            <strong>{t('total', { total: x.review.total, max: x.review.maxTotal })}</strong> · {formatDateTime(x.answeredAt)} {x.ticketNumbers.join(' ')}
            <ul>
              {x.form.items.map((i) => (
                <li key={i.key}>
                  {i.label}：{x.review.scores[i.key] ?? '—'} / {i.max}
                </li>
              ))}
            </ul>
            {x.review.comment && (
              <p>
                {t('comment')}：{x.review.comment}
              </p>
            )}
            <p className="muted small">
              {t('inspector')}：{x.review.inspector} · {t('scoredAt')}：{formatDateTime(x.review.reviewedAt)}
            </p>
            {x.review.acknowledgedAt ? (
              <span className="muted">{t('acked', { at: formatDateTime(x.review.acknowledgedAt) })}</span>
            ) : (
              <button type="button" onClick={() => void ack(x)}>
                {t('ack')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Averages({ t }: { t: T }) {
  const [from, setFrom] = useState(addDays(shanghaiDate(), -30));
  const [to, setTo] = useState(shanghaiDate());
  const data = useAsync(() => ok(api.GET('/api/v1/qa/agents', { params: { query: { from, to } } })), [from, to]);
  return (
    <section className="card" aria-label={t('averages')}>
      <h2>{t('averages')}</h2>
      <div className="row">
        <label>
          {t('from')}
          <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        </label>
        <label>
          {t('to')}
          <input type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        </label>
      </div>
      <ErrorBanner error={data.error} />
      {data.data && !data.data.items.length ? (
        <p className="muted">{t('averagesNone')}</p>
      ) : (
        <table data-testid="qa-averages">
          <thead>
            <tr>
              <th>{t('agent')}</th>
              <th>{t('reviews')}</th>
              <th>{t('average')}</th>
            </tr>
          </thead>
          <tbody>
            {(data.data?.items ?? []).map((a) => (
              <tr key={a.agentUserId}>
                <td>{a.agentName}</td>
                <td>{a.reviews}</td>
                <td>{a.averageScore}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function FormEditor({ t }: { t: T }) {
  const form = useAsync(() => ok(api.GET('/api/v1/qa/form')), []);
  const [items, setItems] = useState<{ key?: string; label: string; max: number }[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState<string | null>(null);
  useEffect(() => {
    if (form.data) setItems(form.data.items.map((i) => ({ ...i })));
  }, [form.data]);
  if (!form.data) return <ErrorBanner error={form.error} />;
  const save = async () => {
    setError(null);
    try {
      const r = await ok(api.PUT('/api/v1/qa/form', { body: { items: items.map((i) => ({ ...(i.key ? { key: i.key } : {}), label: i.label, max: i.max })) } }));
      setSaved(t('formSaved', { v: r.version }));
      form.setData(r);
    } catch (e) {
      setError(e);
    }
  };
  return (
    <section className="card" aria-label={t('formTitle', { v: form.data.version })}>
      <h2>{t('formTitle', { v: form.data.version })}</h2>
      {items.map((i, n) => (
        <div className="row" key={n}>
          <label>
            {t('item')}
            <input value={i.label} maxLength={50} onChange={(e) => setItems((xs) => xs.map((x, m) => (m === n ? { ...x, label: e.target.value } : x)))} />
          </label>
          <label>
            {t('max')}
            <input type="number" min={1} max={100} value={i.max} onChange={(e) => setItems((xs) => xs.map((x, m) => (m === n ? { ...x, max: Number(e.target.value) } : x)))} />
          </label>
          <button type="button" className="link" onClick={() => setItems((xs) => xs.filter((_, m) => m !== n))}>
            {t('remove')}
          </button>
        </div>
      ))}
      <p>{t('total', { total: items.reduce((s, i) => s + (i.max || 0), 0), max: items.reduce((s, i) => s + (i.max || 0), 0) })}</p>
      <ErrorBanner error={error} />
      {saved && <p className="success">{saved}</p>}
      <div className="row">
        <button type="button" onClick={() => setItems((xs) => [...xs, { label: '', max: 10 }])}>
          {t('addItem')}
        </button>
        <button type="button" className="primary" onClick={() => void save()}>
          {t('saveForm')}
        </button>
      </div>
    </section>
  );
}
