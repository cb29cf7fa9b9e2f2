// Where the shared documents live: beside the repository, as on CI.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SHARED_DIR = fileURLToPath(new URL('../../../shared/', import.meta.url));
export const SEEDS_DIR = `${SHARED_DIR}seeds/`;
export const HAVE_SEEDS = existsSync(SEEDS_DIR);
