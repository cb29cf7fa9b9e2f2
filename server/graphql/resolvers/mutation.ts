// The writes: thin resolvers over server/mutations/, where each mutation is
// checked and run in one transaction.
import type { MutationResolvers } from '../generated/resolvers-types.ts';
import type { Context } from '../context.ts';
import { createCity, updateCity } from '../../mutations/cities.ts';
import { createAssociation, createNetwork, updateAssociation, updateNetwork } from '../../mutations/organisations.ts';
import { createDonor, updateDonor } from '../../mutations/donors.ts';
import { createProgramme, updateProgramme } from '../../mutations/programmes.ts';
import { createPartnership, updatePartnership } from '../../mutations/partnerships.ts';
import { addMembership } from '../../mutations/memberships.ts';
import { createFunding, updateFunding } from '../../mutations/fundings.ts';
import { deleteActor, deleteFunding, deletePartnership, removeMembership } from '../../mutations/deletion.ts';
import { importFile } from '../../mutations/import.ts';

/**
 * Runs a write, then forgets what the request's loaders have cached: the
 * fields of the result, and any later mutation of the same request, must
 * see the graph as it now is.
 */
async function write<T>(ctx: Context, work: Promise<T>): Promise<T> {
  try {
    return await work;
  } finally {
    for (const loader of Object.values(ctx.loaders)) loader.clearAll();
  }
}

export const Mutation: MutationResolvers = {
  createCity: (_, { input }, ctx) => write(ctx, createCity(ctx.store, input)),
  updateCity: (_, { id, input }, ctx) => write(ctx, updateCity(ctx.store, id, input)),
  createAssociation: (_, { input }, ctx) => write(ctx, createAssociation(ctx.store, input)),
  updateAssociation: (_, { id, input }, ctx) => write(ctx, updateAssociation(ctx.store, id, input)),
  createNetwork: (_, { input }, ctx) => write(ctx, createNetwork(ctx.store, input)),
  updateNetwork: (_, { id, input }, ctx) => write(ctx, updateNetwork(ctx.store, id, input)),
  createDonor: (_, { input }, ctx) => write(ctx, createDonor(ctx.store, input)),
  updateDonor: (_, { id, input }, ctx) => write(ctx, updateDonor(ctx.store, id, input)),
  createProgramme: (_, { input }, ctx) => write(ctx, createProgramme(ctx.store, input)),
  updateProgramme: (_, { id, input }, ctx) => write(ctx, updateProgramme(ctx.store, id, input)),
  deleteActor: (_, { id, dryRun }, ctx) => write(ctx, deleteActor(ctx.store, id, dryRun ?? false)),
  createPartnership: (_, { input }, ctx) => write(ctx, createPartnership(ctx.store, input)),
  updatePartnership: (_, { id, input }, ctx) => write(ctx, updatePartnership(ctx.store, id, input)),
  deletePartnership: (_, { id, dryRun }, ctx) => write(ctx, deletePartnership(ctx.store, id, dryRun ?? false)),
  addMembership: (_, { input }, ctx) => write(ctx, addMembership(ctx.store, input)),
  removeMembership: (_, { memberId, organisationId, dryRun }, ctx) => write(ctx, removeMembership(ctx.store, memberId, organisationId, dryRun ?? false)),
  createFunding: (_, { input }, ctx) => write(ctx, createFunding(ctx.store, input)),
  updateFunding: (_, { id, input }, ctx) => write(ctx, updateFunding(ctx.store, id, input)),
  deleteFunding: (_, { id, dryRun }, ctx) => write(ctx, deleteFunding(ctx.store, id, dryRun ?? false)),
  importDataSet: (_, { input }, ctx) => write(ctx, importFile(ctx.store, input)),
};
