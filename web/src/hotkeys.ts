// Keyboard shortcuts: agents live in the console all day. Keys are written like 'alt+n',
// 'ctrl+enter', '/', 'escape'. Plain keys are ignored while typing in a field; keys with
// alt or ctrl work everywhere.

import { useEffect, useRef } from 'react';

export type HotkeyMap = Record<string, (e: KeyboardEvent) => void>;

function keyName(e: KeyboardEvent): string {
  const parts = [];
  if (e.ctrlKey || e.metaKey) parts.push('ctrl');
  if (e.altKey) parts.push('alt');
  // Shift with a letter is a key of its own (Shift+A 附件签收 beside a 签收); with a symbol ('?') the symbol says it.
  if (e.shiftKey && (e.key.length > 1 || /^Key[A-Z]$/.test(e.code))) parts.push('shift');
  // With alt on some layouts e.key is a symbol: use the physical key for letters and digits.
  const base = /^Key[A-Z]$/.test(e.code) ? e.code.slice(3).toLowerCase() : /^Digit\d$/.test(e.code) ? e.code.slice(5) : e.key.toLowerCase();
  parts.push(base === ' ' ? 'space' : base);
  return parts.join('+');
}

function typing(e: KeyboardEvent): boolean {
  const t = e.target as HTMLElement | null;
  return !!t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT' || t.isContentEditable);
}

export function useHotkeys(map: HotkeyMap, enabled = true): void {
  const ref = useRef(map);
  ref.current = map;
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      const name = keyName(e);
      const fn = ref.current[name];
      if (!fn) return;
      const modified = name.includes('ctrl+') || name.includes('alt+') || name === 'escape';
      if (!modified && typing(e)) return;
      e.preventDefault();
      fn(e);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}
