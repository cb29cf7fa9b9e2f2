// Who may write, over HTTP: reads are public; every mutation is refused
// without a valid token (UNAUTHENTICATED) and beyond the token's rights
// (FORBIDDEN), and a refused mutation changes nothing. An editor may change
// the partnerships, memberships and fundings its organisations take part in
// (before and after an update) and its organisations' own records; an admin
// may do everything.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startUpSecret } from '../server/auth/start-up-secret.ts';
import { verifyToken } from '../server/auth/tokens.ts';
import { adminToken, startTestServer, testToken, TEST_SECRET, type TestServer } from './support/server.ts';

let server: TestServer;

/** The size of the graph (the stats and the count of each relationship type) and how many writes it has committed, which also catches an update. */
async function graphSize() {
  const [stats] = await server.store.run('stats');
  return { stats, relationships: await server.store.run('relationship-counts'), commits: server.store.dataVersion };
}

/** Runs a mutation with a token (or none) and returns data and errors. */
const send = (query: string, variables: Record<string, unknown>, token?: string) => server.gql(query, variables, undefined, { token });

/** Runs a mutation as an admin; fails the test on any error. */
async function asAdmin<T = any>(query: string, variables: Record<string, unknown>): Promise<T> {
  const { data, errors } = await send(query, variables, await adminToken());
  if (errors?.length) throw new Error(JSON.stringify(errors));
  return data as T;
}

const NORTH = 'network:auth-north';
const SOUTH = 'network:auth-south';
const BREMEN = 'city:de:bremen';
const COTONOU = 'city:bj:cotonou';
const MEDELLIN = 'city:co:medellin';
const SARAJEVO = 'city:ba:sarajevo';

const Q = {
  createNetwork: 'mutation($input: CreateNetworkInput!) { createNetwork(input: $input) { id } }',
  updateNetwork: 'mutation($id: ID!, $input: UpdateNetworkInput!) { updateNetwork(id: $id, input: $input) { id notes } }',
  createDonor: 'mutation($input: CreateDonorInput!) { createDonor(input: $input) { id } }',
  createOrganisation: 'mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }',
  setPartnershipStatus: 'mutation($id: ID!, $status: PartnershipStatus!) { setPartnershipStatus(id: $id, status: $status) { id status } }',
  createProgramme: 'mutation($input: CreateProgrammeInput!) { createProgramme(input: $input) { id } }',
  createPartnership: 'mutation($input: CreatePartnershipInput!) { createPartnership(input: $input) { id participants { actor { id } } } }',
  updatePartnership: 'mutation($id: ID!, $input: UpdatePartnershipInput!) { updatePartnership(id: $id, input: $input) { id title participants { actor { id } } } }',
  deletePartnership: 'mutation($id: ID!, $dryRun: Boolean) { deletePartnership(id: $id, dryRun: $dryRun) { message } }',
  addMembership: 'mutation($input: MembershipInput!) { addMembership(input: $input) { member { id } organisation { id } } }',
  removeMembership: 'mutation($memberId: ID!, $organisationId: ID!) { removeMembership(memberId: $memberId, organisationId: $organisationId) { message } }',
  createFunding: 'mutation($input: CreateFundingInput!) { createFunding(input: $input) { id amount } }',
  updateFunding: 'mutation($id: ID!, $input: UpdateFundingInput!) { updateFunding(id: $id, input: $input) { id amount } }',
  deleteFunding: 'mutation($id: ID!) { deleteFunding(id: $id) { message } }',
  updateCity: 'mutation($id: ID!, $input: UpdateCityInput!) { updateCity(id: $id, input: $input) { id } }',
};

const twoParties = (a: string, b: string) => [
  { actorId: a, role: 'PEER' },
  { actorId: b, role: 'PEER' },
];

/** What the editors' organisations take part in, made by an admin. */
const fixture = { northPartnership: '', southPartnership: '', northFunding: '', southFunding: '', programme: '', organisation: '' };

