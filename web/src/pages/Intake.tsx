// 受理: the agent's screen for a call in progress. The caller's number brings up their history;
// while the request is typed, knowledge-base articles, similar tickets and the suggested
// category and unit appear beside it; the agent answers from an article or registers, and reads
// the new ticket number out to the caller. Everything has a key (see the hint line).

import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, ok } from '../api/client';
import type { paths } from '../api/schema';
import type { Json } from '../api/types';
import { CategorySelect, ErrorBanner, StatusBadge } from '../components';
import { useHotkeys } from '../hotkeys';
import { CallerProfileLink } from '../components/CallerProfileLink';
import { useKeyHelp, useKeyHint, type KeyHelpId } from '../keyhelp';
import { messages, useT } from '../i18n';
import { useLabels } from '../labels';
import { useLive, type Change } from '../live';
import CallHandoff from './CallHandoff';
import { IntakeSplit } from '../steps/links';
import { runStep, SimilarPanel, SuggestionPanel, type Suggestion } from '../steps';
import { useReference } from '../session';
import { formatDateTime } from '../time';
import { OPEN_STATUSES as OPEN, TICKET_TYPES, PRIORITIES } from '../../../src/domain/ticket-types';
import { deriveTitle } from '../../../src/domain/ticket';
import './queues.css'; // the suggestion and similar-ticket panels' styles
import './intake.css';

type History = Json<paths['/api/v1/callers/{phone}/tickets']['get']['responses'][200]>;
type Articles = Json<paths['/api/v1/kb/articles']['get']['responses'][200]>;
type Registered = Json<paths['/api/v1/tickets']['post']['responses'][201]>;
type RepeatCheck = Json<paths['/api/v1/tickets/repeat-check']['post']['responses'][200]>;

const M = messages(
  {
    title: '受理', phone: '来电号码', name: '来电人姓名', type: '诉求类型', priority: '紧急程度', subject: '标题（可不填，取内容首句）',
    content: '诉求内容', address: '地址', category: '诉求分类', district: '区县', none: '—— 请选择 ——', auto: '（自动识别）',
    register: '登记工单', answer: '直接答复并办结', answerText: '答复内容', newCall: '新来电', history: '来电历史',
    historyNone: '该号码没有历史工单', historyOpen: '其中 {n} 件未办结', kb: '知识库', kbNone: '没有匹配的知识条目', kbUse: '用此条答复',
    registered: '工单已登记', answered: '已直接答复并办结', readOut: '请向来电人告知工单编号',
    supplement: '补充到此单', supplementHint: '同一诉求再次来电：把诉求内容补充到这件未办结的工单，不另立新单', supplemented: '已补充到原工单，承办单位会收到通知',
    open: '查看工单', kbEmpty: '知识库中没有与此诉求匹配的文章', kbNeedText: '先输入诉求内容，再查知识库（Alt+K）', street: '街道/乡镇', community: '社区/村', anyStreet: '（不限）',
    ringing: '来电：{phone}', busy: '提交中…', chosen: '已选：{title}', clear: '取消',
    consent: '诉求人同意公开', consentHint: '诉求人同意将诉求（隐去个人信息后）在 Open311 公开；未勾选则不公开',
    confidential: '保密工单', confidentialHint: '保密：不公开、不导出正文，仅中心和主办单位链条可见',
    noSms: '不发短信', noSmsHint: '来电人不需要短信：不发受理回执、答复短信和短信回访',
    repeat_caller: '重复件：该来电人 {days} 日内已反映过此事项', repeat_matter: '重复件：{days} 日内已有人反映同一地点的同一问题',
    repeatOpen: '原工单未办结：可把这次来电补充到原工单（Alt+A），不另立新单', repeatClosed: '原工单已办结：如需再办，登记后将标为重复件并关联原工单',
    repeatShared: '相同之处：{list}',
  },
  {
    title: 'Intake', phone: 'Caller number', name: 'Caller name', type: 'Request type', priority: 'Priority', subject: 'Title (optional: first sentence)',
    content: 'Request', address: 'Address', category: 'Category', district: 'District', none: '— choose —', auto: '(detect)',
    register: 'Register ticket', answer: 'Answer and close', answerText: 'Answer', newCall: 'New call', history: 'Caller history',
    historyNone: 'No earlier tickets from this number', historyOpen: '{n} still open', kb: 'Knowledge base', kbNone: 'No matching article', kbUse: 'Answer with this',
    registered: 'Ticket registered', answered: 'Answered and closed', readOut: 'Read the ticket number to the caller',
    supplement: 'Add to this ticket', supplementHint: 'The same request again: add what the caller says to this open ticket instead of a new one', supplemented: 'Added to the earlier ticket; the unit is told',
    open: 'Open ticket', kbEmpty: 'No article in the knowledge base matches this request', kbNeedText: 'Type the request first, then look it up (Alt+K)', street: 'Street / town', community: 'Community / village', anyStreet: '(any)',
    ringing: 'Incoming call: {phone}', busy: 'Saving…', chosen: 'Chosen: {title}', clear: 'Clear',
    consent: 'Caller agrees to publication', consentHint: 'The caller agrees that the request (personal data removed) is published over Open311; unchecked: not published',
    confidential: 'Confidential', confidentialHint: 'Confidential: never public, never exported with its text; only the centre and the lead unit\'s chain see it',
    noSms: 'No SMS', noSmsHint: 'The caller wants no SMS: no receipt, no reply by SMS, no SMS callback',
    repeat_caller: 'Repeat: this caller raised this matter within {days} days', repeat_matter: 'Repeat: the same problem at the same place was reported within {days} days',
    repeatOpen: 'The earlier ticket is open: add this call to it (Alt+A) instead of a new ticket', repeatClosed: 'The earlier ticket is closed: a new ticket will be marked a repeat and linked to it',
    repeatShared: 'In common: {list}',
  },
);

