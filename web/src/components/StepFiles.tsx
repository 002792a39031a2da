// Files a unit sent with its steps (签收, 答复, 补充说明), under the timeline entry they came
// with on the ticket page. Staff only; each is downloaded with the session (and logged).

import { useEffect, useState } from 'react';
import { download } from '../api/client';
import { ErrorBanner } from '../components';
import { messages, useT } from '../i18n';
import { stepAttachments } from '../steps/api';

const M = messages({ files: '附件', kb: '{n} KB' }, { files: 'Files', kb: '{n} KB' });

type Item = Awaited<ReturnType<typeof stepAttachments>>[number];

/** The ticket's step files by timeline seq (reloaded with the ticket's version); none for a role that may not see them. */
export function useStepFiles(ticketId: number, version: number, enabled: boolean): Map<number, Item[]> {
  const [by, setBy] = useState(new Map<number, Item[]>());
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    stepAttachments(ticketId).then(
      (items) => {
        if (!live) return;
        const m = new Map<number, Item[]>();
        for (const a of items) m.set(a.seq, [...(m.get(a.seq) ?? []), a]);
        setBy(m);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [ticketId, version, enabled]);
  return by;
}

export function StepFiles({ files }: { files: Item[] | undefined }) {
  const t = useT(M);
  const [error, setError] = useState<unknown>(null);
  if (!files?.length) return null;
  return (
    <div className="step-files" data-testid="step-files-list">
      <span className="muted small">{t('files')}：</span>
      {files.map((f) => (
        <button
          key={f.id}
          type="button"
          className="link"
          data-testid="step-file"
          onClick={() => download(f.url, f.filename ?? `attachment-${f.id}`).catch(setError)}
        >
          {f.filename ?? `#${f.id}`} <span className="muted small">({t('kb', { n: Math.max(1, Math.round(f.size / 1024)) })})</span>
        </button>
      ))}
      <ErrorBanner error={error} />
    </div>
  );
}
