// 诉求公开（Open311）: whether the city lists published requests on its public Open311 GETs at
// all. Published means: came in over Open311, or the citizen agreed; never confidential tickets
// or hidden types (举报). Off: anonymous callers see nothing; a client key sees only its own.

import { useEffect, useState } from 'react';
import { api, ok } from '../../api/client';
import { ErrorBanner, Loading, useAsync } from '../../components';
import { messages, useT } from '../../i18n';
import { SaveForm, Section, useAction } from './common';

const M = messages(
  {
    title: '诉求公开（Open311）',
    listing: '公开列出诉求',
    hint: '公开的只有经 Open311 提交的诉求和诉求人同意公开的诉求，且已隐去姓名、电话、证件号、车牌、微信/QQ/邮箱、门牌号；保密工单和举报从不公开。',
    offHint: '关闭后，不带接口密钥的查询看不到任何诉求（查询编号返回“不存在”）；客户端密钥只能看到自己提交的诉求。',
    save: '保存',
    saved: '已保存',
  },
  {
    title: 'Publication (Open311)',
    listing: 'List requests publicly',
    hint: 'Only requests that came in over Open311 or whose citizen agreed are published, without names, phone, ID, plate, WeChat/QQ/e-mail or room numbers; confidential tickets and reports never are.',
    offHint: 'Off: callers without an API key see no request at all (a number reads as not found); a client key sees only the requests it created.',
    save: 'Save',
    saved: 'Saved',
  },
);

export function Open311Publication() {
  const t = useT(M);
  const settings = useAsync(() => ok(api.GET('/api/v1/admin/open311/settings')), []);
  const [listing, setListing] = useState<boolean | null>(null);
  const act = useAction();
  useEffect(() => {
    if (settings.data) setListing(settings.data.publicListing);
  }, [settings.data]);
  const save = () =>
    act.run(async () => {
      if (!settings.data || listing == null) return;
      settings.setData(await ok(api.PUT('/api/v1/admin/open311/settings', { body: { ...settings.data, publicListing: listing } })));
    }, t('saved'));
  return (
    <Section title={t('title')}>
      <ErrorBanner error={settings.error} onRetry={settings.reload} />
      {!settings.data || listing == null ? (
        !settings.error && <Loading />
      ) : (
        <SaveForm act={act} onSave={save} label={t('save')} testId="open311-publication">
          <label className="admin-check">
            <input type="checkbox" name="publicListing" checked={listing} onChange={(e) => setListing(e.target.checked)} /> {t('listing')}
          </label>
          <p className="muted small">{t('hint')}</p>
          {!listing && <p className="notice">{t('offHint')}</p>}
        </SaveForm>
      )}
    </Section>
  );
}
