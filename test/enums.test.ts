// The runtime enum lists used for validation must be exactly the enums the
// served schema declares, so that validation and GraphQL never disagree.
import { buildSchema, GraphQLEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as E from '../server/domain/enums.ts';
import { typeDefs } from '../server/graphql/schema.ts';

const schema = buildSchema(typeDefs.join('\n'));
const values = (name: string) => (schema.getType(name) as GraphQLEnumType).getValues().map((v) => v.name);

describe('enum lists', () => {
  it.each([
    ['ActorKind', E.ACTOR_KINDS],
    ['Region', E.REGIONS],
    ['Bloc', E.BLOCS],
    ['Orientation', E.ORIENTATIONS],
    ['LinkingModality', E.LINKING_MODALITIES],
    ['CooperatingParty', E.COOPERATING_PARTIES],
    ['ManagementFocus', E.MANAGEMENT_FOCUSES],
    ['Theme', E.THEMES],
    ['SupportModality', E.SUPPORT_MODALITIES],
    ['FundingSource', E.FUNDING_SOURCES],
    ['AssociationScope', E.ASSOCIATION_SCOPES],
    ['DonorType', E.DONOR_TYPES],
    ['ParticipantRole', E.PARTICIPANT_ROLES],
  ] as const)('%s matches the served schema', (name, list) => {
    // Generated code lists enum values alphabetically; the set is what validation needs.
    expect([...list].sort()).toEqual(values(name).sort());
  });
});
