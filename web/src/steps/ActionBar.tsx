// The steps the signed-in user may take on a ticket, as buttons with one key each (shown on the
// button). Accept (签收) is one click (a); 附件签收 (Shift+A) opens the accept dialog with the file
// chooser; every other step opens its form in a dialog.

import { useEffect, useState } from 'react';
import type { Ticket, TicketDetail } from '../api/types';
import { Dialog, ErrorBanner } from '../components';
import { useHotkeys } from '../hotkeys';
import { useKeyHelp } from '../keyhelp';
import { CANNED_STEPS } from '../../../src/domain/canned-replies';
import { messages, useT } from '../i18n';
import { useLabels } from '../labels';
import { useReference, useUser } from '../session';
import type { CommandKind } from '../../../src/domain/ticket';
import { availableActions, keyOf } from './actions';
import { runStep } from './api';
import { LinkSteps } from './links';
import {
  AcceptForm,
  AnswerForm,
  CallbackForm,
  CloseForm,
  ConsentForm,
  DelegateForm,
  DispatchForm,
  ExtendForm,
  MergeForm,
  MoveForm,
  NoteForm,
  AssignForm,
  RefuseForm,
  ReopenForm,
  ReplyForm,
  RerouteForm,
  ReturnForm,
  ReviewForm,
  ReviewReplyForm,
  SuperviseForm,
  SupervisionReplyForm,
  TransferForm,
  WithdrawForm,
  type StepProps,
} from './forms';

const M = messages(
  { poorPrefix: '答复质量差，退回重办：', actions: '操作', none: '当前没有可执行的操作', done: '已{step}', sendBack: '退回重办', acceptFiles: '附件签收', acceptFilesKey: '附件签收（选择文件后签收）', acceptFilesTitle: '附件签收', cannedKey: '常用语：在操作对话框的文本框中输入 :: 和关键词，↑↓ 选择，Enter 插入，Esc 关闭' },
  { poorPrefix: 'Poor reply, sent back: ', actions: 'Actions', none: 'Nothing to do here now', done: '{step}: done', sendBack: 'Send back', acceptFiles: 'Accept with files', acceptFilesKey: 'accept with files (choose them first)', acceptFilesTitle: 'Accept with files', cannedKey: 'canned replies: in a step dialog’s text, type :: and a word, ↑↓ choose, Enter insert, Esc close' },
);

export function StepForm({ step, reopenInitial, ...p }: StepProps & { step: CommandKind; reopenInitial?: string }) {
  switch (step) {
    case 'dispatch':
      return <DispatchForm {...p} autoFocus />;
    case 'reply':
      return <ReplyForm {...p} />;
    case 'callback':
      return <CallbackForm {...p} />;
    case 'return':
      return <ReturnForm {...p} />;
    case 'extend':
      return <ExtendForm {...p} />;
    case 'review-return':
    case 'review-extension':
      return <ReviewForm {...p} step={step} />;
    case 'reopen':
      return <ReopenForm {...p} initial={reopenInitial} />;
    case 'close':
      return <CloseForm {...p} />;
    case 'answer':
      return <AnswerForm {...p} />;
    case 'merge':
      return <MergeForm {...p} />;
    case 'transfer':
      return <TransferForm {...p} />;
    case 'supervise':
      return <SuperviseForm {...p} />;
    case 'supervision-reply':
      return <SupervisionReplyForm {...p} />;
    case 'note':
      return <NoteForm {...p} />;
    case 'assign':
      return <AssignForm {...p} />;
    case 'consent':
      return <ConsentForm {...p} />;
    case 'delegate':
      return <DelegateForm {...p} />;
    case 'review-reply':
      return <ReviewReplyForm {...p} />;
    case 'reroute':
      return <RerouteForm {...p} />;
    case 'withdraw':
      return <WithdrawForm {...p} />;
    case 'move':
      return <MoveForm {...p} />;
    case 'refuse':
      return <RefuseForm {...p} />;
    case 'accept':
      // 附件签收: the dialog is only for accepting with files; plain 签收 is sent at once.
      return <AcceptForm {...p} />;
  }
}