beforeAll(async () => {
  server = await startTestServer();
  await asAdmin(Q.createNetwork, { input: { id: NORTH, name: 'Auth North Network' } });
  await asAdmin(Q.createNetwork, { input: { id: SOUTH, name: 'Auth South Network' } });
  await asAdmin(Q.createDonor, { input: { id: 'donor:auth-fund', name: 'Auth Fund', donorType: 'FOUNDATION' } });
  fixture.programme = (await asAdmin(Q.createProgramme, { input: { name: 'Auth Programme' } })).createProgramme.id;
  fixture.organisation = (await asAdmin(Q.createOrganisation, { input: { name: 'Auth NGO', organisationType: 'NGO_CBO' } })).createOrganisation.id;
  fixture.northPartnership = (await asAdmin(Q.createPartnership, { input: { title: 'Auth north partnership', participants: twoParties(BREMEN, NORTH) } })).createPartnership.id;
  fixture.southPartnership = (await asAdmin(Q.createPartnership, { input: { title: 'Auth south partnership', participants: twoParties(COTONOU, SOUTH) } })).createPartnership.id;
  await asAdmin(Q.addMembership, { input: { memberId: BREMEN, organisationId: NORTH } });
  await asAdmin(Q.addMembership, { input: { memberId: COTONOU, organisationId: SOUTH } });
  fixture.northFunding = (await asAdmin(Q.createFunding, { input: { donorId: 'donor:auth-fund', recipientId: NORTH, amount: 100, currency: 'EUR' } })).createFunding.id;
  fixture.southFunding = (await asAdmin(Q.createFunding, { input: { donorId: 'donor:auth-fund', recipientId: SOUTH, amount: 100, currency: 'EUR' } })).createFunding.id;
});
afterAll(async () => {
  await server?.close();
});

/** Every mutation of the schema, with arguments an admin could run. */
function everyMutation(): [string, string, Record<string, unknown>][] {
  const notes = { notes: ['checked by the auth test'] };
  return [
    ['createCity', 'mutation($input: CreateCityInput!) { createCity(input: $input) { id } }', { input: { name: 'Authville', country: 'FR' } }],
    ['updateCity', Q.updateCity, { id: BREMEN, input: notes }],
    ['createAssociation', 'mutation($input: CreateAssociationInput!) { createAssociation(input: $input) { id } }', { input: { name: 'Auth Association', scope: 'NATIONAL' } }],
    ['updateAssociation', 'mutation($id: ID!, $input: UpdateAssociationInput!) { updateAssociation(id: $id, input: $input) { id } }', { id: 'association:uclg', input: notes }],
    ['createNetwork', Q.createNetwork, { input: { name: 'Auth Third Network' } }],
    ['updateNetwork', Q.updateNetwork, { id: NORTH, input: notes }],
    ['createDonor', Q.createDonor, { input: { name: 'Auth Second Fund', donorType: 'FOUNDATION' } }],
    ['updateDonor', 'mutation($id: ID!, $input: UpdateDonorInput!) { updateDonor(id: $id, input: $input) { id } }', { id: 'donor:auth-fund', input: notes }],
    ['createProgramme', Q.createProgramme, { input: { name: 'Auth Second Programme' } }],
    ['createOrganisation', Q.createOrganisation, { input: { name: 'Auth Second NGO', organisationType: 'ACADEMIA' } }],
    ['updateOrganisation', 'mutation($id: ID!, $input: UpdateOrganisationInput!) { updateOrganisation(id: $id, input: $input) { id } }', { id: fixture.organisation, input: notes }],
    ['setPartnershipStatus', Q.setPartnershipStatus, { id: fixture.northPartnership, status: 'ANNOUNCED' }],
    ['updateProgramme', 'mutation($id: ID!, $input: UpdateProgrammeInput!) { updateProgramme(id: $id, input: $input) { id } }', { id: fixture.programme, input: notes }],
    ['deleteActor', 'mutation($id: ID!) { deleteActor(id: $id) { message } }', { id: SARAJEVO }],
    ['createPartnership', Q.createPartnership, { input: { title: 'Auth refused partnership', participants: twoParties(MEDELLIN, NORTH) } }],
    ['updatePartnership', Q.updatePartnership, { id: fixture.northPartnership, input: { title: 'Renamed' } }],
    ['deletePartnership', Q.deletePartnership, { id: fixture.northPartnership }],
    ['addMembership', Q.addMembership, { input: { memberId: MEDELLIN, organisationId: NORTH } }],
    ['removeMembership', Q.removeMembership, { memberId: BREMEN, organisationId: NORTH }],
    ['createFunding', Q.createFunding, { input: { donorId: 'donor:auth-fund', recipientId: NORTH, amount: 5, currency: 'EUR' } }],
    ['updateFunding', Q.updateFunding, { id: fixture.northFunding, input: { amount: 7 } }],
    ['deleteFunding', Q.deleteFunding, { id: fixture.northFunding }],
    ['importDataSet', 'mutation($input: ImportInput!) { importDataSet(input: $input) { message } }', { input: { fileName: 'auth.cities.csv', content: 'id,name,country\ncity:ne:niamey,Niamey,NE', format: 'CSV' } }],
    ['declareCooperationOffer', 'mutation($input: CooperationOfferInput!) { declareCooperationOffer(input: $input) { theme } }', { input: { cityId: BREMEN, direction: 'OFFERS', theme: 'WASTE' } }],
    ['withdrawCooperationOffer', 'mutation($cityId: ID!, $direction: OfferDirection!, $theme: Theme!) { withdrawCooperationOffer(cityId: $cityId, direction: $direction, theme: $theme) { theme } }', { cityId: BREMEN, direction: 'OFFERS', theme: 'WASTE' }],
  ];
}

