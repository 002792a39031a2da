// Every screen's own keys, for the `?` help: a screen (or a part of one: a queue, the agent's
// phone state) names the keys it listens to while it is mounted, and the help lists what the
// screen in front of the user answers to — not only the global keys. The keys and their
// descriptions live here, once, so a screen's hint line and the help say the same.

import { useEffect, useSyncExternalStore } from 'react';
import { messages, useT } from './i18n';

/** Each key a screen may answer to: what is pressed, then what it does (zh-CN, en). */
const KEYS = {
  'intake.phone': 'Alt+P',
  'intake.content': 'Alt+C',
  'intake.suggestion': 'Alt+S',
  'intake.kb': 'Alt+K',
  'intake.register': 'Ctrl+Enter',
  'intake.newCall': 'Alt+N',
  'intake.repeat': 'Alt+A',
  'intake.transfer': 'Alt+T',
  'phone.ready': 'Alt+R',
  'phone.busy': 'Alt+B',
  'phone.extension': 'Alt+E',
  'missed.move': 'j k / ↑ ↓',
  'missed.start': 'Enter',
  'missed.reached': 'R',
  'missed.unreachable': 'U',
  'missed.save': 'Ctrl+Enter',
  'missed.cancel': 'Esc',
  'qa.move': 'j k / ↑ ↓',
  'qa.save': 'Ctrl+Enter',
  'wallboard.leave': 'Esc',
  'caller.reveal': 'Alt+V',
  'bell.open': 'Alt+M',
  'bulk.toggle': 'Space',
  'bulk.toggleX': 'x',
  'bulk.range': 'Shift+Space',
  'bulk.bar': 'B',
  'views.next': 'V',
  'views.prev': 'Shift+V',
} as const;
export type KeyHelpId = keyof typeof KEYS;

const M = messages<KeyHelpId | 'title'>(
  {
    title: '本页快捷键',
    'intake.phone': '来电号码',
    'intake.content': '诉求内容',
    'intake.suggestion': '采用智能建议',
    'intake.kb': '知识库',
    'intake.register': '登记工单',
    'intake.newCall': '新来电（清空表单）',
    'intake.repeat': '重复来电：补充到原工单',
    'intake.transfer': '转接 / 三方通话',
    'phone.ready': '示闲',
    'phone.busy': '示忙',
    'phone.extension': '签入 / 签出分机',
    'missed.move': '上一条 / 下一条',
    'missed.start': '开始回拨选中的来电',
    'missed.reached': '已接通',
    'missed.unreachable': '未接通',
    'missed.save': '保存回拨结果',
    'missed.cancel': '取消',
    'qa.move': '上一通 / 下一通录音',
    'qa.save': '保存评分',
    'wallboard.leave': '离开大屏',
    'caller.reveal': '查看完整号码（将被记录）',
    'bell.open': '通知（打开 / 关闭）',
    'bulk.toggle': '选择 / 取消选择当前工单（批量操作）',
    'bulk.toggleX': '选择 / 取消选择当前工单',
    'bulk.range': '连选：从上次选择处到当前工单',
    'bulk.bar': '到批量操作栏（批量派单、催办、导出）',
    'views.next': '下一个视图',
    'views.prev': '上一个视图',
  },
  {
    title: 'Keys on this screen',
    'intake.phone': 'caller number',
    'intake.content': 'request',
    'intake.suggestion': 'accept the suggestion',
    'intake.kb': 'knowledge base',
    'intake.register': 'register the ticket',
    'intake.newCall': 'new call (clear the form)',
    'intake.repeat': 'repeat call: add to the open ticket',
    'intake.transfer': 'transfer / conference',
    'phone.ready': 'ready',
    'phone.busy': 'busy',
    'phone.extension': 'sign in / out of an extension',
    'missed.move': 'next / previous',
    'missed.start': 'call the selected caller back',
    'missed.reached': 'reached',
    'missed.unreachable': 'not reached',
    'missed.save': 'save the outcome',
    'missed.cancel': 'cancel',
    'qa.move': 'next / previous call',
    'qa.save': 'save the score',
    'wallboard.leave': 'leave the wallboard',
    'caller.reveal': 'show the full number (logged)',
    'bell.open': 'notifications (open / close)',
    'bulk.toggle': 'pick / unpick the current ticket (bulk steps)',
    'bulk.toggleX': 'pick / unpick the current ticket',
    'bulk.range': 'pick the range from the last pick',
    'bulk.bar': 'to the bulk bar (dispatch, urge, export)',
    'views.next': 'next view',
    'views.prev': 'previous view',
  },
);

/** A key from the table, or one a screen describes in its own words ([key, what it does]). */
export type KeyHelpItem = KeyHelpId | readonly [string, string];

// The keys of what is mounted now, in mounting order (the screen, then its parts).
const mounted = new Map<symbol, readonly KeyHelpItem[]>();
const subscribers = new Set<() => void>();
let snapshot: KeyHelpItem[] = [];
function changed() {
  snapshot = [...mounted.values()].flat();
  for (const s of subscribers) s();
}

/** Names the keys this component listens to, for `?`, while it is mounted. */
export function useKeyHelp(items: readonly KeyHelpItem[]): void {
  const key = JSON.stringify(items);
  useEffect(() => {
    const id = Symbol(key);
    mounted.set(id, JSON.parse(key) as KeyHelpItem[]);
    changed();
    return () => {
      mounted.delete(id);
      changed();
    };
  }, [key]);
}

/** The current screen's keys, as the `?` help lists them. */
export function ScreenKeys() {
  const t = useT(M);
  const items = useSyncExternalStore(
    (s) => (subscribers.add(s), () => void subscribers.delete(s)),
    () => snapshot,
  );
  // The same key named twice (a screen and one of its parts) is listed once.
  const rows = new Map<string, string>();
  for (const it of items) {
    const [k, what] = typeof it === 'string' ? [KEYS[it], t(it)] : it;
    if (!rows.has(k)) rows.set(k, what);
  }
  if (!rows.size) return null;
  return (
    <>
      <p className="muted small">{t('title')}</p>
      <ul className="keys screen-keys" data-testid="screen-keys">
        {[...rows].map(([k, what]) => (
          <li key={k}>
            <kbd>{k}</kbd> {what}
          </li>
        ))}
      </ul>
    </>
  );
}

/** A screen's one-line hint (Alt+P 来电号码 · …), from the same table as the help. */
export function useKeyHint(ids: readonly KeyHelpId[]): string {
  const t = useT(M);
  return ids.map((id) => `${KEYS[id]} ${t(id)}`).join(' · ');
}
