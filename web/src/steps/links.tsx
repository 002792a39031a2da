// 一件多诉 拆分 / 关联工单 in the console: the two steps (拆分 q, 关联 g) on the ticket page's action
// bar, their dialogs (keyboard first: the first field is focused, Ctrl+Enter submits, Esc
// closes), and the 关联工单 section listing the linked tickets the user may see.

import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { api, ok } from '../api/client';
import type { Ticket, TicketDetail } from '../api/types';
import { CategorySelect, Dialog, ErrorBanner } from '../components';
import { useHotkeys } from '../hotkeys';
import { messages, useT } from '../i18n';
import { useKeyHelp } from '../keyhelp';
import { useLabels } from '../labels';
import { useReference, useUser } from '../session';
import { LINK_ROLES, SPLIT_ROLES, SPLIT_STATES } from '../../../src/domain/links';
import { TICKET_TYPES } from '../../../src/domain/ticket-types';
import { Buttons, Form } from './forms';

const M = messages(
  {
    split: '拆分', link: '关联', splitKey: '拆分（一件多诉）', linkKey: '关联工单',
    splitHint: '把本次来电中的另一件诉求拆为新工单：来电人、渠道和受理时间同原工单，时限按新工单的类型和分类计算。',
    content: '另一件诉求的内容', type: '诉求类型', category: '诉求分类', address: '地址', splitGo: '拆分为新工单',
    splitDone: '已拆分出新工单', number: '要关联的工单编号', kind: '关联类型', linkGo: '关联',
    linkDone: '已关联', unlink: '取消关联', unlinked: '已取消关联', section: '关联工单', none: '暂无关联工单',
    kind_split_out: '拆分出', kind_split_in: '拆分自', kind_related_out: '相关工单', kind_related_in: '相关工单',
    kind_same_matter_out: '同一事项（其他来电人）', kind_same_matter_in: '同一事项（其他来电人）',
    kind_follow_up_out: '后续工单', kind_follow_up_in: '前序工单（本单是其后续）',
    opt_related: '相关工单', opt_same_matter: '同一事项（其他来电人）', opt_follow_up: '对方是本单的后续',
  },
  {
    split: 'Split', link: 'Link', splitKey: 'Split (two matters in one call)', linkKey: 'Link a ticket',
    splitHint: 'Move another matter of this call into a new ticket: the same caller, channel and received time; its limits follow its own type and category.',
    content: 'The other matter', type: 'Request type', category: 'Category', address: 'Address', splitGo: 'Split into a new ticket',
    splitDone: 'Split into', number: 'Number of the ticket to link', kind: 'How they relate', linkGo: 'Link',
    linkDone: 'Linked', unlink: 'Unlink', unlinked: 'Unlinked', section: 'Linked tickets', none: 'No linked tickets',
    kind_split_out: 'Split into', kind_split_in: 'Split from', kind_related_out: 'Related', kind_related_in: 'Related',
    kind_same_matter_out: 'Same matter (another caller)', kind_same_matter_in: 'Same matter (another caller)',
    kind_follow_up_out: 'Follow-up', kind_follow_up_in: 'Follows up (this is its follow-up)',
    opt_related: 'Related', opt_same_matter: 'Same matter (another caller)', opt_follow_up: 'The other follows this one up',
  },
);

/** Who may split (registered tickets only) and link: the domain's own rules, to keep buttons that would fail off the screen. */
export const canSplit = (role: string, t: Pick<Ticket, 'status'>) => (SPLIT_ROLES as readonly string[]).includes(role) && (SPLIT_STATES as readonly string[]).includes(t.status);
export const canLink = (role: string) => (LINK_ROLES as readonly string[]).includes(role);

type Created = { id: number; number: string };

export async function splitTicket(id: number, body: { content: string; type?: string; categoryId?: number | null; address?: string | null }) {
  return ok(api.POST('/api/v1/tickets/{id}/split', { params: { path: { id: String(id) } }, body: body as never }));
}

