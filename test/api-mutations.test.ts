// The writes of the GraphQL API over real HTTP, each suite on its own fresh
// in-memory store seeded with the curated data: what every mutation writes and
// how it shows through the reads, every validation rule with the field it
// names, that a refused or failing mutation changes nothing, and deletions
// with their dry runs.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createNetwork } from '../server/mutations/organisations.ts';
import { loadStatements } from '../server/store/statements.ts';
import type * as Op from './generated/operations.ts';
import { read } from './support/operations.ts';
import { adminToken, startTestServer, type TestServer } from './support/server.ts';
import { failingStore } from './support/store-wrappers.ts';

const MUTATIONS = readFileSync(new URL('./operations/mutations.graphql', import.meta.url), 'utf8');

interface Problem {
  field: string;
  reason: string;
}

interface Refusal {
  message: string;
  extensions: { code: string; field?: string; problems?: Problem[] };
}

/** Runs one named operation of test/operations/mutations.graphql as an admin; fails the test on any GraphQL error. */
async function mutate<T, V extends Record<string, unknown>>(server: TestServer, operationName: string, variables: V): Promise<T> {
  const { data, errors } = await server.gql<T>(MUTATIONS, variables, operationName, { token: await adminToken() });
  if (errors?.length) throw new Error(`${operationName}: ${JSON.stringify(errors)}`);
  return data!;
}

/** Runs one named operation as an admin that must be refused, and returns its one error. */
async function refusal(server: TestServer, operationName: string, variables: Record<string, unknown>): Promise<Refusal> {
  const { data, errors } = await server.gql(MUTATIONS, variables, operationName, { token: await adminToken() });
  expect(errors, `${operationName} should have been refused`).toHaveLength(1);
  expect(data).toBeNull();
  return errors![0];
}

/** A BAD_USER_INPUT refusal whose first problem is `field`, and which lists each of `problems`. */
function expectProblems(error: Refusal, field: string, problems: [string, RegExp][] = []) {
  expect(error.extensions.code).toBe('BAD_USER_INPUT');
  expect(error.extensions.field).toBe(field);
  expect(error.message).toContain(field);
  expect(error.message).toMatch(/nothing was written/);
  for (const [where, reason] of problems) {
    expect(error.extensions.problems, `a problem at ${where}`).toContainEqual({ field: where, reason: expect.stringMatching(reason) });
  }
}

/** The size of the graph: the counts of the stats query and of each relationship type. */
async function graphSize(server: TestServer) {
  const { stats } = await read<Op.StatsQuery>(server, 'Stats');
  return { stats, relationships: await server.store.run('relationship-counts') };
}

const actor = async (server: TestServer, id: string) => (await read<Op.CityDetailQuery>(server, 'CityDetail', { id })).actor;
const partnership = async (server: TestServer, id: string) => (await read<Op.PartnershipDetailQuery>(server, 'PartnershipDetail', { id })).partnership;
type CityView = Extract<NonNullable<Op.CityDetailQuery['actor']>, { supportLevel: unknown }>;
const city = async (server: TestServer, id: string): Promise<CityView | null> => {
  const found = await actor(server, id);
  return found && 'supportLevel' in found ? found : null;
};
const supportLevel = async (server: TestServer, id: string) => (await city(server, id))?.supportLevel;
const searchIds = async (server: TestServer, text: string) => (await read<Op.SearchQuery>(server, 'Search', { text })).search.map((a) => a.id);

const createCity = (server: TestServer, input: Op.CreateCityMutationVariables['input']) =>
  mutate<Op.CreateCityMutation, Op.CreateCityMutationVariables>(server, 'CreateCity', { input }).then((d) => d.createCity);
const createPartnership = (server: TestServer, input: Op.CreatePartnershipMutationVariables['input']) =>
  mutate<Op.CreatePartnershipMutation, Op.CreatePartnershipMutationVariables>(server, 'CreatePartnership', { input }).then((d) => d.createPartnership);
const updatePartnership = (server: TestServer, id: string, input: Op.UpdatePartnershipMutationVariables['input']) =>
  mutate<Op.UpdatePartnershipMutation, Op.UpdatePartnershipMutationVariables>(server, 'UpdatePartnership', { id, input }).then((d) => d.updatePartnership);
const createFunding = (server: TestServer, input: Op.CreateFundingMutationVariables['input']) =>
  mutate<Op.CreateFundingMutation, Op.CreateFundingMutationVariables>(server, 'CreateFunding', { input }).then((d) => d.createFunding);

/** A server on a fresh seeded store for the calling describe block, started before its tests and closed after them. */
function freshServer(options?: Parameters<typeof startTestServer>[0]): TestServer {
  let started: TestServer | undefined;
  beforeAll(async () => {
    started = await startTestServer(options);
  });
  afterAll(async () => {
    await started?.close();
  });
  return {
    get url() {
      return started!.url;
    },
    get store() {
      return started!.store;
    },
    gql: (...args) => started!.gql(...args),
    close: () => started!.close(),
  };
}

const API_LOCATOR = (mutation: string) => new RegExp(`^${mutation} \\d{4}-\\d\\d-\\d\\dT`);

