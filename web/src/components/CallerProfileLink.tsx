// The way to a caller's profile (来电人画像) from a ticket, a call or the number on the intake
// screen: the server turns it into the profile's opaque key (POST /callers/keys, the number in
// the request body), so the number never appears in the address bar or the browser's history.

import { useState } from 'react';
import { useNavigate } from 'react-router';
import { api, ok } from '../api/client';
import { ErrorBanner } from '../components';
import { messages, useT } from '../i18n';
import { useUser } from '../session';

const M = messages({ profile: '来电人画像' }, { profile: 'Caller profile' });

export type CallerRef = { ticketId: number } | { callId: string } | { phone: string };

/** Who may open a profile (src/api/callers.ts): a unit handler only from their unit's ticket. */
export const PROFILE_ROLES = new Set(['agent', 'dispatcher', 'callback_agent', 'supervisor', 'admin', 'unit_handler']);
const CENTRE_ROLES = new Set(['agent', 'dispatcher', 'callback_agent', 'supervisor', 'admin']);

/** A link-styled button that opens the caller's profile. */
export function CallerProfileLink({ of, label, keyHint }: { of: CallerRef; label?: string; keyHint?: string }) {
  const t = useT(M);
  const navigate = useNavigate();
  const [error, setError] = useState<unknown>(null);
  const user = useUser();
  if (!(('ticketId' in of ? PROFILE_ROLES : CENTRE_ROLES).has(user.role))) return null;
  const open = async () => {
    try {
      const { key } = await ok(api.POST('/api/v1/callers/keys', { body: of }));
      navigate(`/callers/${key}`);
    } catch (e) {
      setError(e);
    }
  };
  return (
    <>
      <button type="button" className="link" data-testid="caller-profile-link" title={keyHint} onClick={() => void open()}>
        {label ?? t('profile')}
        {keyHint ? ` (${keyHint})` : ''}
      </button>
      <ErrorBanner error={error} />
    </>
  );
}
