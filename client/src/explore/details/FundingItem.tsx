// One funding: who gives to whom, how much and when, and where it is stated.
import type { FundingPartsFragment } from '../../generated/operations.ts';
import { years } from '../../ui/format.ts';
import { ActorButton, Notes, type Pick } from './parts.tsx';
import { Sources } from './Sources.tsx';

export function FundingItem({ funding, onPick }: { funding: FundingPartsFragment; onPick: Pick }) {
  const recipient = funding.recipient;
  const when = years(funding.startYear, funding.endYear);
  return (
    <li className="card">
      <p>
        <ActorButton actor={funding.donor} onPick={onPick} /> funds{' '}
        {'name' in recipient ? <ActorButton actor={recipient} onPick={onPick} /> : <em>{recipient.title}</em>}
        {funding.amount != null && ` — ${funding.amount.toLocaleString('en')} ${funding.currency ?? ''}`}
        {when && ` (${when})`}
      </p>
      <Notes notes={funding.notes} />
      <Sources sources={funding.sources} />
    </li>
  );
}
