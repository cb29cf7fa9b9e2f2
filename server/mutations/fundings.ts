// Fundings from a donor (or a city or association with a donorType) to a
// city, partnership, programme, association or network. A funding's id is the
// seed's stable hash of what identifies it; it stays the same when the
// funding changes. Funding a partnership may change its derived orientation.
import { z } from 'zod';
import { mapFunding, type FundingModel } from '../graphql/models.ts';
import { notFound } from '../graphql/errors.ts';
import type { GraphStore, Row, StatementRunner } from '../store/store.ts';
import { checkYears } from './checks.ts';
import * as F from './fields.ts';
import { expectNode, readNodes } from './graph-reads.ts';
import { makeFundingId } from './ids.ts';
import { writeAll } from './links.ts';
import { watchShapes } from './partnership-shape.ts';
import { Problems } from './problems.ts';
import { provenanceOf, provenanceProps } from './provenance.ts';

const create = z.object({
  donorId: F.id,
  recipientId: F.id,
  amount: F.optional(F.amount),
  currency: F.optional(F.currency),
  startYear: F.optional(F.year),
  endYear: F.optional(F.year),
  ...F.provenanceOnly,
});

const update = z.object({
  amount: F.clearable(F.amount),
  currency: F.clearable(F.currency),
  startYear: F.clearable(F.year),
  endYear: F.clearable(F.year),
  ...F.provenanceOnly,
});

const VALUES = ['amount', 'currency', 'startYear', 'endYear'];

/** An amount says nothing without its currency. */
function checkCurrency(problems: Problems, input: { amount?: number | null; currency?: string | null }, stored: Record<string, unknown> = {}): void {
  const amount = input.amount === undefined ? stored.amount : input.amount;
  const currency = input.currency === undefined ? stored.currency : input.currency;
  if (typeof amount === 'number' && !currency) {
    problems.add('input.currency', `is required with an amount (${amount}): give the ISO 4217 code of the amount, such as EUR or USD`);
  }
}

/** The stored fundings with these ids. */
export const readFundings = (runner: StatementRunner, ids: string[]) => runner.run('fundings-by-ids', { ids });

async function readFunding(runner: StatementRunner, id: string): Promise<Row> {
  const [row] = await readFundings(runner, [id]);
  if (!row) throw notFound(`No funding has the id "${id}": fundings are listed on their donor's and recipient's fundings field`, 'id');
  return row;
}

async function writeFunding(tx: StatementRunner, id: string, donor: string, recipient: string, props: Record<string, unknown>): Promise<FundingModel> {
  await writeAll(tx, 'upsert-fundings', 'rows', [{ id, donor, recipient, props }]);
  return mapFunding(await readFunding(tx, id));
}

export function createFunding(store: GraphStore, raw: { donorId: string; recipientId: string }): Promise<FundingModel> {
  const problems = new Problems('createFunding');
  const f = problems.parse(create, raw, 'input');
  return store.transaction(async (tx) => {
    const { donorId, recipientId } = raw;
    const nodes = await readNodes(tx, [donorId, recipientId]);
    expectNode(problems, nodes, 'input.donorId', donorId, ['DONOR'], true);
    const recipient = expectNode(problems, nodes, 'input.recipientId', recipientId, ['CITY', 'PARTNERSHIP', 'PROGRAMME', 'ASSOCIATION', 'NETWORK']);
    if (donorId === recipientId) problems.add('input.recipientId', `is the donor itself (${donorId}): give the id of what it funds`);
    const id = f ? makeFundingId({ ...f, donor: donorId, recipient: recipientId }) : null;
    if (f) {
      checkCurrency(problems, f);
      checkYears(problems, f);
      if (id && (await readFundings(tx, [id])).length) {
        problems.add('input', `is a funding already recorded as ${id} (same donor, recipient, amount, currency and years): change that one with updateFunding`);
      }
    }
    problems.check();
    const rederive = await watchShapes(tx, recipient?.kind === 'PARTNERSHIP' ? [recipientId] : []);
    const props = { ...F.propsOf(f!, true, VALUES), ...provenanceProps(provenanceOf('createFunding', f)) };
    const funding = await writeFunding(tx, id!, donorId, recipientId, props);
    await rederive();
    return funding;
  });
}

export function updateFunding(store: GraphStore, id: string, raw: object): Promise<FundingModel> {
  const problems = new Problems('updateFunding');
  const f = problems.parse(update, raw, 'input');
  return store.transaction(async (tx) => {
    const stored = await readFunding(tx, id);
    const before = stored.props as Record<string, unknown>;
    if (f) {
      checkCurrency(problems, f, before);
      checkYears(problems, f, before);
    }
    problems.check();
    const props = { ...F.propsOf(f!, false, VALUES), ...provenanceProps(provenanceOf('updateFunding', f), before) };
    return writeFunding(tx, id, stored.donor as string, stored.recipient as string, props);
  });
}
