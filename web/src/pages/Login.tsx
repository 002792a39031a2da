// Sign-in; afterwards each role lands on its own queue (or the page it was sent from).

import { useState, type FormEvent } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { NAV } from '../App';
import { ApiError } from '../api/client';
import { ErrorBanner } from '../components';
import { messages, useLang, useT } from '../i18n';
import { useSession } from '../session';

const M = messages(
  {
    title: '12345 政务服务便民热线', subtitle: '工作台登录', username: '用户名', password: '密码', submit: '登录', busy: '登录中…', lang: 'English',
    wrong: '用户名或密码错误', locked: '登录失败次数过多，请 {n} 分钟后再试',
  },
  {
    title: '12345 Government Service Hotline', subtitle: 'Sign in to the console', username: 'Username', password: 'Password', submit: 'Sign in', busy: 'Signing in…', lang: '中文',
    wrong: 'Wrong username or password', locked: 'Too many failed sign-ins: try again in {n} min',
  },
);

export default function Login() {
  const t = useT(M);
  const { lang, setLang } = useLang();
  const { user, signIn } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  if (user) return <Navigate to={params.get('next') ?? `/${NAV[user.role][0]}`} replace />;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const u = await signIn(username.trim(), password);
      navigate(params.get('next') ?? `/${NAV[u.role][0]}`, { replace: true });
    } catch (err) {
      // Throttled (429, Retry-After in seconds) or refused (401): said in the page's language.
      if (err instanceof ApiError && err.status === 429) setError(new Error(t('locked', { n: Math.max(1, Math.ceil((err.retryAfter ?? 60) / 60)) })));
      else if (err instanceof ApiError && err.status === 401) setError(new Error(t('wrong')));
      else setError(err);
      setBusy(false);
    }
  };
  return (
    <main className="login">
      <form onSubmit={submit} className="card">
        <h1>{t('title')}</h1>
        <p className="muted">{t('subtitle')}</p>
        <label>
          {t('username')}
          <input name="username" autoComplete="username" autoFocus value={username} onChange={(e) => setUsername(e.target.value)} required />
        </label>
        <label>
          {t('password')}
          <input name="password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required />
        </label>
        <ErrorBanner error={error} />
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('busy') : t('submit')}
        </button>
        <button type="button" className="link" onClick={() => setLang(lang === 'en' ? 'zh-CN' : 'en')}>
          {t('lang')}
        </button>
      </form>
    </main>
  );
}