/** Sends a mutation that must be refused with `code`, checks the graph did not change, and returns the message. */
async function refused(code: string, query: string, variables: Record<string, unknown>, token?: string): Promise<string> {
  const before = await graphSize();
  const { data, errors } = await send(query, variables, token);
  expect(errors, `refused with ${code}: ${JSON.stringify(variables)}`).toHaveLength(1);
  expect(data).toBeNull();
  expect(errors![0].extensions.code).toBe(code);
  expect(errors![0].message).toMatch(/nothing was changed/);
  expect(await graphSize()).toEqual(before);
  return errors![0].message;
}

describe('without a valid token', () => {
  it('covers every mutation of the schema', async () => {
    const { data } = await server.gql('{ __type(name: "Mutation") { fields { name } } }');
    expect(everyMutation().map(([name]) => name).sort()).toEqual(data.__type.fields.map((f: { name: string }) => f.name).sort());
  });

  it('refuses every mutation without a token: UNAUTHENTICATED, nothing changed', async () => {
    for (const [name, query, variables] of everyMutation()) {
      expect(await refused('UNAUTHENTICATED', query, variables)).toMatch(new RegExp(`^${name} changes the graph and needs a token: send "Authorization: Bearer`));
    }
  });

  it('refuses every mutation with a bad, expired or forged token: UNAUTHENTICATED, saying why', async () => {
    const badClaims = await new SignJWT({ role: 'owner' }).setProtectedHeader({ alg: 'HS256' }).setSubject('x').setIssuer('c2c-graph').setExpirationTime('1h').sign(new TextEncoder().encode(TEST_SECRET));
    const tokens: [string, RegExp][] = [
      [await testToken('admin', [], { seconds: -60 }), /it has expired/],
      [await testToken('admin', [], { secret: 'another-secret-of-another-server-0123456789' }), /signature does not match/],
      ['not.a.jwt', /not a well-formed JWT/],
      [badClaims, /claims are not those of a C2C Graph token/],
    ];
    for (const [name, query, variables] of everyMutation()) {
      for (const [token, reason] of tokens) {
        const message = await refused('UNAUTHENTICATED', query, variables, token);
        expect(message).toMatch(new RegExp(`^${name} is refused because the bearer token is not valid`));
        expect(message).toMatch(reason);
      }
    }
  });

  it('refuses an Authorization header that is not a bearer token', async () => {
    const [, query, variables] = everyMutation().find(([name]) => name === 'addMembership')!;
    const before = await graphSize();
    const { errors } = await server.gql(query, variables, undefined, { headers: { authorization: 'Basic YWRtaW46YWRtaW4=' } });
    expect(errors![0].extensions.code).toBe('UNAUTHENTICATED');
    expect(errors![0].message).toMatch(/must read "Bearer <token>"/);
    expect(await graphSize()).toEqual(before);
  });

  it('still answers reads, with or without a token', async () => {
    for (const token of [undefined, 'not.a.jwt']) {
      const { data, errors } = await server.gql('{ stats { cities } }', {}, undefined, { token });
      expect(errors).toBeUndefined();
      expect(data.stats.cities).toBeGreaterThan(0);
    }
  });
});