describe('creating and changing actors', () => {
  const server = freshServer();

  it('creates a city with what its country and GeoNames give, findable by search', async () => {
    const city = await createCity(server, { name: 'Ségou', country: 'ml', notes: ['added by a test'] });
    expect(city).toMatchObject({ id: 'city:ml:segou', name: 'Ségou', kind: 'CITY', country: 'ML', region: 'AFRICA', bloc: 'SOUTH', ldc: true });
    expect(city.population).toBeGreaterThan(50_000);
    expect(city.location!.lat).toBeCloseTo(13.43, 1);
    expect(city.notes).toEqual(['added by a test']);
    expect(city.sources[0]).toMatchObject({ document: 'graphql-api', locator: expect.stringMatching(API_LOCATOR('createCity')) });
    expect(city.sources[1]).toMatchObject({ document: expect.stringMatching(/GeoNames/), locator: expect.stringMatching(/^geonameid \d+$/) });
    expect(await searchIds(server, 'SEGOU')).toContain('city:ml:segou');
    expect(await searchIds(server, 'ségou')).toContain('city:ml:segou');
  });

  it('takes a city from ISOLATED to UNSUPPORTED by a membership, and to SUPPORTED by a funding of its network', async () => {
    expect(await supportLevel(server, 'city:ml:segou')).toBe('ISOLATED');
    const { createNetwork: network } = await mutate<Op.CreateNetworkMutation, Op.CreateNetworkMutationVariables>(server, 'CreateNetwork', {
      input: { name: 'Sahel Cities Network', themes: ['CLIMATE', 'WATER_SANITATION'], region: 'AFRICA' },
    });
    expect(network).toMatchObject({ id: 'network:sahel-cities-network', kind: 'NETWORK', region: 'AFRICA', themes: ['CLIMATE', 'WATER_SANITATION'] });
    const { addMembership } = await mutate<Op.AddMembershipMutation, Op.AddMembershipMutationVariables>(server, 'AddMembership', {
      input: { memberId: 'city:ml:segou', organisationId: network.id, sources: [{ document: 'Sahel network charter', locator: 'art. 2' }] },
    });
    expect(addMembership).toMatchObject({ member: { id: 'city:ml:segou' }, organisation: { id: network.id }, sources: [{ document: 'Sahel network charter', locator: 'art. 2', quote: null }] });
    expect(await supportLevel(server, 'city:ml:segou')).toBe('UNSUPPORTED');
    const funding = await createFunding(server, { donorId: 'donor:undp', recipientId: network.id, amount: 250_000, currency: 'usd', startYear: 2020, endYear: 2023 });
    expect(funding).toMatchObject({ id: expect.stringMatching(/^funding:[0-9a-f]{16}$/), amount: 250_000, currency: 'USD', donor: { id: 'donor:undp' }, recipient: { __typename: 'Network', id: network.id } });
    expect(await supportLevel(server, 'city:ml:segou')).toBe('SUPPORTED');
    expect((await city(server, 'city:ml:segou'))!.supporters.map((s) => s.id)).toEqual(['donor:undp']);
  });

  it('sees in a second mutation of the same request what the first wrote', async () => {
    await mutate(server, 'CreateCity', { input: { name: 'Kayes', country: 'ML' } });
    const data = await mutate<Op.JoinAndReadMutation, Op.JoinAndReadMutationVariables>(server, 'JoinAndRead', {
      input: { memberId: 'city:ml:kayes', organisationId: 'network:sahel-cities-network' },
      city: 'city:ml:kayes',
    });
    expect(data.updateCity.memberships.map((m) => m.id)).toEqual(['network:sahel-cities-network']);
    expect(data.updateCity.supportLevel).toBe('SUPPORTED');
  });

  it('keeps a given location and population, and makes a city with a donorType a donor until it is cleared', async () => {
    const city = await createCity(server, { name: 'Villa Nueva Test', country: 'GT', location: { lat: 14.5, lon: -90.6 }, population: 1234, donorType: 'LOCAL_GOVERNMENT' });
    expect(city).toMatchObject({ id: 'city:gt:villa-nueva-test', population: 1234, location: { lat: 14.5, lon: -90.6 }, donorType: 'LOCAL_GOVERNMENT' });
    expect(city.sources.map((s) => s.document)).toEqual(['graphql-api']);
    const donors = async () => (await read<Op.OrganisationsQuery>(server, 'Organisations')).donors.map((d) => d.id);
    expect(await donors()).toContain(city.id);
    const { updateCity } = await mutate<Op.UpdateCityMutation, Op.UpdateCityMutationVariables>(server, 'UpdateCity', { id: city.id, input: { donorType: null, population: null } });
    expect(updateCity).toMatchObject({ donorType: null, population: null, location: { lat: 14.5 } });
    expect(await donors()).not.toContain(city.id);
  });

  it('updates a city: a new name is searchable, lists replace, sources and notes accumulate, the country brings its region', async () => {
    const before = await createCity(server, { name: 'Old Town Test', country: 'FR', aliases: ['Vieille Ville'], sources: [{ document: 'report.pdf', locator: 'p. 3', quote: 'Old Town' }] });
    expect(before).toMatchObject({ region: 'EUROPE', bloc: 'NORTH', ldc: false });
    const { updateCity: city } = await mutate<Op.UpdateCityMutation, Op.UpdateCityMutationVariables>(server, 'UpdateCity', {
      id: before.id,
      input: { name: 'Nouvelle Cité', aliases: ['Cité Neuve'], country: 'SN', notes: ['renamed in 2024'], sources: [{ document: 'decree.pdf' }] },
    });
    expect(city).toMatchObject({ id: before.id, name: 'Nouvelle Cité', aliases: ['Cité Neuve'], country: 'SN', region: 'AFRICA', bloc: 'SOUTH', ldc: true, notes: ['renamed in 2024'] });
    expect(city.sources.map((s) => s.document)).toEqual(['report.pdf', 'decree.pdf']);
    expect(await searchIds(server, 'nouvelle cite')).toContain(before.id);
    expect(await searchIds(server, 'cite neuve')).toContain(before.id);
    expect(await searchIds(server, 'vieille ville')).not.toContain(before.id);
    const { updateCity: again } = await mutate<Op.UpdateCityMutation, Op.UpdateCityMutationVariables>(server, 'UpdateCity', { id: before.id, input: {} });
    expect(again.sources.map((s) => s.document)).toEqual(['report.pdf', 'decree.pdf', 'graphql-api']);
    expect(again.sources[2]!.locator).toMatch(API_LOCATOR('updateCity'));
  });

  it('creates and updates associations and donors', async () => {
    const { createAssociation: association } = await mutate<Op.CreateAssociationMutation, Op.CreateAssociationMutationVariables>(server, 'CreateAssociation', {
      input: { name: 'Association des Municipalités du Mali', aliases: ['AMM'], scope: 'NATIONAL', country: 'ML' },
    });
    expect(association).toMatchObject({ id: 'association:association-des-municipalites-du-mali', scope: 'NATIONAL', country: 'ML', region: null, donorType: null });
    expect(await searchIds(server, 'amm')).toContain(association.id);
    const { updateAssociation } = await mutate<Op.UpdateAssociationMutation, Op.UpdateAssociationMutationVariables>(server, 'UpdateAssociation', {
      id: association.id,
      input: { scope: 'REGIONAL', country: null, region: 'AFRICA' },
    });
    expect(updateAssociation).toMatchObject({ scope: 'REGIONAL', country: null, region: 'AFRICA', aliases: ['AMM'] });

    const { createDonor: donor } = await mutate<Op.CreateDonorMutation, Op.CreateDonorMutationVariables>(server, 'CreateDonor', {
      input: { id: 'donor:sahel-fund', name: 'Sahel Fund', donorType: 'FOUNDATION', country: 'sn' },
    });
    expect(donor).toMatchObject({ id: 'donor:sahel-fund', kind: 'DONOR', donorType: 'FOUNDATION', country: 'SN' });
    const { updateDonor } = await mutate<Op.UpdateDonorMutation, Op.UpdateDonorMutationVariables>(server, 'UpdateDonor', {
      id: donor.id,
      input: { donorType: 'PRIVATE_SECTOR', country: null, name: 'Sahel Fund Ltd' },
    });
    expect(updateDonor).toMatchObject({ name: 'Sahel Fund Ltd', donorType: 'PRIVATE_SECTOR', country: null });

    const { updateNetwork } = await mutate<Op.UpdateNetworkMutation, Op.UpdateNetworkMutationVariables>(server, 'UpdateNetwork', {
      id: 'network:sahel-cities-network',
      input: { themes: ['HEALTH'], region: null },
    });
    expect(updateNetwork).toMatchObject({ themes: ['HEALTH'], region: null });
  });

  it('creates and updates organisations, which then take part in partnerships and can be deleted', async () => {
    const { createOrganisation: ngo } = await mutate<Op.CreateOrganisationMutation, Op.CreateOrganisationMutationVariables>(server, 'CreateOrganisation', {
      input: { name: 'ENDA Sahel', aliases: ['ENDA'], organisationType: 'NGO_CBO', country: 'sn' },
    });
    expect(ngo).toMatchObject({ id: 'organisation:enda-sahel', kind: 'ORGANISATION', organisationType: 'NGO_CBO', country: 'SN', aliases: ['ENDA'] });
    const { updateOrganisation } = await mutate<Op.UpdateOrganisationMutation, Op.UpdateOrganisationMutationVariables>(server, 'UpdateOrganisation', {
      id: ngo.id,
      input: { organisationType: 'ACADEMIA', country: null },
    });
    expect(updateOrganisation).toMatchObject({ organisationType: 'ACADEMIA', country: null, name: 'ENDA Sahel' });
    const cleared = await refusal(server, 'UpdateOrganisation', { id: ngo.id, input: { organisationType: null } });
    expectProblems(cleared, 'input.organisationType', [['input.organisationType', /cannot be cleared/]]);
    const p = await createPartnership(server, { title: 'Dakar with ENDA', participants: [{ actorId: 'city:sn:dakar', role: 'BENEFICIARY' }, { actorId: ngo.id, role: 'FACILITATOR' }] });
    expect(p.status).toBe('ESTABLISHED');
    const { deleteActor } = await mutate<Op.DeleteActorMutation, Op.DeleteActorMutationVariables>(server, 'DeleteActor', { id: ngo.id });
    expect(deleteActor.message).toMatch(/organisation/);
  });

  it('sets a partnership\'s status with its source; a bad status is refused', async () => {
    const p = await createPartnership(server, { title: 'Announced pair', status: 'ANNOUNCED', participants: [{ actorId: 'city:sn:dakar', role: 'PEER' }, { actorId: 'city:fr:lyon', role: 'PEER' }] });
    expect(p.status).toBe('ANNOUNCED');
    const source = { document: 'minutes.txt', locator: 'p. 3', quote: 'the agreement was signed' };
    const { setPartnershipStatus } = await mutate<Op.SetPartnershipStatusMutation, Op.SetPartnershipStatusMutationVariables>(server, 'SetPartnershipStatus', { id: p.id, status: 'ESTABLISHED', sources: [source] });
    expect(setPartnershipStatus.status).toBe('ESTABLISHED');
    expect(setPartnershipStatus.sources).toContainEqual(source);
    const missing = await refusal(server, 'SetPartnershipStatus', { id: 'partnership:api:no-such', status: 'CONTACT' });
    expect(missing.extensions.code).toBe('NOT_FOUND');
  });

  it('creates a programme with who runs it and what it supports, and replaces those lists on update', async () => {
    const { createProgramme: programme } = await mutate<Op.CreateProgrammeMutation, Op.CreateProgrammeMutationVariables>(server, 'CreateProgramme', {
      input: {
        name: 'Sahel Peer Learning',
        modalities: ['PEER_REVIEW', 'TRAINING'],
        fundingSources: ['GRANTS_LOANS'],
        startYear: 2019,
        endYear: 2024,
        runBy: ['network:sahel-cities-network', 'donor:undp'],
        supports: ['city:ml:segou', 'partnership:002:barcelona-medellin'],
      },
    });
    expect(programme).toMatchObject({ id: 'programme:sahel-peer-learning', kind: 'PROGRAMME', modalities: ['PEER_REVIEW', 'TRAINING'], startYear: 2019, endYear: 2024 });
    expect(programme.runBy.map((r) => r.id).sort()).toEqual(['donor:undp', 'network:sahel-cities-network']);
    expect(programme.supports).toEqual(expect.arrayContaining([{ __typename: 'City', id: 'city:ml:segou' }, { __typename: 'Partnership', id: 'partnership:002:barcelona-medellin' }]));
    const supporters = (await partnership(server, 'partnership:002:barcelona-medellin'))!.supporters.map((s) => s.id);
    expect(supporters).toContain(programme.id);

    const { updateProgramme } = await mutate<Op.UpdateProgrammeMutation, Op.UpdateProgrammeMutationVariables>(server, 'UpdateProgramme', {
      id: programme.id,
      input: { supports: ['city:ml:kayes'], endYear: null },
    });
    expect(updateProgramme.supports).toEqual([{ __typename: 'City', id: 'city:ml:kayes' }]);
    expect(updateProgramme.runBy).toHaveLength(2);
    expect(updateProgramme.endYear).toBeNull();
    expect((await partnership(server, 'partnership:002:barcelona-medellin'))!.supporters.map((s) => s.id)).not.toContain(programme.id);
  });
});

