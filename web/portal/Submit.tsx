// 我要反映: type, category (searchable), description, address, photos, name, phone + SMS code.

import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { messages, useT } from '../src/i18n';
import { api, MOBILE, normalizePhone, ok, type PortalOptions, type TicketType } from './api';
import { photoDataUrl } from './photos';
import { CodeField, ErrorText, useErrorText, useLabel } from './shared';

const M = messages(
  {
    type: '诉求类型',
    category: '诉求分类（可不选）',
    categorySearch: '搜索分类，如“噪声”',
    noMatch: '没有匹配的分类，可不选，由话务员分类',
    change: '更改',
    content: '诉求内容',
    contentHint: '请写明时间、地点、事情经过和您的诉求（至少 5 个字）',
    address: '事发地址',
    photos: '照片（可选，最多 {n} 张）',
    addPhoto: '添加照片',
    removePhoto: '删除照片 {n}',
    photoTooLarge: '照片过大，请换一张',
    photoUnreadable: '无法读取这张图片，请选择 JPG、PNG 或 WebP 照片',
    name: '姓名（可不填）',
    phone: '手机号码',
    phoneInvalid: '请输入正确的 11 位手机号码',
    contentShort: '诉求内容至少 5 个字',
    submit: '提交诉求',
    submitting: '正在提交…',
    done: '提交成功',
    doneText: '您的诉求已受理，工单编号：',
    doneHint: '我们也已通过短信发送工单编号。请凭工单编号和手机号码查询办理进度。',
    track: '查询办理进度',
    another: '再提交一件',
    loading: '正在加载…',
    privacy: '您的手机号码和姓名仅用于办理和回访，不会公开。',
    consent: '同意将诉求（隐去个人信息后）公开',
    consentHint: '公开的是隐去姓名、电话、证件号、车牌、门牌号等个人信息后的诉求和办理进度；不勾选则不公开。',
    confidential: '保密：不公开，且仅处理部门可见',
  },
  {
    type: 'Type of request',
    category: 'Category (optional)',
    categorySearch: 'Search categories, e.g. “noise”',
    noMatch: 'No matching category — leave it, an agent will classify it',
    change: 'Change',
    content: 'Your request',
    contentHint: 'When, where, what happened and what you ask for (at least 5 characters)',
    address: 'Address',
    photos: 'Photos (optional, up to {n})',
    addPhoto: 'Add photo',
    removePhoto: 'Remove photo {n}',
    photoTooLarge: 'This photo is too large, please choose another',
    photoUnreadable: 'Cannot read this image: choose a JPG, PNG or WebP photo',
    name: 'Name (optional)',
    phone: 'Mobile number',
    phoneInvalid: 'Enter a valid 11-digit mobile number',
    contentShort: 'At least 5 characters, please',
    submit: 'Submit',
    submitting: 'Submitting…',
    done: 'Submitted',
    doneText: 'Your request is registered. Ticket number:',
    doneHint: 'We have also sent the number by SMS. Use it with your mobile number to follow your request.',
    track: 'Track progress',
    another: 'Submit another',
    loading: 'Loading…',
    privacy: 'Your number and name are used only to handle and follow up your request, never published.',
    consent: 'I agree that my request may be published (personal data removed)',
    consentHint: 'What is published: your request and its progress, without names, phone, ID, plate or room numbers. Unchecked: not published.',
    confidential: 'Confidential: not published, and seen only by those who handle it',
  },
);

