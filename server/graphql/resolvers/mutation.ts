// The writes: thin resolvers over server/mutations/, where each mutation is
// checked and run in one transaction, behind the authorisation of
// server/auth/ (who may run it, checked inside that transaction).
import type { MutationResolvers } from '../generated/resolvers-types.ts';
import type { Context } from '../context.ts';
import { authorised } from '../../auth/guard.ts';
import type { MutationName } from '../../auth/rules.ts';
import type { GraphStore } from '../../store/store.ts';
import { createCity, updateCity } from '../../mutations/cities.ts';
import { createAssociation, createNetwork, createOrganisation, updateAssociation, updateNetwork, updateOrganisation } from '../../mutations/organisations.ts';
import { createDonor, updateDonor } from '../../mutations/donors.ts';
import { createProgramme, updateProgramme } from '../../mutations/programmes.ts';
import { createPartnership, setPartnershipStatus, updatePartnership } from '../../mutations/partnerships.ts';
import { addMembership } from '../../mutations/memberships.ts';
import { createFunding, updateFunding } from '../../mutations/fundings.ts';
import { deleteActor, deleteFunding, deletePartnership, removeMembership } from '../../mutations/deletion.ts';
import { importFile } from '../../mutations/import.ts';
import { declareCooperationOffer, withdrawCooperationOffer } from '../../mutations/cooperation-offers.ts';

/**
 * Runs a write if the caller may, then forgets what the request's loaders
 * have cached: the fields of the result, and any later mutation of the same
 * request, must see the graph as it now is.
 */
async function write<T>(ctx: Context, mutation: MutationName, args: object, work: (store: GraphStore) => Promise<T>): Promise<T> {
  try {
    return await authorised(ctx, mutation, args, work);
  } finally {
    for (const loader of Object.values(ctx.loaders)) loader.clearAll();
  }
}

export const Mutation: MutationResolvers = {
  createCity: (_, args, ctx) => write(ctx, 'createCity', args, (store) => createCity(store, args.input)),
  updateCity: (_, args, ctx) => write(ctx, 'updateCity', args, (store) => updateCity(store, args.id, args.input)),
  createAssociation: (_, args, ctx) => write(ctx, 'createAssociation', args, (store) => createAssociation(store, args.input)),
  updateAssociation: (_, args, ctx) => write(ctx, 'updateAssociation', args, (store) => updateAssociation(store, args.id, args.input)),
  createNetwork: (_, args, ctx) => write(ctx, 'createNetwork', args, (store) => createNetwork(store, args.input)),
  updateNetwork: (_, args, ctx) => write(ctx, 'updateNetwork', args, (store) => updateNetwork(store, args.id, args.input)),
  createOrganisation: (_, args, ctx) => write(ctx, 'createOrganisation', args, (store) => createOrganisation(store, args.input)),
  updateOrganisation: (_, args, ctx) => write(ctx, 'updateOrganisation', args, (store) => updateOrganisation(store, args.id, args.input)),
  createDonor: (_, args, ctx) => write(ctx, 'createDonor', args, (store) => createDonor(store, args.input)),
  updateDonor: (_, args, ctx) => write(ctx, 'updateDonor', args, (store) => updateDonor(store, args.id, args.input)),
  createProgramme: (_, args, ctx) => write(ctx, 'createProgramme', args, (store) => createProgramme(store, args.input)),
  updateProgramme: (_, args, ctx) => write(ctx, 'updateProgramme', args, (store) => updateProgramme(store, args.id, args.input)),
  deleteActor: (_, args, ctx) => write(ctx, 'deleteActor', args, (store) => deleteActor(store, args.id, args.dryRun ?? false)),
  createPartnership: (_, args, ctx) => write(ctx, 'createPartnership', args, (store) => createPartnership(store, args.input)),
  updatePartnership: (_, args, ctx) => write(ctx, 'updatePartnership', args, (store) => updatePartnership(store, args.id, args.input)),
  setPartnershipStatus: (_, args, ctx) => write(ctx, 'setPartnershipStatus', args, (store) => setPartnershipStatus(store, args.id, args.status, args.sources)),
  deletePartnership: (_, args, ctx) => write(ctx, 'deletePartnership', args, (store) => deletePartnership(store, args.id, args.dryRun ?? false)),
  addMembership: (_, args, ctx) => write(ctx, 'addMembership', args, (store) => addMembership(store, args.input)),
  removeMembership: (_, args, ctx) => write(ctx, 'removeMembership', args, (store) => removeMembership(store, args.memberId, args.organisationId, args.dryRun ?? false)),
  createFunding: (_, args, ctx) => write(ctx, 'createFunding', args, (store) => createFunding(store, args.input)),
  updateFunding: (_, args, ctx) => write(ctx, 'updateFunding', args, (store) => updateFunding(store, args.id, args.input)),
  deleteFunding: (_, args, ctx) => write(ctx, 'deleteFunding', args, (store) => deleteFunding(store, args.id, args.dryRun ?? false)),
  declareCooperationOffer: (_, args, ctx) => write(ctx, 'declareCooperationOffer', args, (store) => declareCooperationOffer(store, args.input)),
  withdrawCooperationOffer: (_, args, ctx) =>
    write(ctx, 'withdrawCooperationOffer', args, (store) => withdrawCooperationOffer(store, args.cityId, args.direction, args.theme)),
  importDataSet: (_, args, ctx) => write(ctx, 'importDataSet', args, (store) => importFile(store, args.input)),
};