describe('partnerships: derived orientation and modality', () => {
  const server = freshServer();

  const SOUTH_SOUTH = [
    { actorId: 'city:bf:ouagadougou', role: 'PEER' },
    { actorId: 'city:br:porto-alegre', role: 'PEER' },
  ] as const;

  it('derives TRIANGULAR and GROUP for two Southern cities with a Northern one, visible on the cities', async () => {
    const created = await createPartnership(server, {
      title: 'Ouagadougou–Porto Alegre–Bremen water exchange',
      themes: ['WATER_SANITATION'],
      startYear: 2021,
      participants: [...SOUTH_SOUTH, { actorId: 'city:de:bremen', role: 'RESOURCE' }],
    });
    expect(created).toMatchObject({
      id: 'partnership:api:ouagadougou-porto-alegre-bremen-water-exchange',
      orientation: 'TRIANGULAR',
      orientationStated: false,
      modality: 'GROUP',
      themes: ['WATER_SANITATION'],
      focus: [],
      outcomes: [],
    });
    expect(created.participants.map((p) => [p.actor.id, p.role]).sort()).toEqual([
      ['city:bf:ouagadougou', 'PEER'],
      ['city:br:porto-alegre', 'PEER'],
      ['city:de:bremen', 'RESOURCE'],
    ]);
    expect(created.sources[0]!.locator).toMatch(API_LOCATOR('createPartnership'));
    expect((await city(server, 'city:de:bremen'))!.partnerships.map((p) => p.id)).toContain(created.id);
  });

  it('derives again when participants change, keeping what was stated', async () => {
    const id = 'partnership:api:ouagadougou-porto-alegre-bremen-water-exchange';
    const southOnly = await updatePartnership(server, id, { participants: [...SOUTH_SOUTH] });
    expect(southOnly).toMatchObject({ orientation: 'SOUTH_SOUTH', orientationStated: false, modality: 'ONE_ON_ONE', themes: ['WATER_SANITATION'], startYear: 2021 });
    const stated = await updatePartnership(server, id, { orientation: 'GLOBAL', modality: 'NETWORKING', participants: [...SOUTH_SOUTH, { actorId: 'city:de:bremen', role: 'PEER' }] });
    expect(stated).toMatchObject({ orientation: 'GLOBAL', orientationStated: true, modality: 'NETWORKING' });
    const kept = await updatePartnership(server, id, { participants: [...SOUTH_SOUTH] });
    expect(kept).toMatchObject({ orientation: 'GLOBAL', orientationStated: true, modality: 'NETWORKING' });
    const derivedAgain = await updatePartnership(server, id, { orientation: null, modality: null, title: 'Ouagadougou–Porto Alegre water exchange' });
    expect(derivedAgain).toMatchObject({ orientation: 'SOUTH_SOUTH', orientationStated: false, modality: 'ONE_ON_ONE', title: 'Ouagadougou–Porto Alegre water exchange' });
    expect(derivedAgain.id).toBe(id);
  });

  it('counts a funder from beyond the South: an international donor makes two Southern cities TRIANGULAR until its funding is deleted', async () => {
    const p = await createPartnership(server, { id: 'partnership:api:ouaga-porto', title: 'Ouaga–Porto', participants: [...SOUTH_SOUTH] });
    expect(p.orientation).toBe('SOUTH_SOUTH');
    const funding = await createFunding(server, { donorId: 'donor:undp', recipientId: p.id, sources: [{ document: 'UNDP annual report', quote: 'supports the exchange' }] });
    expect((await partnership(server, p.id))!).toMatchObject({ orientation: 'TRIANGULAR', fundings: [{ id: funding.id }] });
    const { deleteFunding } = await mutate<Op.DeleteFundingMutation, Op.DeleteFundingMutationVariables>(server, 'DeleteFunding', { id: funding.id });
    expect(deleteFunding).toMatchObject({ dryRun: false, kind: 'FUNDING', removedRelationships: [{ type: 'FUNDS', count: 1 }] });
    expect((await partnership(server, p.id))!).toMatchObject({ orientation: 'SOUTH_SOUTH', fundings: [] });
  });

  it('derives again when a party changes country or is deleted', async () => {
    const { createAssociation: association } = await mutate<Op.CreateAssociationMutation, Op.CreateAssociationMutationVariables>(server, 'CreateAssociation', {
      input: { name: 'Nordic Twinning Office', scope: 'NATIONAL', country: 'SE' },
    });
    const p = await createPartnership(server, { title: 'Facilitated south link', participants: [...SOUTH_SOUTH, { actorId: association.id, role: 'FACILITATOR' }] });
    expect(p).toMatchObject({ orientation: 'TRIANGULAR', modality: 'ONE_ON_ONE' });
    await mutate(server, 'UpdateAssociation', { id: association.id, input: { country: 'KE' } });
    expect((await partnership(server, p.id))!.orientation).toBe('SOUTH_SOUTH');

    const north = await createCity(server, { name: 'Testburg', country: 'DE', location: { lat: 50, lon: 8 }, population: 1000 });
    const triad = await createPartnership(server, { title: 'Testburg triad', participants: [...SOUTH_SOUTH, { actorId: north.id, role: 'RESOURCE' }] });
    expect(triad).toMatchObject({ orientation: 'TRIANGULAR', modality: 'GROUP' });
    const deleted = (await mutate<Op.DeleteActorMutation, Op.DeleteActorMutationVariables>(server, 'DeleteActor', { id: north.id })).deleteActor;
    expect(deleted).toMatchObject({ removedRelationships: [{ type: 'PARTICIPATES_IN', count: 1 }], removedPartnerships: [] });
    expect((await partnership(server, triad.id))!).toMatchObject({ orientation: 'SOUTH_SOUTH', modality: 'ONE_ON_ONE' });
  });

  it('records a stated orientation as stated', async () => {
    const p = await createPartnership(server, { title: 'Stated one', orientation: 'NORTH_SOUTH', participants: [...SOUTH_SOUTH] });
    expect(p).toMatchObject({ id: 'partnership:api:stated-one', orientation: 'NORTH_SOUTH', orientationStated: true, modality: 'ONE_ON_ONE' });
  });
});

