// The executable schema: the SDL files in schema/ with the resolvers.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { resolvers } from './resolvers/index.ts';

const SCHEMA_DIR = fileURLToPath(new URL('./schema/', import.meta.url));

export const typeDefs = readdirSync(SCHEMA_DIR)
  .filter((file) => file.endsWith('.graphql'))
  .sort()
  .map((file) => readFileSync(join(SCHEMA_DIR, file), 'utf8'));

export const schema = makeExecutableSchema({ typeDefs, resolvers });
