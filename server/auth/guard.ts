// The check every mutation passes before it writes: a caller with a valid
// token (else UNAUTHENTICATED), whose role allows the mutation (else
// FORBIDDEN). An editor's scope is checked against the graph inside the
// mutation's own transaction, before its first write, so that nothing can
// change between the check and the write; a refused mutation writes nothing.
import { GraphQLError } from 'graphql';
import type { Context } from '../graphql/context.ts';
import type { GraphStore, Params, Row, StatementRunner } from '../store/store.ts';
import { RULES, type EditorScope, type MutationName } from './rules.ts';
import type { Principal } from './tokens.ts';

const unauthenticated = (message: string) => new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED' } });
const forbidden = (message: string) => new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });

const NOTHING_CHANGED = 'nothing was changed';

async function principalOf(ctx: Context, mutation: MutationName): Promise<Principal> {
  const caller = await ctx.caller();
  switch (caller.status) {
    case 'signed-in':
      return caller.principal;
    case 'writes-off':
      // FORBIDDEN, not UNAUTHENTICATED: no token would help until the operator configures a secret.
      throw forbidden(`${mutation} is refused: writing is turned off on this server because it has no C2C_JWT_SECRET to check tokens with; its operator must set one (docs/api.md, "Who may write"). ${NOTHING_CHANGED}`);
    case 'anonymous':
      throw unauthenticated(`${mutation} changes the graph and needs a token: send "Authorization: Bearer <token>" with a token an admin issued (npm run token); ${NOTHING_CHANGED}`);
    case 'refused':
      throw unauthenticated(`${mutation} is refused because the bearer token is not valid: ${caller.reason}. Ask an admin for a new token; ${NOTHING_CHANGED}`);
  }
}

async function checkScope(runner: StatementRunner, principal: Principal, mutation: MutationName, scope: EditorScope, args: object): Promise<void> {
  for (const party of await scope(runner, args)) {
    if (party.ids.some((id) => principal.orgs.includes(id))) continue;
    const speaksFor = `${mutation} is refused: your token (${principal.sub}) speaks for ${principal.orgs.join(', ')}`;
    throw forbidden(
      party.rule
        ? `${speaksFor}, none of which may change ${party.what}: ${party.rule} (${party.ids.join(', ')}). Ask an admin; ${NOTHING_CHANGED}`
        : `${speaksFor}, none of which takes part in ${party.what} (${party.ids.join(', ') || 'no one'}).` +
            ` An editor may change only the partnerships, memberships and fundings its organisations take part in, and their own records; ask an admin. ${NOTHING_CHANGED}`,
    );
  }
}

/** The store, with `check` run inside every transaction before the work, and once before any statement run outside one (dry runs). */
function checkedStore(store: GraphStore, check: (runner: StatementRunner) => Promise<void>): GraphStore {
  let outside: Promise<void> | undefined;
  return {
    engine: store.engine,
    get dataVersion() {
      return store.dataVersion;
    },
    async run<T extends Row = Row>(statement: string, params?: Params): Promise<T[]> {
      await (outside ??= check(store));
      return store.run<T>(statement, params);
    },
    transaction: (work) =>
      store.transaction(async (tx) => {
        await check(tx);
        return work(tx);
      }),
    ping: () => store.ping(),
    close: () => store.close(),
  };
}

/** Runs a mutation's work on a store that lets it write only what the caller may. */
export async function authorised<T>(ctx: Context, mutation: MutationName, args: object, work: (store: GraphStore) => Promise<T>): Promise<T> {
  const principal = await principalOf(ctx, mutation);
  if (principal.role === 'admin') return work(ctx.store);
  const rule = RULES[mutation];
  if ('admin' in rule) {
    throw forbidden(`${mutation} is refused: only an admin may ${rule.admin}, and your token (${principal.sub}) is an editor's; ask an admin. ${NOTHING_CHANGED}`);
  }
  return work(checkedStore(ctx.store, (runner) => checkScope(runner, principal, mutation, rule.editor, args)));
}
