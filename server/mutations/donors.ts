// Donors: agencies, governments, multilateral bodies, foundations, companies.
// (A city or association that funds others stays a city or association with
// a donorType: see cities.ts and organisations.ts.)
import { z } from 'zod';
import { DONOR_TYPES } from '../domain/enums.ts';
import { creator, ownProps, updater, type ActorKindSpec } from './actors.ts';
import * as F from './fields.ts';

const donorType = F.enumOf(DONOR_TYPES);

const create = z.object({ ...F.newActorFields, donorType, country: F.optional(F.country) });
const update = z.object({ ...F.actorChanges, donorType: F.kept(donorType, 'a donor is of some type'), country: F.clearable(F.country) });

const spec: ActorKindSpec<z.output<typeof create>, z.output<typeof update>> = {
  kind: 'DONOR',
  statement: 'upsert-donors',
  create,
  update,
  props: (write) => ownProps(write, ['donorType', 'country']),
};

export const createDonor = creator(spec, 'createDonor');
export const updateDonor = updater(spec, 'updateDonor');
