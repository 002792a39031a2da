// Pieces both portal screens use: the phone + SMS code field, error text, labels.

import { useEffect, useState } from 'react';
import { messages, useT } from '../src/i18n';
import { api, MOBILE, normalizePhone, ok, PortalError, type Satisfaction, type TicketType } from './api';
import { useLabels } from '../src/labels';
import { SATISFACTIONS } from '../../src/domain/ticket-types';

const M = messages(
  {
    getCode: '获取验证码',
    resend: '{n} 秒后重发',
    sent: '验证码已发送至 {phone}，{min} 分钟内有效',
    phoneFirst: '请先填写正确的 11 位手机号码',
    code: '短信验证码',
    network: '网络连接失败，请稍后重试',
    rateLimited: '操作过于频繁，请稍后再试',
  },
  {
    getCode: 'Send code',
    resend: 'Resend in {n}s',
    sent: 'Code sent to {phone}, valid for {min} minutes',
    phoneFirst: 'Enter a valid 11-digit mobile number first',
    code: 'SMS code',
    network: 'Network error, please try again',
    rateLimited: 'Too many attempts, please try again later',
  },
);

/** The detail of a problem answer (already zh-CN from the server), or a generic text. */
export function useErrorText() {
  const t = useT(M);
  return (e: unknown): string => {
    if (e instanceof PortalError) {
      if (e.status === 0) return t('network');
      if (e.status === 429 && !e.detail) return t('rateLimited');
      return e.detail || e.code;
    }
    return e instanceof Error ? e.message : String(e);
  };
}

export function ErrorText({ error }: { error: string | null }) {
  if (!error) return null;
  return (
    <p className="p-error" role="alert">
      {error}
    </p>
  );
}

/** A code input with its "send code" button (one code a minute). */
export function CodeField({ phone, purpose, code, setCode, id }: { phone: string; purpose: 'submit' | 'rate' | 'supplement'; code: string; setCode: (c: string) => void; id: string }) {
  const t = useT(M);
  const errorText = useErrorText();
  const [wait, setWait] = useState(0);
  const [note, setNote] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (wait <= 0) return;
    const timer = setTimeout(() => setWait((w) => w - 1), 1000);
    return () => clearTimeout(timer);
  }, [wait]);
  const send = async () => {
    setError(null);
    setNote(null);
    const p = normalizePhone(phone);
    if (!MOBILE.test(p)) return setError(t('phoneFirst'));
    setBusy(true);
    try {
      const r = await ok(api.POST('/api/v1/portal/codes', { body: { phone: p, purpose } }));
      setNote(t('sent', { phone: r.phone, min: Math.round(r.expiresInSeconds / 60) }));
      setWait(60);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="p-field">
      <label htmlFor={id}>{t('code')}</label>
      <div className="p-code">
        <input
          id={id}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={6}
          pattern="\d{6}"
          value={code}
          onChange={(e) => setCode(e.target.value.replace(/\D/g, ''))}
          required
        />
        <button type="button" className="p-secondary" onClick={send} disabled={busy || wait > 0}>
          {wait > 0 ? t('resend', { n: wait }) : t('getCode')}
        </button>
      </div>
      {note && <p className="p-hint" role="status">{note}</p>}
      <ErrorText error={error} />
    </div>
  );
}

/** Request types and satisfaction in the citizen's language: the console's own names (web/src/labels.ts). */
export function useLabel() {
  const L = useLabels();
  return (key: TicketType | Satisfaction) => ((SATISFACTIONS as readonly string[]).includes(key) ? L('satisfaction', key) : L('type', key));
}
