// Smart panels shared by the dispatch queue, the ticket page and the intake screen:
//   SuggestionPanel — the classifier's top-3 categories, the suggested lead unit and the words
//                     that weighed most (POST /classify);
//   SimilarPanel    — open and recent tickets about the same matter, with score and why, and
//                     optionally a merge button for each (GET /tickets/{id}/similar or, before
//                     registering, POST /tickets/similar);
//   QualityScore    — a reply's quality score, its parts and the reasons it lost points.

import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { ErrorBanner, Loading, StatusBadge } from '../components';
import { messages, useT } from '../i18n';
import { formatDateTime } from '../time';
import { classify, similarOf, similarToDraft, type DraftText, type ReplyQuality, type SimilarTicket, type Suggestion } from './api';

const M = messages(
  {
    suggestion: '智能分类建议', model: '模型第 {v} 版', noModel: '尚未训练分类模型，请人工选择承办单位', suggestedUnit: '建议主办单位',
    via_catalogue_district: '依据：派单目录（本区县）', via_catalogue: '依据：派单目录', via_category_lead: '依据：分类默认主办单位',
    why: '主要依据词', apply: '采用建议', applyKey: '采用建议（快捷键 g）', noUnit: '没有可建议的单位',
    sure: '确定', unsure: '不确定', unsureHint: '未自动填入：可从下列分类中选用，或人工选择', pick: '选用', pickTitle: '选用此分类（及其承办单位）',
    confidence: '置信度 {p}（阈值 {th}）',
    similar: '相似工单', noSimilar: '没有相似工单', score: '相似度', sharedWords: '相同词', sharedPlaces: '相同地点',
    merge: '并入此单', mergeHere: '把它并入本单', quality: '答复质量', relevance: '相关性', completeness: '完整性',
    timeliness: '及时性', form: '规范性', noReasons: '没有扣分项', excellent: '优', good: '良', fair: '中', poor: '差',
  },
  {
    suggestion: 'Smart classification', model: 'model v{v}', noModel: 'No classifier trained yet: choose the unit by hand', suggestedUnit: 'Suggested lead unit',
    via_catalogue_district: 'from the dispatch catalogue (this district)', via_catalogue: 'from the dispatch catalogue', via_category_lead: "from the category's lead unit",
    why: 'Words that weighed most', apply: 'Use suggestion', applyKey: 'Use suggestion (key g)', noUnit: 'No unit to suggest',
    sure: 'Sure', unsure: 'Not sure', unsureHint: 'nothing filled in: use one of these categories or choose by hand', pick: 'Use', pickTitle: 'Use this category (and its unit)',
    confidence: 'confidence {p} (threshold {th})',
    similar: 'Similar tickets', noSimilar: 'No similar tickets', score: 'Similarity', sharedWords: 'Shared words', sharedPlaces: 'Shared places',
    merge: 'Merge into this one', mergeHere: 'Merge it into this ticket', quality: 'Reply quality', relevance: 'Relevance', completeness: 'Completeness',
    timeliness: 'Timeliness', form: 'Form', noReasons: 'Nothing to fault', excellent: 'excellent', good: 'good', fair: 'fair', poor: 'poor',
  },
);

const pct = (x: number) => `${Math.round(x * 100)}%`;

export type SuggestedOption = Suggestion['categories'][number];

/**
 * Sure or silent: a sure suggestion (top probability at or above the admin's threshold) may be
 * applied as a whole; one that is not says 不确定 and offers its top three, each to be picked
 * by hand (onPick), never filled in by itself.
 */
