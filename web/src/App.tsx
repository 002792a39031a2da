// The console's frame: sign-in, each role's landing queue, the navigation bar, global keys.

import { lazy, Suspense, useState, type ReactNode } from 'react';
import { BrowserRouter, Navigate, NavLink, Route, Routes, useLocation, useNavigate } from 'react-router';
import type { SessionUser } from './api/client';
import { Dialog, Loading } from './components';
import { useHotkeys } from './hotkeys';
import { ScreenKeys } from './keyhelp';
import { LangProvider, messages, useLang, useT } from './i18n';
import { useLabels } from './labels';
import AgentState from './components/AgentState';
import NotificationBell from './components/NotificationBell';
import Login from './pages/Login';
import { SessionProvider, useSession } from './session';
import { ACTION_KEYS } from './steps/actions';
import { COMMAND_ROLES, type CommandKind } from '../../src/domain/ticket';

// Screens load on first visit, so the first screen (sign-in, a queue) stays small.
const Intake = lazy(() => import('./pages/Intake'));
const Dispatch = lazy(() => import('./pages/Dispatch'));
const Inbox = lazy(() => import('./pages/Inbox'));
const Callbacks = lazy(() => import('./pages/Callbacks'));
const TicketPage = lazy(() => import('./pages/TicketPage'));
const Tickets = lazy(() => import('./pages/Tickets'));
const Dashboard = lazy(() => import('./pages/Dashboard'));
const Admin = lazy(() => import('./pages/Admin'));
const Kb = lazy(() => import('./pages/Kb'));
const Qa = lazy(() => import('./pages/Qa'));
const MissedCalls = lazy(() => import('./pages/MissedCalls'));
const Wallboard = lazy(() => import('./pages/Wallboard'));
const TicketPrint = lazy(() => import('./pages/TicketPrint'));
const CallerProfile = lazy(() => import('./pages/CallerProfile'));
const CannedRepliesPage = lazy(() => import('./pages/admin/CannedReplies'));

type Role = SessionUser['role'];
type NavKey = 'intake' | 'dispatch' | 'inbox' | 'callbacks' | 'dashboard' | 'tickets' | 'kb' | 'admin' | 'qa' | 'missed' | 'wallboard';

const M = messages<NavKey | 'app' | 'signOut' | 'keys' | 'keysTitle' | 'keyNav' | 'keySearch' | 'keyHelp' | 'keyPage' | 'keySteps' | 'lang'>(
  {
    app: '12345 政务服务便民热线', intake: '受理', dispatch: '派单', inbox: '待办', callbacks: '回访', dashboard: '统计分析',
    tickets: '工单查询', kb: '知识库', admin: '系统管理', qa: '质检', missed: '漏接回拨', wallboard: '话务大屏', signOut: '退出', keys: '快捷键 ?', keysTitle: '快捷键',
    keyNav: 'Alt+数字：切换到第 N 个菜单', keySearch: '/：工单查询', keyHelp: '?：显示本帮助', keyPage: '各工作页自己的快捷键显示在页面标题旁（按钮上也标有字母）', keySteps: '工单操作（工单页和各队列中，只显示当前可执行的）：', lang: 'English',
  },
  {
    app: '12345 Government Service Hotline', intake: 'Intake', dispatch: 'Dispatch', inbox: 'Inbox', callbacks: 'Callbacks',
    dashboard: 'Dashboard', tickets: 'Tickets', kb: 'Knowledge base', admin: 'Admin', qa: 'Quality', missed: 'Missed calls', wallboard: 'Wallboard', signOut: 'Sign out', keys: 'Keys ?',
    keysTitle: 'Keyboard shortcuts', keyNav: 'Alt+digit: go to the Nth menu item', keySearch: '/: ticket search', keyHelp: '?: this help', keyPage: "Each work screen shows its own keys beside its title (and on its buttons)", keySteps: 'Steps on a ticket (on the ticket page and in the queues, when they apply):', lang: '中文',
  },
);

/** Each role's menu; the first item is where the role lands after signing in. */
export const NAV: Record<Role, NavKey[]> = {
  agent: ['intake', 'missed', 'tickets', 'kb', 'qa'],
  dispatcher: ['dispatch', 'intake', 'tickets', 'kb'],
  unit_handler: ['inbox', 'tickets', 'kb'],
  callback_agent: ['callbacks', 'missed', 'tickets', 'kb'],
  supervisor: ['dashboard', 'tickets', 'dispatch', 'kb', 'wallboard', 'qa'],
  analyst: ['dashboard', 'tickets', 'wallboard', 'qa'],
  admin: ['admin', 'dashboard', 'dispatch', 'intake', 'tickets', 'kb', 'wallboard', 'qa'],
  quality_inspector: ['qa', 'tickets', 'kb'],
};

