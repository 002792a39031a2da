// zh-CN first, English second. Each screen declares its own messages next to its code:
//   const M = messages({ title: '派单' }, { title: 'Dispatch' });   const t = useT(M);   t('title')
// TypeScript makes both languages carry the same keys.

import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';

export type Lang = 'zh-CN' | 'en';
export type Messages<K extends string> = Record<Lang, Record<K, string>>;

export function messages<K extends string>(zh: Record<K, string>, en: Record<K, string>): Messages<K> {
  return { 'zh-CN': zh, en };
}

const LangContext = createContext<{ lang: Lang; setLang: (l: Lang) => void }>({ lang: 'zh-CN', setLang: () => {} });

export function LangProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(() => (localStorage.getItem('hotline.lang') === 'en' ? 'en' : 'zh-CN'));
  const value = useMemo(
    () => ({
      lang,
      setLang: (l: Lang) => {
        localStorage.setItem('hotline.lang', l);
        document.documentElement.lang = l;
        setLangState(l);
      },
    }),
    [lang],
  );
  return <LangContext.Provider value={value}>{children}</LangContext.Provider>;
}

export function useLang() {
  return useContext(LangContext);
}

/** t(key) in the current language; t(key, {n: 3}) fills {n}. */
export function useT<K extends string>(m: Messages<K>) {
  const { lang } = useLang();
  return (key: K, vars?: Record<string, string | number>) => {
    let s = m[lang][key] ?? m['zh-CN'][key] ?? key;
    if (vars) for (const [k, v] of Object.entries(vars)) s = s.replaceAll(`{${k}}`, String(v));
    return s;
  };
}
