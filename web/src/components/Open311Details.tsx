// Open311 附加信息 on the ticket page: what an Open311 client sent beyond the ticket — the
// service's attributes labelled by its definition, the photos, the e-mail (masked) and the
// location. Photo links point at third-party sites: the page never loads them (that would tell
// those sites who works the ticket and when; the console's CSP allows no outside images either),
// they open in a new window on a click, without a referrer. Photo files the client uploaded are
// the ticket's own attachments, downloaded with the session (each view is logged).

import { useEffect, useState } from 'react';
import { api, download, ok } from '../api/client';
import { ErrorBanner } from '../components';
import { messages, useT } from '../i18n';
import { formatDateTime } from '../time';

const M = messages(
  {
    title: 'Open311 附加信息', client: '客户端', service: '服务', submitted: '提交时间', attributes: '附加属性', none: '—',
    email: '邮箱', location: '位置', map: '在地图上查看', wgs84: 'WGS84 经纬度', addressId: '地址编号', zipcode: '邮编',
    photos: '照片链接', photo: '照片 {n}', external: '第三方网站的链接：为保护隐私，页面不直接加载这些图片，点击后在新窗口打开。',
    files: '上传的照片', withheld: '保密工单：附加信息仅热线中心和主办单位可见。', kb: '{n} KB',
  },
  {
    title: 'Open311 details', client: 'Client', service: 'Service', submitted: 'Submitted', attributes: 'Attributes', none: '—',
    email: 'E-mail', location: 'Location', map: 'Show on a map', wgs84: 'WGS84 coordinates', addressId: 'Address id', zipcode: 'Postcode',
    photos: 'Photo links', photo: 'Photo {n}', external: 'Links to third-party sites: the page does not load these images (privacy); a click opens them in a new window.',
    files: 'Uploaded photos', withheld: 'Confidential ticket: these details are for the centre and the lead unit only.', kb: '{n} KB',
  },
);

type Details = Awaited<ReturnType<typeof load>>;
const load = (id: number) => ok(api.GET('/api/v1/tickets/{id}/open311', { params: { path: { id: String(id) } } }));

/** OpenStreetMap shows WGS84 coordinates as they are (no conversion to a national datum needed). */
const mapUrl = (lat: number, long: number) => `https://www.openstreetmap.org/?mlat=${lat}&mlon=${long}#map=18/${lat}/${long}`;

const hostOf = (url: string) => {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
};

export function Open311Details({ ticketId, version }: { ticketId: number; version: number }) {
  const t = useT(M);
  const [d, setD] = useState<Details | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let live = true;
    load(ticketId).then(
      (r) => live && (setD(r), setError(null)),
      (e) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [ticketId, version]);
  if (!d && !error) return null;
  return (
    <section className="card" aria-labelledby="open311-title" data-testid="open311-details">
      <h2 id="open311-title">{t('title')}</h2>
      <ErrorBanner error={error} />
      {d && (
        <>
          <dl className="kv">
            <dt>{t('client')}</dt>
            <dd>{d.client ?? t('none')}</dd>
            <dt>{t('service')}</dt>
            <dd>
              {d.serviceName ?? t('none')} <span className="mono small">{d.serviceCode}</span>
            </dd>
            <dt>{t('submitted')}</dt>
            <dd className="mono">{formatDateTime(d.submittedAt)}</dd>
          </dl>
          {d.withheld ? (
            <p className="notice">{t('withheld')}</p>
          ) : (
            <>
              {d.attributes.length > 0 && (
                <>
                  <h3>{t('attributes')}</h3>
                  <dl className="kv" data-testid="open311-attributes">
                    {d.attributes.map((a) => (
                      <div key={a.code} style={{ display: 'contents' }} data-code={a.code}>
                        <dt>{a.label}</dt>
                        <dd>{a.values.join('、')}</dd>
                      </div>
                    ))}
                  </dl>
                </>
              )}
              <dl className="kv">
                <dt>{t('email')}</dt>
                <dd data-testid="open311-email">{d.email ?? t('none')}</dd>
                <dt>{t('location')}</dt>
                <dd data-testid="open311-location">
                  {d.location ? (
                    <>
                      <span className="mono" title={t('wgs84')}>
                        {d.location.lat}, {d.location.long}
                      </span>{' '}
                      <a href={mapUrl(d.location.lat, d.location.long)} target="_blank" rel="noopener noreferrer">
                        {t('map')}
                      </a>
                    </>
                  ) : (
                    t('none')
                  )}
                </dd>
                {d.addressId && (
                  <>
                    <dt>{t('addressId')}</dt>
                    <dd className="mono">{d.addressId}</dd>
                  </>
                )}
                {d.zipcode && (
                  <>
                    <dt>{t('zipcode')}</dt>
                    <dd className="mono">{d.zipcode}</dd>
                  </>
                )}
              </dl>
              {d.mediaUrls.length > 0 && (
                <>
                  <h3>{t('photos')}</h3>
                  <p className="muted small">{t('external')}</p>
                  <ul className="side-list" data-testid="open311-photos">
                    {d.mediaUrls.map((url, i) => (
                      <li key={url}>
                        <a href={url} target="_blank" rel="noopener noreferrer external">
                          {t('photo', { n: i + 1 })}
                        </a>{' '}
                        <span className="muted small mono">{hostOf(url)}</span>
                      </li>
                    ))}
                  </ul>
                </>
              )}
              {d.files.length > 0 && (
                <>
                  <h3>{t('files')}</h3>
                  <ul className="side-list" data-testid="open311-files">
                    {d.files.map((f) => (
                      <li key={f.id}>
                        <button type="button" className="link" onClick={() => download(f.url, f.filename ?? `photo-${f.id}`).catch(setError)}>
                          {f.filename ?? `photo-${f.id}`}
                        </button>{' '}
                        <span className="muted small">{t('kb', { n: Math.max(1, Math.round(f.size / 1024)) })}</span>
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </>
          )}
        </>
      )}
    </section>
  );
}
