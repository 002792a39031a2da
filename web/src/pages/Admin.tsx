// System administration (系统管理): the units tree, users and roles, categories, the dispatch
// catalogue, time-limit rules, the holiday calendar, merged lines, knowledge-base approval,
// handling rules and the audit log. One sub-route per screen (/admin/units, …).

import { Navigate, NavLink, Route, Routes } from 'react-router';
import { messages, useT } from '../i18n';
import { useUser } from '../session';
import ApiKeys from './admin/ApiKeys';
import { CallFloorPage } from './admin/CallFloor';
import Calendar from './admin/Calendar';
import { Catalogue, Lines } from './admin/Catalogue';
import Categories from './admin/Categories';
import Rules from './admin/Rules';
import { Audit, Settings } from './admin/Settings';
import Units from './admin/Units';
import Users from './admin/Users';
import Webhooks from './admin/Webhooks';
import Police from './admin/Police';
import UnitSystems from './admin/UnitSystems';
import CannedReplies from './admin/CannedReplies';
import Review from './kb/Review';
import './admin/admin.css';

const TABS = ['units', 'users', 'categories', 'catalogue', 'rules', 'calendar', 'lines', 'kb', 'canned', 'settings', 'callfloor', 'apikeys', 'webhooks', 'unitsystems', 'police', 'audit'] as const;
const M = messages(
  {
    title: '系统管理', units: '承办单位', users: '用户与角色', categories: '诉求分类', catalogue: '派单目录', rules: '时限规则', calendar: '节假日',
    lines: '归并热线', kb: '知识库审核', canned: '常用语', settings: '办理规则', callfloor: '话务设置', apikeys: '接口密钥', webhooks: '事件推送', unitsystems: '自建系统对接', police: '110 联动', audit: '操作日志', denied: '只有管理员可以使用系统管理。',
  },
  {
    title: 'Administration', units: 'Units', users: 'Users & roles', categories: 'Categories', catalogue: 'Dispatch catalogue', rules: 'Time limits', calendar: 'Holidays',
    lines: 'Merged lines', kb: 'KB approval', canned: 'Canned replies', settings: 'Handling rules', callfloor: 'Call floor', apikeys: 'API keys', webhooks: 'Webhooks', unitsystems: 'Unit systems', police: '110 interop', audit: 'Audit log', denied: 'Only administrators can use this screen.',
  },
);

export default function Admin() {
  const t = useT(M);
  const user = useUser();
  if (user.role !== 'admin') return <div className="error">{t('denied')}</div>;
  return (
    <div className="admin">
      <nav className="admin-tabs" aria-label={t('title')}>
        {TABS.map((k) => (
          <NavLink key={k} to={`/admin/${k}`}>
            {t(k)}
          </NavLink>
        ))}
      </nav>
      <div className="admin-body">
        <Routes>
          <Route index element={<Navigate to="units" replace />} />
          <Route path="units" element={<Units />} />
          <Route path="users" element={<Users />} />
          <Route path="categories" element={<Categories />} />
          <Route path="catalogue" element={<Catalogue />} />
          <Route path="rules" element={<Rules />} />
          <Route path="calendar" element={<Calendar />} />
          <Route path="lines" element={<Lines />} />
          <Route path="kb" element={<Review />} />
          <Route path="canned" element={<CannedReplies />} />
          <Route path="settings" element={<Settings />} />
          <Route path="callfloor" element={<CallFloorPage />} />
          <Route path="apikeys" element={<ApiKeys />} />
          <Route path="webhooks" element={<Webhooks />} />
          <Route path="unitsystems" element={<UnitSystems />} />
          <Route path="police" element={<Police />} />
          <Route path="audit" element={<Audit />} />
          <Route path="*" element={<Navigate to="units" replace />} />
        </Routes>
      </div>
    </div>
  );
}
