// Associations of local authorities and city networks, the kinds that cities
// join (an association that also funds others, a donorType, is a donor too),
// and organisations: the NGOs, universities, professional bodies, agencies and
// firms that take part in partnerships or support them.
import { z } from 'zod';
import { ASSOCIATION_SCOPES, DONOR_TYPES, ORGANISATION_TYPES, REGIONS, THEMES } from '../domain/enums.ts';
import { creator, ownProps, updater, type ActorKindSpec } from './actors.ts';
import * as F from './fields.ts';

const region = F.enumOf(REGIONS);
const donorType = F.enumOf(DONOR_TYPES);
const scope = F.enumOf(ASSOCIATION_SCOPES);
const themes = z.array(F.enumOf(THEMES));

const association = {
  create: z.object({
    ...F.newActorFields,
    scope,
    country: F.optional(F.country),
    region: F.optional(region),
    donorType: F.optional(donorType),
  }),
  update: z.object({
    ...F.actorChanges,
    scope: F.kept(scope, 'every association has a scope'),
    country: F.clearable(F.country),
    region: F.clearable(region),
    donorType: F.clearable(donorType),
  }),
};

const associationSpec: ActorKindSpec<z.output<typeof association.create>, z.output<typeof association.update>> = {
  kind: 'ASSOCIATION',
  statement: 'upsert-associations',
  ...association,
  props: (write) => ownProps(write, ['scope', 'country', 'region', 'donorType']),
};

const network = {
  create: z.object({ ...F.newActorFields, region: F.optional(region), themes: F.optional(themes) }),
  update: z.object({ ...F.actorChanges, region: F.clearable(region), themes: F.replacing(themes) }),
};

const networkSpec: ActorKindSpec<z.output<typeof network.create>, z.output<typeof network.update>> = {
  kind: 'NETWORK',
  statement: 'upsert-networks',
  ...network,
  props: (write) => ownProps(write, ['region'], ['themes']),
};

const organisationType = F.enumOf(ORGANISATION_TYPES);

const organisation = {
  create: z.object({ ...F.newActorFields, organisationType, country: F.optional(F.country) }),
  update: z.object({ ...F.actorChanges, organisationType: F.kept(organisationType, 'every organisation is of some type'), country: F.clearable(F.country) }),
};

const organisationSpec: ActorKindSpec<z.output<typeof organisation.create>, z.output<typeof organisation.update>> = {
  kind: 'ORGANISATION',
  statement: 'upsert-organisations',
  ...organisation,
  props: (write) => ownProps(write, ['organisationType', 'country']),
};

export const createAssociation = creator(associationSpec, 'createAssociation');
export const updateAssociation = updater(associationSpec, 'updateAssociation');
export const createNetwork = creator(networkSpec, 'createNetwork');
export const updateNetwork = updater(networkSpec, 'updateNetwork');
export const createOrganisation = creator(organisationSpec, 'createOrganisation');
export const updateOrganisation = updater(organisationSpec, 'updateOrganisation');