describe('memberships and fundings', () => {
  const server = freshServer();

  it('refuses a membership twice, of itself, or between the wrong kinds', async () => {
    const join = (memberId: string, organisationId: string) => refusal(server, 'AddMembership', { input: { memberId, organisationId } });
    expectProblems(await join('city:co:medellin', 'association:uclg'), 'input.organisationId', [['input.organisationId', /already a member/]]);
    expectProblems(await join('association:vng', 'association:vng'), 'input.organisationId', [['input.organisationId', /the member itself/]]);
    expectProblems(await join('network:citynet', 'city:es:barcelona'), 'input.memberId', [
      ['input.memberId', /CITYNET.*a network, but must be a city or an association/i],
      ['input.organisationId', /Barcelona.*a city, but must be an association or a network/],
    ]);
    expectProblems(await join('city:zz:nowhere', 'network:citynet'), 'input.memberId', [['input.memberId', /"city:zz:nowhere", which is not in the graph/]]);
  });

  it('removes a membership, after a dry run that removes nothing', async () => {
    const remove = (dryRun: boolean) =>
      mutate<Op.RemoveMembershipMutation, Op.RemoveMembershipMutationVariables>(server, 'RemoveMembership', { memberId: 'city:co:medellin', organisationId: 'association:uclg', dryRun });
    const dry = (await remove(true)).removeMembership;
    expect(dry).toMatchObject({ dryRun: true, id: 'city:co:medellin->association:uclg', kind: 'MEMBERSHIP', removedRelationships: [{ type: 'MEMBER_OF', count: 1 }] });
    expect(dry.message).toMatch(/^Dry run, nothing was deleted/);
    const memberships = async () => (await city(server, 'city:co:medellin'))!.memberships.map((m) => m.id);
    expect(await memberships()).toContain('association:uclg');
    const real = (await remove(false)).removeMembership;
    expect({ ...real, message: '' }).toEqual({ ...dry, dryRun: false, message: '' });
    expect(await memberships()).not.toContain('association:uclg');
    const again = await refusal(server, 'RemoveMembership', { memberId: 'city:co:medellin', organisationId: 'association:uclg' });
    expect(again.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'organisationId' });
  });

  it('records a funding with a stable id, refuses it twice, and updates it adding sources', async () => {
    const input = { donorId: 'donor:germany', recipientId: 'city:bf:ouagadougou', amount: 1000, currency: 'EUR', startYear: 2010, endYear: 2012, notes: ['approximate'] };
    const funding = await createFunding(server, input);
    expect(funding).toMatchObject({ amount: 1000, currency: 'EUR', notes: ['approximate'], recipient: { __typename: 'City', id: 'city:bf:ouagadougou' } });
    expectProblems(await refusal(server, 'CreateFunding', { input }), 'input', [['input', new RegExp(`already recorded as ${funding.id}`)]]);
    const { updateFunding } = await mutate<Op.UpdateFundingMutation, Op.UpdateFundingMutationVariables>(server, 'UpdateFunding', {
      id: funding.id,
      input: { amount: 1500, notes: ['revised'], sources: [{ document: 'budget 2011' }] },
    });
    expect(updateFunding).toMatchObject({ id: funding.id, amount: 1500, currency: 'EUR', notes: ['approximate', 'revised'] });
    expect(updateFunding.sources.map((s) => s.document)).toEqual(['graphql-api', 'budget 2011']);
    expectProblems(await refusal(server, 'UpdateFunding', { id: funding.id, input: { currency: null } }), 'input.currency', [['input.currency', /required with an amount \(1500\)/]]);
    const missing = await refusal(server, 'UpdateFunding', { id: 'funding:0000000000000000', input: { amount: 1 } });
    expect(missing.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
  });

  it('refuses fundings from non-donors, to the wrong kinds, without a currency or with a bad one', async () => {
    const fund = (input: Record<string, unknown>) => refusal(server, 'CreateFunding', { input: { donorId: 'donor:undp', recipientId: 'city:bf:ouagadougou', ...input } });
    expectProblems(await fund({ donorId: 'city:bf:ouagadougou', recipientId: 'donor:undp' }), 'input.donorId', [
      ['input.donorId', /Ouagadougou.*must be a donor or an actor with a donorType/],
      ['input.recipientId', /donor:undp\), a donor, but must be a city or a partnership or a programme or an association or a network/],
    ]);
    expectProblems(await fund({ amount: 10 }), 'input.currency', [['input.currency', /required with an amount/]]);
    expectProblems(await fund({ amount: -1, currency: 'EURO' }), 'input.amount', [
      ['input.amount', /must not be negative/],
      ['input.currency', /"EURO", which is not an ISO 4217 currency code/],
    ]);
    // Barcelona is a city with a donorType: it may fund.
    const barcelona = await createFunding(server, { donorId: 'city:es:barcelona', recipientId: 'city:bf:ouagadougou', startYear: 2016 });
    expect(barcelona.donor.id).toBe('city:es:barcelona');
  });

  it('refuses to clear the donorType of a city that still funds something', async () => {
    const error = await refusal(server, 'UpdateCity', { id: 'city:es:barcelona', input: { donorType: null } });
    expectProblems(error, 'input.donorType', [['input.donorType', /still funds .*delete those fundings first/]]);
  });
});

