// One partnership with its framework characteristics (orientation, modality,
// themes, focus, parties), its years, the parties and their roles, its
// funders and supporters, and where each is stated.
import type { PartnershipPartsFragment } from '../../generated/operations.ts';
import { words, years } from '../../ui/format.ts';
import { ORIENTATIONS, THEMES } from '../filter-options.ts';
import { ActorButton, Facts, Notes, type Pick } from './parts.tsx';
import { FundingItem } from './FundingItem.tsx';
import { Sources } from './Sources.tsx';

export function PartnershipCard({ partnership: p, actorId, onPick }: { partnership: PartnershipPartsFragment; actorId: string; onPick: Pick }) {
  const role = p.participants.find((x) => x.actor.id === actorId)?.role;
  return (
    <li className="card partnership" data-partnership={p.id}>
      <h4>{p.title}</h4>
      <Facts
        rows={[
          ['Role', role && words(role)],
          ['Years', years(p.startYear, p.endYear)],
          ['Status', words(p.status)],
          ['Orientation', `${ORIENTATIONS[p.orientation]}${p.orientationStated ? ' (stated)' : ' (derived)'}`],
          ['Modality', words(p.modality)],
          ['Themes', p.themes.map((t) => THEMES[t]).join(', ')],
          ['Focus', p.focus.map(words).join(', ')],
          ['Parties', p.parties.map(words).join(', ')],
          ['Outcomes', p.outcomes.join('; ')],
        ]}
      />
      <ul className="participants" aria-label="Participants">
        {p.participants
          .filter((x) => x.actor.id !== actorId)
          .map((x) => (
            <li key={x.actor.id}>
              <ActorButton actor={x.actor} onPick={onPick} /> <span className="muted">{words(x.role)}</span>
            </li>
          ))}
      </ul>
      {p.supporters.length > 0 && (
        <p>
          Supported by{' '}
          {p.supporters.map((s) => (
            <ActorButton key={s.id} actor={s} onPick={onPick} />
          ))}
        </p>
      )}
      {p.fundings.length > 0 && (
        <ul className="fundings">
          {p.fundings.map((f) => (
            <FundingItem key={f.id} funding={f} onPick={onPick} />
          ))}
        </ul>
      )}
      <Notes notes={p.notes} />
      <Sources sources={p.sources} />
    </li>
  );
}