function Shell({ user, children }: { user: SessionUser; children: ReactNode }) {
  const t = useT(M);
  const L = useLabels();
  const { lang, setLang } = useLang();
  const { signOut } = useSession();
  const navigate = useNavigate();
  const [help, setHelp] = useState(false);
  const nav = NAV[user.role];
  const keys: Record<string, () => void> = { '/': () => navigate('/tickets?focus=1'), '?': () => setHelp(true), 'shift+?': () => setHelp(true) };
  nav.forEach((k, i) => (keys[`alt+${i + 1}`] = () => navigate(`/${k}`)));
  useHotkeys(keys);
  return (
    <div className="app">
      <header className="topbar">
        <span className="brand">{t('app')}</span>
        <nav>
          {nav.map((k, i) => (
            <NavLink key={k} to={`/${k}`} title={`Alt+${i + 1}`}>
              {t(k)}
            </NavLink>
          ))}
        </nav>
        <span className="spacer" />
        {/* 坐席状态: those who take calls at an extension. */}
        {(user.role === 'agent' || user.role === 'callback_agent') && <AgentState />}
        <NotificationBell />
        <button type="button" className="link" onClick={() => setHelp(true)}>
          {t('keys')}
        </button>
        <button type="button" className="link" onClick={() => setLang(lang === 'en' ? 'zh-CN' : 'en')}>
          {t('lang')}
        </button>
        <span className="who" data-testid="who">
          {user.displayName ?? user.username} · {L('role', user.role)}
        </span>
        <button type="button" className="link" onClick={() => void signOut().then(() => navigate('/login'))}>
          {t('signOut')}
        </button>
      </header>
      <main className="content">
        <Suspense fallback={<Loading />}>{children}</Suspense>
      </main>
      {help && (
        <Dialog title={t('keysTitle')} onClose={() => setHelp(false)}>
          <ul className="keys">
            <li>{t('keyNav')}</li>
            <li>{t('keySearch')}</li>
            <li>{t('keyHelp')}</li>
            <li>{t('keyPage')}</li>
            <li>Esc · ↑↓ / j k · Enter</li>
          </ul>
          <ScreenKeys />
          <p className="muted small">{t('keySteps')}</p>
          <ul className="keys step-keys" data-testid="step-keys">
            {ACTION_KEYS.filter(([kind], i) => COMMAND_ROLES[kind].includes(user.role) && ACTION_KEYS.findIndex(([k]) => k === kind) === i).map(([kind, key]: [CommandKind, string]) => (
              <li key={kind}>
                <kbd>{key}</kbd> {L('command', kind)}
              </li>
            ))}
          </ul>
        </Dialog>
      )}
    </div>
  );
}

/** Signed-in only; `bare` (a printable document) without the console's bar around it. */
function Protected({ children, bare }: { children: ReactNode; bare?: boolean }) {
  const { user } = useSession();
  const location = useLocation();
  if (!user) return <Navigate to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  return bare ? <Suspense fallback={<Loading />}>{children}</Suspense> : <Shell user={user}>{children}</Shell>;
}

function Home() {
  const { user } = useSession();
  return <Navigate to={user ? `/${NAV[user.role][0]}` : '/login'} replace />;
}

export default function App() {
  return (
    <LangProvider>
      <SessionProvider>
        <BrowserRouter>
          <Routes>
            <Route path="/login" element={<Login />} />
            <Route path="/" element={<Home />} />
            <Route path="/intake" element={<Protected><Intake /></Protected>} />
            <Route path="/dispatch" element={<Protected><Dispatch /></Protected>} />
            <Route path="/inbox" element={<Protected><Inbox /></Protected>} />
            <Route path="/callbacks" element={<Protected><Callbacks /></Protected>} />
            <Route path="/dashboard" element={<Protected><Dashboard /></Protected>} />
            <Route path="/tickets" element={<Protected><Tickets /></Protected>} />
            <Route path="/tickets/:id" element={<Protected><TicketPage /></Protected>} />
            <Route path="/tickets/:id/print/:doc" element={<Protected bare><TicketPrint /></Protected>} />
            <Route path="/kb/*" element={<Protected><Kb /></Protected>} />
            <Route path="/qa" element={<Protected><Qa /></Protected>} />
            <Route path="/missed" element={<Protected><MissedCalls /></Protected>} />
            <Route path="/callers/:key" element={<Protected><CallerProfile /></Protected>} />
            {/* Full screen, no console frame: the wallboard checks the session itself. */}
            <Route path="/wallboard" element={<Suspense fallback={null}><Wallboard /></Suspense>} />
            <Route path="/admin/*" element={<Protected><Admin /></Protected>} />
            <Route path="/canned-replies" element={<Protected><CannedRepliesPage /></Protected>} />
            <Route path="*" element={<Home />} />
          </Routes>
        </BrowserRouter>
      </SessionProvider>
    </LangProvider>
  );
}
