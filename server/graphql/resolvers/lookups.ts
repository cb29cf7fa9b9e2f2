// Loading nodes by id through the request's batch loaders, shared by the
// resolvers: every call in one request level becomes one store round trip.
import type { Row } from '../../store/store.ts';
import type { Context } from '../context.ts';
import { mapActor, mapPartnership, type ActorModel, type PartnershipModel } from '../models.ts';

export const actor = async (ctx: Context, id: string): Promise<ActorModel | null> => mapActor(await ctx.loaders.actor.load(id));

export const partnership = async (ctx: Context, id: string): Promise<PartnershipModel | null> =>
  mapPartnership(await ctx.loaders.partnership.load(id));

/** The actors with these ids, in order, leaving out any that no longer exist. */
export const actors = async (ctx: Context, ids: string[]): Promise<ActorModel[]> =>
  (await Promise.all(ids.map((id) => actor(ctx, id)))).filter((a): a is ActorModel => a !== null);

export const partnerships = async (ctx: Context, ids: string[]): Promise<PartnershipModel[]> =>
  (await Promise.all(ids.map((id) => partnership(ctx, id)))).filter((p): p is PartnershipModel => p !== null);

/** An actor, or a partnership when no actor has the id (for the FundingTarget and SupportTarget unions). */
export const actorOrPartnership = async (ctx: Context, id: string): Promise<ActorModel | PartnershipModel | null> => {
  const [a, p] = await Promise.all([ctx.loaders.actor.load(id), ctx.loaders.partnership.load(id)]);
  return a ? mapActor(a) : mapPartnership(p);
};

export const column = (rows: Row[], name: string) => rows.map((r) => r[name] as string);