export function SuggestionPanel({
  input,
  onApply,
  onLoaded,
  onPick,
}: {
  input: DraftText | null;
  onApply?: (s: Suggestion) => void;
  onLoaded?: (s: Suggestion) => void;
  onPick?: (option: SuggestedOption, s: Suggestion) => void;
}) {
  const t = useT(M);
  const [s, setS] = useState<Suggestion | null>(null);
  const [error, setError] = useState<unknown>(null);
  const key = input ? JSON.stringify(input) : '';
  useEffect(() => {
    if (!input || !input.content.trim()) return setS(null);
    let live = true;
    const timer = setTimeout(() => {
      classify(input).then(
        (r) => {
          if (!live) return;
          setS(r);
          setError(null);
          onLoaded?.(r);
        },
        (e) => live && setError(e),
      );
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return (
    <section className="panel suggestion" aria-label={t('suggestion')} data-testid="suggestion">
      <h3>
        {t('suggestion')} {s?.modelVersion != null && <span className="muted">· {t('model', { v: s.modelVersion })}</span>}
      </h3>
      <ErrorBanner error={error} />
      {!s && !error && input && <Loading />}
      {s && s.modelVersion == null && <p className="muted">{t('noModel')}</p>}
      {s && s.categories.length > 0 && (
        <p className={`verdict ${s.sure ? 'sure' : 'unsure'}`} data-testid="suggestion-verdict" data-sure={s.sure ? 'true' : 'false'}>
          <strong>{s.sure ? t('sure') : t('unsure')}</strong>{' '}
          <span className="muted small">{t('confidence', { p: pct(s.categories[0].probability), th: pct(s.threshold) })}</span>
          {!s.sure && <span className="muted small unsure-hint"> · {t('unsureHint', { th: pct(s.threshold) })}</span>}
        </p>
      )}
      {s && s.categories.length > 0 && (
        <ol className="probs" data-testid="suggestion-options">
          {s.categories.map((c) => (
            <li key={c.categoryId} data-testid="suggestion-option">
              <span className="prob-name" title={c.unit ? `${t('suggestedUnit')}：${c.unit.name}` : undefined}>
                {c.name}
                {!s.sure && c.unit && <span className="muted small prob-unit"> → {c.unit.name}</span>}
              </span>
              <span className="prob-bar">
                <span style={{ width: pct(c.probability) }} />
              </span>
              <span className="mono">{pct(c.probability)}</span>
              {!s.sure && onPick && (
                <button type="button" className="link" onClick={() => onPick(c, s)} title={t('pickTitle')} data-testid="suggestion-pick">
                  {t('pick')}
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
      {s && s.modelVersion != null && s.sure && (
        <div className="suggested-unit">
          {s.unit ? (
            <>
              <span className="muted">{t('suggestedUnit')}：</span>
              <strong data-testid="suggested-unit">{s.unit.name}</strong> <span className="muted small">{t(`via_${s.unit.via}`)}</span>
              {onApply && (
                <button type="button" className="link" onClick={() => onApply(s)} title={t('applyKey')}>
                  {t('apply')} <kbd>g</kbd>
                </button>
              )}
            </>
          ) : (
            <span className="muted">{t('noUnit')}</span>
          )}
        </div>
      )}
      {s && s.why.length > 0 && (
        <div className="why">
          <span className="muted">{t('why')}：</span>
          {s.why.map((w) => (
            <span key={w.word} className="chip" title={w.weight.toFixed(2)}>
              {w.word}
            </span>
          ))}
        </div>
      )}
    </section>
  );
}

/**
 * Similar tickets of a registered ticket (ticketId) or of a draft (draft). With onMerge, each
 * candidate gets a button to merge the current ticket into it (the dispatcher's 并单).
 */
export function SimilarPanel({
  ticketId,
  draft,
  onMerge,
  version,
}: {
  ticketId?: number;
  draft?: DraftText | null;
  onMerge?: (target: SimilarTicket) => void;
  version?: number;
}) {
  const t = useT(M);
  const [items, setItems] = useState<SimilarTicket[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const key = ticketId != null ? `t${ticketId}:${version ?? 0}` : draft ? JSON.stringify(draft) : '';
  useEffect(() => {
    if (ticketId == null && !draft?.content.trim()) return setItems(null);
    let live = true;
    const timer = setTimeout(
      () => {
        (ticketId != null ? similarOf(ticketId) : similarToDraft(draft as DraftText)).then(
          (r) => live && (setItems(r), setError(null)),
          (e) => live && setError(e),
        );
      },
      ticketId != null ? 0 : 400,
    );
    return () => {
      live = false;
      clearTimeout(timer);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return (
    <section className="panel similar" aria-label={t('similar')} data-testid="similar">
      <h3>
        {t('similar')} {items && <span className="muted">({items.length})</span>}
      </h3>
      <ErrorBanner error={error} />
      {!items && !error && (ticketId != null || draft) && <Loading />}
      {items && !items.length && <p className="muted">{t('noSimilar')}</p>}
      {items && items.length > 0 && (
        <ul className="side-list">
          {items.map((x) => (
            <li key={x.id} data-testid="similar-item">
              <div className="row">
                <Link to={`/tickets/${x.id}`} className="mono">
                  {x.number}
                </Link>
                <StatusBadge status={x.status} />
                <span className="score-pill" title={t('score')}>
                  {pct(x.score)}
                </span>
                <span className="muted small">{formatDateTime(x.createdAt)}</span>
                {onMerge && ['registered', 'dispatched', 'handling', 'replied'].includes(x.status) && (
                  <button type="button" className="small" onClick={() => onMerge(x)}>
                    {t('merge')}
                  </button>
                )}
              </div>
              <div>{x.title}</div>
              <div className="muted small">
                {x.why.sharedPlaces.length > 0 && (
                  <>
                    {t('sharedPlaces')}：{x.why.sharedPlaces.join('、')}；
                  </>
                )}
                {x.why.sharedWords.length > 0 && (
                  <>
                    {t('sharedWords')}：{x.why.sharedWords.slice(0, 8).join('、')}
                  </>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function QualityScore({ q, compact }: { q: Pick<ReplyQuality, 'score' | 'grade'> & Partial<ReplyQuality>; compact?: boolean }) {
  const t = useT(M);
  const tone = q.grade === 'excellent' ? 'good' : q.grade; // 优 in 良's colours
  return (
    <div className="quality" data-testid="reply-quality">
      <span className="muted">{t('quality')}：</span>
      <span className={`score score-${tone}`} data-grade={q.grade}>
        {Math.round(q.score)}
      </span>{' '}
      <span className={`badge score-${tone}`}>{t(q.grade)}</span>
      {!compact && q.parts && (
        <span className="parts muted small">
          {' '}
          {t('relevance')} {Math.round(q.parts.relevance)} · {t('completeness')} {Math.round(q.parts.completeness)}
          {q.parts.timeliness != null && ` · ${t('timeliness')} ${Math.round(q.parts.timeliness)}`} · {t('form')} {Math.round(q.parts.form)}
        </span>
      )}
      {!compact && q.reasons && (
        <ul className="reasons">{q.reasons.length ? q.reasons.map((r) => <li key={r}>{r}</li>) : <li className="muted">{t('noReasons')}</li>}</ul>
      )}
    </div>
  );
}
