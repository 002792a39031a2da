// Canned replies (常用语) in a step's text area, as Zammad's text modules: type `::` in the text
// (then a word of the title or text to narrow it) and a list opens under the text area with what
// this user may use on this ticket's step, best first (the server's order: own unit's and
// category-matching first, then the most used); ↑ ↓ choose, Enter inserts the text with its
// placeholders filled from the ticket (masked), Esc closes. The `::` and the words typed after
// it are replaced by the text; the use is counted. A small button opens the same list by mouse.

import { useEffect, useId, useRef, useState, type TextareaHTMLAttributes } from 'react';
import { api, ok } from '../api/client';
import type { paths } from '../api/schema';
import type { Json } from '../api/types';
import { messages, useT } from '../i18n';
import { useKeyHelp } from '../keyhelp';
import type { CannedStep } from '../../../src/domain/canned-replies';
import './canned.css';

export type OfferedCanned = Json<paths['/api/v1/tickets/{id}/canned-replies']['get']['responses'][200]>['items'][number];

const M = messages(
  {
    open: '常用语',
    openHint: '输入 :: 插入常用语',
    none: '没有可用的常用语',
    noMatch: '没有匹配“{q}”的常用语',
    loading: '加载中…',
    help: '↑↓ 选择 · Enter 插入 · Esc 关闭',
    own: '本单位',
    centre: '中心',
    list: '常用语列表',
    key: '插入常用语（:: 后输入关键词筛选，↑↓ 选择，Enter 插入，Esc 关闭）',
  },
  {
    open: 'Canned replies',
    openHint: 'Type :: to insert a canned reply',
    none: 'No canned replies here',
    noMatch: 'No canned reply matches "{q}"',
    loading: 'Loading…',
    help: '↑↓ choose · Enter insert · Esc close',
    own: 'Own unit',
    centre: 'Centre',
    list: 'Canned replies',
    key: 'insert a canned reply (type words after :: to narrow, ↑↓ choose, Enter insert, Esc close)',
  },
);

export async function cannedFor(ticketId: number, step: CannedStep): Promise<OfferedCanned[]> {
  return (await ok(api.GET('/api/v1/tickets/{id}/canned-replies', { params: { path: { id: String(ticketId) }, query: { step } } }))).items;
}

async function countUse(id: number): Promise<void> {
  await ok(api.POST('/api/v1/canned-replies/{id}/use', { params: { path: { id } } }));
}

/** The `::word` just before the caret (the trigger and what narrows it), or null. */
function triggerAt(text: string, caret: number): { start: number; q: string } | null {
  const m = /::([^\s:]{0,20})$/.exec(text.slice(0, caret));
  if (!m) return null;
  return { start: caret - m[0].length, q: m[1] };
}

const matches = (c: OfferedCanned, q: string) => {
  const w = q.trim().toLowerCase();
  return !w || c.title.toLowerCase().includes(w) || c.filled.toLowerCase().includes(w);
};

type Props = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange'> & {
  ticketId: number;
  step: CannedStep;
  value: string;
  onChange: (text: string) => void;
};

/** A text area with the canned-reply picker (`::`). */
export function CannedTextarea({ ticketId, step, value, onChange, onKeyDown, ...rest }: Props) {
  const t = useT(M);
  const listId = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  const [items, setItems] = useState<OfferedCanned[] | null>(null);
  /** Open: where the trigger starts (null: opened by the button, inserted at the caret) and the words after it. */
  const [open, setOpen] = useState<{ start: number | null; q: string } | null>(null);
  const [active, setActive] = useState(0);
  useKeyHelp([['::', t('key')]]);

  useEffect(() => {
    setItems(null);
  }, [ticketId, step]);
  useEffect(() => {
    if (!open || items) return;
    let live = true;
    cannedFor(ticketId, step).then(
      (l) => live && setItems(l),
      () => live && setItems([]),
    );
    return () => {
      live = false;
    };
  }, [open, items, ticketId, step]);

  const shown = open && items ? items.filter((c) => matches(c, open.q)) : [];
  useEffect(() => setActive(0), [open?.q]);

  const insert = (c: OfferedCanned) => {
    const el = area.current;
    const caret = el?.selectionStart ?? value.length;
    const from = open?.start ?? caret;
    const next = value.slice(0, from) + c.filled + value.slice(caret);
    onChange(next);
    setOpen(null);
    void countUse(c.id).catch(() => undefined);
    const at = from + c.filled.length;
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(at, at);
    });
  };

  const changed = (text: string, caret: number) => {
    onChange(text);
    const trig = triggerAt(text, caret);
    if (trig) setOpen({ start: trig.start, q: trig.q });
    else if (open?.start != null) setOpen(null);
  };

  const keyDown = (e: React.KeyboardEvent<HTMLTextAreaElement>) => {
    if (open && !e.ctrlKey && !e.metaKey && !e.altKey) {
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        if (shown.length) setActive((i) => (i + (e.key === 'ArrowDown' ? 1 : shown.length - 1)) % shown.length);
        return;
      }
      if (e.key === 'Enter' && !e.shiftKey) {
        e.preventDefault();
        if (shown[active]) insert(shown[active]);
        return;
      }
      if (e.key === 'Escape') {
        // Closes the list only, not the step's dialog around it.
        e.preventDefault();
        e.stopPropagation();
        e.nativeEvent.stopImmediatePropagation();
        setOpen(null);
        return;
      }
    }
    onKeyDown?.(e);
  };

  const activeId = shown[active] ? `${listId}-${shown[active].id}` : undefined;
  return (
    <div className="canned">
      <textarea
        {...rest}
        ref={area}
        value={value}
        onChange={(e) => changed(e.target.value, e.target.selectionStart ?? e.target.value.length)}
        onKeyDown={keyDown}
        onBlur={() => setOpen(null)}
        aria-controls={open ? listId : undefined}
        aria-activedescendant={open ? activeId : undefined}
      />
      <div className="row canned-bar">
        <button
          type="button"
          className="link small"
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => {
            setOpen(open ? null : { start: null, q: '' });
            area.current?.focus();
          }}
          data-testid="canned-open"
        >
          {t('open')} <kbd>::</kbd>
        </button>
      </div>
      {open && (
        <div className="canned-picker" data-testid="canned-picker">
          {!items ? (
            <p className="muted small">{t('loading')}</p>
          ) : !shown.length ? (
            <p className="muted small">{open.q ? t('noMatch', { q: open.q }) : t('none')}</p>
          ) : (
            <ul id={listId} role="listbox" aria-label={t('list')}>
              {shown.map((c, i) => (
                <li
                  key={c.id}
                  id={`${listId}-${c.id}`}
                  role="option"
                  aria-selected={i === active}
                  className={i === active ? 'active' : undefined}
                  onMouseDown={(e) => {
                    e.preventDefault();
                    insert(c);
                  }}
                  onMouseEnter={() => setActive(i)}
                >
                  <strong>{c.title}</strong> <span className="tag">{c.unitId == null ? t('centre') : t('own')}</span>
                  <span className="muted small canned-preview">{c.filled}</span>
                </li>
              ))}
            </ul>
          )}
          <p className="muted small">{t('help')}</p>
        </div>
      )}
    </div>
  );
}