export function Submit({ onTrack }: { onTrack: (number: string, phone: string) => void }) {
  const t = useT(M);
  const label = useLabel();
  const errorText = useErrorText();
  const [options, setOptions] = useState<PortalOptions | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [type, setType] = useState<TicketType>('complaint');
  const [categoryId, setCategoryId] = useState<number | null>(null);
  const [search, setSearch] = useState('');
  const [content, setContent] = useState('');
  const [address, setAddress] = useState('');
  const [photos, setPhotos] = useState<string[]>([]);
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [code, setCode] = useState('');
  // Publication is the citizen's decision: off unless they tick it; a confidential request is never published.
  const [consent, setConsent] = useState(false);
  const [confidential, setConfidential] = useState(false);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<{ number: string; phone: string } | null>(null);

  useEffect(() => {
    ok(api.GET('/api/v1/portal/options')).then(setOptions, (e) => setError(errorText(e)));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const matches = useMemo(() => {
    const q = search.trim().toLowerCase();
    if (!options || !q) return [];
    return options.categories.filter((c) => c.path.toLowerCase().includes(q)).slice(0, 8);
  }, [options, search]);
  const chosen = options?.categories.find((c) => c.id === categoryId) ?? null;

  const addPhotos = async (files: FileList | null) => {
    if (!files || !options) return;
    setError(null);
    const room = options.limits.maxPhotos - photos.length;
    const added: string[] = [];
    for (const file of [...files].slice(0, room)) {
      try {
        added.push(await photoDataUrl(file, options.limits.maxPhotoBytes));
      } catch (e) {
        setError(e instanceof Error && e.message === 'too_large' ? t('photoTooLarge') : t('photoUnreadable'));
      }
    }
    setPhotos((p) => [...p, ...added].slice(0, options.limits.maxPhotos));
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    const p = normalizePhone(phone);
    if ([...content.trim()].length < 5) return setError(t('contentShort'));
    if (!MOBILE.test(p)) return setError(t('phoneInvalid'));
    setBusy(true);
    try {
      const r = await ok(
        api.POST('/api/v1/portal/requests', {
          body: {
            type,
            categoryId,
            content: content.trim(),
            address: address.trim() || null,
            name: name.trim() || null,
            phone: p,
            code,
            photos: photos.length ? photos : undefined,
            publicConsent: consent && !confidential,
            confidential,
          },
        }),
      );
      setDone({ number: r.number, phone: p });
      window.scrollTo(0, 0);
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  if (done) {
    return (
      <section className="p-card p-done" aria-live="polite">
        <h2>{t('done')}</h2>
        <p>{t('doneText')}</p>
        <p className="p-number" data-testid="ticket-number">
          {done.number}
        </p>
        <p className="p-hint">{t('doneHint')}</p>
        <div className="p-actions">
          <button type="button" className="p-primary" onClick={() => onTrack(done.number, done.phone)}>
            {t('track')}
          </button>
          <button
            type="button"
            className="p-secondary"
            onClick={() => {
              setDone(null);
              setContent('');
              setPhotos([]);
              setCode('');
              setCategoryId(null);
              setConsent(false);
              setConfidential(false);
            }}
          >
            {t('another')}
          </button>
        </div>
      </section>
    );
  }

  if (!options) {
    return (
      <section className="p-card">
        {error ? <ErrorText error={error} /> : <p className="p-hint">{t('loading')}</p>}
      </section>
    );
  }

  return (
    <form className="p-card" onSubmit={submit} noValidate>
      <fieldset className="p-field">
        <legend>{t('type')}</legend>
        <div className="p-chips">
          {options.types.map((x) => (
            <label key={x.value} className={`p-chip${type === x.value ? ' on' : ''}`}>
              <input type="radio" name="type" value={x.value} checked={type === x.value} onChange={() => setType(x.value)} />
              {label(x.value)}
            </label>
          ))}
        </div>
      </fieldset>

      <div className="p-field">
        <label htmlFor="p-category">{t('category')}</label>
        {chosen ? (
          <div className="p-chosen">
            <span data-testid="category-chosen">{chosen.path}</span>
            <button type="button" className="p-link" onClick={() => setCategoryId(null)}>
              {t('change')}
            </button>
          </div>
        ) : (
          <>
            <input id="p-category" type="search" placeholder={t('categorySearch')} value={search} onChange={(e) => setSearch(e.target.value)} autoComplete="off" />
            {search.trim() && (
              <ul className="p-options" role="listbox" aria-label={t('category')}>
                {matches.map((c) => (
                  <li key={c.id} role="option" aria-selected={false}>
                    <button
                      type="button"
                      onClick={() => {
                        setCategoryId(c.id);
                        setSearch('');
                      }}
                    >
                      {c.path}
                    </button>
                  </li>
                ))}
                {!matches.length && <li className="p-hint">{t('noMatch')}</li>}
              </ul>
            )}
          </>
        )}
      </div>

      <div className="p-field">
        <label htmlFor="p-content">{t('content')}</label>
        <textarea id="p-content" rows={5} maxLength={2000} placeholder={t('contentHint')} value={content} onChange={(e) => setContent(e.target.value)} required />
      </div>

      <div className="p-field">
        <label htmlFor="p-address">{t('address')}</label>
        <input id="p-address" value={address} maxLength={300} onChange={(e) => setAddress(e.target.value)} autoComplete="street-address" />
      </div>

      <div className="p-field">
        <span className="p-label">{t('photos', { n: options.limits.maxPhotos })}</span>
        <div className="p-photos">
          {photos.map((src, i) => (
            <figure key={i}>
              <img src={src} alt="" />
              <button type="button" aria-label={t('removePhoto', { n: i + 1 })} onClick={() => setPhotos((p) => p.filter((_, j) => j !== i))}>
                ×
              </button>
            </figure>
          ))}
          {photos.length < options.limits.maxPhotos && (
            <label className="p-add-photo">
              <input
                type="file"
                accept="image/jpeg,image/png,image/webp"
                multiple
                aria-label={t('addPhoto')}
                onChange={(e) => {
                  void addPhotos(e.target.files);
                  e.target.value = '';
                }}
              />
              <span aria-hidden>＋</span>
              <span>{t('addPhoto')}</span>
            </label>
          )}
        </div>
      </div>

      <div className="p-field">
        <label htmlFor="p-name">{t('name')}</label>
        <input id="p-name" value={name} maxLength={50} onChange={(e) => setName(e.target.value)} autoComplete="name" />
      </div>

      <div className="p-field">
        <label htmlFor="p-phone">{t('phone')}</label>
        <input id="p-phone" type="tel" inputMode="tel" value={phone} maxLength={20} onChange={(e) => setPhone(e.target.value)} autoComplete="tel" required />
      </div>
      <CodeField id="p-code" phone={phone} purpose="submit" code={code} setCode={setCode} />

      <div className="p-choices">
        <label className="p-check">
          <input
            type="checkbox"
            name="publicConsent"
            checked={consent && !confidential}
            disabled={confidential}
            onChange={(e) => setConsent(e.target.checked)}
            aria-describedby="p-consent-hint"
          />
          <span>{t('consent')}</span>
        </label>
        <p id="p-consent-hint" className="p-hint p-check-hint">
          {t('consentHint')}
        </p>
        <label className="p-check">
          <input
            type="checkbox"
            name="confidential"
            checked={confidential}
            onChange={(e) => {
              setConfidential(e.target.checked);
              if (e.target.checked) setConsent(false);
            }}
          />
          <span>{t('confidential')}</span>
        </label>
      </div>

      <ErrorText error={error} />
      <p className="p-hint">{t('privacy')}</p>
      <button type="submit" className="p-primary p-wide" disabled={busy}>
        {busy ? t('submitting') : t('submit')}
      </button>
    </form>
  );
}