describe('an editor', () => {
  const editor = () => testToken('editor', [NORTH], { sub: 'editor-of-north' });

  it('may create, change and delete the partnerships its organisation takes part in', async () => {
    const token = await editor();
    const created = await send(Q.createPartnership, { input: { title: 'North and Medellín', participants: twoParties(MEDELLIN, NORTH) } }, token);
    expect(created.errors).toBeUndefined();
    const id = created.data.createPartnership.id;
    const renamed = await send(Q.updatePartnership, { id, input: { title: 'North and Medellín, renamed', participants: [...twoParties(MEDELLIN, NORTH), { actorId: BREMEN, role: 'RESOURCE' }] } }, token);
    expect(renamed.errors).toBeUndefined();
    expect(renamed.data.updatePartnership.participants.map((p: { actor: { id: string } }) => p.actor.id).sort()).toEqual([BREMEN, MEDELLIN, NORTH].sort());
    const announced = await send(Q.setPartnershipStatus, { id, status: 'ANNOUNCED' }, token);
    expect(announced.errors).toBeUndefined();
    expect(announced.data.setPartnershipStatus.status).toBe('ANNOUNCED');
    const dry = await send(Q.deletePartnership, { id, dryRun: true }, token);
    expect(dry.errors).toBeUndefined();
    const deleted = await send(Q.deletePartnership, { id }, token);
    expect(deleted.errors).toBeUndefined();
    expect(deleted.data.deletePartnership.message).toMatch(/^Deleted the partnership/);
  });

  it('may add and remove memberships in or of its organisation, and change fundings it gives or gets', async () => {
    const token = await editor();
    expect((await send(Q.addMembership, { input: { memberId: MEDELLIN, organisationId: NORTH } }, token)).errors).toBeUndefined();
    expect((await send(Q.removeMembership, { memberId: MEDELLIN, organisationId: NORTH }, token)).errors).toBeUndefined();
    const funding = await send(Q.createFunding, { input: { donorId: 'donor:auth-fund', recipientId: NORTH, amount: 42, currency: 'EUR', startYear: 2020 } }, token);
    expect(funding.errors).toBeUndefined();
    const id = funding.data.createFunding.id;
    const updated = await send(Q.updateFunding, { id, input: { amount: 43 } }, token);
    expect(updated.data.updateFunding.amount).toBe(43);
    expect((await send(Q.deleteFunding, { id }, token)).errors).toBeUndefined();
  });

  it('may update its own organisation\'s record', async () => {
    const { data, errors } = await send(Q.updateNetwork, { id: NORTH, input: { notes: ['updated by its editor'] } }, await editor());
    expect(errors).toBeUndefined();
    expect(data.updateNetwork.notes).toContain('updated by its editor');
  });

  it('is refused (FORBIDDEN, nothing changed) what another organisation takes part in', async () => {
    const token = await editor();
    const cases: [string, Record<string, unknown>][] = [
      [Q.updatePartnership, { id: fixture.southPartnership, input: { title: 'Taken over' } }],
      // Adding itself to another's partnership: the stored state does not include it.
      [Q.updatePartnership, { id: fixture.southPartnership, input: { participants: [...twoParties(COTONOU, SOUTH), { actorId: NORTH, role: 'PEER' }] } }],
      // Handing its own partnership to others: the new state does not include it.
      [Q.updatePartnership, { id: fixture.northPartnership, input: { participants: twoParties(BREMEN, SOUTH) } }],
      [Q.deletePartnership, { id: fixture.southPartnership }],
      [Q.deletePartnership, { id: fixture.southPartnership, dryRun: true }],
      [Q.setPartnershipStatus, { id: fixture.southPartnership, status: 'CONTACT' }],
      [Q.createPartnership, { input: { title: 'Others only', participants: twoParties(MEDELLIN, SOUTH) } }],
      [Q.addMembership, { input: { memberId: MEDELLIN, organisationId: SOUTH } }],
      [Q.removeMembership, { memberId: COTONOU, organisationId: SOUTH }],
      [Q.createFunding, { input: { donorId: 'donor:auth-fund', recipientId: SOUTH, amount: 1, currency: 'EUR' } }],
      [Q.updateFunding, { id: fixture.southFunding, input: { amount: 1 } }],
      [Q.deleteFunding, { id: fixture.southFunding }],
      [Q.updateNetwork, { id: SOUTH, input: { notes: ['not mine'] } }],
      [Q.updateCity, { id: BREMEN, input: { notes: ['a member, not the organisation'] } }],
    ];
    for (const [query, variables] of cases) {
      expect(await refused('FORBIDDEN', query, variables, token)).toMatch(/your token \(editor-of-north\) speaks for network:auth-north, none of which takes part in/);
    }
  });

  it('is refused (FORBIDDEN, nothing changed) creating actors, deleting them and importing', async () => {
    const token = await editor();
    const adminOnly = ['createCity', 'createAssociation', 'createNetwork', 'createDonor', 'createProgramme', 'createOrganisation', 'deleteActor', 'importDataSet'];
    for (const [name, query, variables] of everyMutation().filter(([name]) => adminOnly.includes(name))) {
      expect(await refused('FORBIDDEN', query, variables, token)).toMatch(new RegExp(`^${name} is refused: only an admin may`));
    }
    // Not even its own organisation: deleting actors is for admins.
    expect(await refused('FORBIDDEN', 'mutation($id: ID!) { deleteActor(id: $id, dryRun: true) { message } }', { id: NORTH }, token)).toMatch(/only an admin may delete actors/);
  });

  it('gets NOT_FOUND, not FORBIDDEN, for what does not exist', async () => {
    const { errors } = await send(Q.updatePartnership, { id: 'partnership:api:no-such-thing', input: { title: 'x' } }, await editor());
    expect(errors![0].extensions.code).toBe('NOT_FOUND');
  });
});

