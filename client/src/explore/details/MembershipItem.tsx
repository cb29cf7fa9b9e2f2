// One membership seen from one end: the organisation an actor belongs to, or
// a member of an organisation, and where that membership is stated.
import type { MembershipPartsFragment } from '../../generated/operations.ts';
import { ActorButton, ListSection, type Pick } from './parts.tsx';
import { Sources } from './Sources.tsx';

type Side = 'organisation' | 'member';

export function MembershipList({ title, links, show, onPick }: { title: string; links: readonly MembershipPartsFragment[]; show: Side; onPick: Pick }) {
  const items = links.map((link) => ({ id: link[show].id, link }));
  return (
    <ListSection
      title={title}
      items={items}
      className="cards memberships"
      item={({ id, link }) => (
        <li key={id} className="card membership">
          <ActorButton actor={link[show]} onPick={onPick} />
          <Sources sources={link.sources} />
        </li>
      )}
    />
  );
}