/**
 * @param poorReply reasons a supervisor sends a poor reply back with (重办 prefilled with them)
 * @param hotkeys whether the action keys are live (one action bar per screen has them)
 */
export function ActionBar({
  ticket,
  onChanged,
  poorReply,
  hotkeys = true,
  only,
  links = false,
}: {
  ticket: Ticket | TicketDetail;
  onChanged: (t: Ticket) => void;
  poorReply?: string[] | null;
  hotkeys?: boolean;
  only?: CommandKind[];
  /** The 拆分 and 关联 steps too (the ticket page: links.tsx). */
  links?: boolean;
}) {
  const t = useT(M);
  const L = useLabels();
  const user = useUser();
  const ref = useReference();
  const [open, setOpen] = useState<{ step: CommandKind; sendBack?: boolean } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const [linkOpen, setLinkOpen] = useState(false);
  const actions = availableActions(user, ticket, ref?.units ?? []).filter((k) => !only || only.includes(k));
  // What was said about the last ticket is not about this one.
  useEffect(() => {
    setDone(null);
    setError(null);
  }, [ticket.id]);
  const finish = (step: CommandKind) => (after: Ticket) => {
    setOpen(null);
    setDone(t('done', { step: L('command', step) }));
    onChanged(after);
  };
  const start = async (step: CommandKind, withFiles = false) => {
    setError(null);
    setDone(null);
    if (step !== 'accept' || withFiles) return setOpen({ step });
    try {
      finish('accept')(await runStep(ticket.id, 'accept', {}));
    } catch (e) {
      setError(e);
    }
  };
  const keys: Record<string, () => void> = {};
  for (const k of actions) if (!keys[keyOf(k)]) keys[keyOf(k)] = () => void start(k);
  // 附件签收: Shift+A opens the accept dialog with the file chooser (a alone still accepts at once).
  const mayAccept = actions.includes('accept');
  if (mayAccept) keys['shift+a'] = () => void start('accept', true);
  const withText = actions.some((k) => (CANNED_STEPS as readonly string[]).includes(k));
  useKeyHelp(hotkeys ? [...(mayAccept ? [['Shift+A', t('acceptFilesKey')] as const] : []), ...(withText ? [['::', t('cannedKey')] as const] : [])] : []);
  const canSendBack = poorReply && actions.includes('reopen') && ticket.status === 'replied';
  useHotkeys(keys, hotkeys && !open && !linkOpen);
  return (
    <div className="action-bar" role="toolbar" aria-label={t('actions')}>
      {actions.length === 0 && <span className="muted">{t('none')}</span>}
      {actions.map((k, i) => (
        <button key={k} type="button" className={i === 0 ? 'primary' : undefined} onClick={() => void start(k)} data-step={k} title={`${L('command', k)} (${keyOf(k)})`}>
          {L('command', k)} <kbd>{keyOf(k)}</kbd>
        </button>
      ))}
      {links && <LinkSteps ticket={ticket} onChanged={onChanged} hotkeys={hotkeys && !open} onOpen={setLinkOpen} />}
      {mayAccept && (
        <button type="button" onClick={() => void start('accept', true)} data-step="accept-files" title={`${t('acceptFiles')} (Shift+A)`}>
          {t('acceptFiles')} <kbd>Shift+A</kbd>
        </button>
      )}
      {canSendBack && (
        <button type="button" className="danger" onClick={() => setOpen({ step: 'reopen', sendBack: true })} data-step="send-back">
          {t('sendBack')}
        </button>
      )}
      {done && (
        <span className="success inline" role="status">
          {done}
        </span>
      )}
      <ErrorBanner error={error} />
      {open && (
        <Dialog title={`${open.step === 'accept' ? t('acceptFilesTitle') : L('command', open.step)} · ${ticket.number}`} onClose={() => setOpen(null)}>
          <StepForm
            step={open.step}
            ticket={ticket}
            onDone={finish(open.step)}
            onCancel={() => setOpen(null)}
            reopenInitial={open.sendBack && poorReply ? `${t('poorPrefix')}${poorReply.join('；')}` : undefined}
          />
        </Dialog>
      )}
    </div>
  );
}
