// 节假日与调休: one year at a time; add a holiday (休) or a make-up working day (班), remove
// one, or paste the State Council's notice as "YYYY-MM-DD 休/班" lines. Saving replaces the year.

import { useEffect, useState } from 'react';
import { api, ok } from '../../api/client';
import { ErrorBanner, Loading, useAsync } from '../../components';
import { messages, useT } from '../../i18n';
import { Notice, Section, send, useAction } from './common';

interface Year {
  year: number;
  holidays: string[];
  workdays: string[];
  provisional?: boolean;
  source?: string;
}

const M = messages(
  {
    title: '节假日与调休', year: '年份', holidays: '放假（休）', workdays: '调休上班（班）', add: '添加', date: '日期', kind: '类型', off: '休', work: '班',
    save: '保存该年日历', saved: '已保存 {year} 年日历（放假 {h} 天，调休上班 {w} 天）', remove: '移除', provisional: '暂定（按往年规律生成，待国务院通知后更新）',
    newYear: '新建年份', paste: '粘贴导入（每行“YYYY-MM-DD 休”或“YYYY-MM-DD 班”，替换整年）', import: '导入', source: '依据', unsaved: '有未保存的修改', weekday: '周{d}',
  },
  {
    title: 'Holiday calendar', year: 'Year', holidays: 'Holidays (off)', workdays: 'Make-up working days', add: 'Add', date: 'Date', kind: 'Kind', off: 'off', work: 'work',
    save: 'Save this year', saved: 'Saved {year} ({h} holidays, {w} make-up working days)', remove: 'Remove', provisional: 'Provisional (generated; update when the official notice is out)',
    newYear: 'New year', paste: 'Paste lines "YYYY-MM-DD off/work" (replaces the whole year)', import: 'Import', source: 'Source', unsaved: 'Unsaved changes', weekday: '{d}',
  },
);
const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];

export default function Calendar() {
  const t = useT(M);
  const [tick, setTick] = useState(0);
  const cal = useAsync(async () => (await ok(api.GET('/api/v1/calendar'))) as { items: Year[] }, [tick]);
  const [year, setYear] = useState<number | null>(null);
  const [draft, setDraft] = useState<Year | null>(null);
  const [date, setDate] = useState('');
  const [kind, setKind] = useState<'off' | 'work'>('off');
  const [text, setText] = useState('');
  const act = useAction();

  useEffect(() => {
    if (!cal.data) return;
    const now = new Date().getFullYear();
    const y = year ?? (cal.data.items.some((x) => x.year === now) ? now : (cal.data.items.at(-1)?.year ?? now));
    setYear(y);
    const found = cal.data.items.find((x) => x.year === y);
    setDraft(found ? { ...found, holidays: [...found.holidays], workdays: [...found.workdays] } : { year: y, holidays: [], workdays: [] });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [cal.data, year]);

  if (!cal.data || !draft || year == null) return cal.error ? <ErrorBanner error={cal.error} /> : <Loading />;
  const stored = cal.data.items.find((x) => x.year === year);
  const dirty = JSON.stringify([draft.holidays, draft.workdays]) !== JSON.stringify([stored?.holidays ?? [], stored?.workdays ?? []]);
  const years = [...new Set([...cal.data.items.map((x) => x.year), year])].sort();

  const add = () => {
    if (!date) return;
    const key = kind === 'off' ? 'holidays' : 'workdays';
    const other = kind === 'off' ? 'workdays' : 'holidays';
    setDraft({ ...draft, [key]: [...new Set([...draft[key], date])].sort(), [other]: draft[other].filter((d) => d !== date) });
    setDate('');
  };
  const save = async (body: string, type: string) => {
    const r = (await act.run(() => send('PUT', `/api/v1/calendar/${year}`, body, type))) as Year | undefined;
    if (r) {
      void act.run(async () => undefined, t('saved', { year: r.year, h: r.holidays.length, w: r.workdays.length }));
      setText('');
      setTick((n) => n + 1);
    }
  };
  const day = (d: string) => t('weekday', { d: WEEKDAYS[new Date(`${d}T00:00:00Z`).getUTCDay()] });
  const list = (key: 'holidays' | 'workdays') => (
    <div>
      <h3>
        {t(key)} <span className="muted">{draft[key].length}</span>
      </h3>
      <ul className="admin-dates" data-testid={key}>
        {draft[key].map((d) => (
          <li key={d}>
            <span className="mono">{d}</span> <span className="muted">{day(d)}</span>
            <button type="button" className="link" aria-label={`${t('remove')} ${d}`} onClick={() => setDraft({ ...draft, [key]: draft[key].filter((x) => x !== d) })}>
              ✕
            </button>
          </li>
        ))}
      </ul>
    </div>
  );

  return (
    <Section
      title={t('title')}
      actions={
        <>
          <label className="admin-inline">
            {t('year')}
            <select value={year} onChange={(e) => setYear(Number(e.target.value))} aria-label={t('year')}>
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </label>
          <button type="button" onClick={() => setYear(Math.max(...years) + 1)}>
            {t('newYear')}
          </button>
        </>
      }
    >
      {stored?.provisional && <div className="notice">{t('provisional')}</div>}
      {stored?.source && (
        <p className="muted">
          {t('source')}：{stored.source}
        </p>
      )}
      <form
        className="toolbar"
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
        <label>
          {t('date')}
          <input type="date" name="date" value={date} onChange={(e) => setDate(e.target.value)} />
        </label>
        <label>
          {t('kind')}
          <select name="kind" value={kind} onChange={(e) => setKind(e.target.value as 'off' | 'work')}>
            <option value="off">{t('off')}</option>
            <option value="work">{t('work')}</option>
          </select>
        </label>
        <button type="submit">{t('add')}</button>
        <span className="spacer" />
        {dirty && <span className="badge">{t('unsaved')}</span>}
        <button type="button" className="primary" disabled={act.busy || !dirty} onClick={() => save(JSON.stringify({ holidays: draft.holidays, workdays: draft.workdays, source: stored?.source }), 'application/json')}>
          {t('save')}
        </button>
      </form>
      <Notice text={act.notice} />
      <ErrorBanner error={act.error} />
      <div className="grid admin-two">
        {list('holidays')}
        {list('workdays')}
      </div>
      <details className="admin-paste">
        <summary>{t('paste')}</summary>
        <textarea name="calendarText" value={text} onChange={(e) => setText(e.target.value)} placeholder={`${year}-01-01 休\n${year}-02-07 班`} rows={8} />
        <button type="button" disabled={!text.trim() || act.busy} onClick={() => save(text, 'text/plain; charset=utf-8')}>
          {t('import')}
        </button>
      </details>
    </Section>
  );
}
