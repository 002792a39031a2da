// The daily report (民情日报): the server's HTML shown in a frame, with the PDF one click away.

import { useEffect, useState } from 'react';
import { ApiError, download, loadSession } from '../../api/client';
import { ErrorBanner, Loading } from '../../components';
import { messages, useT } from '../../i18n';

const M = messages(
  { title: '民情日报', date: '日期', pdf: '下载 PDF', print: '打印', close: '关闭' },
  { title: 'Daily report', date: 'Date', pdf: 'Download PDF', print: 'Print', close: 'Close' },
);

export function DailyReport({ date: initial, onClose }: { date: string; onClose: () => void }) {
  const t = useT(M);
  const [date, setDate] = useState(initial);
  const [html, setHtml] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [frame, setFrame] = useState<HTMLIFrameElement | null>(null);

  useEffect(() => {
    let live = true;
    setHtml(null);
    setError(null);
    const s = loadSession();
    fetch(`/api/v1/reports/daily?date=${date}`, { headers: s ? { authorization: `Bearer ${s.token}` } : {} })
      .then(async (res) => {
        if (!res.ok) {
          const e = (await res.json().catch(() => ({}))) as { code?: string; detail?: string };
          throw new ApiError(res.status, e.code ?? String(res.status), e.detail ?? res.statusText);
        }
        return res.text();
      })
      .then((h) => live && setHtml(h), (e) => live && setError(e));
    return () => {
      live = false;
    };
  }, [date]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  return (
    <div className="backdrop" onClick={onClose}>
      <div className="dialog dash-report" role="dialog" aria-modal="true" aria-label={t('title')} onClick={(e) => e.stopPropagation()}>
        <header>
          <h2>{t('title')}</h2>
          <div className="row">
            <label className="inline">
              {t('date')} <input type="date" value={date} onChange={(e) => e.target.value && setDate(e.target.value)} />
            </label>
            <button type="button" onClick={() => download(`/api/v1/reports/daily.pdf?date=${date}`, `民情日报_${date}.pdf`).catch(setError)}>
              {t('pdf')}
            </button>
            <button type="button" disabled={!frame} onClick={() => frame?.contentWindow?.print()}>
              {t('print')}
            </button>
            <button type="button" className="link" onClick={onClose} aria-label={t('close')}>
              ✕
            </button>
          </div>
        </header>
        <ErrorBanner error={error} />
        {html == null && !error ? <Loading /> : null}
        {html != null && <iframe ref={setFrame} title={t('title')} srcDoc={html} sandbox="allow-same-origin allow-modals" className="dash-report-frame" />}
      </div>
    </div>
  );
}
