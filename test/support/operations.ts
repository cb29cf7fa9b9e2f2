// The GraphQL documents the API tests send (test/operations/*.graphql, typed
// by GraphQL Code Generator into test/generated/operations.ts).
import { readFileSync } from 'node:fs';
import type { TestServer } from './server.ts';

const document = (name: string) => readFileSync(new URL(`../operations/${name}.graphql`, import.meta.url), 'utf8');

export const READS = [document('reads'), document('analytics')].join('\n');

/** Runs one named operation of test/operations/reads.graphql; fails the test on any GraphQL error. */
export async function read<T>(server: TestServer, operationName: string, variables: Record<string, unknown> = {}): Promise<T> {
  const { data, errors } = await server.gql<T>(READS, variables, operationName);
  if (errors?.length) throw new Error(`${operationName}: ${JSON.stringify(errors)}`);
  return data!;
}

/** Runs one named operation and returns its errors (the operation is expected to fail). */
export async function readErrors(server: TestServer, operationName: string, variables: Record<string, unknown> = {}) {
  const { errors, status } = await server.gql(READS, variables, operationName);
  return { errors: errors ?? [], status };
}
