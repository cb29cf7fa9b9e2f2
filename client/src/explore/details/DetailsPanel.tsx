// The selected actor: its properties, partnerships, memberships, fundings
// (those it gives, for a city or association that also funds), supporters,
// and the sources of every fact; and what to do from it (expand its
// neighbourhood, find a path to another actor).
import { useQuery } from '@apollo/client/react';
import { ACTOR_DETAILS, PARTNERING_TYPES, type ActorDetails } from '../details-query.ts';
import { KIND_STYLE } from '../graph-style.ts';
import { REGIONS, THEMES } from '../filter-options.ts';
import { words, years } from '../../ui/format.ts';
import { QueryState } from '../../ui/QueryState.tsx';
import { SearchBox } from '../SearchBox.tsx';
import { ActorLinks, Facts, ListSection, Notes, type Pick } from './parts.tsx';
import { FundingItem } from './FundingItem.tsx';
import { MembershipList } from './MembershipItem.tsx';
import { CooperationOffers } from './CooperationOffers.tsx';
import { PartnershipList } from './PartnershipList.tsx';
import { Sources } from './Sources.tsx';
import type { FundingPartsFragment } from '../../generated/operations.ts';

interface Props {
  id: string;
  expanded: boolean;
  pathTo: string | null;
  pathSummary: string | null;
  onPick: Pick;
  onClose: () => void;
  onExpand: () => void;
  onPathTo: (id: string | null) => void;
}

function properties(actor: ActorDetails): [string, string | null][] {
  switch (actor.__typename) {
    case 'City':
      return [
        ['Country', actor.cityCountry],
        ['Region', REGIONS[actor.cityRegion]],
        ['Bloc', words(actor.bloc)],
        ['Tier', words(actor.level)],
        ['Least Developed Country', actor.ldc ? 'yes' : 'no'],
        ['Population', actor.population?.toLocaleString('en') ?? null],
        ['Location', actor.location && `${actor.location.lat.toFixed(3)}, ${actor.location.lon.toFixed(3)}${actor.locationIsSeat ? ' (its seat)' : ''}`],
        ['Also a donor', actor.cityDonorType && words(actor.cityDonorType)],
        ['Support level', words(actor.supportLevel)],
      ];
    case 'Association':
      return [
        ['Scope', words(actor.scope)],
        ['Country', actor.country],
        ['Region', actor.region && REGIONS[actor.region]],
        ['Also a donor', actor.donorType && words(actor.donorType)],
      ];
    case 'Network':
      return [
        ['Region', actor.region && REGIONS[actor.region]],
        ['Themes', actor.themes.map((t) => THEMES[t]).join(', ')],
      ];
    case 'Donor':
      return [
        ['Type', words(actor.donorKind)],
        ['Country', actor.country],
      ];
    case 'Organisation':
      return [
        ['Type', words(actor.organisationType)],
        ['Country', actor.organisationCountry],
      ];
    case 'Programme':
      return [
        ['Years', years(actor.startYear, actor.endYear)],
        ['Modalities', actor.modalities.map(words).join(', ')],
        ['Funding sources', actor.fundingSources.map(words).join(', ')],
      ];
  }
}

/** What a donor or programme receives or gives; what a city or association gives when it also acts as a donor. */
function Fundings({ actor, onPick }: { actor: ActorDetails; onPick: Pick }) {
  const list: readonly FundingPartsFragment[] = 'fundings' in actor ? actor.fundings : 'fundingsGiven' in actor ? actor.fundingsGiven : [];
  const title = 'fundingsGiven' in actor ? 'Funds, as a donor' : 'Fundings';
  return <ListSection title={title} items={list} className="cards" item={(f) => <FundingItem key={f.id} funding={f} onPick={onPick} />} />;
}

function Related({ actor, onPick }: { actor: ActorDetails; onPick: Pick }) {
  switch (actor.__typename) {
    case 'City':
      return (
        <>
          <ActorLinks title="Supporters" actors={actor.supporters} onPick={onPick} />
          <MembershipList title="Member of" links={actor.membershipLinks} show="organisation" onPick={onPick} />
        </>
      );
    case 'Association':
      return (
        <>
          <MembershipList title="Members" links={actor.memberLinks} show="member" onPick={onPick} />
          <MembershipList title="Member of" links={actor.membershipLinks} show="organisation" onPick={onPick} />
        </>
      );
    case 'Network':
      return <MembershipList title="Members" links={actor.memberLinks} show="member" onPick={onPick} />;
    case 'Donor':
    case 'Organisation':
      return <ActorLinks title="Runs programmes" actors={actor.programmes} onPick={onPick} />;
    case 'Programme':
      return (
        <>
          <ActorLinks title="Run by" actors={actor.runBy} onPick={onPick} />
          <ActorLinks title="Supports" actors={actor.supports.flatMap((t) => ('name' in t ? [t] : []))} onPick={onPick} />
          {actor.supports.some((t) => 'title' in t) && (
            <section className="detail-section">
              <h3>Supports partnerships</h3>
              <ul>{actor.supports.flatMap((t) => ('title' in t ? [<li key={t.id}>{t.title}</li>] : []))}</ul>
            </section>
          )}
        </>
      );
  }
}

export function DetailsPanel({ id, expanded, pathTo, pathSummary, onPick, onClose, onExpand, onPathTo }: Props) {
  const result = useQuery(ACTOR_DETAILS, { variables: { id } });
  return (
    <aside className="details" aria-label="Details" data-testid="details">
      <button type="button" className="close" onClick={onClose} aria-label="Close the details">
        ×
      </button>
      <QueryState what="the actor's details" result={result}>
        {(data) =>
          data.actor ? (
            <article>
              <header>
                <p className="kind">
                  <span className="swatch" style={{ background: KIND_STYLE[data.actor.kind].color }} aria-hidden="true" /> {KIND_STYLE[data.actor.kind].label}
                </p>
                <h2>{data.actor.name}</h2>
                {data.actor.aliases.length > 0 && <p className="muted">Also: {data.actor.aliases.join(', ')}</p>}
              </header>
              <div className="actions">
                <button type="button" onClick={onExpand} disabled={expanded}>
                  {expanded ? 'Neighbourhood shown' : 'Expand neighbourhood'}
                </button>
                {pathTo ? (
                  <p className="path-summary" data-testid="path-summary">
                    {pathSummary ?? 'Finding the shortest path…'}{' '}
                    <button type="button" className="link" onClick={() => onPathTo(null)}>
                      clear path
                    </button>
                  </p>
                ) : (
                  <SearchBox label="Shortest path to" placeholder="another actor…" onPick={onPathTo} />
                )}
              </div>
              <Facts rows={properties(data.actor)} />
              <Notes notes={data.actor.notes} />
              {PARTNERING_TYPES.has(data.actor.__typename) && <PartnershipList actorId={data.actor.id} onPick={onPick} />}
              <Fundings actor={data.actor} onPick={onPick} />
              <Related actor={data.actor} onPick={onPick} />
              {data.actor.__typename === 'City' && <CooperationOffers cityId={data.actor.id} cityName={data.actor.name} />}
              <section className="detail-section">
                <Sources sources={data.actor.sources} label={`Sources about ${data.actor.name}`} />
              </section>
            </article>
          ) : (
            <p role="alert">There is no actor with the id {id}.</p>
          )
        }
      </QueryState>
    </aside>
  );
}