/** The 拆分 and 关联 buttons with their keys and dialogs. `onOpen` tells the action bar a dialog is open (its keys rest). */
export function LinkSteps({ ticket, onChanged, hotkeys, onOpen }: { ticket: Ticket | TicketDetail; onChanged: (t: Ticket) => void; hotkeys: boolean; onOpen: (open: boolean) => void }) {
  const t = useT(M);
  const user = useUser();
  const [open, setOpenState] = useState<'split' | 'link' | null>(null);
  const [done, setDone] = useState<{ text: string; created?: Created } | null>(null);
  const setOpen = (v: 'split' | 'link' | null) => {
    setOpenState(v);
    onOpen(v != null);
  };
  useEffect(() => setDone(null), [ticket.id]);
  const split = canSplit(user.role, ticket);
  const link = canLink(user.role);
  const keys: Record<string, () => void> = {};
  if (split) keys.q = () => setOpen('split');
  if (link) keys.g = () => setOpen('link');
  useHotkeys(keys, hotkeys && !open);
  useKeyHelp([...(split ? ([['Q', t('splitKey')]] as const) : []), ...(link ? ([['G', t('linkKey')]] as const) : [])]);
  if (!split && !link) return null;
  return (
    <>
      {split && (
        <button type="button" onClick={() => setOpen('split')} data-step="split" title={`${t('splitKey')} (q)`}>
          {t('split')} <kbd>q</kbd>
        </button>
      )}
      {link && (
        <button type="button" onClick={() => setOpen('link')} data-step="link" title={`${t('linkKey')} (g)`}>
          {t('link')} <kbd>g</kbd>
        </button>
      )}
      {done && (
        <span className="success inline" role="status" data-testid="link-done">
          {done.text}
          {done.created && (
            <>
              {' '}
              <Link to={`/tickets/${done.created.id}`} className="mono">
                {done.created.number}
              </Link>
            </>
          )}
        </span>
      )}
      {open === 'split' && (
        <Dialog title={`${t('splitKey')} · ${ticket.number}`} onClose={() => setOpen(null)}>
          <SplitForm
            ticket={ticket}
            onCancel={() => setOpen(null)}
            onDone={(source, created) => {
              setOpen(null);
              setDone({ text: t('splitDone'), created });
              onChanged(source);
            }}
          />
        </Dialog>
      )}
      {open === 'link' && (
        <Dialog title={`${t('linkKey')} · ${ticket.number}`} onClose={() => setOpen(null)}>
          <LinkForm
            ticket={ticket}
            onCancel={() => setOpen(null)}
            onDone={(after) => {
              setOpen(null);
              setDone({ text: t('linkDone') });
              onChanged(after);
            }}
          />
        </Dialog>
      )}
    </>
  );
}

/** 拆分: the other matter's words, type, category and address (the caller, channel and time are the source's). */
export function SplitForm({ ticket, onDone, onCancel }: { ticket: Ticket | TicketDetail; onDone: (source: Ticket, created: Created) => void; onCancel?: () => void }) {
  const t = useT(M);
  const L = useLabels();
  const ref = useReference();
  const [content, setContent] = useState('');
  const [type, setType] = useState<string>(ticket.type);
  const [categoryId, setCategoryId] = useState<number | null>(null);
  const [address, setAddress] = useState(ticket.address ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const r = await splitTicket(ticket.id, { content, type, categoryId, address: address.trim() || null });
      onDone(r.source as Ticket, r.created);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Form onSubmit={() => void submit()} name="split">
      <p className="muted small">{t('splitHint')}</p>
      <label>
        {t('content')}
        <textarea name="content" rows={4} value={content} onChange={(e) => setContent(e.target.value)} autoFocus required maxLength={10_000} />
      </label>
      <div className="row">
        <label>
          {t('type')}
          <select name="type" value={type} onChange={(e) => setType(e.target.value)}>
            {TICKET_TYPES.map((x) => (
              <option key={x} value={x}>
                {L('type', x)}
              </option>
            ))}
          </select>
        </label>
        <CategorySelect categories={ref?.categories ?? []} value={categoryId} onChange={setCategoryId} label={t('category')} allowNone name="categoryId" />
      </div>
      <label>
        {t('address')}
        <input name="address" value={address} onChange={(e) => setAddress(e.target.value)} maxLength={500} />
      </label>
      <ErrorBanner error={error} />
      <Buttons busy={busy} disabled={!content.trim()} label={t('splitGo')} onCancel={onCancel} />
    </Form>
  );
}