describe('an admin', () => {
  it('may do what editors may not: change others\' partnerships, delete actors, import', async () => {
    const token = await adminToken();
    expect((await send(Q.updatePartnership, { id: fixture.southPartnership, input: { title: 'Renamed by an admin' } }, token)).errors).toBeUndefined();
    for (const [name, query, variables] of everyMutation().filter(([name]) => ['deleteActor', 'importDataSet'].includes(name))) {
      const { errors } = await send(query, variables, token);
      expect(errors, name).toBeUndefined();
    }
  });
});

describe('a server without C2C_JWT_SECRET', () => {
  let bare: TestServer;
  beforeAll(async () => {
    bare = await startTestServer({ jwtSecret: null, empty: true });
  });
  afterAll(async () => {
    await bare?.close();
  });

  it('refuses every write with FORBIDDEN, saying why, whatever the token', async () => {
    for (const token of [undefined, await adminToken()]) {
      const { errors } = await bare.gql(Q.createNetwork, { input: { name: 'Nowhere Network' } }, undefined, { token });
      expect(errors![0].extensions.code).toBe('FORBIDDEN');
      expect(errors![0].message).toMatch(/writing is turned off on this server because it has no C2C_JWT_SECRET/);
    }
    const [stats] = await bare.store.run('stats');
    expect(stats!.networks).toBe(0);
  });
});

describe('the secret npm start runs with', () => {
  it('is the configured one when there is one', async () => {
    expect(await startUpSecret({ jwtSecret: TEST_SECRET, production: true }, () => {})).toBe(TEST_SECRET);
  });

  it('is none in production without C2C_JWT_SECRET, and says writes are off', async () => {
    const lines: string[] = [];
    expect(await startUpSecret({ jwtSecret: null, production: true }, (line) => lines.push(line))).toBeNull();
    expect(lines.join('\n')).toMatch(/writing through the API is turned off/);
  });

  it('is a random one per run elsewhere, with an admin token for it printed', async () => {
    const lines: string[] = [];
    const secret = await startUpSecret({ jwtSecret: null, production: false }, (line) => lines.push(line));
    expect(secret).not.toBe(await startUpSecret({ jwtSecret: null, production: false }, () => {}));
    const printed = /Authorization: Bearer (\S+)/.exec(lines.join('\n'))![1]!;
    expect(await verifyToken(secret!, printed)).toMatchObject({ role: 'admin' });
    await expect(verifyToken(TEST_SECRET, printed)).rejects.toThrow(/signature does not match/);
  });
});

describe('npm run token', () => {
  const run = promisify(execFile);
  const token = (args: string[], env: Record<string, string> = { C2C_JWT_SECRET: TEST_SECRET }) =>
    run(process.execPath, ['--import', 'tsx', 'server/auth/token-cli.ts', ...args], { cwd: new URL('..', import.meta.url).pathname, env: { ...process.env, ...env } });

  it('prints an editor token for the given organisations, valid for the given days', async () => {
    const { stdout } = await token(['--role', 'editor', '--org', 'association:uclg', '--org', 'network:citynet', '--days', '2']);
    const principal = await verifyToken(TEST_SECRET, stdout.trim());
    expect(principal).toEqual({ sub: 'association:uclg,network:citynet', role: 'editor', orgs: ['association:uclg', 'network:citynet'] });
  });

  it('refuses to print a token without a secret, or an editor token without organisations', async () => {
    await expect(token(['--role', 'admin'], { C2C_JWT_SECRET: '' })).rejects.toMatchObject({ stderr: expect.stringMatching(/C2C_JWT_SECRET is not set/) });
    await expect(token(['--role', 'editor'])).rejects.toMatchObject({ stderr: expect.stringMatching(/needs at least one --org/) });
  });
});
