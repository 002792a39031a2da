// The citizen portal (/portal/): submit a request, follow it, rate it. Mobile first, zh-CN
// first (English one tap away), times in Asia/Shanghai. No console login: a phone number is
// proved by an SMS code.

import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { LangProvider, messages, useLang, useT } from '../src/i18n';
import { Submit } from './Submit';
import { Track } from './Track';
import './portal.css';

const M = messages(
  {
    title: '12345 网上诉求',
    subtitle: '政务服务便民热线',
    submit: '我要反映',
    track: '查询进度',
    emergency: '遇到火灾、治安、急救等紧急情况，请直接拨打 119、110、120。',
    lang: 'English',
  },
  {
    title: '12345 Online',
    subtitle: 'Government Service Hotline',
    submit: 'Submit',
    track: 'Track',
    emergency: 'In an emergency (fire, crime, medical) call 119, 110 or 120 directly.',
    lang: '中文',
  },
);

type Tab = 'submit' | 'track';
const tabOf = (): Tab => (location.hash === '#track' ? 'track' : 'submit');

function Portal() {
  const t = useT(M);
  const { lang, setLang } = useLang();
  const [tab, setTab] = useState<Tab>(tabOf);
  const [prefill, setPrefill] = useState<{ number: string; phone: string } | null>(null);
  useEffect(() => {
    const onHash = () => setTab(tabOf());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('title');
  }, [lang, t]);
  const go = (next: Tab) => {
    history.replaceState(null, '', next === 'track' ? '#track' : location.pathname);
    setTab(next);
  };
  return (
    <>
      <header className="p-top">
        <div>
          <h1>{t('title')}</h1>
          <p>{t('subtitle')}</p>
        </div>
        <button type="button" className="p-lang" onClick={() => setLang(lang === 'en' ? 'zh-CN' : 'en')}>
          {t('lang')}
        </button>
      </header>
      <nav className="p-tabs" role="tablist">
        {(['submit', 'track'] as const).map((x) => (
          <button key={x} type="button" role="tab" aria-selected={tab === x} className={tab === x ? 'on' : ''} onClick={() => go(x)}>
            {t(x)}
          </button>
        ))}
      </nav>
      <main className="p-main">
        {tab === 'submit' ? (
          <Submit
            onTrack={(number, phone) => {
              setPrefill({ number, phone });
              go('track');
            }}
          />
        ) : (
          <Track key={prefill?.number ?? ''} initial={prefill} />
        )}
        <p className="p-emergency">{t('emergency')}</p>
      </main>
    </>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <LangProvider>
      <Portal />
    </LangProvider>
  </StrictMode>,
);
