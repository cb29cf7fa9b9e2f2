// Where an editor pastes the write token an admin issued (npm run token), and
// sees whom it speaks for; "Forget" drops it from the tab.
import { useState, type FormEvent } from 'react';
import { claimsOf, useWriteToken } from '../../auth/write-token.ts';

export function WriteToken() {
  const [token, setToken] = useWriteToken();
  const [draft, setDraft] = useState('');
  if (token) {
    const claims = claimsOf(token);
    const expired = claims?.expires !== null && claims?.expires !== undefined && claims.expires < Date.now();
    return (
      <p className="write-token" data-testid="write-token">
        {claims ? (
          <>
            Writing as <strong>{claims.sub}</strong> ({claims.role === 'editor' ? `editor for ${claims.orgs.join(', ')}` : claims.role})
            {expired && <span className="error-inline"> — this token has expired</span>}.
          </>
        ) : (
          'The token pasted is not a JWT: the server will refuse it.'
        )}{' '}
        <button type="button" className="link" onClick={() => setToken(null)}>
          Forget the token
        </button>
      </p>
    );
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (draft.trim()) setToken(draft.trim());
    setDraft('');
  };
  return (
    <form className="write-token" onSubmit={submit}>
      <label className="field">
        Write token
        <input type="password" autoComplete="off" value={draft} onChange={(e) => setDraft(e.target.value)} placeholder="paste the token an admin issued you" />
      </label>
      <p className="muted">Kept in this tab only, and sent with your changes alone.</p>
      <button type="submit" disabled={!draft.trim()}>
        Use this token
      </button>
    </form>
  );
}
