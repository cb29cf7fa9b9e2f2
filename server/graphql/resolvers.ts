// Thin resolvers: they validate arguments, call the store through the
// per-request loaders and map rows to schema objects.
import { foldName } from '../domain/text.ts';
import type { GraphStore, Row } from '../store/store.ts';
import type { Loaders } from './loaders.ts';
import { mapActor, mapFunding, mapPartnership, type Mapped } from './mappers.ts';
import { connection, pageWindow } from './pagination.ts';

export interface Context {
  store: GraphStore;
  loaders: Loaders;
}

type Parent = Mapped;
type Args = Record<string, any>;

const actor = (ctx: Context, id: string) => ctx.loaders.actor.load(id).then(mapActor);
const partnership = (ctx: Context, id: string) => ctx.loaders.partnership.load(id).then(mapPartnership);
const actors = async (ctx: Context, ids: string[]) => (await Promise.all(ids.map((id) => actor(ctx, id)))).filter(Boolean);
const column = (rows: Row[], name: string) => rows.map((r) => r[name] as string);

/** An actor or a partnership, as the union types FundingTarget and SupportTarget need. */
const node = async (ctx: Context, id: string, isPartnership: boolean) => (isPartnership ? partnership(ctx, id) : actor(ctx, id));

const fundings = async (parent: Parent, ctx: Context, side: 'donor' | 'recipient') =>
  (await ctx.loaders.fundingsOf.load(parent.id)).filter((row) => row[side] === parent.id).map(mapFunding);

const members = async (parent: Parent, _: Args, ctx: Context) => actors(ctx, column(await ctx.loaders.membersOf.load(parent.id), 'member'));

const actorType = {
  __resolveType: (obj: Mapped) => obj.__typename,
};

export const resolvers = {
  Query: {
    actor: (_: unknown, { id }: Args, ctx: Context) => actor(ctx, id),
    partnership: (_: unknown, { id }: Args, ctx: Context) => partnership(ctx, id),
    stats: async (_: unknown, __: Args, ctx: Context) => (await ctx.store.run('stats'))[0],
    cities: async (_: unknown, { where, first, after }: Args, ctx: Context) => {
      const { skip, limit } = pageWindow(first, after);
      const [page] = await ctx.store.run<{ total: number; page: string[] }>('cities-page', {
        country: where?.country ?? null,
        region: where?.region ?? null,
        bloc: where?.bloc ?? null,
        ldc: where?.ldc ?? null,
        nameKey: where?.nameContains ? foldName(where.nameContains) : null,
        skip,
        limit,
      });
      return connection(page?.page ?? [], page?.total ?? 0, skip, (id) => actor(ctx, id));
    },
    partnerships: async (_: unknown, { where, first, after }: Args, ctx: Context) => {
      const { skip, limit } = pageWindow(first, after);
      const [page] = await ctx.store.run<{ total: number; page: string[] }>('partnerships-page', {
        theme: where?.theme ?? null,
        orientation: where?.orientation ?? null,
        skip,
        limit,
      });
      return connection(page?.page ?? [], page?.total ?? 0, skip, (id) => partnership(ctx, id));
    },
  },
  Actor: actorType,
  SupportTarget: actorType,
  FundingTarget: actorType,
  City: {
    partnerships: async (city: Parent, _: Args, ctx: Context) =>
      Promise.all(column(await ctx.loaders.partnershipsOf.load(city.id), 'partnership').map((id) => partnership(ctx, id))),
    partners: async (city: Parent, _: Args, ctx: Context) => actors(ctx, column(await ctx.loaders.partnersOf.load(city.id), 'partner')),
    memberships: async (city: Parent, _: Args, ctx: Context) =>
      actors(ctx, column(await ctx.loaders.membershipsOf.load(city.id), 'organisation')),
  },
  Association: { members },
  Network: { members },
  Donor: {
    fundings: (donor: Parent, _: Args, ctx: Context) => fundings(donor, ctx, 'donor'),
  },
  Programme: {
    runBy: async (programme: Parent, _: Args, ctx: Context) => actors(ctx, column(await ctx.loaders.runnersOf.load(programme.id), 'runner')),
    supports: async (programme: Parent, _: Args, ctx: Context) =>
      Promise.all((await ctx.loaders.targetsOf.load(programme.id)).map((row) => node(ctx, row.target as string, row.isPartnership as boolean))),
  },
  Partnership: {
    participants: async (p: Parent, _: Args, ctx: Context) =>
      Promise.all(
        (await ctx.loaders.participants.load(p.id)).map(async (row) => ({ actor: await actor(ctx, row.actor as string), role: row.role })),
      ),
    fundings: (p: Parent, _: Args, ctx: Context) => fundings(p, ctx, 'recipient'),
  },
  Funding: {
    donor: (f: { donorId: string }, _: Args, ctx: Context) => actor(ctx, f.donorId),
    recipient: async (f: { recipientId: string }, _: Args, ctx: Context) =>
      (await actor(ctx, f.recipientId)) ?? (await partnership(ctx, f.recipientId)),
  },
};