function LinkForm({ ticket, onDone, onCancel }: { ticket: Ticket | TicketDetail; onDone: (t: Ticket) => void; onCancel?: () => void }) {
  const t = useT(M);
  const [number, setNumber] = useState('');
  const [kind, setKind] = useState<'related' | 'same_matter' | 'follow_up'>('related');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const r = await ok(api.POST('/api/v1/tickets/{id}/links', { params: { path: { id: String(ticket.id) } }, body: { kind, otherNumber: number.trim() } }));
      onDone(r.ticket as Ticket);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Form onSubmit={() => void submit()} name="link">
      <label>
        {t('number')}
        <input name="number" className="mono" value={number} onChange={(e) => setNumber(e.target.value)} autoFocus inputMode="numeric" maxLength={20} />
      </label>
      <fieldset className="row" role="radiogroup" aria-label={t('kind')}>
        <legend>{t('kind')}</legend>
        {(['related', 'same_matter', 'follow_up'] as const).map((k) => (
          <label key={k} className="inline">
            <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => setKind(k)} /> {t(`opt_${k}`)}
          </label>
        ))}
      </fieldset>
      <ErrorBanner error={error} />
      <Buttons busy={busy} disabled={!number.trim()} label={t('linkGo')} onCancel={onCancel} />
    </Form>
  );
}

/** 关联工单: the linked tickets the user may see (the server lists only those), with unlinking for links made by hand. */
export function LinkedTickets({ ticket, onChanged }: { ticket: TicketDetail; onChanged: () => void }) {
  const t = useT(M);
  const L = useLabels();
  const user = useUser();
  const [error, setError] = useState<unknown>(null);
  const links = ticket.links ?? [];
  if (!links.length && !canLink(user.role)) return null;
  const unlink = async (otherId: number) => {
    setError(null);
    try {
      await ok(api.DELETE('/api/v1/tickets/{id}/links/{otherId}', { params: { path: { id: String(ticket.id), otherId: String(otherId) } } }));
      onChanged();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <section className="card" data-testid="links">
      <h2>{t('section')}</h2>
      {!links.length && <p className="muted small">{t('none')}</p>}
      <ul className="side-list">
        {links.map((l) => (
          <li key={l.id} data-kind={l.kind} data-direction={l.direction}>
            <span className="badge">{t(`kind_${l.kind}_${l.direction}` as 'kind_split_out')}</span>{' '}
            <Link to={`/tickets/${l.id}`} className="mono">
              {l.number}
            </Link>{' '}
            <span className="muted small">{L('status', l.status)}</span> {l.title}
            {l.kind !== 'split' && canLink(user.role) && (
              <>
                {' '}
                <button type="button" className="link small" onClick={() => void unlink(l.id)} data-testid="unlink">
                  {t('unlink')}
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
      <ErrorBanner error={error} />
    </section>
  );
}

const MI = messages(
  {
    another: '同一来电的另一件诉求', splitHere: '拆分为新工单', splitKeyIntake: '同一来电的另一件诉求：拆分为新工单',
    readOutToo: '请一并告知新工单编号', loading: '加载中…',
  },
  {
    another: 'Another matter in the same call', splitHere: 'Split into a new ticket', splitKeyIntake: 'another matter in the same call: split into a new ticket',
    readOutToo: 'Read this number to the caller too', loading: 'Loading…',
  },
);

/**
 * At intake, once the call's ticket is registered: the caller's second matter (一件多诉) split off
 * at once (Alt+Q), each new number shown to read out. The same split as on the ticket page.
 */
export function IntakeSplit({ ticket }: { ticket: { id: number; number: string } }) {
  const t = useT(MI);
  const [source, setSource] = useState<Ticket | null>(null);
  const [opening, setOpening] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [created, setCreated] = useState<Created[]>([]);
  const open = async () => {
    if (opening || source) return;
    setOpening(true);
    try {
      setSource(await ok(api.GET('/api/v1/tickets/{id}', { params: { path: { id: String(ticket.id) } } })));
    } catch (e) {
      setError(e);
    } finally {
      setOpening(false);
    }
  };
  useHotkeys({ 'alt+q': () => void open() }, !source);
  useKeyHelp([['Alt+Q', t('splitKeyIntake')]]);
  return (
    <div className="intake-split" data-testid="intake-split">
      {created.map((c) => (
        <p key={c.id}>
          <span className="muted">{t('readOutToo')}</span>{' '}
          <Link to={`/tickets/${c.id}`} className="ticket-number mono" data-testid="split-number">
            {c.number}
          </Link>
        </p>
      ))}
      {source ? (
        <>
          <h2>{t('another')}</h2>
          <SplitForm
            ticket={source}
            onCancel={() => setSource(null)}
            onDone={(after, c) => {
              setCreated((xs) => [...xs, c]);
              setSource(null);
              void after;
            }}
          />
        </>
      ) : (
        <button type="button" onClick={() => void open()} disabled={opening} data-testid="intake-split-open">
          {opening ? t('loading') : `${t('another')}：${t('splitHere')}`} <kbd>Alt+Q</kbd>
        </button>
      )}
      <ErrorBanner error={error} />
    </div>
  );
}