interface Form {
  phone: string;
  name: string;
  type: (typeof TICKET_TYPES)[number];
  priority: (typeof PRIORITIES)[number];
  title: string;
  content: string;
  address: string;
  categoryId: number | null;
  districtId: number | null;
  /** 街道/社区: written at the head of the address; the ticket keeps its district. */
  streetId: number | null;
  communityId: number | null;
  /** The caller agreed to publication (masked); off unless the caller says so. */
  publicConsent: boolean;
  /** 保密工单: never public; a confidential request cannot be published. */
  confidential: boolean;
  /** 不发短信: the caller wants no SMS about this ticket. */
  smsDeclined: boolean;
}
const EMPTY: Form = {
  phone: '', name: '', type: 'consult', priority: 'normal', title: '', content: '', address: '', categoryId: null, districtId: null, streetId: null, communityId: null,
  publicConsent: false, confidential: false, smsDeclined: false,
};

/** Waits until the value has been still for `ms` (typing), then gives it. */
function useSettled<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const id = setTimeout(() => setV(value), ms);
    return () => clearTimeout(id);
  }, [value, ms]);
  return v;
}

/** Runs a lookup for the settled input; drops answers that arrive after a newer input. */
function useLookup<I, T>(input: I | null, run: (i: I) => Promise<T>): { data: T | null; error: unknown } {
  const [state, setState] = useState<{ data: T | null; error: unknown }>({ data: null, error: null });
  const key = JSON.stringify(input);
  useEffect(() => {
    if (input == null) {
      setState({ data: null, error: null });
      return;
    }
    let live = true;
    run(input).then(
      (data) => live && setState({ data, error: null }),
      (error) => live && setState({ data: null, error }),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return state;
}

const digits = (s: string) => s.replace(/\D/g, '');

const INTAKE_KEYS: KeyHelpId[] = ['intake.phone', 'intake.content', 'intake.suggestion', 'intake.kb', 'intake.register', 'intake.newCall', 'intake.repeat', 'intake.transfer'];

/** The address as registered: the chosen street and community at its head, unless the agent already wrote them. */
function placedAddress(form: Form, unitById: Map<number, { name: string }> | undefined): string {
  const address = form.address.trim();
  const names = [form.streetId, form.communityId].map((id) => (id == null ? null : unitById?.get(id)?.name)).filter((n): n is string => !!n && !address.includes(n));
  return `${names.join('')}${address}`;
}

export default function Intake() {
  const t = useT(M);
  const L = useLabels();
  const ref = useReference();
  // From the missed-call queue (漏接回拨): the number called back, and the task the ticket closes.
  const [params] = useSearchParams();
  const missedCall = params.get('missedCall');
  const [form, setForm] = useState<Form>(() => ({ ...EMPTY, phone: digits(params.get('phone') ?? '') }));
  const [categoryTouched, setCategoryTouched] = useState(false);
  const [article, setArticle] = useState<Articles['items'][number] | null>(null);
  const [answerText, setAnswerText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<{ ticket: Pick<Registered, 'id' | 'number'>; outcome: 'registered' | 'answered' | 'supplemented' } | null>(null);
  const [ringing, setRinging] = useState<string | null>(null);
  const [callId, setCallId] = useState<string | null>(null);
  // 一键转接/三方通话: the telephony system's results, heard live (CallHandoff shows them).
  const [handoffChange, setHandoffChange] = useState<Change | null>(null);
  const phoneRef = useRef<HTMLInputElement>(null);
  const contentRef = useRef<HTMLTextAreaElement>(null);
  const kbRef = useRef<HTMLDivElement>(null);
  const set = <K extends keyof Form>(k: K, v: Form[K]) => setForm((f) => ({ ...f, [k]: v }));
  // 区县 → 街道/乡镇 → 社区/村: the unit tree's own places, below the chosen district.
  const below = (parentId: number | null, kind: string) => (parentId == null ? [] : (ref?.units ?? []).filter((u) => u.parentId === parentId && u.kind === kind && u.active !== false));
  const streets = below(form.districtId, 'street');
  const communities = below(form.streetId, 'community');

  // The caller's history: as soon as the number looks complete.
  const phone = useSettled(digits(form.phone), 300);
  const history = useLookup(phone.length >= 7 ? phone : null, (p) =>
    ok(api.GET('/api/v1/callers/{phone}/tickets', { params: { path: { phone: p }, query: { pageSize: 8 } } })),
  );

  // Articles, similar tickets and the suggestion: when the agent pauses typing.
  const text = useSettled({ title: form.title.trim(), content: form.content.trim(), address: form.address.trim(), districtId: form.districtId }, 500);
  const enough = text.content.length >= 6 ? text : null;
  const kb = useLookup(enough, (x) =>
    ok(api.GET('/api/v1/kb/articles', { params: { query: { q: `${x.title} ${x.content}`.trim().slice(0, 200), match: 'any', pageSize: 5 } } })),
  );
  // 重复件 (66号: 重复诉求原则上并单): the same caller about the same matter, or the same matter
  // from anyone, within 30 days — warned before registering; nothing is saved by the check.
  const repeat = useLookup(enough ? { ...enough, phone } : null, (x) =>
    ok(
      api.POST('/api/v1/tickets/repeat-check', {
        body: { callerPhone: x.phone.length >= 7 ? x.phone : null, title: x.title || null, content: x.content, address: x.address || null, districtId: x.districtId },
      }),
    ),
  );
  // The draft the suggestion and similar-ticket panels look at (steps/panels.tsx).
  const draft = useMemo(
    () => (enough ? { title: enough.title || null, content: enough.content, address: enough.address || null, districtId: enough.districtId } : null),
    [enough],
  );
  const [suggestion, setSuggestion] = useState<Suggestion | null>(null);

  // Sure or silent: only a sure suggestion is accepted with Alt+S or filled in by itself; one
  // that is not (不确定) fills nothing, the agent picks one of its three (pickSuggested) or chooses.
  const acceptSuggestion = useCallback(() => {
    const s = suggestion;
    if (!s?.sure || !s.categories.length) return;
    setForm((f) => ({ ...f, categoryId: s.categories[0].categoryId, districtId: f.districtId ?? s.districtId }));
    setCategoryTouched(true);
  }, [suggestion]);
  const pickSuggested = useCallback((c: { categoryId: number }, s: Suggestion) => {
    setForm((f) => ({ ...f, categoryId: c.categoryId, districtId: f.districtId ?? s.districtId }));
    setCategoryTouched(true);
  }, []);

  // A sure suggestion's category fills in until the agent chooses one; the detected district too.
  useEffect(() => {
    const s = suggestion;
    if (!s?.sure) return;
    // Only into a form that still holds a request: after 新来电 the last caller's suggestion
    // (still settling) must not file the next call under their category.
    setForm((f) =>
      f.content.trim()
        ? { ...f, categoryId: categoryTouched ? f.categoryId : (s.categories[0]?.categoryId ?? f.categoryId), districtId: f.districtId ?? s.districtId }
        : f,
    );
  }, [suggestion, categoryTouched]);

  // A call from the telephony system: put the number in (on an empty form) and say so; the
  // ticket registered during it is attached to it (with its recording).
  const onCall = useCallback((call: { callId: string; phone: string | null; state: string }) => {
    if (call.state === 'ringing' || call.state === 'answered') {
      setCallId(call.callId);
      setRinging(call.phone);
      if (call.phone) setForm((f) => (f.phone || f.content ? f : { ...f, phone: call.phone! }));
    } else if (call.state === 'ended') setRinging(null);
  }, []);
  useLive((c) => {
    if (c.kind === 'call') onCall(c);
    if (c.kind === 'handoff') setHandoffChange(c);
  });
  useEffect(() => {
    ok(api.GET('/api/v1/calls/current')).then((r) => r.call && r.call.state !== 'ended' && onCall(r.call), () => {});
  }, [onCall]);

  const reset = () => {
    setForm(EMPTY);
    setSuggestion(null);
    setCategoryTouched(false);
    setArticle(null);
    setAnswerText('');
    setDone(null);
    setError(null);
    setRinging(null);
    setCallId(null);
    setTimeout(() => phoneRef.current?.focus(), 0);
  };

  type Done = NonNullable<typeof done>;
  /** One outcome of the call: it needs the request's text; busy while it runs; the server's error shown. */
  const act = async (work: () => Promise<Done>) => {
    if (busy || done) return;
    if (!form.content.trim()) {
      contentRef.current?.focus();
      contentRef.current?.reportValidity();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      setDone(await work());
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  /** The call belongs to the ticket. Best effort: the server also attaches it when the call ends. */
  const attachCall = async (ticketId: number) => {
    if (callId) await api.POST('/api/v1/calls/{callId}/ticket', { params: { path: { callId } }, body: { ticketId } }).catch(() => {});
  };

  const submit = (answer: boolean) =>
    act(async () => {
      const ticket = await ok(
        api.POST('/api/v1/tickets', {
          body: {
            channel: 'phone',
            type: form.type,
            priority: form.priority,
            title: form.title.trim() || null,
            content: form.content.trim(),
            caller: { name: form.name.trim() || null, phone: digits(form.phone) || null },
            address: placedAddress(form, ref?.unitById) || null,
            categoryId: form.categoryId,
            districtId: form.districtId,
            confidential: form.confidential,
            publicConsent: form.publicConsent && !form.confidential,
            smsDeclined: form.smsDeclined,
          },
          // A retried click must not register the call twice.
          headers: { 'idempotency-key': idempotencyKey(form) },
        }),
      );
      let after = ticket;
      if (answer) {
        after = await ok(
          api.POST('/api/v1/tickets/{id}/answer', {
            params: { path: { id: String(ticket.id) } },
            body: { content: answerText.trim() || (article ? article.body : ''), articleId: article?.id ?? null },
          }),
        );
      }
      await attachCall(ticket.id);
      if (missedCall) {
        await api.POST('/api/v1/calls/{callId}/callback', { params: { path: { callId: missedCall } }, body: { outcome: 'reached', ticketId: ticket.id } }).catch(() => {});
      }
      return { ticket: after, outcome: answer ? 'answered' : 'registered' };
    });

  /** 重复来电: what the caller says goes onto their open ticket as their own addition (补充诉求). */
  const supplement = (ticket: { id: number; number: string }) =>
    act(async () => {
      await runStep(ticket.id, 'note', { content: form.content.trim(), fromCitizen: true });
      await attachCall(ticket.id);
      return { ticket, outcome: 'supplemented' };
    });

  /** Alt+K: to the first matching article; when there is none, the panel says so (not silence). */
  const [kbNote, setKbNote] = useState<string | null>(null);
  const lookUpKb = () => {
    const first = kbRef.current?.querySelector<HTMLButtonElement>('ul button');
    if (first) {
      setKbNote(null);
      first.focus();
    } else setKbNote(form.content.trim().length < 6 ? t('kbNeedText') : t('kbEmpty'));
  };
  useEffect(() => setKbNote(null), [kb.data]);
  useKeyHelp(INTAKE_KEYS);
  const keyHint = useKeyHint(INTAKE_KEYS);

  useHotkeys({
    'alt+p': () => phoneRef.current?.focus(),
    'alt+c': () => contentRef.current?.focus(),
    'alt+s': acceptSuggestion,
    'alt+k': lookUpKb,
    'alt+n': reset,
    'alt+a': () => {
      const r = repeat.data?.repeat;
      if (r?.open && !busy) void supplement(r.ticket);
    },
    'ctrl+enter': () => void submit(article != null),
  });

  useEffect(() => phoneRef.current?.focus(), []);

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void submit(false);
  };

  if (done) {
    return (
      <section className="intake-done card" aria-live="polite">
        <p className="success">{t(done.outcome)}</p>
        <p className="muted">{t('readOut')}</p>
        <p className="ticket-number mono" data-testid="ticket-number">
          {done.ticket.number}
        </p>
        <div className="row">
          <button type="button" className="primary" onClick={reset} autoFocus>
            {t('newCall')} <kbd>Alt+N</kbd>
          </button>
          <Link to={`/tickets/${done.ticket.id}`}>{t('open')}</Link>
        </div>
        {done.outcome === 'registered' && <IntakeSplit ticket={done.ticket} />}
      </section>
    );
  }

  return (
    <div className="intake grid cols-2">
      <form className="card" onSubmit={onSubmit} aria-label={t('title')}>
        <h1>{t('title')}</h1>
        {ringing && <p className="notice">{t('ringing', { phone: ringing })}</p>}
        {callId && <CallHandoff key={callId} callId={callId} change={handoffChange} />}
        <div className="row">
          <label>
            {t('phone')}
            <input ref={phoneRef} name="phone" inputMode="tel" autoComplete="off" value={form.phone} onChange={(e) => set('phone', e.target.value)} />
          </label>
          <label>
            {t('name')}
            <input name="name" autoComplete="off" value={form.name} onChange={(e) => set('name', e.target.value)} />
          </label>
        </div>
        <div className="row">
          <label>
            {t('type')}
            <select name="type" value={form.type} onChange={(e) => set('type', e.target.value as Form['type'])}>
              {TICKET_TYPES.map((x) => (
                <option key={x} value={x}>
                  {L('type', x)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('priority')}
            <select name="priority" value={form.priority} onChange={(e) => set('priority', e.target.value as Form['priority'])}>
              {PRIORITIES.map((x) => (
                <option key={x} value={x}>
                  {L('priority', x)}
                </option>
              ))}
            </select>
          </label>
        </div>
        <label>
          {t('subject')}
          <input name="title" maxLength={200} value={form.title} placeholder={form.content.trim() ? deriveTitle(form.content) : ''} onChange={(e) => set('title', e.target.value)} />
        </label>
        <label>
          {t('content')}
          <textarea ref={contentRef} name="content" required rows={7} maxLength={10000} value={form.content} onChange={(e) => set('content', e.target.value)} />
        </label>
        <label>
          {t('address')}
          <input name="address" maxLength={500} value={form.address} onChange={(e) => set('address', e.target.value)} />
        </label>
        <div className="row">
          <CategorySelect
            name="category"
            categories={ref?.categories ?? []}
            value={form.categoryId}
            label={t('category')}
            allowNone={t('none')}
            onChange={(categoryId) => {
              setCategoryTouched(true);
              set('categoryId', categoryId);
            }}
          />
          <label>
            {t('district')}
            <select
              name="district"
              value={form.districtId ?? ''}
              onChange={(e) => setForm((f) => ({ ...f, districtId: e.target.value ? Number(e.target.value) : null, streetId: null, communityId: null }))}
            >
              <option value="">{t('auto')}</option>
              {(ref?.districts ?? []).map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('street')}
            <select
              name="street"
              value={form.streetId ?? ''}
              disabled={!streets.length}
              onChange={(e) => setForm((f) => ({ ...f, streetId: e.target.value ? Number(e.target.value) : null, communityId: null }))}
            >
              <option value="">{t('anyStreet')}</option>
              {streets.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('community')}
            <select name="community" value={form.communityId ?? ''} disabled={!communities.length} onChange={(e) => set('communityId', e.target.value ? Number(e.target.value) : null)}>
              <option value="">{t('anyStreet')}</option>
              {communities.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </select>
          </label>
        </div>
        <div className="row privacy-choices">
          <label className="inline" title={t('consentHint')}>
            <input
              type="checkbox"
              name="publicConsent"
              checked={form.publicConsent && !form.confidential}
              disabled={form.confidential}
              onChange={(e) => set('publicConsent', e.target.checked)}
            />
            {t('consent')}
          </label>
          <label className="inline" title={t('confidentialHint')}>
            <input
              type="checkbox"
              name="confidential"
              checked={form.confidential}
              onChange={(e) => setForm((f) => ({ ...f, confidential: e.target.checked, publicConsent: e.target.checked ? false : f.publicConsent }))}
            />
            {t('confidential')}
          </label>
          <label className="inline" title={t('noSmsHint')}>
            <input type="checkbox" name="smsDeclined" checked={form.smsDeclined} onChange={(e) => set('smsDeclined', e.target.checked)} />
            {t('noSms')}
          </label>
        </div>
        {article && (
          <div className="chosen-article notice">
            <div className="row">
              <strong>{t('chosen', { title: article.title })}</strong>
              <button type="button" className="link" onClick={() => setArticle(null)}>
                {t('clear')}
              </button>
            </div>
            <label>
              {t('answerText')}
              <textarea name="answer" rows={4} value={answerText} onChange={(e) => setAnswerText(e.target.value)} />
            </label>
          </div>
        )}
        {repeat.data?.repeat && <RepeatWarning data={repeat.data} t={t} onSupplement={busy ? undefined : supplement} />}
        <ErrorBanner error={error} />
        <div className="row">
          <button type="submit" className="primary" disabled={busy}>
            {busy ? t('busy') : t('register')}
          </button>
          {article && (
            <button type="button" disabled={busy} onClick={() => void submit(true)}>
              {t('answer')}
            </button>
          )}
          <button type="button" className="link" onClick={reset}>
            {t('newCall')}
          </button>
        </div>
        <p className="muted keys-hint">{keyHint}</p>
      </form>

      <aside className="intake-side">
        <section className="card" aria-label={t('history')}>
          <h2>{t('history')}</h2>
          {phone.length >= 7 && <CallerProfileLink of={{ phone }} />}
          <ErrorBanner error={history.error} />
          {history.data && <CallerHistory data={history.data} t={t} onSupplement={busy ? undefined : supplement} />}
        </section>
        <div className="card">
          <SuggestionPanel input={draft} onLoaded={setSuggestion} onPick={pickSuggested} />
        </div>
        <section className="card" aria-label={t('kb')} ref={kbRef}>
          <h2>{t('kb')}</h2>
          {kbNote && (
            <p className="notice" role="status" data-testid="kb-note">
              {kbNote}
            </p>
          )}
          <ErrorBanner error={kb.error} />
          {kb.data && (
            <ArticleList
              data={kb.data}
              t={t}
              onUse={(a) => {
                setArticle(a);
                setAnswerText(a.body);
              }}
            />
          )}
        </section>
        <div className="card">
          <SimilarPanel draft={draft} />
        </div>
      </aside>
    </div>
  );
}

type T = ReturnType<typeof useT<keyof (typeof M)['zh-CN']>>;

/** The repeat warning (重复件): the earlier ticket, why, and — when it is open — the one key that adds this call to it. */
function RepeatWarning({ data, t, onSupplement }: { data: RepeatCheck; t: T; onSupplement?: (x: { id: number; number: string }) => void }) {
  const r = data.repeat;
  if (!r) return null;
  const shared = [...r.sharedPlaces, ...r.sharedWords.filter((w) => !r.sharedPlaces.includes(w))].slice(0, 6);
  return (
    <div className="notice warn repeat-warning" role="alert" data-testid="repeat-warning">
      <p>
        <strong>{t(r.reason === 'matter' ? 'repeat_matter' : 'repeat_caller', { days: String(data.windowDays) })}</strong>{' '}
        <Link to={`/tickets/${r.ticket.id}`} className="mono" data-testid="repeat-link">
          {r.ticket.number}
        </Link>{' '}
        <StatusBadge status={r.ticket.status} /> {r.ticket.title}
      </p>
      {shared.length > 0 && <p className="muted small">{t('repeatShared', { list: shared.join('、') })}</p>}
      <p className="small">{t(r.open ? 'repeatOpen' : 'repeatClosed')}</p>
      {r.open && (
        <button type="button" disabled={!onSupplement} onClick={() => onSupplement?.(r.ticket)} data-testid="repeat-supplement">
          {t('supplement')} <kbd>Alt+A</kbd>
        </button>
      )}
    </div>
  );
}

function CallerHistory({ data, t, onSupplement }: { data: History; t: T; onSupplement?: (x: { id: number; number: string }) => void }) {
  if (!data.items.length) return <p className="muted">{t('historyNone')}</p>;
  return (
    <>
      {data.open > 0 && <p className="notice">{t('historyOpen', { n: data.open })}</p>}
      <ul className="side-list" data-testid="caller-history">
        {data.items.map((x) => (
          <li key={x.id}>
            <Link to={`/tickets/${x.id}`} className="mono">
              {x.number}
            </Link>{' '}
            <StatusBadge status={x.status} /> <span className="muted">{formatDateTime(x.createdAt)}</span>
            <div>{x.title}</div>
            {OPEN.includes(x.status) && (
              <button type="button" className="link" title={t('supplementHint')} disabled={!onSupplement} onClick={() => onSupplement?.(x)} data-testid="supplement">
                {t('supplement')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

function ArticleList({ data, t, onUse }: { data: Articles; t: T; onUse: (a: Articles['items'][number]) => void }) {
  if (!data.items.length) return <p className="muted">{t('kbNone')}</p>;
  return (
    <ul className="side-list" data-testid="kb-results">
      {data.items.map((a) => (
        <li key={a.id}>
          <strong>{a.title}</strong>
          <div className="snippet" dangerouslySetInnerHTML={{ __html: a.snippet }} />
          <button type="button" className="link" onClick={() => onUse(a)}>
            {t('kbUse')}
          </button>
        </li>
      ))}
    </ul>
  );
}

/** The same form content gives the same key: a double click or a retry registers once. */
function idempotencyKey(f: Form): string {
  const s = JSON.stringify(f);
  let h = 5381;
  for (let i = 0; i < s.length; i++) h = ((h << 5) + h + s.charCodeAt(i)) | 0;
  return `intake-${(h >>> 0).toString(36)}-${s.length}`;
}
