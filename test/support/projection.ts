// Small hand-built projections for the analytics unit tests: graphs whose
// answers are known without running the code under test.
import type { ActorKind, Orientation, ParticipantRole, PartnershipStatus, Region, Theme } from '../../server/graphql/generated/resolvers-types.ts';
import type { LinkType, ProjectedActor, Projection } from '../../server/analytics/projection.ts';

const REGION_OF: Record<string, Region> = { FR: 'EUROPE', DE: 'EUROPE', JP: 'ASIA_PACIFIC', BR: 'LATIN_AMERICA_CARIBBEAN', CO: 'LATIN_AMERICA_CARIBBEAN', ML: 'AFRICA', SN: 'AFRICA', KE: 'AFRICA' };

export class ProjectionBuilder {
  readonly projection: Projection = { version: 0, actors: new Map(), partnerships: new Map(), links: [], donors: new Set(), programmes: new Map(), declaredOffers: new Map() };

  actor(id: string, kind: ActorKind, country: string | null = null, population: number | null = null): this {
    const actor: ProjectedActor = { id, kind, name: id, country, region: country ? (REGION_OF[country] ?? null) : null, population, startYear: null, endYear: null };
    this.projection.actors.set(id, actor);
    return this;
  }

  city(id: string, country: string, population: number | null = null): this {
    return this.actor(id, 'CITY', country, population);
  }

  partnership(id: string, participants: (string | [string, ParticipantRole])[], options: { themes?: Theme[]; orientation?: Orientation; startYear?: number; status?: PartnershipStatus } = {}): this {
    const pairs = participants.map((p): [string, ParticipantRole] => (typeof p === 'string' ? [p, 'PEER'] : p));
    this.projection.partnerships.set(id, {
      id,
      title: id,
      themes: options.themes ?? [],
      orientation: options.orientation ?? 'NORTH_SOUTH',
      status: options.status ?? 'ESTABLISHED',
      modality: pairs.length > 2 ? 'GROUP' : 'ONE_ON_ONE',
      parties: [],
      focus: [],
      startYear: options.startYear ?? null,
      endYear: null,
      participants: pairs.map(([actor]) => actor),
      roles: pairs.map(([, role]) => role),
    });
    return this;
  }

  /** A link; FUNDS links get a funding id from their ends unless `fundingId` names another (a second funding). */
  link(type: LinkType, source: string, target: string, { fundingId, inferred = false }: { fundingId?: string; inferred?: boolean } = {}): this {
    const funding = type === 'FUNDS' ? (fundingId ?? `${source}>${target}`) : null;
    this.projection.links.push({ type, source, target, fundingId: funding, startYear: null, endYear: null, inferred });
    return this;
  }
}