describe('validation', () => {
  const server = freshServer();
  let before: Awaited<ReturnType<typeof graphSize>>;
  beforeAll(async () => {
    before = await graphSize(server);
  });

  it('lists every problem of a city, the first one in field and message', async () => {
    const error = await refusal(server, 'CreateCity', {
      input: { name: '  ', country: 'XX', population: -5, location: { lat: 91, lon: -181 }, notes: [''], sources: [{ document: ' ' }] },
    });
    expectProblems(error, 'input.name', [
      ['input.name', /must not be blank/],
      ['input.country', /"XX", which is not an ISO 3166-1 alpha-2 country code: give two letters/],
      ['input.population', /must not be negative/],
      ['input.location.lat', /-90 to 90/],
      ['input.location.lon', /-180 to 180/],
      ['input.notes[0]', /must not be blank/],
      ['input.sources[0].document', /must not be blank/],
    ]);
    expect(error.extensions.problems).toHaveLength(7);
    expect(error.message).toMatch(/and 6 more problems, listed in extensions.problems/);
  });

  it('refuses an id of the wrong shape, one already taken (saying by whom), and a name that gives no id', async () => {
    expectProblems(await refusal(server, 'CreateCity', { input: { id: 'city:fr:Paris', name: 'Paris', country: 'FR' } }), 'input.id', [['input.id', /does not look like city:<country>:<slug>/]]);
    expectProblems(await refusal(server, 'CreateCity', { input: { id: 'city:es:lyon', name: 'Lyon', country: 'FR' } }), 'input.id', [['input.id', /with the city's country fr/]]);
    expectProblems(await refusal(server, 'CreateCity', { input: { name: 'BARCELONA', country: 'es' } }), 'input.id', [
      ['input.id', /"city:es:barcelona", which is already the id of Barcelona \(city:es:barcelona\), a city/],
    ]);
    expectProblems(await refusal(server, 'CreateNetwork', { input: { id: 'network:citynet', name: 'Another' } }), 'input.id', [['input.id', /already the id of CITYNET/i]]);
    expectProblems(await refusal(server, 'CreateDonor', { input: { name: '東京', donorType: 'OTHER' } }), 'input.id', [['input.id', /cannot be made from "東京".*give an id/]]);
    expectProblems(await refusal(server, 'CreatePartnership', { input: { id: 'partnership:002:x', title: 'x', participants: [] } }), 'input.id', [
      ['input.id', /partnership:api:<slug>/],
      ['input.participants', /at least two participants/],
    ]);
  });

  it('checks participants: each an existing actor, each once, at least two, one of them a city', async () => {
    const partnershipOf = (participants: { actorId: string; role: string }[], more: Record<string, unknown> = {}) =>
      refusal(server, 'CreatePartnership', { input: { title: 'Test link', participants, ...more } });
    const barcelona = { actorId: 'city:es:barcelona', role: 'PEER' };
    expectProblems(await partnershipOf([barcelona, { actorId: 'city:xx:atlantis', role: 'PEER' }]), 'input.participants[1].actorId', [
      ['input.participants[1].actorId', /"city:xx:atlantis", which is not in the graph: give the id of a city or an association/],
    ]);
    expectProblems(await partnershipOf([barcelona, { actorId: 'city:co:medellin', role: 'PEER' }, { ...barcelona, role: 'RESOURCE' }]), 'input.participants[2].actorId', [
      ['input.participants[2].actorId', /"city:es:barcelona" again: name each participant once/],
    ]);
    expectProblems(await partnershipOf([barcelona]), 'input.participants', [['input.participants', /at least two participants/]]);
    expectProblems(await partnershipOf([{ actorId: 'network:citynet', role: 'FACILITATOR' }, { actorId: 'donor:undp', role: 'RESOURCE' }]), 'input.participants', [
      ['input.participants', /has no city/],
    ]);
    expectProblems(await partnershipOf([{ actorId: 'partnership:002:barcelona-medellin', role: 'PEER' }, barcelona]), 'input.participants[0].actorId', [
      ['input.participants[0].actorId', /a partnership, but must be a city/],
    ]);
  });

  it('checks years: whole, from 1800 to 2100, start not after end (also against stored years)', async () => {
    const participants = [{ actorId: 'city:es:barcelona', role: 'PEER' }, { actorId: 'city:co:medellin', role: 'PEER' }];
    expectProblems(await refusal(server, 'CreatePartnership', { input: { title: 'Years', participants, startYear: 2010, endYear: 2005 } }), 'input.endYear', [
      ['input.endYear', /startYear 2010 is after endYear 2005/],
    ]);
    expectProblems(await refusal(server, 'CreateProgramme', { input: { name: 'Old', startYear: 1700, endYear: 2200 } }), 'input.startYear', [
      ['input.startYear', /from 1800 to 2100/],
      ['input.endYear', /from 1800 to 2100/],
    ]);
    const stored = await refusal(server, 'UpdatePartnership', { id: 'partnership:000:bremen-pune', input: { endYear: 1970 } });
    expectProblems(stored, 'input.endYear', [['input.endYear', /startYear 1976 is after endYear 1970/]]);
  });

  it('checks what a programme is run by and supports', async () => {
    const error = await refusal(server, 'CreateProgramme', { input: { name: 'Wrong links', runBy: ['city:co:medellin', 'donor:undp', 'donor:undp'], supports: ['donor:undp'] } });
    expectProblems(error, 'input.runBy[0]', [
      ['input.runBy[0]', /Medellín.*a city, but must be an association or a network or a donor or an organisation or an actor with a donorType/],
      ['input.runBy[2]', /again: name each runner once/],
      ['input.supports[0]', /donor:undp\), a donor, but must be a city or a partnership or an association or a network/],
    ]);
  });

  it('refuses to clear what cannot be cleared', async () => {
    const error = await refusal(server, 'UpdateCity', { id: 'city:es:barcelona', input: { name: null, country: null } });
    expectProblems(error, 'input.name', [
      ['input.name', /cannot be cleared \(every actor has a name\)/],
      ['input.country', /cannot be cleared \(a city is in a country\)/],
    ]);
  });

  it('answers NOT_FOUND with field id for an unknown id to update or delete, or one of another kind', async () => {
    for (const [operation, variables] of [
      ['UpdateCity', { id: 'city:zz:nowhere', input: {} }],
      ['UpdateCity', { id: 'network:citynet', input: {} }],
      ['UpdateNetwork', { id: 'city:es:barcelona', input: {} }],
      ['UpdatePartnership', { id: 'partnership:api:none', input: {} }],
      ['DeleteActor', { id: 'city:zz:nowhere' }],
      ['DeletePartnership', { id: 'city:es:barcelona' }],
      ['DeleteFunding', { id: 'funding:none' }],
    ] as const) {
      const error = await refusal(server, operation, variables);
      expect(error.extensions, operation).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    }
    const kind = await refusal(server, 'UpdateNetwork', { id: 'city:es:barcelona', input: {} });
    expect(kind.message).toMatch(/No network has the id "city:es:barcelona" \(it is Barcelona/);
  });

  it('re-checks enum values when the domain function is called without GraphQL', async () => {
    const call = createNetwork(server.store, { name: 'Direct', themes: ['NOT_A_THEME'] } as never);
    await expect(call).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.themes[0]' } });
    await expect(call).rejects.toThrow(/"NOT_A_THEME", which is not one of/);
  });

  it('changed nothing in the graph while refusing all of the above', async () => {
    expect(await graphSize(server)).toEqual(before);
  });
});

describe('a failure in the middle of a mutation rolls it all back', () => {
  const modes = loadStatements();
  let failAt = 0;
  let writes = 0;
  /** Makes the nth write statement from now on throw, as a broken database would. */
  const failOnWrite = (n: number) => {
    failAt = n;
    writes = 0;
  };
  const server = freshServer({
    wrapStore: (store) =>
      failingStore(store, (statement) => {
        if (!failAt || modes.get(statement)?.mode !== 'write') return false;
        writes += 1;
        return writes === failAt;
      }),
  });

  async function failing(n: number, operation: string, variables: Record<string, unknown>) {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    failOnWrite(n);
    try {
      const error = await refusal(server, operation, variables);
      expect(error.extensions.code).toBe('INTERNAL_SERVER_ERROR');
      expect(writes).toBe(n);
    } finally {
      failOnWrite(0);
      log.mockRestore();
    }
  }

  it('a programme whose third write fails leaves no node and no relationship', async () => {
    const before = await graphSize(server);
    await failing(3, 'CreateProgramme', { input: { name: 'Half written', runBy: ['donor:undp'], supports: ['city:co:medellin'] } });
    expect(await actor(server, 'programme:half-written')).toBeNull();
    expect(await graphSize(server)).toEqual(before);
  });

  it('a partnership whose participants fail to be written is not there', async () => {
    const before = await graphSize(server);
    await failing(2, 'CreatePartnership', { input: { title: 'Half', participants: [{ actorId: 'city:es:barcelona', role: 'PEER' }, { actorId: 'city:co:medellin', role: 'PEER' }] } });
    expect(await partnership(server, 'partnership:api:half')).toBeNull();
    expect(await graphSize(server)).toEqual(before);
  });

  it('a deletion that fails after deleting the nodes restores them all', async () => {
    const before = await graphSize(server);
    await failing(2, 'DeleteActor', { id: 'city:co:medellin' });
    expect((await actor(server, 'city:co:medellin'))?.name).toBe('Medellín');
    expect(await partnership(server, 'partnership:002:barcelona-medellin')).not.toBeNull();
    expect(await graphSize(server)).toEqual(before);
  });
});

describe('deletions and dry runs', () => {
  const server = freshServer();

  const deleteActor = (id: string, dryRun: boolean) =>
    mutate<Op.DeleteActorMutation, Op.DeleteActorMutationVariables>(server, 'DeleteActor', { id, dryRun }).then((d) => d.deleteActor);
  const total = (counts: { count: number }[]) => counts.reduce((sum, c) => sum + c.count, 0);

  it('deleting Medellín: the dry run says what would go and removes nothing, the deletion removes exactly that', async () => {
    const before = await graphSize(server);
    const dry = await deleteActor('city:co:medellin', true);
    expect(dry).toMatchObject({ dryRun: true, id: 'city:co:medellin', kind: 'CITY', label: 'Medellín' });
    expect(dry.removedPartnerships.sort()).toEqual(['partnership:002:barcelona-medellin', 'partnership:002:medellin-rio-de-janeiro-cable-cars']);
    // Medellín's three participations and two memberships; Barcelona's and Rio's participations in
    // the two partnerships left with one participant, and Barcelona's funding of one of them.
    expect(dry.removedRelationships).toEqual([
      { type: 'FUNDS', count: 1 },
      { type: 'MEMBER_OF', count: 2 },
      { type: 'PARTICIPATES_IN', count: 5 },
    ]);
    expect(dry.message).toMatch(/^Dry run, nothing was deleted: deleting the city Medellín \(city:co:medellin\) would remove \d+ relationships/);
    expect(dry.message).toMatch(/2 partnerships left with fewer than two participants: Barcelona–Medellín/);
    expect(await graphSize(server)).toEqual(before);

    const real = await deleteActor('city:co:medellin', false);
    expect({ ...real, dryRun: true, message: '' }).toEqual({ ...dry, message: '' });
    expect(real.message).toMatch(/^Deleted the city Medellín/);
    const after = await graphSize(server);
    expect(after.stats).toEqual({ ...before.stats, cities: before.stats.cities - 1, partnerships: before.stats.partnerships - 2, relationships: before.stats.relationships - total(real.removedRelationships) });
    expect(await actor(server, 'city:co:medellin')).toBeNull();
    expect(await partnership(server, 'partnership:002:barcelona-medellin')).toBeNull();
    const triad = await partnership(server, 'partnership:002:barcelona-medellin-havana');
    expect(triad!.participants.map((p) => p.actor.id).sort()).toEqual(['city:cu:havana', 'city:es:barcelona']);
    expect(triad).toMatchObject({ orientation: 'TRIANGULAR', orientationStated: true });
    expect(await searchIds(server, 'medellin')).toEqual([]);
  });

  it('deletes a partnership with its participations and fundings, after a dry run', async () => {
    const id = 'partnership:002:barcelona-medellin-havana';
    const before = await graphSize(server);
    const dry = (await mutate<Op.DeletePartnershipMutation, Op.DeletePartnershipMutationVariables>(server, 'DeletePartnership', { id, dryRun: true })).deletePartnership;
    expect(dry).toMatchObject({ dryRun: true, kind: 'PARTNERSHIP', removedPartnerships: [] });
    expect(dry.removedRelationships).toContainEqual({ type: 'PARTICIPATES_IN', count: 2 });
    expect(await graphSize(server)).toEqual(before);
    const real = (await mutate<Op.DeletePartnershipMutation, Op.DeletePartnershipMutationVariables>(server, 'DeletePartnership', { id })).deletePartnership;
    expect({ ...real, message: '' }).toEqual({ ...dry, dryRun: false, message: '' });
    expect(await partnership(server, id)).toBeNull();
    expect((await graphSize(server)).stats.relationships).toBe(before.stats.relationships - total(real.removedRelationships));
  });

  it('deletes a funding after a dry run, and an actor with no relationship', async () => {
    const funding = await createFunding(server, { donorId: 'donor:germany', recipientId: 'city:es:barcelona', amount: 5, currency: 'EUR' });
    const remove = (dryRun: boolean) => mutate<Op.DeleteFundingMutation, Op.DeleteFundingMutationVariables>(server, 'DeleteFunding', { id: funding.id, dryRun }).then((d) => d.deleteFunding);
    const dry = await remove(true);
    expect(dry).toMatchObject({ dryRun: true, id: funding.id, kind: 'FUNDING', label: expect.stringMatching(/ to Barcelona$/), removedRelationships: [{ type: 'FUNDS', count: 1 }] });
    expect((await read<Op.OrganisationsQuery>(server, 'Organisations')).donors.find((d) => d.id === 'donor:germany')!.fundings.map((f) => f.id)).toContain(funding.id);
    expect((await remove(false)).dryRun).toBe(false);
    expect((await read<Op.OrganisationsQuery>(server, 'Organisations')).donors.find((d) => d.id === 'donor:germany')!.fundings.map((f) => f.id)).not.toContain(funding.id);

    const lonely = await createCity(server, { name: 'Lonely Test Town', country: 'NZ', location: { lat: -40, lon: 175 }, population: 10 });
    const deleted = await deleteActor(lonely.id, false);
    expect(deleted).toMatchObject({ removedRelationships: [], removedPartnerships: [], message: `Deleted the city Lonely Test Town (${lonely.id}), with no relationship.` });
  });
});
